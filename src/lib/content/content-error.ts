/**
 * How every content check reports a problem: one ContentError whose first line names the file,
 * the field path and what is wrong, so a trainer who edits content sees exactly what to fix
 * (`content/articles/x.md: title: …`); further problems of the same file follow on their own
 * lines. Pure: used by the article, procedure, place and lesson checks alike.
 */
import * as v from 'valibot';
import { new_tone_marks, tone_mark_message } from './language';

export class ContentError extends Error {
	constructor(file: string, field: string, problem: string) {
		super(`${file}: ${field}: ${problem}`);
		this.name = 'ContentError';
	}
}

/** A problem found by a check: the field path and what is wrong. */
export interface Problem {
	path: string;
	problem: string;
}

export const quote = (s: string) => JSON.stringify(s);
export const list = (items: readonly string[]) => items.join(', ');

export function is_record(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "content/procedures/x.yaml" from a glob key or a path. */
export function display_file(file: string): string {
	return file.replace(/\\/g, '/').replace(/^\//, '');
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

/** "expected one of text, number, …, got "txt"" and the like, from one valibot issue. */
export function describe_issue(issue: v.BaseIssue<unknown>): string {
	// a check's message, or a message the schema sets itself, is already written for trainers
	if (issue.kind === 'validation' || !issue.message.startsWith('Invalid ')) return issue.message;
	const received = issue.received;
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return 'unknown key; check the spelling (see the comments at the top of the file)';
	}
	if (received === 'undefined') return 'is missing';
	const expected = issue.expected ?? '';
	if (issue.type === 'picklist' || issue.type === 'variant' || issue.type === 'literal') {
		const choices = expected
			.replace(/^\(|\)$/g, '')
			.split(' | ')
			.map((choice) => choice.replace(/^"|"$/g, ''));
		return `expected one of ${choices.join(', ')}, got ${received}`;
	}
	const names: Record<string, string> = {
		string: 'text',
		number: 'a number',
		boolean: 'true or false',
		Array: 'a list (lines starting with "- ")',
		Object: 'a group of "key: value" lines'
	};
	const quote_hint =
		expected === 'string' && received !== 'null' && !received.startsWith('"')
			? ' (put it in quotes)'
			: '';
	return `expected ${names[expected] ?? expected}, got ${received}${quote_hint}`;
}

/**
 * One problem per valibot issue, with messages a trainer can act on; an unknown key lists the
 * keys allowed where it stands. `base` is prefixed to every path.
 */
export function schema_problems(schema: v.GenericSchema, value: unknown, base = ''): Problem[] {
	const result = v.safeParse(schema, value);
	if (result.success) return [];
	return result.issues.map((issue) => {
		const inner = issue_path(issue);
		const path = base ? (inner === '(top level)' ? base : join_path(base, inner)) : inner;
		if (issue.type === 'strict_object' && issue.expected === 'never') {
			const keys = keys_at(schema, issue);
			return {
				path,
				problem: `unknown key; check the spelling${keys.length ? ` (keys here: ${list(keys)})` : ''}`
			};
		}
		return { path, problem: describe_issue(issue) };
	});
}

function join_path(base: string, inner: string): string {
	return inner.startsWith('[') ? `${base}${inner}` : `${base}.${inner}`;
}

/** The schema nested at an issue's path, to list the keys allowed there. */
function keys_at(schema: v.GenericSchema, issue: v.BaseIssue<unknown>): string[] {
	let current: unknown = schema;
	const path = issue.path ?? [];
	for (const item of path.slice(0, -1)) {
		current = unwrap(current);
		const key = (item as { key?: unknown }).key;
		const node = current as { entries?: Record<string, unknown>; item?: unknown };
		if (typeof key === 'number') current = node.item;
		else current = node.entries?.[String(key)];
	}
	const entries = (unwrap(current) as { entries?: Record<string, unknown> })?.entries;
	return entries ? Object.keys(entries) : [];
}

function unwrap(schema: unknown): unknown {
	let current = schema as { type?: string; wrapped?: unknown } | undefined;
	while (current && (current.type === 'optional' || current.type === 'nullish')) {
		current = current.wrapped as typeof current;
	}
	return current;
}

/** The problems `check` finds in every string of parsed content (and `check_key` in every key). */
function string_problems(
	value: unknown,
	path: string,
	check: (text: string, path: string) => Problem[],
	check_key: (key: string, path: string) => Problem[] = () => []
): Problem[] {
	if (typeof value === 'string') return check(value, path || '(top level)');
	if (Array.isArray(value)) {
		return value.flatMap((item, i) => string_problems(item, `${path}[${i}]`, check, check_key));
	}
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => {
			const child = path ? `${path}.${key}` : key;
			return [...check_key(key, child), ...string_problems(item, child, check, check_key)];
		});
	}
	return [];
}

/** Finds strings (values and keys) that are not NFC, with their paths. */
export function nfc_problems(value: unknown, path = ''): Problem[] {
	return string_problems(
		value,
		path,
		(text, here) =>
			text === text.normalize('NFC')
				? []
				: [
						{
							path: here,
							problem: `text is not in Unicode NFC (a letter and its accent mark are stored apart): ${JSON.stringify(text.slice(0, 40))}; retype it or save the file as NFC`
						}
					],
		(key, here) =>
			key === key.normalize('NFC')
				? []
				: [{ path: here, problem: 'key is not in Unicode NFC; retype it' }]
	);
}

/** Finds words whose tone mark sits the new way (language.ts: write "khóa"), with their paths. */
export function tone_mark_problems(value: unknown, path = ''): Problem[] {
	return string_problems(value, path, (text, here) =>
		new_tone_marks(text).map(({ word, traditional }) => ({
			path: here,
			problem: tone_mark_message(word, traditional)
		}))
	);
}

/** The checks every content file's text passes: NFC first, then the tone marks. */
export function text_problems(value: unknown): Problem[] {
	const nfc = nfc_problems(value);
	return nfc.length ? nfc : tone_mark_problems(value);
}

/** A problem for every item whose key was seen before, naming where it was first. */
export function duplicate_problems<T>(
	items: readonly T[],
	path: (i: number) => string,
	key: (item: T) => string = String
): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	items.forEach((item, i) => {
		const k = key(item);
		const seen = first.get(k);
		if (seen === undefined) first.set(k, i);
		else problems.push({ path: path(i), problem: `duplicate ${quote(k)} (also at ${path(seen)})` });
	});
	return problems;
}

/** Throws one ContentError: the first problem, then the others on their own lines. */
export function throw_problems(file: string, problems: Problem[]): never {
	const [first, ...rest] = problems;
	const more = rest.map((p) => `\n${file}: ${p.path}: ${p.problem}`).join('');
	throw new ContentError(file, first.path, first.problem + more);
}

/** Throws when `problems` is not empty. */
export function fail_if(file: string, problems: Problem[]) {
	if (problems.length) throw_problems(file, problems);
}

/**
 * Frontmatter as an object, its text in NFC with its tone marks placed the traditional way: none
 * at all reads as empty (every required key then is missing).
 */
export function frontmatter(file: string, metadata: unknown): Record<string, unknown> {
	if (metadata === undefined || metadata === null) return {};
	if (!is_record(metadata)) {
		throw new ContentError(file, '(top level)', 'expected a group of "key: value" lines');
	}
	fail_if(file, text_problems(metadata));
	return metadata;
}

/** Checks NFC and tone marks, then validates `value` against `schema`, throwing a ContentError for problems. */
export function parse_content<S extends v.GenericSchema>(
	schema: S,
	value: unknown,
	file: string
): v.InferOutput<S> {
	fail_if(file, text_problems(value));
	fail_if(file, schema_problems(schema, value));
	return v.parse(schema, value);
}
