// The provinces and their wards/communes, fetched when a screen chooses or names a ward.
import { json } from '@sveltejs/kit';
import { places } from '$lib/content/places.server';

export const prerender = true;

export function GET() {
	return json(places);
}
