import { class_catalog } from '$lib/content/lessons.server';

// The course the dashboard names lessons and steps with (records carry short keys only): the
// lessons in order, then the final test.
export function load() {
	return { catalog: class_catalog };
}
