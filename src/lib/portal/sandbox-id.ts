/**
 * Which sandbox a practice portal opens. Each learner has one sandbox for free practice
 * ("Thực hành") and one per lesson, so a lesson never signs her out of free practice, never
 * changes its dossiers and never fills its mailbox. Kept apart from sandbox.ts so a page can
 * name a sandbox without loading the database code.
 */

/** Free practice ("Thực hành"); also where every record from before sandboxes existed lives. */
export const PRACTICE_SANDBOX = 'practice';

/** The sandbox of one lesson, e.g. `lesson:nop-ho-so-khai-sinh`. */
export function lesson_sandbox(lesson_id: string) {
	return `lesson:${lesson_id}`;
}

export function is_lesson_sandbox(sandbox: string) {
	return sandbox.startsWith('lesson:');
}
