/**
 * The glossary "Từ điển nhỏ" as content (issue 10, item 5): content/glossary/*.yaml, each file a
 * list `terms:` of entries. Checked at build time like every other content: an unknown field, a
 * missing or empty text, text that is not NFC, a second entry with the same id, term or linking
 * form, or a text of more than one sentence stops the build, naming the file and the field.
 */
import * as v from 'valibot';
import { ContentError, parse_content } from './content-error';
import { nonblank_text, slug, source_schema } from './content-values';
import { check_text, sentences } from './language';

/**
 * Text with something in it, without white space at either end (NFC is checked on the whole
 * file first, by parse_content).
 */
const non_empty_text = v.pipe(nonblank_text, v.trim());

const entry_schema = v.strictObject({
	/** the anchor on /tu-dien/: `#ma-ho-so` */
	id: slug,
	/** the term as the glossary shows it */
	term: non_empty_text,
	/** the words in lessons that link to this entry; the first is usually the term itself */
	forms: v.pipe(
		v.array(non_empty_text, 'must be a list of words'),
		v.minLength(1, 'list at least one form, usually the term itself')
	),
	/** one plain, polite sentence for a reader over 60 */
	text: v.pipe(
		non_empty_text,
		v.check((s) => sentences(s).length === 1, 'must be one sentence')
	),
	/** where the fact is in the domain reference, e.g. "portal-and-procedures.md §2.2, bước 9" */
	reference: non_empty_text,
	sources: v.pipe(
		v.array(source_schema, 'must be a list of sources'),
		v.minLength(1, 'list at least one source')
	)
});

const file_schema = v.strictObject({
	terms: v.pipe(
		v.array(entry_schema, 'must be a list of terms'),
		v.minLength(1, 'list at least one term')
	)
});

export type GlossaryEntry = v.InferOutput<typeof entry_schema>;

function folded(text: string): string {
	return text.normalize('NFC').trim().toLocaleLowerCase('vi');
}

/**
 * Checks every glossary file (`path` → parsed YAML) and returns the entries in Vietnamese
 * alphabetical order of their terms. Throws a ContentError on the first problem.
 */
export function build_glossary(files: Readonly<Record<string, unknown>>): GlossaryEntry[] {
	const entries: GlossaryEntry[] = [];
	const ids = new Map<string, string>();
	const terms = new Map<string, string>();
	const forms = new Map<string, string>();
	for (const path of Object.keys(files).sort()) {
		const file = path.replace(/^\//, '');
		const parsed = parse_content(file_schema, files[path], file);
		parsed.terms.forEach((entry, i) => {
			const at = `terms[${i}]`;
			const seen_id = ids.get(entry.id);
			if (seen_id)
				throw new ContentError(file, `${at}.id`, `"${entry.id}" is already used by ${seen_id}`);
			ids.set(entry.id, `${file} ${at}`);
			const term = folded(entry.term);
			const seen_term = terms.get(term);
			if (seen_term) {
				throw new ContentError(
					file,
					`${at}.term`,
					`"${entry.term}" is already explained in ${seen_term}`
				);
			}
			terms.set(term, `${file} ${at}`);
			entry.forms.forEach((form, j) => {
				const key = folded(form);
				const seen_form = forms.get(key);
				if (seen_form) {
					throw new ContentError(
						file,
						`${at}.forms[${j}]`,
						`"${form}" already links to ${seen_form}`
					);
				}
				forms.set(key, `${file} ${at} (${entry.id})`);
			});
			const problem = check_text(entry.text, file, `${at}.text`).find((p) => p.level === 'error');
			if (problem) throw new ContentError(file, problem.field, problem.message);
			entries.push(entry);
		});
	}
	return entries.sort((a, b) => a.term.localeCompare(b.term, 'vi'));
}
