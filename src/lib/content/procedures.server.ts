/**
 * The one gateway to content/procedures/*.yaml. Runs at build time only (prerendering); a bad
 * file stops the build with the file name and the field path.
 */
import type { Procedure } from '$lib/portal/model';
import { ContentError } from './content-error';
import { display_file, parse_procedure } from './procedure-schema';

const files = import.meta.glob<string>('/content/procedures/*.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

const by_name = new Intl.Collator('vi').compare;

/** Parses every file (path → YAML text), checks that ids are unique, sorts by name. */
export function load_procedures(sources: Record<string, string>): Procedure[] {
	const seen = new Map<string, string>();
	const list: Procedure[] = [];
	for (const [file, source_text] of Object.entries(sources)) {
		const procedure = parse_procedure(file, source_text);
		const other = seen.get(procedure.id);
		if (other) {
			throw new ContentError(
				display_file(file),
				'id',
				`"${procedure.id}" is also used by ${other}`
			);
		}
		seen.set(procedure.id, display_file(file));
		list.push(procedure);
	}
	return list.sort((a, b) => by_name(a.name, b.name));
}

export const procedures: Procedure[] = load_procedures(files);

export function get_procedure(id: string): Procedure | undefined {
	return procedures.find((procedure) => procedure.id === id);
}
