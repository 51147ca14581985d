/**
 * Whether this browser lets the site store anything, known once for the whole page and shared
 * by every part of it: get_database() reports each open, and the root layout probes IndexedDB on
 * the pages that need storage (without loading the database code). Where the browser blocks
 * IndexedDB, makes it throw, or never answers (some private modes, in-app browsers, a known
 * Safari bug), the state becomes 'unavailable' within `OPEN_TIMEOUT_MS` and the layout shows
 * DatabaseNotice. Should the browser answer after all (a very slow device), the state becomes
 * 'ok' and the layout's notice goes; a part of the page that had already given up shows its own
 * copy of the notice, which says to reload.
 */
import { base } from '$app/paths';
import { DATABASE_NAME } from './exists';

export type DatabaseState = 'unknown' | 'checking' | 'ok' | 'unavailable';

/**
 * How long opening may take before the site says storage does not work. Opening takes well
 * under a second on a working phone, upgrades included; a browser that has not answered by
 * then is taken as one that never will.
 */
export const OPEN_TIMEOUT_MS = 3000;

/** The pages whose content needs storage (the others are read-only and never show the notice). */
const STORAGE_PAGES = [
	'/thuc-hanh/',
	'/bai-hoc/',
	'/nguoi-hoc/',
	'/tien-do/',
	'/chung-nhan/',
	'/cai-dat/'
];

export function needs_storage(pathname: string) {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
	const with_slash = path.endsWith('/') ? path : `${path}/`;
	return STORAGE_PAGES.some((prefix) => with_slash.startsWith(prefix));
}

export class DatabaseStatus {
	state = $state<DatabaseState>('unknown');

	get unavailable() {
		return this.state === 'unavailable';
	}

	/**
	 * What an open or a probe found. An answer that works always wins, also one that comes after
	 * the timeout (a very slow device): the notice then goes away. A failure does not outrank a
	 * database that opened, unless it is the database's own open that failed.
	 */
	report(ok: boolean, { opened = false } = {}) {
		if (!ok && this.state === 'ok' && !opened) return;
		this.state = ok ? 'ok' : 'unavailable';
	}

	#probing: Promise<void> | undefined;

	/** Probes once per page life; every caller waits for the same probe. */
	check(
		probe: (on_late_answer: () => void) => Promise<boolean> = (on_late_answer) =>
			probe_indexeddb(OPEN_TIMEOUT_MS, on_late_answer)
	): Promise<void> {
		if (this.state === 'ok' || this.state === 'unavailable') return Promise.resolve();
		this.#probing ??= (async () => {
			this.state = 'checking';
			const ok = await probe(() => this.report(true));
			if (this.state === 'checking') this.state = ok ? 'ok' : 'unavailable';
			else this.report(ok);
		})();
		return this.#probing;
	}
}

export const database_status = new DatabaseStatus();

/**
 * The database as one part of a page opens it itself (the learners list, the practice portal):
 * opened once and kept, and whether that part could load. A part whose open failed shows its own
 * DatabaseNotice, and keeps it (it gave up; the notice says to reload) even should the layout's
 * go away after a very slow answer.
 */
export class DatabaseHandle<T> {
	/** the opened database, once it is open */
	db = $state<T>();
	status = $state<'loading' | 'ready' | 'no-database'>('loading');
	#open: () => Promise<T>;

	constructor(open: () => Promise<T>) {
		this.#open = open;
	}

	/** Opens the database (once); when that fails the part says so, and the error is thrown on. */
	open = async (): Promise<T> => {
		if (this.db) return this.db;
		try {
			this.db = await this.#open();
			return this.db;
		} catch (error) {
			this.status = 'no-database';
			throw error;
		}
	};

	/** Runs the part's first load: ready once it is done, 'no-database' when it fails. */
	async start(load: () => Promise<unknown>) {
		try {
			await load();
			this.status = 'ready';
		} catch {
			this.status = 'no-database';
		}
	}
}

/** Rejects with `error()` when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, error: () => Error): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const timer = setTimeout(() => reject(error()), ms);
		promise.then(
			(value) => {
				clearTimeout(timer);
				resolve(value);
			},
			(cause) => {
				clearTimeout(timer);
				reject(cause);
			}
		);
	});
}

const PROBE_NAME = 'cds-probe';

/**
 * Whether IndexedDB opens here, answered within `timeout_ms` (false when it throws, fails or
 * does not answer; `on_late_answer` runs if it opens after that). Opens the site's database as
 * it is (no version: nothing is created or upgraded) where the browser lists it, else a
 * throw-away database that is deleted at once.
 */
export function probe_indexeddb(
	timeout_ms = OPEN_TIMEOUT_MS,
	on_late_answer: () => void = () => {}
): Promise<boolean> {
	let gave_up = false;
	const opening = probe();
	opening.then(
		(ok) => ok && gave_up && on_late_answer(),
		() => {}
	);
	return within(opening, timeout_ms, () => new Error('timeout')).then(
		(ok) => ok,
		() => {
			gave_up = true;
			return false;
		}
	);
}

async function probe(): Promise<boolean> {
	let name = PROBE_NAME;
	try {
		if ((await indexedDB.databases()).some((db) => db.name === DATABASE_NAME)) name = DATABASE_NAME;
	} catch {
		// no databases() (older Safari, Firefox before 126): probe with the throw-away database
	}
	return new Promise<boolean>((done, fail) => {
		const request = indexedDB.open(name);
		request.onsuccess = () => {
			try {
				request.result.close();
				if (name === PROBE_NAME) indexedDB.deleteDatabase(PROBE_NAME);
			} catch {
				// closed or deleted already
			}
			done(true);
		};
		request.onerror = () => fail(request.error);
	});
}
