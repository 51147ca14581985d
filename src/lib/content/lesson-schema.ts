/**
 * The schema of content/lessons and its checks. Pure: the gateway (lessons.server.ts) reads the
 * files and the portal's targets, and hands them over as plain data, so tests can feed fixtures.
 *
 * ```
 * content/lessons/
 *   NN-chapter-slug/index.md                   chapter: { title, description }
 *   NN-chapter-slug/NN-lesson-slug/index.md    lesson frontmatter; body = introduction
 *   NN-chapter-slug/NN-lesson-slug/NN-step.md  one step per file; body = the instruction
 * ```
 *
 * Numbers order things and are stripped: lesson id `chapter-slug/lesson-slug`, step id
 * `step-slug`. Any problem throws a ContentError whose first line names the file, the field path
 * and what is wrong, e.g.
 * `content/lessons/01-bat-dau/01-dang-nhap-vneid/03-nhap-mat-khau.md: complete[0].event: unknown
 * event "password-typed"`; further problems in the same file follow on their own lines.
 */
import * as v from 'valibot';
import {
	HELP_LEVELS,
	HELP_LEVEL_NAMES,
	type Chapter,
	type DemoAction,
	type EventMatcher,
	type HelpLevel,
	type Lesson,
	type LessonSetup,
	type LessonStep,
	type LessonSummary,
	type Mistake,
	type Question,
	type Where
} from '$lib/lessons/model';
import { SIM_EVENT_FIELDS, type SimEvent, type SimEventType } from '$lib/portal/events';
import {
	FIELDS,
	RECEIVE_NAMES,
	STATUSES,
	type FormFieldType,
	type Procedure
} from '$lib/portal/model';
import { parse_location, type Screen } from '$lib/portal/routes';
import { format_date, parse_vn_date } from '$lib/portal/logic/format';
import { is_iso_date } from '$lib/portal/logic/iso';
import { ContentError, issue_path } from './content-error';
import type { KnownTargets, TemplateKind } from './portal-targets';
import {
	describe_issue,
	display_file,
	nfc_problems,
	nonblank_text,
	slug,
	throw_problems,
	type Problem
} from './procedure-schema';

export type { KnownTargets } from './portal-targets';

// ── Schemas (shape only; the rules across fields follow) ────────────────────────────────────

export const chapter_schema = v.strictObject({
	title: nonblank_text,
	description: nonblank_text
});

export const lesson_meta_schema = v.strictObject({
	title: nonblank_text,
	description: nonblank_text,
	minutes: v.pipe(
		v.number(),
		v.integer('expected a whole number of minutes'),
		v.minValue(1, 'must be at least 1'),
		v.maxValue(120, 'must be at most 120')
	),
	procedure: v.optional(slug),
	objectives: v.pipe(v.array(nonblank_text), v.minLength(1, 'list at least one objective')),
	help_levels: v.pipe(
		v.array(v.picklist(HELP_LEVELS)),
		v.minLength(1, `list at least one of ${HELP_LEVELS.join(', ')}`)
	),
	setup: v.strictObject({
		signed_in: v.boolean(),
		location: v.pipe(
			v.string(),
			v.startsWith('/', 'must start with "/", e.g. "/" (home) or "/dang-nhap"')
		),
		practice_date: v.optional(
			v.pipe(
				v.string(),
				v.check((value) => is_iso_date(value), "must be a real date written 'YYYY-MM-DD', quoted")
			)
		)
	})
});

/** A lesson's frontmatter once checked. */
export interface LessonMeta {
	title: string;
	description: string;
	minutes: number;
	procedure?: string;
	objectives: string[];
	help_levels: HelpLevel[];
	setup: LessonSetup;
}

/** `where` is checked key by key below, with messages that name the event's fields. */
const where_schema = v.optional(v.record(v.string(), v.unknown()));

const matcher_schema = v.strictObject({ event: v.string(), where: where_schema });

const mistake_schema = v.strictObject({
	event: v.string(),
	where: where_schema,
	feedback: nonblank_text
});

const question_schema = v.strictObject({
	kind: v.picklist(['single', 'multiple']),
	prompt: nonblank_text,
	options: v.pipe(
		v.array(
			v.strictObject({ text: nonblank_text, correct: v.boolean(), explanation: nonblank_text })
		),
		v.minLength(2, 'list at least 2 options')
	)
});

export const step_schema = v.strictObject({
	title: nonblank_text,
	target: v.optional(nonblank_text),
	complete: v.optional(v.array(matcher_schema)),
	hints: v.optional(v.array(nonblank_text)),
	mistakes: v.optional(v.array(mistake_schema)),
	/** each action is checked on its own below (exactly one of fill, click, choose, …) */
	demo: v.optional(v.array(v.unknown())),
	question: v.optional(question_schema)
});

const demo_schemas = {
	fill: v.strictObject({ fill: nonblank_text, value: v.string() }),
	click: v.strictObject({ click: nonblank_text }),
	choose: v.strictObject({ choose: nonblank_text, value: v.string() }),
	select: v.strictObject({ select: nonblank_text, value: v.string() }),
	forward: v.strictObject({
		forward: v.pipe(
			v.number(),
			v.integer('expected a whole number of days'),
			v.minValue(1, 'must be at least 1'),
			v.maxValue(30, 'must be at most 30')
		)
	})
} as const;
const DEMO_ACTIONS = Object.keys(demo_schemas) as (keyof typeof demo_schemas)[];

// ── Events: the fields a `where` may compare, with their kinds and values ───────────────────

type EventOf<K extends SimEventType> = Extract<SimEvent, { type: K }>;
type FieldsOf<K extends SimEventType> = Exclude<keyof EventOf<K>, 'type'>;
type AnyField = { [K in SimEventType]: FieldsOf<K> }[SimEventType];
type ValueKind<T> = [T] extends [readonly unknown[]]
	? 'list'
	: [T] extends [boolean]
		? 'boolean'
		: [T] extends [number]
			? 'number'
			: [T] extends [string]
				? 'string'
				: 'other';

/** What each event field holds; a list cannot be compared with one value. */
const FIELD_KINDS = {
	location: 'string',
	screen: 'string',
	field: 'string',
	filled: 'boolean',
	ok: 'boolean',
	failures: 'number',
	locked: 'boolean',
	query: 'string',
	results: 'number',
	found: 'boolean',
	agency_level: 'string',
	procedure_id: 'string',
	province: 'string',
	ward: 'string',
	field_id: 'string',
	valid: 'boolean',
	value: 'string',
	section_id: 'string',
	field_ids: 'list',
	document_id: 'string',
	source: 'string',
	reason: 'string',
	missing: 'list',
	method: 'string',
	amount: 'number',
	dossier_id: 'string',
	code: 'string',
	message_id: 'string',
	kind: 'string',
	days: 'number',
	today: 'string',
	status: 'string',
	level: 'string'
} as const satisfies Record<AnyField, 'string' | 'number' | 'boolean' | 'list'>;

// FIELD_KINDS must agree with SimEvent: a change in events.ts fails the type check here.
type KindMismatch = {
	[K in SimEventType]: {
		[F in FieldsOf<K>]: ValueKind<EventOf<K>[F]> extends (typeof FIELD_KINDS)[F & AnyField]
			? never
			: `${K}.${F & string}`;
	}[FieldsOf<K>];
}[SimEventType];
const _kinds_match: [KindMismatch] extends [never] ? true : KindMismatch = true;

const set_of = <T extends string>(values: readonly T[]) =>
	Object.fromEntries(values.map((value) => [value, true])) as Record<T, true>;

/** Every screen name (`navigated.screen`); exactly routes.ts's Screen names. */
const SCREEN_NAMES: Record<Screen['name'], true> = {
	home: true,
	login: true,
	search: true,
	procedure: true,
	agency: true,
	form: true,
	review: true,
	documents: true,
	receive: true,
	pay: true,
	submit: true,
	'my-dossiers': true,
	dossier: true,
	supplement: true,
	result: true,
	rate: true,
	inbox: true,
	'not-found': true
};

const STATUS_VALUES = set_of(Object.keys(STATUSES) as (keyof typeof STATUSES)[]);

/**
 * The values an event field can take, where the set is closed. Each entry lists exactly the
 * values of its SimEvent type: a missing or extra value fails the type check.
 */
const WHERE_VALUES: {
	[K in SimEventType]?: { [F in FieldsOf<K>]?: Record<Extract<EventOf<K>[F], string>, true> };
} = {
	navigated: { screen: SCREEN_NAMES },
	'login-typed': { field: { 'citizen-id': true, password: true, otp: true } },
	'field-browsed': { field: set_of(FIELDS) },
	'agency-browsed': { agency_level: { xa: true, tinh: true } },
	'file-attached': { source: { sample: true, device: true } },
	'file-rejected': { reason: { type: true, size: true } },
	'delivery-chosen': {
		method: set_of(Object.keys(RECEIVE_NAMES) as (keyof typeof RECEIVE_NAMES)[])
	},
	'payment-failed': { reason: { 'insufficient-funds': true, 'wrong-otp': true } },
	'message-opened': { kind: { sms: true, email: true } },
	'status-changed': { status: STATUS_VALUES },
	'status-viewed': { status: STATUS_VALUES }
};

const MESSAGE_KINDS = Object.keys(WHERE_VALUES['message-opened']?.kind ?? {});

function closed_values(event: SimEventType, field: string): string[] | undefined {
	const table = WHERE_VALUES[event] as Record<string, Record<string, true>> | undefined;
	const values = table?.[field];
	return values && Object.keys(values);
}

/** The event names, for messages. */
export const EVENT_NAMES = Object.keys(SIM_EVENT_FIELDS) as SimEventType[];

function is_event(name: string): name is SimEventType {
	return Object.hasOwn(SIM_EVENT_FIELDS, name);
}

// ── Small helpers ───────────────────────────────────────────────────────────────────────────

/** `03-nhap-mat-khau.md` or `01-bat-dau`: the order number and the slug. */
const NUMBERED = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

function numbered(name: string): { order: number; slug: string } | undefined {
	const match = NUMBERED.exec(name);
	return match ? { order: Number(match[1]), slug: match[2] } : undefined;
}

/** `02-nhap-so-dinh-danh.md` → `nhap-so-dinh-danh`. */
export function step_id_from_file(file: string): string {
	const name = file.split('/').pop() ?? file;
	return name.replace(/\.md$/, '').replace(/^\d+-/, '');
}

/**
 * Whether a markdown file has text after its frontmatter (HTML comments do not count). mdsvex
 * gives no such flag, so the gateway reads the raw file and asks here.
 */
export function has_body(raw: string): boolean {
	const text = raw.replace(/^\uFEFF/, '');
	const body = text.replace(/^---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(\r?\n|$)/, '');
	return body.replace(/<!--[\s\S]*?-->/g, '').trim() !== '';
}

const quote = (s: string) => JSON.stringify(s);
const list = (items: readonly string[]) => items.join(', ');

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

/** One problem per valibot issue, with messages a trainer can act on. */
function schema_problems(schema: v.GenericSchema, value: unknown, base = ''): Problem[] {
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

function is_record(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function duplicate_problems(items: readonly string[], path: (i: number) => string): Problem[] {
	const first = new Map<string, number>();
	const problems: Problem[] = [];
	items.forEach((item, i) => {
		const seen = first.get(item);
		if (seen === undefined) first.set(item, i);
		else
			problems.push({ path: path(i), problem: `duplicate ${quote(item)} (also at ${path(seen)})` });
	});
	return problems;
}

/** Throws when `problems` is not empty. */
function fail_if(file: string, problems: Problem[]) {
	if (problems.length) throw_problems(file, problems);
}

/** Frontmatter as an object: none at all reads as empty (every required key then is missing). */
function frontmatter(file: string, metadata: unknown): Record<string, unknown> {
	if (metadata === undefined || metadata === null) return {};
	if (!is_record(metadata)) {
		throw new ContentError(file, '(top level)', 'expected a group of "key: value" lines');
	}
	fail_if(file, nfc_problems(metadata));
	return metadata;
}

// ── Lessons and chapters ────────────────────────────────────────────────────────────────────

/**
 * Checks a lesson's index.md frontmatter. With `procedures`, the procedure and the start
 * location must exist too.
 */
export function parse_lesson_meta(
	file: string,
	metadata: unknown,
	procedures?: readonly Procedure[]
): LessonMeta {
	const shown = display_file(file);
	const data = frontmatter(shown, metadata);
	fail_if(shown, schema_problems(lesson_meta_schema, data));
	const meta = v.parse(lesson_meta_schema, data);

	const problems = duplicate_problems(meta.help_levels, (i) => `help_levels[${i}]`);
	const procedure_ids = procedures?.map((p) => p.id);
	if (meta.procedure && procedure_ids && !procedure_ids.includes(meta.procedure)) {
		problems.push({
			path: 'procedure',
			problem: `no procedure ${quote(meta.procedure)} in content/procedures; procedures are ${list(procedure_ids)}`
		});
	}
	problems.push(...location_problems(meta.setup.location, procedures));
	fail_if(shown, problems);

	return {
		title: meta.title,
		description: meta.description,
		minutes: meta.minutes,
		...(meta.procedure ? { procedure: meta.procedure } : {}),
		objectives: meta.objectives,
		help_levels: meta.help_levels,
		setup: meta.setup
	};
}

function location_problems(location: string, procedures?: readonly Procedure[]): Problem[] {
	const path = 'setup.location';
	const screen = parse_location(location);
	if (screen.name === 'not-found') {
		return [
			{
				path,
				problem: `${quote(location)} is not a page of the practice portal (e.g. "/", "/dang-nhap", "/thu-tuc/dang-ky-khai-sinh")`
			}
		];
	}
	if ('dossier_id' in screen) {
		return [
			{
				path,
				problem: 'a lesson cannot start on a dossier page: a dossier exists only once submitted'
			}
		];
	}
	if ('procedure_id' in screen && procedures) {
		const procedure = procedures.find((p) => p.id === screen.procedure_id);
		if (!procedure) {
			return [
				{ path, problem: `no procedure ${quote(screen.procedure_id)} in content/procedures` }
			];
		}
		if (screen.name === 'form' && !procedure.sections.some((s) => s.id === screen.section_id)) {
			return [
				{
					path,
					problem: `procedure ${quote(procedure.id)} has no section ${quote(screen.section_id)}; sections are ${list(procedure.sections.map((s) => s.id))}`
				}
			];
		}
	}
	return [];
}

function parse_chapter_meta(file: string, metadata: unknown) {
	const data = frontmatter(file, metadata);
	fail_if(file, schema_problems(chapter_schema, data));
	return v.parse(chapter_schema, data);
}

// ── Steps ───────────────────────────────────────────────────────────────────────────────────

/** What a step is checked against besides the portal's targets: its lesson and the course. */
export interface StepContext {
	/** the lesson's procedure: its documents and e-form fields become targets */
	procedure?: Procedure;
	/** every procedure, for `procedure.link.<id>` targets and `procedure_id` values */
	procedures?: readonly Procedure[];
	/** the lesson's help levels: with `xem-mau`, every action step needs a demo */
	help_levels?: readonly HelpLevel[];
}

/** `{account.citizen_id}`, `{account.password}`, `{otp}`, `{today}`, `{today-N}` in fill values. */
const PLACEHOLDER = /^(account\.citizen_id|account\.password|otp|today(-\d+)?)$/;
const PLACEHOLDERS_TEXT = '{account.citizen_id}, {account.password}, {otp}, {today} or {today-N}';

/**
 * Checks one step file. `file` is its path (a glob key is fine), `metadata` its frontmatter,
 * `body_present` whether it has an instruction below the frontmatter.
 */
export function parse_step(
	file: string,
	metadata: unknown,
	body_present: boolean,
	known: KnownTargets,
	context: StepContext = {}
): LessonStep {
	const shown = display_file(file);
	const name = (shown.split('/').pop() ?? shown).replace(/\.md$/, '');
	if (!shown.endsWith('.md') || !numbered(name)) {
		throw new ContentError(shown, 'file name', 'must look like 01-ten-buoc.md');
	}
	const data = frontmatter(shown, metadata);
	fail_if(shown, schema_problems(step_schema, data));
	const step = v.parse(step_schema, data);

	const problems: Problem[] = [];
	const add = (path: string, problem: string) => problems.push({ path, problem });
	const is_question = step.question !== undefined;

	if (is_question && step.complete !== undefined) {
		add(
			'question',
			'a step has either complete (an action step) or question (a knowledge check), not both'
		);
	} else if (!is_question && step.complete === undefined) {
		add(
			'complete',
			'is missing; list the events that finish this step (or write a question for a knowledge check)'
		);
	}

	if (!is_question) {
		if (step.complete?.length === 0) add('complete', 'list at least one event');
		if (step.hints === undefined)
			add('hints', 'is missing; an action step needs at least one hint');
		else if (step.hints.length === 0) add('hints', 'list at least one hint');
		const demo_wanted = context.help_levels?.includes('xem-mau');
		if (demo_wanted && !step.demo?.length) {
			add(
				'demo',
				`the lesson offers "xem-mau" (${HELP_LEVEL_NAMES['xem-mau']}), so every action step needs a demo`
			);
		}
	} else {
		const question = step.question as Question;
		const correct = question.options.filter((o) => o.correct).length;
		if (correct === 0) add('question.options', 'mark at least one option "correct: true"');
		else if (question.kind === 'single' && correct > 1) {
			add(
				'question.options',
				`a single-choice question has exactly one correct option, this one has ${correct} (or use kind: multiple)`
			);
		}
		problems.push(
			...duplicate_problems(
				question.options.map((o) => o.text.trim()),
				(i) => `question.options[${i}].text`
			)
		);
		if (step.demo?.length) add('demo', 'a knowledge check has no demo');
		if (step.mistakes?.length) {
			add('mistakes', 'a knowledge check has no mistakes; explain each option instead');
		}
	}

	const target_context = { known, ...context };
	if (step.target !== undefined) {
		// 'a | b': ring a, or b while a is not on screen yet (e.g. the button that brings a).
		for (const one of step.target.split('|').map((t) => t.trim())) {
			const problem = target_problem(one, target_context);
			if (problem) add('target', problem);
		}
	}

	const complete = (step.complete ?? []).map((m, i) =>
		check_matcher(m, `complete[${i}]`, context, problems)
	);
	const mistakes: Mistake[] = (step.mistakes ?? []).map((m, i) => ({
		...check_matcher(m, `mistakes[${i}]`, context, problems),
		feedback: m.feedback
	}));
	problems.push(...other_values_problems(complete, mistakes));
	const demo = (step.demo ?? []).flatMap((action, i) => {
		const checked = check_demo_action(action, `demo[${i}]`, target_context, problems);
		return checked ? [checked] : [];
	});

	if (!body_present) {
		add('body', 'is empty; write the instruction below the frontmatter (after the second ---)');
	}
	fail_if(shown, problems);

	return {
		id: step_id_from_file(shown),
		file: shown,
		title: step.title,
		...(step.target !== undefined ? { target: step.target } : {}),
		complete,
		hints: step.hints ?? [],
		mistakes,
		demo,
		...(step.question ? { question: step.question } : {})
	};
}

const KIND_WORDS = { string: 'text', number: 'a number', boolean: 'true or false' } as const;

/** Checks an event name and its `where` values; problems go to `problems`. */
function check_matcher(
	matcher: { event: string; where?: Record<string, unknown> },
	path: string,
	context: StepContext,
	problems: Problem[]
): EventMatcher {
	const add = (at: string, problem: string) => problems.push({ path: at, problem });
	const { event } = matcher;
	if (!is_event(event)) {
		const near = EVENT_NAMES.filter((name) => similar(name, event));
		add(
			`${path}.event`,
			`unknown event ${quote(event)}${near.length ? `; did you mean ${near.map(quote).join(' or ')}?` : '; see the list of events in README.md'}`
		);
		return { event: event as SimEventType };
	}
	if (matcher.where === undefined) return { event };

	const fields: readonly string[] = SIM_EVENT_FIELDS[event];
	const where: Where = {};
	const procedure_id = matcher.where.procedure_id;
	const procedure =
		typeof procedure_id === 'string'
			? context.procedures?.find((p) => p.id === procedure_id)
			: context.procedure;

	for (const [key, value] of Object.entries(matcher.where)) {
		const at = `${path}.where.${key}`;
		if (!fields.includes(key)) {
			add(
				at,
				fields.length
					? `event ${quote(event)} has no field ${quote(key)}; its fields are ${list(fields)}`
					: `event ${quote(event)} carries no fields; leave out where`
			);
			continue;
		}
		const kind = FIELD_KINDS[key as AnyField];
		if (kind === 'list') {
			add(at, `${key} is a list and cannot be compared with one value; leave it out`);
			continue;
		}
		if (typeof value !== kind) {
			const got = typeof value === 'string' ? quote(value) : JSON.stringify(value);
			add(at, `expected ${KIND_WORDS[kind]}, got ${got}`);
			continue;
		}
		where[key] = value as string | number | boolean;
		const problem = value_problem(event, key, value as string | number | boolean, {
			procedure,
			procedures: context.procedures
		});
		if (problem) add(at, problem);
	}
	if (event === 'field-set' && typeof where.value === 'string') {
		const problem = field_value_problem(where, procedure);
		if (problem) add(`${path}.where.value`, problem);
	}
	return { event, where };
}

/**
 * A `field-set` value must be one the field can take (an option, true/false, a date written
 * dd/mm/yyyy, or nothing typed).
 */
function field_value_problem(where: Where, procedure?: Procedure): string | undefined {
	const value = where.value as string;
	if (typeof where.field_id !== 'string') {
		return 'name the field too (field_id) so the value can be checked against it';
	}
	const field = procedure?.fields.find((f) => f.id === where.field_id);
	if (!field) return undefined; // field_id itself is reported above
	if (field.type === 'radio' || field.type === 'select') {
		const values = (field.options ?? []).map((o) => o.value);
		return values.includes(value)
			? undefined
			: `field ${quote(field.id)} cannot take ${quote(value)}; its options are ${list(values)}`;
	}
	if (field.type === 'checkbox') {
		return value === 'true' || value === 'false'
			? undefined
			: `field ${quote(field.id)} is a checkbox: its value is "true" or "false", not ${quote(value)}`;
	}
	if (field.type === 'date' && value !== '') {
		const iso = parse_vn_date(value);
		return iso && format_date(iso) === value
			? undefined
			: `field ${quote(field.id)} is a date field: write its value dd/mm/yyyy (e.g. "17/10/2026"), not ${quote(value)}`;
	}
	return value === ''
		? undefined
		: `field ${quote(field.id)} is a ${field.type} field: what a learner types is not reported, so its value is always "" and ${quote(value)} can never match`;
}

/**
 * A step that completes on a chosen value must catch every other value of that field with a
 * mistake (a `field-set` for the field without a value), so no wrong choice is ever accepted
 * silently.
 */
function other_values_problems(complete: EventMatcher[], mistakes: Mistake[]): Problem[] {
	const problems: Problem[] = [];
	complete.forEach((matcher, i) => {
		const field_id = matcher.where?.field_id;
		if (matcher.event !== 'field-set' || matcher.where?.value === undefined) return;
		const caught = mistakes.some(
			(m) =>
				m.event === 'field-set' && m.where?.field_id === field_id && m.where?.value === undefined
		);
		if (!caught) {
			problems.push({
				path: `complete[${i}]`,
				problem: `this step asks for one value of ${quote(String(field_id))}: add a mistake "event: field-set" with "field_id: ${String(field_id)}" and no value, with the feedback every other choice gets`
			});
		}
	});
	return problems;
}

/** Closed value sets, procedure ids, and ids inside the procedure the matcher is about. */
function value_problem(
	event: SimEventType,
	key: string,
	value: string | number | boolean,
	context: { procedure?: Procedure; procedures?: readonly Procedure[] }
): string | undefined {
	if (typeof value !== 'string') return undefined;
	const closed = closed_values(event, key);
	if (closed && !closed.includes(value)) {
		return `expected one of ${list(closed)}, got ${quote(value)}`;
	}
	if (key === 'location' && parse_location(value).name === 'not-found') {
		return `${quote(value)} is not a page of the practice portal`;
	}
	if (key === 'procedure_id' && context.procedures) {
		const ids = context.procedures.map((p) => p.id);
		if (!ids.includes(value)) return `no procedure ${quote(value)}; procedures are ${list(ids)}`;
	}
	const procedure = context.procedure;
	if (!procedure) return undefined;
	const inside = {
		document_id: ['document', procedure.documents.map((d) => d.id)],
		field_id: ['field', procedure.fields.map((f) => f.id)],
		section_id: ['section', procedure.sections.map((s) => s.id)]
	} as const;
	if (key in inside) {
		const [what, ids] = inside[key as keyof typeof inside];
		if (!ids.includes(value)) {
			return `procedure ${quote(procedure.id)} has no ${what} ${quote(value)}; its ${what}s are ${list(ids)}`;
		}
	}
	return undefined;
}

/** A typo of `name`: same letters but one, or one missing, or a shared stem. */
function similar(name: string, typed: string): boolean {
	if (Math.abs(name.length - typed.length) > 2) {
		return name.startsWith(typed.split('-')[0]) && typed.split('-')[0].length >= 4;
	}
	return distance(name, typed) <= 2 || name.split('-')[0] === typed.split('-')[0];
}

function distance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(
				previous[j] + 1,
				current[j - 1] + 1,
				previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
		}
		previous = current;
	}
	return previous[b.length];
}

function check_demo_action(
	action: unknown,
	path: string,
	context: TargetContext,
	problems: Problem[]
): DemoAction | undefined {
	if (!is_record(action)) {
		problems.push({
			path,
			problem: `expected one action like "click: login.submit", got ${JSON.stringify(action)}`
		});
		return undefined;
	}
	const kinds = DEMO_ACTIONS.filter((key) => key in action);
	if (kinds.length !== 1) {
		problems.push({
			path,
			problem: `each action has exactly one of ${list(DEMO_ACTIONS)}; this one has ${kinds.length ? list(kinds) : `keys ${list(Object.keys(action))}`}`
		});
		return undefined;
	}
	const kind = kinds[0];
	const shape = schema_problems(demo_schemas[kind], action, path);
	if (shape.length) {
		problems.push(...shape);
		return undefined;
	}
	const checked = action as DemoAction;
	if (kind !== 'forward') {
		const target = action[kind] as string;
		const problem = target_problem(target, context) ?? field_action_problem(checked, context);
		if (problem) problems.push({ path: `${path}.${kind}`, problem });
	}
	if ('value' in checked) {
		for (const match of checked.value.matchAll(/\{([^{}]*)\}/g)) {
			if (kind !== 'fill') {
				problems.push({
					path: `${path}.value`,
					problem: `placeholders such as ${quote(match[0])} work only in fill values`
				});
			} else if (!PLACEHOLDER.test(match[1])) {
				problems.push({
					path: `${path}.value`,
					problem: `unknown placeholder ${quote(match[0])}; use ${PLACEHOLDERS_TEXT}`
				});
			}
		}
	}
	return checked;
}

/** The demo action that suits each kind of e-form field (the player clicks, types or picks). */
const FIELD_ACTIONS: Record<FormFieldType, readonly string[]> = {
	text: ['fill', 'click'],
	number: ['fill', 'click'],
	date: ['fill', 'click'],
	'citizen-id': ['fill', 'click'],
	phone: ['fill', 'click'],
	radio: ['choose', 'click'],
	select: ['select', 'click'],
	checkbox: ['click'],
	/** `#id` is the province list; `#id-ward` and `#id-street` are other elements */
	address: ['select', 'click']
};

/**
 * On an e-form field of the lesson's procedure (`#child_sex`), the action must suit the field
 * and a choose/select value must be one of its options: the player picks the option whose
 * value is exactly that.
 */
function field_action_problem(action: DemoAction, context: TargetContext): string | undefined {
	if ('forward' in action) return undefined;
	const [kind, target] = Object.entries(action)[0] as [string, string];
	if (!target.startsWith('#')) return undefined;
	const field = context.procedure?.fields.find((f) => `#${f.id}` === target);
	if (!field) return undefined;
	const allowed = FIELD_ACTIONS[field.type];
	if (!allowed.includes(kind)) {
		return `${quote(target)} is a ${field.type} field of the e-form: use ${allowed.join(' or ')}, not ${kind}`;
	}
	if ((kind === 'choose' || kind === 'select') && field.options && 'value' in action) {
		const values = field.options.map((o) => o.value);
		if (!values.includes(action.value)) {
			return `field ${quote(field.id)} has no option ${quote(action.value)}; its options are ${list(values)}`;
		}
	}
	return undefined;
}

// ── Targets ─────────────────────────────────────────────────────────────────────────────────

interface TargetContext extends StepContext {
	known: KnownTargets;
}

/** The ids a template's variable part may take, or why there are none. */
function ids_of_kind(
	kind: TemplateKind,
	context: TargetContext,
	address_only = false
): string[] | { missing: string } {
	const procedure = context.procedure;
	switch (kind) {
		case 'document':
			return procedure
				? procedure.documents.map((d) => d.id)
				: { missing: 'names a document of the lesson’s procedure' };
		case 'field':
			return procedure
				? procedure.fields.filter((f) => !address_only || f.type === 'address').map((f) => f.id)
				: { missing: 'names an e-form field of the lesson’s procedure' };
		case 'procedure':
			return (context.procedures ?? []).map((p) => p.id);
		case 'portal-field':
			return [...FIELDS];
		case 'message-kind':
			return MESSAGE_KINDS;
		case 'unknown':
			return [];
	}
}

/** Why `target` is not something the portal shows, or undefined when it is. */
function target_problem(target: string, context: TargetContext): string | undefined {
	const { known } = context;
	if (target.startsWith('#')) return id_problem(target.slice(1), context);
	if (known.names.has(target)) return undefined;

	const prefix = known.prefixes
		.filter((p) => target.startsWith(p) && target.length > p.length)
		.sort((a, b) => b.length - a.length)[0];
	if (prefix) {
		const rest = target.slice(prefix.length);
		const kind = known.kinds[prefix] ?? 'unknown';
		if (kind === 'unknown') {
			return /^[A-Za-z0-9_-]+$/.test(rest) ? undefined : `unknown portal target ${quote(target)}`;
		}
		const ids = ids_of_kind(kind, context);
		if (!Array.isArray(ids)) {
			return `${quote(target)} ${ids.missing}, but the lesson has no procedure (add procedure: to the lesson’s index.md)`;
		}
		if (ids.includes(rest)) return undefined;
		const what = {
			document: `procedure ${quote(context.procedure?.id ?? '')} has no document`,
			field: `procedure ${quote(context.procedure?.id ?? '')} has no e-form field`,
			procedure: 'there is no procedure',
			'portal-field': 'there is no field (lĩnh vực)',
			'message-kind': 'there is no message kind'
		}[kind];
		return `unknown portal target ${quote(target)}: ${what} ${quote(rest)}; use ${prefix} followed by one of ${list(ids)}`;
	}

	const head = target.split('.')[0];
	const siblings = [...known.names, ...known.prefixes.map((p) => `${p}…`)]
		.filter((name) => name.split('.')[0] === head)
		.sort();
	return `unknown portal target ${quote(target)}${
		siblings.length
			? `; names starting with "${head}." are ${list(siblings)}`
			: '; see the data-sim names in README.md (or write #id of a form element)'
	}`;
}

function id_problem(id: string, context: TargetContext): string | undefined {
	const { known, procedure } = context;
	if (known.ids.has(id)) return undefined;
	let needs_procedure = false;
	for (const template of known.id_templates) {
		const { prefix, suffix } = template;
		if (!id.startsWith(prefix) || !id.endsWith(suffix)) continue;
		if (id.length <= prefix.length + suffix.length) continue;
		const middle = id.slice(prefix.length, id.length - suffix.length);
		const ids = ids_of_kind(template.kind, context, template.kind === 'field' && suffix !== '');
		if (!Array.isArray(ids)) needs_procedure = true;
		else if (ids.includes(middle)) return undefined;
	}
	if (!procedure && needs_procedure) {
		return `no element with id ${quote(id)} in the portal; to point at an e-form field or a document, name the lesson’s procedure (procedure: in its index.md)`;
	}
	const fields = procedure
		? `; the e-form fields of ${quote(procedure.id)} are ${list(procedure.fields.map((f) => f.id))}`
		: '';
	return `no element with id ${quote(id)} in the portal${fields}`;
}

// ── The whole course ────────────────────────────────────────────────────────────────────────

/** Everything the gateway reads, keyed by path (glob keys such as `/content/lessons/…`). */
export interface LessonIndexInput {
	/** `content/lessons/NN-chapter/index.md` → frontmatter */
	chapters: Record<string, unknown>;
	/** `content/lessons/NN-chapter/NN-lesson/index.md` → frontmatter */
	lessons: Record<string, unknown>;
	/** `content/lessons/NN-chapter/NN-lesson/NN-step.md` → frontmatter and whether it has a body */
	steps: Record<string, { metadata: unknown; has_body: boolean }>;
	procedures: readonly Procedure[];
	known: KnownTargets;
	/** every .md file under content/lessons: any that is none of the above is an error */
	files?: readonly string[];
}

const ROOT = 'content/lessons/';

/** The part of a path under content/lessons/, split into folders and file name. */
function parts_of(file: string): string[] {
	const shown = display_file(file);
	const at = shown.indexOf(ROOT);
	return (at >= 0 ? shown.slice(at + ROOT.length) : shown).split('/');
}

interface Numbered<T> {
	order: number;
	slug: string;
	dir: string;
	file: string;
	value: T;
}

/** Sorts by number; rejects two entries with one number or one slug in the same folder. */
function in_order<T>(items: Numbered<T>[], kind: 'folder name' | 'file name'): Numbered<T>[] {
	const sorted = [...items].sort((a, b) => a.order - b.order || a.dir.localeCompare(b.dir));
	const by_slug = new Map<string, string>();
	const by_order = new Map<number, string>();
	for (const item of sorted) {
		const same_slug = by_slug.get(item.slug);
		if (same_slug) {
			throw new ContentError(item.file, kind, `same address ${quote(item.slug)} as ${same_slug}`);
		}
		const same_order = by_order.get(item.order);
		if (same_order) {
			throw new ContentError(
				item.file,
				kind,
				`same number ${item.order} as ${same_order}; numbers set the order, give each its own`
			);
		}
		by_slug.set(item.slug, item.file);
		by_order.set(item.order, item.file);
	}
	return sorted;
}

function folder(file: string, name: string, example: string) {
	const parsed = numbered(name);
	if (!parsed)
		throw new ContentError(file, 'folder name', `${quote(name)} must look like ${example}`);
	return parsed;
}

function stray_problem(parts: string[]): string {
	const name = parts[parts.length - 1];
	if (parts.length === 1) {
		return 'is not read: chapters are folders like content/lessons/01-ten-chuong/ with an index.md';
	}
	if (parts.length === 2) {
		return 'is not read: a chapter folder holds its index.md and lesson folders like 01-ten-bai/ (steps go inside a lesson folder)';
	}
	if (parts.length === 3 && !/^\d/.test(name)) {
		return 'is not read: a step file must look like 01-ten-buoc.md';
	}
	return 'is not read: lessons are content/lessons/NN-chuong/NN-bai/, with no deeper folders';
}

/**
 * Checks the whole course and builds what the site shows: chapters in order, each lesson with
 * its steps in order, and previous/next links across the whole course.
 */
export function build_lesson_index(input: LessonIndexInput): {
	chapters: Chapter[];
	lessons: Lesson[];
} {
	const known_paths = new Set(
		[
			...Object.keys(input.chapters),
			...Object.keys(input.lessons),
			...Object.keys(input.steps)
		].map(display_file)
	);
	for (const file of [...(input.files ?? [])].map(display_file).sort()) {
		if (!known_paths.has(file))
			throw new ContentError(file, 'file name', stray_problem(parts_of(file)));
	}

	// Chapters
	const chapter_items = Object.keys(input.chapters).map((path) => {
		const file = display_file(path);
		const [dir] = parts_of(path);
		const { order, slug } = folder(file, dir, '01-ten-chuong');
		return { order, slug, dir, file, value: parse_chapter_meta(file, input.chapters[path]) };
	});
	const chapters = in_order(chapter_items, 'folder name');

	// Lessons, grouped by chapter folder
	const lesson_items = new Map<string, Numbered<LessonMeta>[]>();
	for (const path of Object.keys(input.lessons).sort()) {
		const file = display_file(path);
		const [chapter_dir, dir] = parts_of(path);
		if (!chapters.some((c) => c.dir === chapter_dir)) {
			throw new ContentError(
				`${ROOT}${chapter_dir}/index.md`,
				'(file)',
				'is missing; every chapter folder needs an index.md with title and description'
			);
		}
		const { order, slug } = folder(file, dir, '01-ten-bai');
		const value = parse_lesson_meta(file, input.lessons[path], input.procedures);
		const group = lesson_items.get(chapter_dir) ?? [];
		group.push({ order, slug, dir, file, value });
		lesson_items.set(chapter_dir, group);
	}

	// Steps, grouped by lesson folder
	const step_paths = new Map<string, string[]>();
	for (const path of Object.keys(input.steps).sort()) {
		const [chapter_dir, lesson_dir] = parts_of(path);
		const key = `${chapter_dir}/${lesson_dir}`;
		const lesson_known = lesson_items.get(chapter_dir)?.some((l) => l.dir === lesson_dir);
		if (!lesson_known) {
			throw new ContentError(
				`${ROOT}${key}/index.md`,
				'(file)',
				'is missing; every lesson folder needs an index.md with the lesson’s frontmatter'
			);
		}
		step_paths.set(key, [...(step_paths.get(key) ?? []), path]);
	}

	const lessons: Lesson[] = [];
	const result: Chapter[] = [];
	for (const chapter of chapters) {
		const items = in_order(lesson_items.get(chapter.dir) ?? [], 'folder name');
		if (items.length === 0) {
			throw new ContentError(
				chapter.file,
				'lessons',
				'this chapter has no lesson; add a folder like 01-ten-bai/ with an index.md'
			);
		}
		const summaries: LessonSummary[] = [];
		for (const item of items) {
			const meta = item.value;
			const procedure = input.procedures.find((p) => p.id === meta.procedure);
			const context: StepContext = {
				procedure,
				procedures: input.procedures,
				help_levels: meta.help_levels
			};
			const step_items = (step_paths.get(`${chapter.dir}/${item.dir}`) ?? []).map((path) => {
				const file = display_file(path);
				const name = (parts_of(path)[2] ?? '').replace(/\.md$/, '');
				const parsed = numbered(name);
				if (!parsed) throw new ContentError(file, 'file name', 'must look like 01-ten-buoc.md');
				const { metadata, has_body: body } = input.steps[path];
				const value = parse_step(path, metadata, body, input.known, context);
				return { ...parsed, dir: name, file, value };
			});
			if (step_items.length === 0) {
				throw new ContentError(
					item.file,
					'steps',
					'this lesson has no step; add files like 01-ten-buoc.md next to its index.md'
				);
			}
			const steps = in_order(step_items, 'file name').map((s) => s.value);
			const lesson: Lesson = {
				id: `${chapter.slug}/${item.slug}`,
				title: meta.title,
				description: meta.description,
				minutes: meta.minutes,
				chapter: { slug: chapter.slug, title: chapter.value.title },
				file: item.file,
				...(meta.procedure ? { procedure: meta.procedure } : {}),
				objectives: meta.objectives,
				help_levels: meta.help_levels,
				setup: meta.setup,
				steps
			};
			lessons.push(lesson);
			summaries.push(summary_of(lesson));
		}
		result.push({
			slug: chapter.slug,
			title: chapter.value.title,
			description: chapter.value.description,
			lessons: summaries
		});
	}

	lessons.forEach((lesson, i) => {
		const before = lessons[i - 1];
		const after = lessons[i + 1];
		if (before) lesson.previous = { id: before.id, title: before.title };
		if (after) lesson.next = { id: after.id, title: after.title };
	});
	return { chapters: result, lessons };
}

/** What a list of lessons shows of one lesson. */
export function summary_of(lesson: Lesson): LessonSummary {
	return {
		id: lesson.id,
		title: lesson.title,
		description: lesson.description,
		minutes: lesson.minutes,
		steps: lesson.steps.length
	};
}
