/**
 * The one gateway to content/articles. Runs at build time only (prerendering); a bad
 * frontmatter stops the build with the file name and the field.
 */
import { build_article_index } from './article-schema';

const metadata = import.meta.glob('/content/articles/*.md', { eager: true, import: 'metadata' });

export const articles = build_article_index(metadata);

export function get_article(slug: string) {
	return articles.find((article) => article.slug === slug);
}
