/**
 * The current learner and their progress, read in the browser. The database code loads only
 * when this device holds data, so a first visit downloads none of it.
 */
import type { Learner } from '$lib/db/database';
import type { Certificate, CertifiedLesson } from './certificate';
import type { LessonProgress } from './records';

export type CurrentProgress =
	| { status: 'nobody' }
	| {
			status: 'ready';
			learner: Learner;
			progress: Record<string, LessonProgress>;
			/** the certificates she earned, kept for good */
			certificates: Certificate[];
	  };

/** Rejects when the browser blocks IndexedDB. */
export async function read_current_progress(learner_id: string | null): Promise<CurrentProgress> {
	const { database_exists } = await import('$lib/db/exists');
	if (!learner_id || (await database_exists()) === false) return { status: 'nobody' };
	const [{ get_database }, { list_progress, list_certificates }] = await Promise.all([
		import('$lib/db/database'),
		import('./store')
	]);
	const db = await get_database();
	const learner = await db.learners.get(learner_id);
	if (!learner) return { status: 'nobody' };
	const [records, certificates] = await Promise.all([
		list_progress(db, learner.id),
		list_certificates(db, learner.id)
	]);
	return {
		status: 'ready',
		learner,
		progress: Object.fromEntries(records.map((r) => [r.lesson_id, r])),
		certificates
	};
}

/**
 * Stores the certificate the current learner's progress earns for `course`, if it is not
 * stored yet (a learner action's write: it goes through `guarded`, so a refusal is shown with
 * "Thử lại"); returns her certificates, or null when the write failed.
 */
export async function claim_certificate(
	learner_id: string,
	course: readonly CertifiedLesson[]
): Promise<Certificate[] | null> {
	const [{ get_database }, { issue_certificate }, { guarded }] = await Promise.all([
		import('$lib/db/database'),
		import('./store'),
		import('$lib/db/writes.svelte')
	]);
	const result = await guarded(async () =>
		issue_certificate(await get_database(), learner_id, course)
	);
	return result.ok ? result.value : null;
}
