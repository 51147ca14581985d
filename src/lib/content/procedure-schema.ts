/**
 * The schema of one procedure file, content/procedures/<id>.yaml, and its parser.
 *
 * parse_procedure reads the YAML, checks every value against procedure_schema (output type:
 * exactly Procedure) and then the rules that span several fields (unique ids, known sections,
 * fee fields, supplement document, sample files). Any problem throws a ContentError whose first
 * line names the file, the field path and what is wrong, e.g.
 * `content/procedures/x.yaml: fields[2].type: expected one of text, number, …, got "txt"`;
 * further problems follow on their own lines.
 *
 * Build time and tests only: it reads static/samples/ with node:fs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseDocument } from 'yaml';
import { FIELDS, type Procedure } from '$lib/portal/model';
import { ContentError, issue_path } from './content-error';

// ── Reusable pieces ─────────────────────────────────────────────────────────────────────────

/** Non-empty text. NFC is checked on the whole file before the schema runs. */
export const nonblank_text = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', 'must not be empty')
);

export const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug like "dang-ky-khai-sinh"')
);

/** Stable ids that lessons point at: `child_full_name`. */
export const snake_id = v.pipe(
	v.string(),
	v.regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'expected a snake_case id like "child_full_name"')
);

/** Whole đồng. */
const amount = v.pipe(
	v.number(),
	v.integer('expected a whole number of đồng (no dots or commas)'),
	v.minValue(0, 'must not be negative')
);

const whole = (min: number) =>
	v.pipe(
		v.number(),
		v.integer('expected a whole number'),
		v.minValue(min, `must be at least ${min}`)
	);

export function is_https_url(s: string): boolean {
	if (!s.startsWith('https://')) return false;
	try {
		return new URL(s).hostname.includes('.');
	} catch {
		return false;
	}
}

export const source_schema = v.strictObject({
	title: nonblank_text,
	url: v.pipe(
		v.string(),
		v.check(
			is_https_url,
			(issue) => `expected a full https:// address, got ${JSON.stringify(issue.input)}`
		)
	)
});

/** A sample scan: a plain file name in static/samples/. */
const sample_name = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(-[a-z0-9]+)*\.(png|jpg)$/,
		'expected a file name in static/samples/ like "giay-chung-sinh.png"'
	)
);

// ── The schema ──────────────────────────────────────────────────────────────────────────────

const fee_schema = v.variant('kind', [
	v.strictObject({ kind: v.literal('free'), note: v.optional(nonblank_text) }),
	v.strictObject({ kind: v.literal('fixed'), amount, note: v.optional(nonblank_text) }),
	v.strictObject({
		kind: v.literal('per-page'),
		first_pages: whole(1),
		first_page_amount: amount,
		later_page_amount: amount,
		cap_per_copy: amount,
		pages_field: snake_id,
		copies_field: snake_id,
		note: v.optional(nonblank_text)
	}),
	v.strictObject({ kind: v.literal('province'), note: nonblank_text })
]);

const document_schema = v.strictObject({
	id: snake_id,
	name: nonblank_text,
	required: v.boolean(),
	note: v.optional(nonblank_text),
	sample: v.optional(sample_name)
});

export const FIELD_TYPES = [
	'text',
	'number',
	'date',
	'select',
	'radio',
	'checkbox',
	'citizen-id',
	'phone',
	'address'
] as const;

export const PREFILLS = ['full_name', 'citizen_id', 'date_of_birth', 'phone', 'address'] as const;

/** Option values: lowercase letters and digits joined by - or _. */
const option_value = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+([-_][a-z0-9]+)*$/, 'expected a lowercase value like "nam" or "ong-ba"')
);

const field_schema = v.strictObject({
	id: snake_id,
	label: nonblank_text,
	hint: v.optional(nonblank_text),
	type: v.picklist(FIELD_TYPES),
	required: v.boolean(),
	section: snake_id,
	options: v.optional(v.array(v.strictObject({ value: option_value, label: nonblank_text }))),
	prefill: v.optional(v.picklist(PREFILLS)),
	min: v.optional(v.number()),
	max: v.optional(v.number()),
	min_length: v.optional(whole(0)),
	max_length: v.optional(whole(1)),
	not_in_future: v.optional(v.boolean()),
	max_age_days: v.optional(whole(1))
});

const scenario_schema = v.strictObject({
	supplement: v.optional(
		v.strictObject({
			document_id: snake_id,
			message: nonblank_text,
			deadline_working_days: whole(1),
			deadline_unconfirmed: v.optional(v.boolean())
		})
	),
	draft_confirmation: v.optional(v.strictObject({ document: nonblank_text })),
	late: v.optional(v.strictObject({ extra_working_days: whole(1), reason: nonblank_text }))
});

export const procedure_schema = v.strictObject({
	id: slug,
	name: nonblank_text,
	code: v.optional(
		v.pipe(
			v.string(),
			v.regex(
				/^\d\.\d{6}$/,
				(issue) =>
					`expected the national code form d.dddddd (e.g. "1.001193"), got ${JSON.stringify(issue.input)}`
			)
		)
	),
	code_note: v.optional(nonblank_text),
	field: v.picklist(FIELDS),
	level: v.picklist(['toan-trinh', 'mot-phan']),
	agency: nonblank_text,
	agency_level: v.picklist(['xa', 'tinh']),
	processing_time: v.strictObject({ working_days: whole(0), text: nonblank_text }),
	fee: fee_schema,
	documents: v.pipe(v.array(document_schema), v.minLength(1, 'list at least one document')),
	result: nonblank_text,
	result_issuer: v.picklist(['ubnd-xa', 'cong-an-xa']),
	result_statement: nonblank_text,
	result_fields: v.optional(v.array(snake_id)),
	receive_methods: v.pipe(
		v.array(v.picklist(['online', 'desk', 'post'])),
		v.minLength(1, 'list at least one method')
	),
	legal_basis: v.pipe(v.array(nonblank_text), v.minLength(1, 'list at least one legal text')),
	sources: v.pipe(v.array(source_schema), v.minLength(1, 'list at least one source')),
	sections: v.pipe(
		v.array(v.strictObject({ id: snake_id, title: nonblank_text })),
		v.minLength(1, 'list at least one section')
	),
	fields: v.pipe(v.array(field_schema), v.minLength(1, 'list at least one field')),
	scenario: scenario_schema,
	summary: nonblank_text,
	keywords: v.optional(v.array(nonblank_text))
});

// The schema's output is exactly Procedure: a change on either side fails the type check.
type Output = v.InferOutput<typeof procedure_schema>;
type Equal<A, B> =
	(<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const _output_is_procedure: Output extends Procedure ? true : never = true;
const _procedure_is_output: Procedure extends Output ? true : never = true;
const _same_keys: Equal<keyof Output, keyof Procedure> = true;
const _same_field_keys: Equal<keyof Output['fields'][number], keyof Procedure['fields'][number]> =
	true;

// ── Helpers shared with places.ts (pure; only parse_procedure touches the file system) ──────

/** A problem found by a check: the field path and what is wrong. */
export interface Problem {
	path: string;
	problem: string;
}

/** "expected one of text, number, …, got "txt"" and the like, from one valibot issue. */
export function describe_issue(issue: v.BaseIssue<unknown>): string {
	if (issue.kind === 'validation') return issue.message;
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

/** Finds strings (values and keys) that are not NFC, with their paths. */
export function nfc_problems(value: unknown, path = ''): Problem[] {
	const here = path || '(top level)';
	if (typeof value === 'string') {
		return value === value.normalize('NFC')
			? []
			: [
					{
						path: here,
						problem: `text is not in Unicode NFC (a letter and its accent mark are stored apart): ${JSON.stringify(value.slice(0, 40))}; retype it or save the file as NFC`
					}
				];
	}
	if (Array.isArray(value)) {
		return value.flatMap((item, i) => nfc_problems(item, `${path}[${i}]`));
	}
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, item]) => {
			const child = path ? `${path}.${key}` : key;
			const key_problem: Problem[] =
				key === key.normalize('NFC')
					? []
					: [{ path: child, problem: 'key is not in Unicode NFC; retype it' }];
			return [...key_problem, ...nfc_problems(item, child)];
		});
	}
	return [];
}

/**
 * Parses YAML text into plain data. Syntax errors, duplicate keys and amounts written with
 * Vietnamese thousands dots (`200.000`, which YAML reads as 200) become problems with a line.
 */
export function read_yaml(text: string): { data: unknown; problems: Problem[] } {
	const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
	const problems: Problem[] = doc.errors.map((error) => {
		const pos = error.linePos?.[0];
		const where = pos ? `line ${pos.line}, column ${pos.col}` : '(top level)';
		const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
		return { path: where, problem: `YAML error: ${message}` };
	});
	text.split('\n').forEach((line, i) => {
		const match = /^[^#]*:\s+(\d{1,3}(?:\.\d{3})+)\s*(#.*)?$/.exec(line);
		if (match) {
			problems.push({
				path: `line ${i + 1}`,
				problem: `${match[1]} is read as the number ${Number(match[1])}; write amounts without dots, e.g. ${match[1].replaceAll('.', '')}`
			});
		}
	});
	if (problems.length) return { data: undefined, problems };
	const data: unknown = doc.toJS();
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		const got = Array.isArray(data)
			? 'a list'
			: data == null
				? 'an empty file'
				: JSON.stringify(data);
		problems.push({
			path: '(top level)',
			problem: `expected a group of "key: value" lines, got ${got}`
		});
	}
	return { data, problems };
}

/** Throws one ContentError: the first problem, then the others on their own lines. */
export function throw_problems(file: string, problems: Problem[]): never {
	const [first, ...rest] = problems;
	const more = rest.map((p) => `\n${file}: ${p.path}: ${p.problem}`).join('');
	throw new ContentError(file, first.path, first.problem + more);
}

/** "content/procedures/x.yaml" from a glob key or a path. */
export function display_file(file: string): string {
	return file.replace(/\\/g, '/').replace(/^\//, '');
}

// ── Rules across fields ─────────────────────────────────────────────────────────────────────

/** Where the sample scans live, relative to the project root (the working directory). */
export const SAMPLES_DIR = 'static/samples';

function duplicates<T>(items: T[], key: (item: T) => string, path: (i: number) => string) {
	const problems: Problem[] = [];
	const first = new Map<string, number>();
	items.forEach((item, i) => {
		const k = key(item);
		const seen = first.get(k);
		if (seen === undefined) first.set(k, i);
		else
			problems.push({
				path: path(i),
				problem: `duplicate ${JSON.stringify(k)} (also at ${path(seen)})`
			});
	});
	return problems;
}

/** The rules that span several fields of a valid-shaped procedure. */
export function cross_field_problems(
	p: Procedure,
	expected_id: string,
	samples_dir: string
): Problem[] {
	const problems: Problem[] = [];
	const add = (path: string, problem: string) => problems.push({ path, problem });

	if (p.id !== expected_id) {
		add('id', `must equal the file name "${expected_id}", got ${JSON.stringify(p.id)}`);
	}

	problems.push(
		...duplicates(
			p.sections,
			(s) => s.id,
			(i) => `sections[${i}].id`
		),
		...duplicates(
			p.fields,
			(f) => f.id,
			(i) => `fields[${i}].id`
		),
		...duplicates(
			p.documents,
			(d) => d.id,
			(i) => `documents[${i}].id`
		),
		...duplicates(
			p.receive_methods,
			(m) => m,
			(i) => `receive_methods[${i}]`
		)
	);

	const section_ids = p.sections.map((s) => s.id);
	const prefill_types: Record<string, string[]> = {
		full_name: ['text'],
		citizen_id: ['citizen-id'],
		date_of_birth: ['date'],
		phone: ['phone'],
		address: ['address', 'text']
	};
	p.fields.forEach((f, i) => {
		const at = `fields[${i}]`;
		if (!section_ids.includes(f.section)) {
			add(`${at}.section`, `no section "${f.section}"; sections are ${section_ids.join(', ')}`);
		}
		if (f.type === 'select' || f.type === 'radio') {
			if (!f.options || f.options.length < 2) {
				add(`${at}.options`, `a ${f.type} field needs at least 2 options`);
			} else {
				problems.push(
					...duplicates(
						f.options,
						(o) => o.value,
						(j) => `${at}.options[${j}].value`
					)
				);
			}
		} else if (f.options) {
			add(`${at}.options`, `only select and radio fields have options, this is a ${f.type} field`);
		}
		if ((f.min !== undefined || f.max !== undefined) && f.type !== 'number') {
			add(`${at}.${f.min !== undefined ? 'min' : 'max'}`, 'min and max are for number fields');
		}
		if (f.min !== undefined && f.max !== undefined && f.min > f.max) {
			add(`${at}.max`, `must not be less than min (${f.min})`);
		}
		if (f.min_length !== undefined && f.max_length !== undefined && f.min_length > f.max_length) {
			add(`${at}.max_length`, `must not be less than min_length (${f.min_length})`);
		}
		if ((f.not_in_future !== undefined || f.max_age_days !== undefined) && f.type !== 'date') {
			add(
				`${at}.${f.not_in_future !== undefined ? 'not_in_future' : 'max_age_days'}`,
				'date rules are for date fields'
			);
		}
		if (f.prefill && !prefill_types[f.prefill].includes(f.type)) {
			add(
				`${at}.prefill`,
				`${f.prefill} fills a ${prefill_types[f.prefill].join(' or ')} field, this is a ${f.type} field`
			);
		}
	});

	if (p.fee.kind === 'per-page') {
		const fee = p.fee;
		for (const key of ['pages_field', 'copies_field'] as const) {
			const field = p.fields.find((f) => f.id === fee[key]);
			if (!field) add(`fee.${key}`, `no field "${fee[key]}" in fields`);
			else if (field.type !== 'number') {
				add(
					`fee.${key}`,
					`field "${fee[key]}" must be a number field, it is a ${field.type} field`
				);
			}
		}
		if (fee.pages_field === fee.copies_field) {
			add('fee.copies_field', 'must name a different field from pages_field');
		}
	}

	const supplement = p.scenario.supplement;
	const document_ids = p.documents.map((d) => d.id);
	if (supplement && !document_ids.includes(supplement.document_id)) {
		add(
			'scenario.supplement.document_id',
			`no document "${supplement.document_id}"; documents are ${document_ids.join(', ')}`
		);
	}

	p.fields.forEach((f, i) => {
		const example = f.hint && /\b\d{2}\/\d{2}\/\d{4}\b/.exec(f.hint);
		if (f.type === 'date' && example && (f.max_age_days || f.not_in_future)) {
			add(
				`fields[${i}].hint`,
				`example date ${example[0]} is one the form may refuse (it only takes dates ${f.max_age_days ? `within ${f.max_age_days} days before the practice date` : 'not in the future'}); show the format without a fixed date, e.g. "ngày 5 tháng 3 viết 05/03"`
			);
		}
	});
	const field_ids = p.fields.map((f) => f.id);
	for (const match of p.result_statement.matchAll(/\{([^{}]*)\}/g)) {
		if (!field_ids.includes(match[1])) {
			add(
				'result_statement',
				`${match[0]} names no e-form field; fields are ${field_ids.join(', ')}`
			);
		}
	}
	(p.result_fields ?? []).forEach((id, i) => {
		if (!field_ids.includes(id)) {
			add(`result_fields[${i}]`, `no e-form field "${id}"; fields are ${field_ids.join(', ')}`);
		}
	});
	const issuer = { 'ubnd-xa': 'Ủy ban nhân dân', 'cong-an-xa': 'Công an' }[p.result_issuer];
	if (!p.agency.startsWith(issuer)) {
		add(
			'result_issuer',
			`"${p.result_issuer}" (${issuer}) does not match agency "${p.agency}"; the body that signs the result is the competent body`
		);
	}
	if (p.scenario.draft_confirmation && !p.receive_methods.includes('online')) {
		add(
			'scenario.draft_confirmation',
			'a draft to confirm is sent online: list online in receive_methods'
		);
	}

	p.documents.forEach((d, i) => {
		if (d.sample && !existsSync(join(samples_dir, d.sample))) {
			add(`documents[${i}].sample`, `file not found: ${SAMPLES_DIR}/${d.sample}`);
		}
	});

	return problems;
}

// ── Entry point ─────────────────────────────────────────────────────────────────────────────

/**
 * Parses and validates one procedure file. `file` is its path (a glob key such as
 * "/content/procedures/x.yaml" is fine); the id must equal the file name without ".yaml".
 * `root` is the project root that holds static/samples/ (default: the working directory).
 */
export function parse_procedure(
	file: string,
	text: string,
	root: string = process.cwd()
): Procedure {
	const shown = display_file(file);
	const name = shown.split('/').pop() ?? shown;
	if (!name.endsWith('.yaml')) {
		throw new ContentError(shown, 'file name', 'must end in .yaml');
	}

	const { data, problems } = read_yaml(text);
	if (problems.length) throw_problems(shown, problems);

	const nfc = nfc_problems(data);
	if (nfc.length) throw_problems(shown, nfc);

	const result = v.safeParse(procedure_schema, data);
	if (!result.success) {
		throw_problems(
			shown,
			result.issues.map((issue) => ({ path: issue_path(issue), problem: describe_issue(issue) }))
		);
	}

	const cross = cross_field_problems(
		result.output,
		name.replace(/\.yaml$/, ''),
		join(root, SAMPLES_DIR)
	);
	if (cross.length) throw_problems(shown, cross);
	return result.output;
}
