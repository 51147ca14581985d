import { lessons } from '$lib/content/lessons.server';

/** The lesson index, to name the lessons and steps of what will be sent. */
export function load() {
	return {
		catalog: lessons.map((l) => ({
			id: l.id,
			title: l.title,
			steps: l.steps.map((s) => ({ id: s.id, title: s.title }))
		}))
	};
}
