import { afterEach, describe, expect, it, vi } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { start_lesson } from '$lib/lessons/player';
import type { LessonProgress } from './records';
import {
	clear_progress,
	list_progress,
	list_statements,
	load_progress,
	save_progress
} from './store';
import { make_statement } from './xapi';

const dbs: CdsDatabase[] = [];
afterEach(async () => {
	for (const db of dbs.splice(0)) await db.delete();
});

function progress(learner_id: string, lesson_id = 'a/b'): LessonProgress {
	return {
		learner_id,
		lesson_id,
		status: 'in-progress',
		state: { ...start_lesson({ id: lesson_id }, 'huong-dan', 1), index: 3, mistakes: 1 },
		score: null,
		started_at: 1,
		updated_at: 2
	};
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
		const db = create_test_database();
		dbs.push(db);
		await save_progress(db, progress('lan'), [statement('s1', 'lan')]);
		await save_progress(db, {
			...progress('binh'),
			state: { ...progress('binh').state, index: 0 }
		});
		expect((await load_progress(db, 'lan', 'a/b'))?.state).toMatchObject({ index: 3, mistakes: 1 });
		expect((await load_progress(db, 'binh', 'a/b'))?.state.index).toBe(0);
		expect(await list_progress(db, 'lan')).toHaveLength(1);
		expect((await list_statements(db, 'lan')).map((s) => s.id)).toEqual(['s1']);
		expect(await list_statements(db, 'binh')).toEqual([]);
	});

	it('writes progress and statements together or not at all', async () => {
		const db = create_test_database();
		dbs.push(db);
		vi.spyOn(db.statements, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
		await expect(save_progress(db, progress('lan'), [statement('s2', 'lan')])).rejects.toThrow(
			'disk full'
		);
		expect(await load_progress(db, 'lan', 'a/b')).toBeUndefined();
	});

	it('starting a lesson afresh forgets its progress but keeps the history', async () => {
		const db = create_test_database();
		dbs.push(db);
		await save_progress(db, progress('lan'), [statement('s3', 'lan')]);
		await clear_progress(db, 'lan', 'a/b');
		expect(await load_progress(db, 'lan', 'a/b')).toBeUndefined();
		expect(await list_statements(db, 'lan')).toHaveLength(1);
	});
});
