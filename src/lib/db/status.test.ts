import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	DatabaseHandle,
	DatabaseStatus,
	needs_storage,
	probe_indexeddb,
	within
} from './status.svelte';

/** IndexedDB whose open() returns a request that never answers (a known Safari bug). */
function hang_open() {
	vi.spyOn(indexedDB, 'open').mockImplementation(() => ({}) as IDBOpenDBRequest);
}
/** IndexedDB whose open() throws (some private modes). */
function throw_on_open() {
	vi.spyOn(indexedDB, 'open').mockImplementation(() => {
		throw new DOMException('blocked', 'InvalidStateError');
	});
}

afterEach(() => vi.restoreAllMocks());

describe('probe_indexeddb', () => {
	it('is true where IndexedDB works, and leaves no database behind', async () => {
		expect(await probe_indexeddb()).toBe(true);
		await vi.waitFor(async () =>
			expect((await indexedDB.databases()).map((db) => db.name)).not.toContain('cds-probe')
		);
	});

	it('is false where opening throws', async () => {
		throw_on_open();
		expect(await probe_indexeddb()).toBe(false);
	});

	it('is false where opening has not answered in time, and tells when it answers after all', async () => {
		const request = {} as { onsuccess?: () => void; result?: unknown };
		vi.spyOn(indexedDB, 'open').mockImplementation(() => request as unknown as IDBOpenDBRequest);
		const late = vi.fn();
		expect(await probe_indexeddb(20, late)).toBe(false);
		expect(late).not.toHaveBeenCalled();
		request.result = { close() {} };
		request.onsuccess?.();
		await vi.waitFor(() => expect(late).toHaveBeenCalledTimes(1));
	});

	it('is false where opening never answers', async () => {
		hang_open();
		expect(await probe_indexeddb(20)).toBe(false);
	});
});

describe('get_database', () => {
	async function fresh() {
		vi.resetModules();
		const [database, status] = await Promise.all([import('./database'), import('./status.svelte')]);
		return { ...database, database_status: status.database_status };
	}

	it('fails with DatabaseUnavailableError when opening never answers, and says so once for the page', async () => {
		hang_open();
		const { get_database, DatabaseUnavailableError, database_status } = await fresh();
		await expect(get_database(20)).rejects.toBeInstanceOf(DatabaseUnavailableError);
		expect(database_status.state).toBe('unavailable');
	});

	it('fails with DatabaseUnavailableError when opening throws', async () => {
		throw_on_open();
		const { get_database, DatabaseUnavailableError, database_status } = await fresh();
		await expect(get_database()).rejects.toBeInstanceOf(DatabaseUnavailableError);
		expect(database_status.state).toBe('unavailable');
	});

	it('reports a database that opened', async () => {
		const { get_database, database_status } = await fresh();
		const db = await get_database();
		expect(database_status.state).toBe('ok');
		db.close();
	});
});

describe('database_exists where the browser blocks storage', () => {
	it('does not answer "nothing stored yet", so the page opens the database and shows the notice', async () => {
		vi.resetModules();
		const { database_exists } = await import('./exists');
		throw_on_open();
		expect(await database_exists('nothing-here')).toBeUndefined();
	});

	it('answers "nothing stored yet" where storage works', async () => {
		vi.resetModules();
		const { database_exists } = await import('./exists');
		expect(await database_exists('nothing-here')).toBe(false);
	});
});

describe('database_status', () => {
	it('probes once, however many parts of the page ask', async () => {
		const status = new DatabaseStatus();
		const probe = vi.fn(async () => true);
		await Promise.all([status.check(probe), status.check(probe), status.check(probe)]);
		await status.check(probe);
		expect(probe).toHaveBeenCalledTimes(1);
		expect(status.state).toBe('ok');
	});

	it('a probe that answers late makes storage available again', async () => {
		const status = new DatabaseStatus();
		let answer_late = () => {};
		await status.check(async (on_late_answer) => {
			answer_late = on_late_answer;
			return false;
		});
		expect(status.unavailable).toBe(true);
		answer_late();
		expect(status.state).toBe('ok');
	});

	it('clears the notice when the browser answers after all (a very slow device)', async () => {
		const status = new DatabaseStatus();
		status.report(false);
		expect(status.unavailable).toBe(true);
		status.report(true);
		expect(status.state).toBe('ok');
	});

	it('a database whose own open failed is unavailable, whatever a probe found', () => {
		const status = new DatabaseStatus();
		status.report(true);
		status.report(false, { opened: true });
		expect(status.unavailable).toBe(true);
	});

	it('trusts a database that opened over a probe that failed (a full disk cannot create the probe)', () => {
		const status = new DatabaseStatus();
		status.report(true, { opened: true });
		status.report(false);
		expect(status.state).toBe('ok');
	});

	it('within() rejects a promise that does not settle in time, and passes others through', async () => {
		const never = new Promise<number>(() => {});
		await expect(within(never, 10, () => new Error('late'))).rejects.toThrow('late');
		await expect(within(Promise.resolve(1), 10, () => new Error('late'))).resolves.toBe(1);
	});
});

describe('needs_storage', () => {
	it('is true on the pages that keep a learner’s work, and false on reading pages', () => {
		for (const path of [
			'/thuc-hanh/',
			'/bai-hoc/',
			'/bai-hoc/dang-ky-khai-sinh/',
			'/nguoi-hoc/',
			'/tien-do/',
			'/chung-nhan/',
			'/cai-dat/',
			'/cai-dat'
		]) {
			expect(needs_storage(path), path).toBe(true);
		}
		for (const path of ['/', '/tim-hieu/', '/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/']) {
			expect(needs_storage(path), path).toBe(false);
		}
	});
});

describe('DatabaseHandle: a part of a page that opens the database itself', () => {
	it('opens once, then says it is ready', async () => {
		const open = vi.fn(async () => 'db');
		const handle = new DatabaseHandle(open);
		await handle.start(handle.open);
		expect(await handle.open()).toBe('db');
		expect(handle).toMatchObject({ status: 'ready', db: 'db' });
		expect(open).toHaveBeenCalledTimes(1);
	});

	it('a failed open shows the part’s notice and is thrown on to the caller', async () => {
		const handle = new DatabaseHandle<string>(async () => {
			throw new Error('blocked');
		});
		await expect(handle.open()).rejects.toThrow('blocked');
		expect(handle.status).toBe('no-database');
	});
});
