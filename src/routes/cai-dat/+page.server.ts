import { lessons } from '$lib/content/lessons.server';
import { step_ids_by_lesson } from '$lib/progress/model';

/** Each lesson's step ids now: restoring a backup merges progress positions by them. */
export function load() {
	return { step_ids: step_ids_by_lesson(lessons) };
}
