/** Frontmatter of a reading in content/articles/NN-slug.md. */
import * as v from 'valibot';
import { ContentError, parse_content } from './content-error';
import { iso_date, nonblank_text, source_schema } from './content-values';

export const article_schema = v.object({
	title: nonblank_text,
	description: nonblank_text,
	minutes: v.pipe(
		v.number('must be a number of minutes'),
		v.integer(),
		v.minValue(1),
		v.maxValue(60)
	),
	updated: iso_date,
	sources: v.pipe(v.array(source_schema), v.minLength(1, 'list at least one source'))
});

export type ArticleMeta = v.InferOutput<typeof article_schema>;

export interface Article extends ArticleMeta {
	slug: string;
	/** the file under content/articles, for error messages and the lazy import */
	file: string;
}

/** `01-dich-vu-cong.md` → `dich-vu-cong`: the number only orders the list. */
export function slug_from_file(file: string): string {
	const name = file.split('/').pop() ?? file;
	return name.replace(/\.md$/, '').replace(/^\d+-/, '');
}

/** Validates every article and the set as a whole (unique slugs), in file order. */
export function build_article_index(files: Record<string, unknown>): Article[] {
	const articles: Article[] = [];
	const seen = new Map<string, string>();
	for (const path of Object.keys(files).sort()) {
		const file = path.replace(/^\//, '');
		const name = file.split('/').pop() ?? file;
		if (!/^\d+-[a-z0-9]+(-[a-z0-9]+)*\.md$/.test(name)) {
			throw new ContentError(file, 'file name', 'must look like 01-ten-bai-viet.md');
		}
		const slug = slug_from_file(file);
		const other = seen.get(slug);
		if (other) throw new ContentError(file, 'file name', `same address as ${other}`);
		seen.set(slug, file);
		articles.push({ ...parse_content(article_schema, files[path] ?? {}, file), slug, file });
	}
	return articles;
}
