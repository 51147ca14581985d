/**
 * Turns valibot issues into one build error that names the file and the field, so a trainer
 * who edits content sees exactly what to fix: `content/articles/x.md: title: …`.
 */
import * as v from 'valibot';

export class ContentError extends Error {
	constructor(file: string, field: string, problem: string) {
		super(`${file}: ${field}: ${problem}`);
		this.name = 'ContentError';
	}
}

/** The dotted path of a valibot issue, e.g. `sources[0].url`. */
export function issue_path(issue: v.BaseIssue<unknown>): string {
	let path = '';
	for (const item of issue.path ?? []) {
		const key = (item as { key?: unknown }).key;
		path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
	}
	return path || '(top level)';
}

/** Validates `value` against `schema`, throwing a ContentError for the first issue. */
export function parse_content<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	file: string
): v.InferOutput<S> {
	const result = v.safeParse(schema, value);
	if (result.success) return result.output;
	const issue = result.issues[0];
	throw new ContentError(file, issue_path(issue), issue.message);
}

/** Rejects text that is not in Unicode NFC (mixed forms break Vietnamese search). */
export const nfc_string = v.pipe(
	v.string(),
	v.check((s) => s === s.normalize('NFC'), 'text is not in Unicode NFC; save the file as NFC')
);

export const non_empty_text = v.pipe(nfc_string, v.trim(), v.minLength(1, 'must not be empty'));

export const source_schema = v.object({
	title: non_empty_text,
	url: v.pipe(
		v.string(),
		v.url('must be a full URL'),
		v.startsWith('https://', 'must start with https://')
	)
});

/** 'YYYY-MM-DD', quoted in YAML (an unquoted date becomes a JavaScript Date). */
export const iso_date = v.pipe(
	v.string('must be a date in quotes, like "2026-11-26"'),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2026-11-26"')
);
