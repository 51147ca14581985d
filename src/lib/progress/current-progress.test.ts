import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { add_learner } from '$lib/learners/learners';
import { current_learner } from '$lib/learners/current.svelte';
import { CurrentProgressSource } from './current-progress.svelte';
import { new_attempt } from './model';
import { save_attempt } from './store';

const opened: CdsDatabase[] = [];
// Test files share their modules (isolate: false): another file may have left a learner chosen.
beforeEach(() => current_learner.set(null));
afterEach(async () => {
	current_learner.set(null);
	for (const db of opened.splice(0)) await db.delete();
});

async function setup() {
	const db = create_test_database('current-progress');
	opened.push(db);
	const lan = await add_learner(db, 'Bà Lan', '');
	const binh = await add_learner(db, 'Ông Bình', '');
	const open = vi.fn(async () => db);
	return { db, lan, binh, open, source: new CurrentProgressSource(open) };
}

const start = (db: CdsDatabase, learner_id: string) =>
	save_attempt(
		db,
		{ learner_id, lesson_id: 'a/b', step_ids: ['mot', 'hai'] },
		new_attempt('one', 'huong-dan', ['mot', 'hai'], 1)
	);

describe('the current learner’s progress, shared by every page', () => {
	it('says nobody without opening the database when no learner is chosen', async () => {
		const { source, open } = await setup();
		source.follow();
		await vi.waitFor(() => expect(source.value.status).toBe('nobody'));
		expect(open).not.toHaveBeenCalled();
	});

	it('reads the chosen learner once for every caller and follows a lesson saved later', async () => {
		const { db, lan, source, open } = await setup();
		current_learner.set(lan);
		source.follow();
		source.follow();
		await vi.waitFor(() => expect(source.value.status).toBe('ready'));
		expect(source.value).toMatchObject({ learner: { name: 'Bà Lan' }, progress: {} });
		await start(db, lan.id);
		await vi.waitFor(() =>
			expect(source.value.status === 'ready' && Object.keys(source.value.progress)).toEqual(['a/b'])
		);
		expect(open).toHaveBeenCalledTimes(1);
	});

	it('follows another learner being chosen', async () => {
		const { db, lan, binh, source } = await setup();
		await start(db, lan.id);
		current_learner.set(lan);
		source.follow();
		await vi.waitFor(() => expect(source.value.status).toBe('ready'));
		current_learner.set(binh);
		await vi.waitFor(() =>
			expect(source.value).toMatchObject({ learner: { name: 'Ông Bình' }, progress: {} })
		);
	});

	it('says the database is unavailable when it cannot be opened', async () => {
		const { lan } = await setup();
		const source = new CurrentProgressSource(async () => {
			throw new Error('blocked');
		});
		current_learner.set(lan);
		source.follow();
		await vi.waitFor(() => expect(source.value.status).toBe('no-database'));
	});
});
