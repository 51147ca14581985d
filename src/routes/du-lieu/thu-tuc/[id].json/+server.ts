// One file per procedure with its full data, fetched when the portal opens that procedure
// (src/lib/portal/data/loader.ts) and kept by the service worker for offline use.
import { error, json } from '@sveltejs/kit';
import { get_procedure, procedures } from '$lib/content/procedures.server';

export const prerender = true;

export function entries() {
	return procedures.map((procedure) => ({ id: procedure.id }));
}

export function GET({ params }) {
	const procedure = get_procedure(params.id);
	if (!procedure) error(404, 'Not found');
	return json(procedure);
}
