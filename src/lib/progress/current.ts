/**
 * The current learner and their progress, read in the browser. The database code loads only
 * when this device holds data, so a first visit downloads none of it.
 */
import type { Learner } from '$lib/db/database';
import type { LessonProgress } from './records';

export type CurrentProgress =
	| { status: 'nobody' }
	| { status: 'ready'; learner: Learner; progress: Record<string, LessonProgress> };

/** Rejects when the browser blocks IndexedDB. */
export async function read_current_progress(learner_id: string | null): Promise<CurrentProgress> {
	const { database_exists } = await import('$lib/db/exists');
	if (!learner_id || (await database_exists()) === false) return { status: 'nobody' };
	const [{ get_database }, { list_progress }] = await Promise.all([
		import('$lib/db/database'),
		import('./store')
	]);
	const db = await get_database();
	const learner = await db.learners.get(learner_id);
	if (!learner) return { status: 'nobody' };
	const records = await list_progress(db, learner.id);
	return {
		status: 'ready',
		learner,
		progress: Object.fromEntries(records.map((r) => [r.lesson_id, r]))
	};
}
