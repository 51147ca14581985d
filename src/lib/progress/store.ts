/**
 * A learner's lesson progress in the sandbox database. Each change to a lesson's progress and
 * the xAPI statements it produces are written in one transaction.
 */
import type { CdsDatabase } from '$lib/db/database';
import type { LessonProgress, StatementRecord } from './records';
import type { XapiStatement } from './xapi';

export async function load_progress(db: CdsDatabase, learner_id: string, lesson_id: string) {
	return db.progress.get([learner_id, lesson_id]);
}

export async function list_progress(db: CdsDatabase, learner_id: string) {
	return db.progress.where({ learner_id }).toArray();
}

export async function save_progress(
	db: CdsDatabase,
	progress: LessonProgress,
	statements: XapiStatement[] = []
) {
	const records: StatementRecord[] = statements.map((statement) => ({
		id: statement.id,
		learner_id: progress.learner_id,
		timestamp: statement.timestamp,
		statement
	}));
	await db.transaction('rw', db.progress, db.statements, async () => {
		await db.progress.put(structuredClone(progress));
		if (records.length) await db.statements.bulkAdd(records);
	});
}

export async function list_statements(db: CdsDatabase, learner_id: string) {
	const records = await db.statements.where({ learner_id }).toArray();
	return records.sort((a, b) => a.timestamp.localeCompare(b.timestamp)).map((r) => r.statement);
}

/** Forgets one lesson's progress (a fresh start); its statements stay as history. */
export async function clear_progress(db: CdsDatabase, learner_id: string, lesson_id: string) {
	await db.progress.delete([learner_id, lesson_id]);
}
