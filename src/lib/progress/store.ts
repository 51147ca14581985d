/**
 * A learner's lesson progress in the sandbox database. Each save reads the stored record,
 * merges the new attempt into it (model.ts: nothing another tab saved is undone) and writes it
 * back with the xAPI statements it produces, all in one transaction.
 */
import type { CdsDatabase } from '$lib/db/database';
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
