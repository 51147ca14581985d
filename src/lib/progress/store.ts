/**
 * A learner's lesson progress in the sandbox database. Each save reads the stored record,
 * merges the new attempt into it (model.ts: nothing another tab saved is undone) and writes it
 * back with the xAPI statements it produces, all in one transaction.
 */
import type { CdsDatabase } from '$lib/db/database';
import { earned_certificate, type Certificate, type CertifiedLesson } from './certificate';
import { merge_progress, record_of, type Attempt, type LessonProgress } from './model';
import type { StatementRecord } from './records';
import type { XapiStatement } from './xapi';

export async function load_progress(
	db: CdsDatabase,
	learner_id: string,
	lesson_id: string
): Promise<LessonProgress | undefined> {
	return db.progress.get([learner_id, lesson_id]);
}

export async function list_progress(db: CdsDatabase, learner_id: string) {
	return db.progress.where({ learner_id }).toArray();
}

/**
 * Saves one attempt of a lesson whose steps are now `step_ids`, merged into the stored record,
 * with its statements; returns the record as stored. Running it twice stores the same thing
 * (statements are put by id), so a failed save can simply be retried.
 */
export async function save_attempt(
	db: CdsDatabase,
	where: { learner_id: string; lesson_id: string; step_ids: readonly string[] },
	attempt: Attempt,
	statements: XapiStatement[] = []
): Promise<LessonProgress> {
	const records: StatementRecord[] = statements.map((statement) => ({
		id: statement.id,
		learner_id: where.learner_id,
		timestamp: statement.timestamp,
		statement
	}));
	return db.transaction('rw', db.progress, db.statements, async () => {
		const stored = await db.progress.get([where.learner_id, where.lesson_id]);
		const merged = merge_progress(
			stored,
			record_of(where.learner_id, where.lesson_id, structuredClone(attempt)),
			where.step_ids
		);
		await db.progress.put(merged);
		if (records.length) await db.statements.bulkPut(records);
		return merged;
	});
}

export async function list_statements(db: CdsDatabase, learner_id: string) {
	const records = await db.statements.where({ learner_id }).toArray();
	return records.sort((a, b) => a.timestamp.localeCompare(b.timestamp)).map((r) => r.statement);
}

/** The certificates a learner has earned (kept for good), in no particular order. */
export async function list_certificates(db: CdsDatabase, learner_id: string) {
	return db.certificates.where({ learner_id }).toArray();
}

/**
 * Stores the certificate the learner's progress earns for `course`, if it does and it is not
 * stored yet, in one transaction with the progress it reads; returns every certificate she has.
 * Running it again changes nothing.
 */
export async function issue_certificate(
	db: CdsDatabase,
	learner_id: string,
	course: readonly CertifiedLesson[],
	now = Date.now()
): Promise<Certificate[]> {
	return db.transaction('rw', db.progress, db.certificates, async () => {
		const records = await db.progress.where({ learner_id }).toArray();
		const progress = Object.fromEntries(records.map((r) => [r.lesson_id, r]));
		const earned = earned_certificate(learner_id, course, progress, now);
		if (earned && !(await db.certificates.get(earned.id))) await db.certificates.add(earned);
		return db.certificates.where({ learner_id }).toArray();
	});
}
