/**
 * The one gateway to content/glossary/*.yaml. Runs at build time only (prerendering): a bad
 * file stops the build with the file name and the field. Long sentences are reported.
 */
import { parse } from 'yaml';
import { ContentError } from './content-error';
import { build_glossary, type GlossaryEntry } from './glossary-schema';
import { check_text, format_problem } from './language';

const files = import.meta.glob<string>('/content/glossary/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** Parses every file (path → YAML text) and checks the whole glossary. */
export function load_glossary(sources: Readonly<Record<string, string>>): GlossaryEntry[] {
	const parsed: Record<string, unknown> = {};
	for (const [path, text] of Object.entries(sources)) {
		try {
			parsed[path] = parse(text);
		} catch (error) {
			throw new ContentError(
				path.replace(/^\//, ''),
				'(file)',
				`is not valid YAML: ${String(error)}`
			);
		}
	}
	return build_glossary(parsed);
}

export const glossary: GlossaryEntry[] = load_glossary(files);

for (const entry of glossary) {
	for (const problem of check_text(entry.text, 'content/glossary', `${entry.id}.text`)) {
		console.warn(`language: ${format_problem(problem)}`);
	}
}
