import { certificate_course, chapters, lessons } from '$lib/content/lessons.server';
import { step_ids_by_lesson } from '$lib/progress/model';

export function load() {
	return { chapters, course: certificate_course, step_ids: step_ids_by_lesson(lessons) };
}
