import { chapters, lessons } from '$lib/content/lessons.server';
import { step_ids_by_lesson } from '$lib/progress/model';

export function load() {
	return { chapters, step_ids: step_ids_by_lesson(lessons) };
}
