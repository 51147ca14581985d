/**
 * Every screen of the practice portal, the one list, as a runtime schema: the `Screen` type
 * (routes.ts), the `screen` of a `navigated` event (event-schema.ts) and what a lesson's
 * `where: { screen }` may name all come from here.
 *
 * Build time and tests only: the browser needs just the type (routes.ts imports it with
 * `import type`).
 */
import * as v from 'valibot';

const screen = <N extends string, E extends v.ObjectEntries>(name: N, entries: E) =>
	v.object({ name: v.literal(name), ...entries });
const on_procedure = { procedure_id: v.string() };
const on_dossier = { dossier_id: v.string() };

/** Each screen by name, with what its location carries. */
export const screen_schema = v.variant('name', [
	screen('home', {}),
	screen('login', {}),
	screen('search', { query: v.string(), field: v.string(), agency: v.string() }),
	screen('procedure', on_procedure),
	screen('agency', on_procedure),
	screen('form', { ...on_procedure, section_id: v.string() }),
	screen('review', on_procedure),
	screen('documents', on_procedure),
	screen('receive', on_procedure),
	screen('pay', on_procedure),
	screen('submit', on_procedure),
	screen('my-dossiers', {}),
	screen('dossier', on_dossier),
	screen('supplement', on_dossier),
	screen('result', on_dossier),
	screen('rate', on_dossier),
	screen('inbox', {}),
	screen('not-found', { location: v.string() })
]);

/** Every screen name, in the schema's order. */
export const SCREEN_NAMES = /* @__PURE__ */ screen_names();

function screen_names(): [ScreenName, ...ScreenName[]] {
	return screen_schema.options.map((option) => option.entries.name.literal) as [
		ScreenName,
		...ScreenName[]
	];
}

type ScreenName = v.InferOutput<typeof screen_schema>['name'];
