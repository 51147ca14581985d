/**
 * Checks what a lesson points at in the practice portal: a step's `target` and the targets of
 * its demo actions. Names and ids come from the portal's own Svelte source (portal-targets.ts);
 * what a templated name's variable part may be comes from the lesson's procedure.
 */
import type { DemoAction } from '$lib/lessons/model';
import { FIELDS, type FormFieldType } from '$lib/portal/model';
import { is_record, list, quote, schema_problems, type Problem } from './content-error';
import { MESSAGE_KINDS } from './event-matching';
import { DEMO_ACTIONS, demo_schemas, type StepContext } from './lesson-shapes';
import type { KnownTargets, TemplateKind } from './portal-targets';

/** `{account.citizen_id}`, `{account.password}`, `{account.passcode}`, `{otp}`, `{today}`, `{today-N}` in fill values. */
const PLACEHOLDER = /^(account\.citizen_id|account\.password|account\.passcode|otp|today(-\d+)?)$/;
const PLACEHOLDERS_TEXT =
	'{account.citizen_id}, {account.password}, {account.passcode}, {otp}, {today} or {today-N}';

export function check_demo_action(
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

export interface TargetContext extends StepContext {
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
			return [...MESSAGE_KINDS];
		case 'unknown':
			return [];
	}
}

/** Why `target` is not something the portal shows, or undefined when it is. */
export function target_problem(target: string, context: TargetContext): string | undefined {
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
