/**
 * The names a lesson may point at in the practice portal, read from the portal's own source so
 * that nobody keeps a list by hand: every `data-sim="…"` / `sim="…"` and `id="…"` attribute in
 * src/lib/portal/ui/**\/*.svelte.
 *
 * Templated attributes such as data-sim={`documents.sample.${document.id}`} or
 * id={`${field.id}-ward`} become templates; what their variable part names (a document of the
 * lesson's procedure, a procedure, …) is read from the expression inside `${…}`.
 *
 * Build time and tests only: it reads the files with node:fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the variable part of a templated name or id stands for:
 * - `document`: a document id of the lesson's procedure (`${document.id}`)
 * - `field`: an e-form field id of the lesson's procedure (`${field.id}`)
 * - `procedure`: any procedure id (`${procedure.id}`, `${dossier.procedure_id}`)
 * - `portal-field`: a field (lĩnh vực) of the portal model's FIELDS (`${field}`)
 * - `message-kind`: `sms` or `email` (`${message.kind}`)
 * - `unknown`: an expression this scanner does not recognise (any id is accepted)
 */
export type TemplateKind =
	'document' | 'field' | 'procedure' | 'portal-field' | 'message-kind' | 'unknown';

/** A templated element id: `prefix` + an id of `kind` + `suffix`, e.g. `doc-` + document id. */
export interface IdTemplate {
	prefix: string;
	kind: Exclude<TemplateKind, 'unknown'>;
	suffix: string;
}

/** Everything a lesson's `target` and demo actions may name. */
export interface KnownTargets {
	/** literal data-sim names, e.g. `login.submit` */
	names: Set<string>;
	/** prefixes of templated data-sim names, e.g. `documents.sample.` */
	prefixes: string[];
	/** what follows each prefix (a prefix missing here counts as `unknown`) */
	kinds: Record<string, TemplateKind>;
	/** literal element ids, e.g. `login-id` */
	ids: Set<string>;
	/** templated element ids, e.g. `${field.id}-ward` */
	id_templates: IdTemplate[];
}

/** Reads what a `${…}` expression names, from the way the portal's templates are written. */
export function template_kind(expression: string): TemplateKind {
	const e = expression.trim();
	if (/(^|\.)document\.id$|(^|\.)document_id$/.test(e)) return 'document';
	if (/(^|\.)field\.id$|(^|\.)field_id$/.test(e)) return 'field';
	if (/(^|\.)procedure\.id$|(^|\.)procedure_id$/.test(e)) return 'procedure';
	if (e === 'field') return 'portal-field';
	if (/(^|\.)message\.kind$/.test(e)) return 'message-kind';
	return 'unknown';
}

/** A template literal split into its static text and its `${…}` expressions. */
interface Template {
	parts: string[];
	expressions: string[];
}

/** Reads the expression after `={` up to its closing brace; returns it and the end index. */
function read_expression(source: string, start: number): { text: string; end: number } {
	let depth = 1;
	let i = start;
	while (i < source.length) {
		const c = source[i];
		if (c === '`') {
			i = skip_template(source, i + 1);
			continue;
		}
		if (c === "'" || c === '"') {
			const close = source.indexOf(c, i + 1);
			i = close < 0 ? source.length : close + 1;
			continue;
		}
		if (c === '{') depth++;
		if (c === '}' && --depth === 0) return { text: source.slice(start, i), end: i + 1 };
		i++;
	}
	return { text: source.slice(start), end: source.length };
}

/** Index just after the backtick that closes a template literal opened before `start`. */
function skip_template(source: string, start: number): number {
	let i = start;
	while (i < source.length) {
		const c = source[i];
		if (c === '\\') i += 2;
		else if (c === '`') return i + 1;
		else if (c === '$' && source[i + 1] === '{') i = read_expression(source, i + 2).end;
		else i++;
	}
	return i;
}

/** Every template literal in an expression, split into parts and expressions. */
function templates_in(expression: string): Template[] {
	const found: Template[] = [];
	let i = 0;
	while (i < expression.length) {
		if (expression[i] !== '`') {
			i++;
			continue;
		}
		const end = skip_template(expression, i + 1);
		const body = expression.slice(i + 1, end - 1);
		const template: Template = { parts: [], expressions: [] };
		let text = '';
		let j = 0;
		while (j < body.length) {
			if (body[j] === '$' && body[j + 1] === '{') {
				const inner = read_expression(body, j + 2);
				template.parts.push(text);
				template.expressions.push(inner.text);
				text = '';
				j = inner.end;
			} else {
				text += body[j];
				j++;
			}
		}
		template.parts.push(text);
		found.push(template);
		i = end;
	}
	return found;
}

/** Each value of an attribute in a Svelte source: literal text or an expression. */
function attribute_values(
	source: string,
	attribute: RegExp
): { literal?: string; expression?: string }[] {
	const values: { literal?: string; expression?: string }[] = [];
	for (const match of source.matchAll(attribute)) {
		const after = (match.index ?? 0) + match[0].length;
		const quote = source[after];
		if (quote === '"' || quote === "'") {
			const close = source.indexOf(quote, after + 1);
			if (close > after) values.push({ literal: source.slice(after + 1, close) });
		} else if (quote === '{') {
			values.push({ expression: read_expression(source, after + 1).text });
		}
	}
	return values;
}

/** Adds the targets of one Svelte source to `known`. */
export function scan_svelte_source(source: string, known: KnownTargets): void {
	const text = source.replace(/<!--[\s\S]*?-->/g, '');

	for (const value of attribute_values(text, /(?<![\w-])(?:data-sim|sim)=/g)) {
		if (value.literal !== undefined) {
			if (value.literal && !value.literal.includes('{')) known.names.add(value.literal);
			continue;
		}
		for (const template of templates_in(value.expression ?? '')) {
			const prefix = template.parts[0];
			if (template.expressions.length === 0) {
				if (prefix) known.names.add(prefix);
				continue;
			}
			if (!prefix) continue;
			const simple = template.expressions.length === 1 && template.parts[1] === '';
			const kind = simple ? template_kind(template.expressions[0]) : 'unknown';
			if (!known.prefixes.includes(prefix)) known.prefixes.push(prefix);
			// Two templates with one prefix but different kinds: accept either (unknown).
			const before = known.kinds[prefix];
			known.kinds[prefix] = before === undefined || before === kind ? kind : 'unknown';
		}
	}

	for (const value of attribute_values(text, /(?<![\w-])id=/g)) {
		if (value.literal !== undefined) {
			if (value.literal && !value.literal.includes('{')) known.ids.add(value.literal);
			continue;
		}
		const expression = (value.expression ?? '').trim();
		const templates = templates_in(expression);
		if (templates.length === 0) {
			const kind = template_kind(expression);
			if (kind !== 'unknown') add_id_template(known, { prefix: '', kind, suffix: '' });
			continue;
		}
		for (const template of templates) {
			if (template.expressions.length === 0) {
				if (template.parts[0]) known.ids.add(template.parts[0]);
				continue;
			}
			if (template.expressions.length !== 1) continue;
			const kind = template_kind(template.expressions[0]);
			if (kind === 'unknown') continue;
			add_id_template(known, { prefix: template.parts[0], kind, suffix: template.parts[1] });
		}
	}
}

function add_id_template(known: KnownTargets, template: IdTemplate) {
	const same = known.id_templates.some(
		(t) => t.prefix === template.prefix && t.kind === template.kind && t.suffix === template.suffix
	);
	if (!same) known.id_templates.push(template);
}

/** An empty set of targets, to fill or to use in tests. */
export function empty_targets(): KnownTargets {
	return { names: new Set(), prefixes: [], kinds: {}, ids: new Set(), id_templates: [] };
}

/**
 * Reads every .svelte file under `root_dir` (relative to the working directory, the project
 * root) and collects the names and ids lessons may point at.
 */
export function scan_portal_targets(root_dir = 'src/lib/portal/ui'): KnownTargets {
	const known = empty_targets();
	const files = readdirSync(root_dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.svelte'))
		.sort();
	for (const name of files) scan_svelte_source(readFileSync(join(root_dir, name), 'utf8'), known);
	known.prefixes.sort();
	return known;
}
