/**
 * The schema of one procedure file, content/procedures/<id>.yaml, and its parser.
 *
 * parse_procedure reads the YAML, checks every value against procedure_schema
 * (procedure-shape.ts, whose output type is Procedure) and then the rules that span several fields (unique ids, known sections,
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
import { sample_answer } from '$lib/portal/logic/sample-answers';
import { validate_field } from '$lib/portal/logic/validation';
import { RESULT_ISSUER_NAMES, type Procedure } from '$lib/portal/model';
import {
	ContentError,
	describe_issue,
	display_file,
	duplicate_problems,
	issue_path,
	text_problems,
	throw_problems,
	type Problem
} from './content-error';
import { procedure_schema } from './procedure-shape';

/** procedures.server.ts reads display_file from here. */
export { display_file } from './content-error';

// ── Reading YAML (shared with places.ts) ────────────────────────────────────────────────────

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

// ── Rules across fields ─────────────────────────────────────────────────────────────────────

/** The practice date sample values are checked against (the filing test's Monday). */
const SAMPLE_TODAY = '2026-11-23';

/** Where the sample scans live, relative to the project root (the working directory). */
export const SAMPLES_DIR = 'static/samples';

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
		...duplicate_problems(
			p.sections,
			(i) => `sections[${i}].id`,
			(s) => s.id
		),
		...duplicate_problems(
			p.fields,
			(i) => `fields[${i}].id`,
			(f) => f.id
		),
		...duplicate_problems(
			p.documents,
			(i) => `documents[${i}].id`,
			(d) => d.id
		),
		// the procedure page lists these keyed by their text: a repeat would break the page
		...duplicate_problems(
			p.sources,
			(i) => `sources[${i}].url`,
			(source) => source.url
		),
		...duplicate_problems(
			p.legal_basis,
			(i) => `legal_basis[${i}]`,
			(basis) => basis
		),
		...duplicate_problems(
			p.receive_methods,
			(i) => `receive_methods[${i}]`,
			(m) => m
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
					...duplicate_problems(
						f.options,
						(j) => `${at}.options[${j}].value`,
						(o) => o.value
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
	p.fields.forEach((f, i) => {
		const at = `fields[${i}].sample`;
		if (f.sample === undefined) {
			if (f.required && !f.prefill && f.max_age_days === undefined) {
				add(at, 'a required field needs a sample value (what a learner might type)');
			}
			return;
		}
		if (f.max_age_days !== undefined) {
			add(at, 'a date with max_age_days takes no sample: the filing test types a recent date');
			return;
		}
		const expected = f.type === 'checkbox' ? 'boolean' : f.type === 'number' ? 'number' : 'string';
		if (typeof f.sample !== expected) {
			add(at, `a ${f.type} field's sample must be a ${expected}, got ${JSON.stringify(f.sample)}`);
			return;
		}
		const problem = validate_field(f, sample_answer(f, SAMPLE_TODAY), { today: SAMPLE_TODAY });
		if (problem) add(at, `the e-form refuses it: ${problem}`);
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
	const issuer = RESULT_ISSUER_NAMES[p.result_issuer];
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

	const spelling = text_problems(data);
	if (spelling.length) throw_problems(shown, spelling);

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
