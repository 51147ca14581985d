import { places } from '$lib/content/places.server';
import { procedures } from '$lib/content/procedures.server';

export function load() {
	return { procedures, places };
}
