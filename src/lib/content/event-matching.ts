/**
 * Checks a step's `complete` and `mistakes`: each names an event of the portal and compares
 * some of its fields (`where`) with values the event can carry. Everything about events is
 * read from the portal's one schema, sim_event_schema (event-schema.ts): its names, its fields, what
 * kind of value each holds and, for a picklist, the values it can take. An event added there
 * is accepted here with no other change.
 */
import type { EventMatcher, Mistake, Where } from '$lib/lessons/model';
import { sim_event_schema } from '$lib/portal/event-schema';
import type { SimEventType } from '$lib/portal/events';
import { format_date, parse_vn_date } from '$lib/portal/logic/format';
import type { Procedure } from '$lib/portal/model';
import { parse_location } from '$lib/portal/routes';
import { list, quote, type Problem } from './content-error';
import type { StepContext } from './lesson-shapes';

/** What a where may compare an event field with; a list cannot be compared with one value. */
export type FieldKind = 'string' | 'number' | 'boolean' | 'list';

export interface EventField {
	kind: FieldKind;
	/** the values a picklist field can take (a closed set) */
	values?: readonly string[];
}

/** Each event name, in the schema's order, with its fields. */
export type EventVocabulary = Map<string, Record<string, EventField>>;

interface SchemaNode {
	type: string;
	options?: readonly unknown[];
	literal?: unknown;
	entries?: Record<string, SchemaNode>;
}

/** Reads the events, their fields and kinds off a variant schema such as sim_event_schema. */
export function event_vocabulary(schema: { options: readonly unknown[] }): EventVocabulary {
	const vocabulary: EventVocabulary = new Map();
	for (const option of schema.options as SchemaNode[]) {
		const { type, ...entries } = option.entries ?? {};
		const fields: Record<string, EventField> = {};
		for (const [name, field] of Object.entries(entries)) fields[name] = field_of(name, field);
		vocabulary.set(String(type?.literal), fields);
	}
	return vocabulary;
}

function field_of(name: string, node: SchemaNode): EventField {
	switch (node.type) {
		case 'string':
		case 'number':
		case 'boolean':
			return { kind: node.type };
		case 'array':
			return { kind: 'list' };
		case 'picklist':
			return { kind: 'string', values: (node.options ?? []).map(String) };
		case 'literal':
			return { kind: 'string', values: [String(node.literal)] };
		default:
			throw new Error(`event field ${name}: a ${node.type} schema cannot be matched in a lesson`);
	}
}

const VOCABULARY = event_vocabulary(sim_event_schema);

/** The event names, for messages. */
export const EVENT_NAMES = [...VOCABULARY.keys()] as SimEventType[];

/** The kinds of message in the portal's inbox (`inbox.message.<kind>` targets). */
export const MESSAGE_KINDS = VOCABULARY.get('message-opened')?.kind?.values ?? [];

function is_event(name: string): name is SimEventType {
	return VOCABULARY.has(name);
}

const KIND_WORDS = { string: 'text', number: 'a number', boolean: 'true or false' } as const;

/** Checks an event name and its `where` values; problems go to `problems`. */
export function check_matcher(
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

	const event_fields = VOCABULARY.get(event) ?? {};
	const fields = Object.keys(event_fields);
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
		const kind = event_fields[key].kind;
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
export function other_values_problems(complete: EventMatcher[], mistakes: Mistake[]): Problem[] {
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
	const closed = VOCABULARY.get(event)?.[key]?.values;
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
