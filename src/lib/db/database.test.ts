import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	CdsDatabase,
	create_test_database,
	delete_sandbox_records,
	get_database,
	SANDBOX_TABLES
} from './database';

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

	it('is at schema version 8 with the learner, sandbox, progress, certificate and class tables', async () => {
		const db = create_test_database();
		opened.push(db);
		await db.open();
		expect(db.verno).toBe(9);
		expect(db.tables.map((table) => table.name).sort()).toEqual([
			'certificates',
			'classes',
			'dossiers',
			'drafts',
			'files',
			'learners',
			'messages',
			'progress',
			'sandbox_sessions',
			'settings',
			'statements'
		]);
	});

	it('keys or indexes every sandbox table by learner and by learner and sandbox', async () => {
		const db = create_test_database();
		opened.push(db);
		await db.open();
		expect(SANDBOX_TABLES).toEqual(['sandbox_sessions', 'drafts', 'files', 'dossiers', 'messages']);
		expect(db.sandbox_sessions.schema.primKey.keyPath).toEqual(['learner_id', 'sandbox']);
		expect(db.sandbox_sessions.schema.idxByName.learner_id?.keyPath).toBe('learner_id');
		for (const name of ['drafts', 'files', 'dossiers', 'messages']) {
			const table = db.table(name);
			expect(table.schema.primKey.keyPath).toBe('id');
			expect(table.schema.idxByName.learner_id?.keyPath).toBe('learner_id');
			expect(table.schema.idxByName['[learner_id+sandbox]']?.keyPath).toEqual([
				'learner_id',
				'sandbox'
			]);
		}
		expect(db.drafts.schema.idxByName['[learner_id+sandbox+procedure_id]']?.keyPath).toEqual([
			'learner_id',
			'sandbox',
			'procedure_id'
		]);
		expect(db.dossiers.schema.idxByName['[learner_id+code]']?.keyPath).toEqual([
			'learner_id',
			'code'
		]);
	});

	it("deletes one learner's sandbox records inside the caller's transaction", async () => {
		const db = create_test_database();
		opened.push(db);
		await db.files.bulkAdd([
			{
				id: 'f1',
				learner_id: 'a',
				sandbox: 'practice',
				name: 'a.png',
				type: 'image/png',
				size: 1,
				blob: new Blob(['a'])
			},
			{
				id: 'f2',
				learner_id: 'b',
				sandbox: 'practice',
				name: 'b.png',
				type: 'image/png',
				size: 1,
				blob: new Blob(['b'])
			}
		]);
		const tables = SANDBOX_TABLES.map((name) => db.table(name));
		await expect(
			db.transaction('rw', tables, async () => {
				await delete_sandbox_records(db, 'a');
				expect(await db.files.count()).toBe(1);
				throw new Error('power cut');
			})
		).rejects.toThrow('power cut');
		// rolled back with the caller's transaction
		expect((await db.files.toArray()).map((file) => file.id).sort()).toEqual(['f1', 'f2']);

		await delete_sandbox_records(db, 'a');
		expect((await db.files.toArray()).map((file) => file.id)).toEqual(['f2']);
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
