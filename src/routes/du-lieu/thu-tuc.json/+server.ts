// The catalogue: what search, browse and a procedure card need of every procedure, and no more.
import { json } from '@sveltejs/kit';
import { procedures } from '$lib/content/procedures.server';
import { summarize } from '$lib/portal/data/catalogue';

export const prerender = true;

export function GET() {
	return json(procedures.map(summarize));
}
