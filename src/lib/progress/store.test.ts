import { afterEach, describe, expect, it, vi } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { attempt_to_state, new_attempt, state_to_attempt, type Attempt } from './model';
import {
	issue_certificate,
	list_certificates,
	list_progress,
	list_statements,
	load_progress,
	save_attempt
} from './store';
import { make_statement } from './xapi';

const STEPS = ['mo-trang', 'nhap-so', 'nhap-mat-khau', 'nhap-otp'];
const where = (learner_id: string) => ({ learner_id, lesson_id: 'a/b', step_ids: STEPS });

const dbs: CdsDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

function database() {
	const db = create_test_database();
	dbs.push(db);
	return db;
}

/** An attempt with `count` steps done and `mistakes` on the next one. */
function attempt(count: number, mistakes = 0, id = 'one'): Attempt {
	const start = new_attempt(id, 'huong-dan', STEPS, 1);
	const records = STEPS.slice(0, count).map((step_id, i) => ({
		step_id,
		level: 'huong-dan' as const,
		completed_at: 2 + i,
		time_ms: 1,
		hints_used: 0,
		mistakes: 0
	}));
	return state_to_attempt(
		{ ...attempt_to_state(start, 'a/b', STEPS), index: count, records, mistakes },
		start,
		STEPS,
		10 + count
	);
}

const statement = (id: string, name: string) =>
	make_statement({
		id,
		home: 'https://x.example/',
		learner: { id: name, name },
		verb: 'attempted',
		lesson: { id: 'a/b', title: 'B' },
		timestamp: new Date('2026-11-26T00:00:00Z')
	});

describe('lesson progress in the database', () => {
	it('keeps each learner’s step and counts, apart from other learners', async () => {
		const db = database();
		await save_attempt(db, where('lan'), attempt(3, 1), [statement('s1', 'lan')]);
		await save_attempt(db, where('binh'), attempt(0));
		expect((await load_progress(db, 'lan', 'a/b'))?.attempts[0]).toMatchObject({
			step_id: 'nhap-otp',
			mistakes: 1
		});
		expect((await load_progress(db, 'binh', 'a/b'))?.attempts[0].step_id).toBe('mo-trang');
		expect(await list_progress(db, 'lan')).toHaveLength(1);
		expect((await list_statements(db, 'lan')).map((s) => s.id)).toEqual(['s1']);
		expect(await list_statements(db, 'binh')).toEqual([]);
	});

	it('writes progress and statements together or not at all', async () => {
		const db = database();
		vi.spyOn(db.statements, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
		await expect(
			save_attempt(db, where('lan'), attempt(1), [statement('s2', 'lan')])
		).rejects.toThrow('disk full');
		expect(await load_progress(db, 'lan', 'a/b')).toBeUndefined();
	});

	it('an older copy saved later does not take the learner back (read, merge, write)', async () => {
		const db = database();
		await save_attempt(db, where('lan'), attempt(3));
		const stored = await save_attempt(db, where('lan'), { ...attempt(1), updated_at: 999 });
		expect(stored.attempts).toHaveLength(1);
		expect(stored.attempts[0].step_id).toBe('nhap-otp');
		expect((await load_progress(db, 'lan', 'a/b'))?.attempts[0].steps).toHaveLength(3);
	});

	it('saving the same thing twice (a retry) stores it once', async () => {
		const db = database();
		const first = await save_attempt(db, where('lan'), attempt(2), [statement('s3', 'lan')]);
		const again = await save_attempt(db, where('lan'), attempt(2), [statement('s3', 'lan')]);
		expect(again).toEqual(first);
		expect(await list_statements(db, 'lan')).toHaveLength(1);
	});

	it('a new attempt is added beside the finished one', async () => {
		const db = database();
		await save_attempt(db, where('lan'), attempt(4));
		const record = await save_attempt(db, where('lan'), new_attempt('two', 'tu-lam', STEPS, 50));
		expect(record.attempts.map((a) => a.id)).toEqual(['one', 'two']);
		expect(record.status).toBe('completed');
	});
});

describe('certificates in the database', () => {
	const LESSON = { id: 'a/b', title: 'B' };
	const NEW = { id: 'a/c', title: 'C' };

	it('stores the certificate once it is earned, and issuing again changes nothing', async () => {
		const db = database();
		expect(await issue_certificate(db, 'lan', [LESSON], 100)).toEqual([]);
		await save_attempt(db, where('lan'), attempt(4));
		const first = await issue_certificate(db, 'lan', [LESSON], 200);
		expect(first).toHaveLength(1);
		expect(await issue_certificate(db, 'lan', [LESSON], 300)).toEqual(first);
		expect(await list_certificates(db, 'binh')).toEqual([]);
	});

	it('keeps an earned certificate when the course gains a lesson and when the lesson is retaken', async () => {
		const db = database();
		await save_attempt(db, where('lan'), attempt(4));
		const [kept] = await issue_certificate(db, 'lan', [LESSON], 200);
		await save_attempt(db, where('lan'), attempt(1, 0, 'retake'));
		expect(await issue_certificate(db, 'lan', [LESSON, NEW], 300)).toEqual([kept]);
		expect((await load_progress(db, 'lan', 'a/b'))?.status).toBe('completed');
	});
});
