import { certificate_course, lessons } from '$lib/content/lessons.server';
import type { CatalogLesson } from '$lib/classroom/summary';

// The course the dashboard names lessons and steps with (records carry short keys only): the
// lessons in order, then the final test.
export function load() {
	const steps = new Map(lessons.map((l) => [l.id, l.steps]));
	const catalog: CatalogLesson[] = certificate_course.map(({ id, title }) => ({
		id,
		title,
		steps: (steps.get(id) ?? []).map((step) => ({ id: step.id, title: step.title }))
	}));
	return { catalog };
}
