import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CdsDatabase, create_test_database, get_database } from './database';

const opened: Dexie[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

describe('the sandbox database', () => {
	it('stores a learner and their settings and reads them back', async () => {
		const db = create_test_database();
		opened.push(db);
		await db.transaction('rw', db.learners, db.settings, async () => {
			await db.learners.add({
				id: 'a',
				name: 'Bà Lan',
				avatar: 'hoa-sen',
				created_at: 1,
				last_active_at: 1
			});
			await db.settings.put({ learner_id: 'a', text_scale: 1.5, contrast: 'high', updated_at: 1 });
		});
		expect(await db.learners.get('a')).toMatchObject({ name: 'Bà Lan' });
		expect(await db.settings.get('a')).toMatchObject({ text_scale: 1.5, contrast: 'high' });
	});

	it('keeps two test databases apart', async () => {
		const one = create_test_database();
		const two = create_test_database();
		opened.push(one, two);
		await one.learners.add({ id: 'x', name: 'X', avatar: 'a', created_at: 1, last_active_at: 1 });
		expect(await two.learners.count()).toBe(0);
	});

	it('rolls back a transaction that fails half-way', async () => {
		const db = create_test_database();
		opened.push(db);
		await expect(
			db.transaction('rw', db.learners, db.settings, async () => {
				await db.learners.add({
					id: 'b',
					name: 'B',
					avatar: 'a',
					created_at: 1,
					last_active_at: 1
				});
				throw new Error('power cut');
			})
		).rejects.toThrow('power cut');
		expect(await db.learners.count()).toBe(0);
	});

	it('is at schema version 1 with the learner tables', async () => {
		const db = create_test_database();
		opened.push(db);
		await db.open();
		expect(db.verno).toBe(1);
		expect(db.tables.map((table) => table.name).sort()).toEqual(['learners', 'settings']);
	});

	it('opens the site database once and reuses it', async () => {
		const first = await get_database();
		opened.push(first);
		expect(first).toBeInstanceOf(CdsDatabase);
		expect(await get_database()).toBe(first);
	});

	it('reports an unavailable IndexedDB as DatabaseUnavailableError', async () => {
		const real = globalThis.indexedDB;
		// @ts-expect-error simulate a browser that blocks IndexedDB
		delete globalThis.indexedDB;
		try {
			vi.resetModules();
			const fresh = await import('./database');
			await expect(fresh.get_database()).rejects.toBeInstanceOf(fresh.DatabaseUnavailableError);
		} finally {
			globalThis.indexedDB = real;
		}
	});
});
