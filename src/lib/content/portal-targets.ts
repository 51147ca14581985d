/**
 * The names a lesson may point at in the practice portal, read from the portal's own source so
 * that nobody keeps a list by hand: every `data-sim="…"` / `sim="…"` and `id="…"` attribute in
 * src/lib/portal/ui/**\/*.svelte, found by parsing each file with svelte/compiler (so comments,
 * strings and scripts never count, and templates are read as the compiler reads them).
 *
 * Templated attributes such as data-sim={`documents.sample.${document.id}`} or
 * id={`${field.id}-ward`} become templates; what their variable part names (a document of the
 * lesson's procedure, a procedure, …) is read from the expression inside `${…}`.
 *
 * Build time and tests only: it reads the files with node:fs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The compiler's one-file build, loaded by Node itself. Imported, its 400 source files went
 * through Vite's transform in each unit-test project that reads the lessons (svelte is never
 * external there), and into the build's server bundle.
 */
const { parse } = createRequire(import.meta.url)(
	'svelte/compiler'
) as typeof import('svelte/compiler');

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

/** A template literal split into its static text and its `${…}` expressions (as source). */
interface Template {
	parts: string[];
	expressions: string[];
}

/** An AST node as svelte/compiler gives it: a type, a place in the source, and children. */
interface Node {
	type: string;
	start: number;
	end: number;
	[key: string]: unknown;
}

function is_node(value: unknown): value is Node {
	return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** Calls `visit` on every node under `root` (depth first, in source order); `visit` returning
 * false skips a node's children. */
function walk(root: unknown, visit: (node: Node) => boolean | void) {
	if (Array.isArray(root)) {
		for (const item of root) walk(item, visit);
		return;
	}
	if (!is_node(root)) return;
	if (visit(root) === false) return;
	for (const [key, value] of Object.entries(root)) {
		if (key !== 'metadata' && key !== 'parent' && typeof value === 'object') walk(value, visit);
	}
}

/**
 * What an attribute's value holds: a literal string, or the template literals of its
 * expression (also inside `a ? undefined : \`doc-${…}\``), or an expression with neither.
 */
function attribute_value(
	value: unknown,
	source: string
): { literal?: string; templates: Template[]; expression?: string } {
	if (value === true) return { templates: [] };
	const chunks = (Array.isArray(value) ? value : [value]) as Node[];
	if (chunks.every((chunk) => chunk.type === 'Text')) {
		return { literal: chunks.map((chunk) => String(chunk.data)).join(''), templates: [] };
	}
	const tag = chunks.find((chunk) => chunk.type === 'ExpressionTag');
	const expression = tag?.expression as Node | undefined;
	if (!expression || chunks.length !== 1) return { templates: [] };
	if (expression.type === 'Literal' && typeof expression.value === 'string') {
		return { literal: expression.value, templates: [] };
	}
	const templates: Template[] = [];
	walk(expression, (node) => {
		if (node.type !== 'TemplateLiteral') return;
		const quasis = node.quasis as { value: { cooked: string } }[];
		const expressions = node.expressions as Node[];
		templates.push({
			parts: quasis.map((quasi) => quasi.value.cooked),
			expressions: expressions.map((e) => source.slice(e.start, e.end))
		});
		return false;
	});
	return { templates, expression: source.slice(expression.start, expression.end) };
}

/** Adds the targets of one Svelte source to `known`, read from its syntax tree. */
export function scan_svelte_source(source: string, known: KnownTargets): void {
	const ast = parse(source, { modern: true });
	walk(ast.fragment, (node) => {
		if (node.type !== 'Attribute') return;
		const name = node.name as string;
		if (name === 'data-sim' || name === 'sim') add_name(attribute_value(node.value, source), known);
		else if (name === 'id') add_id(attribute_value(node.value, source), known);
	});
}

function add_name(value: ReturnType<typeof attribute_value>, known: KnownTargets) {
	if (value.literal !== undefined) {
		if (value.literal) known.names.add(value.literal);
		return;
	}
	for (const template of value.templates) {
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

function add_id(value: ReturnType<typeof attribute_value>, known: KnownTargets) {
	if (value.literal !== undefined) {
		if (value.literal) known.ids.add(value.literal);
		return;
	}
	if (value.templates.length === 0) {
		const kind = template_kind(value.expression ?? '');
		if (kind !== 'unknown') add_id_template(known, { prefix: '', kind, suffix: '' });
		return;
	}
	for (const template of value.templates) {
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
