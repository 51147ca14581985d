import { chapters } from '$lib/content/lessons.server';

export function load() {
	return { chapters };
}
