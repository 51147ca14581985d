/**
 * The one Dexie database of the site. Every schema change is a new `version(n)` below, with
 * upgrade code where old records need it, and a test that opens data written by the old
 * version (database.test.ts). Every table that holds a learner's data is keyed by learner.
 */
import Dexie, { type EntityTable } from 'dexie';

export const DATABASE_NAME = 'cong-dan-so';

export interface Learner {
	id: string;
	name: string;
	/** the picture the learner chose, an id from the avatar set */
	avatar: string;
	created_at: number;
	last_active_at: number;
}

export interface LearnerSettings {
	learner_id: string;
	text_scale: number;
	contrast: 'normal' | 'high';
	updated_at: number;
}

export class CdsDatabase extends Dexie {
	learners!: EntityTable<Learner, 'id'>;
	settings!: EntityTable<LearnerSettings, 'learner_id'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		this.version(1).stores({
			learners: 'id, last_active_at',
			settings: 'learner_id'
		});
	}
}

/** A database with its own name, for tests: nothing is shared between two of them. */
export function create_test_database(prefix = 'test') {
	return new CdsDatabase(`${prefix}-${crypto.randomUUID()}`);
}

export class DatabaseUnavailableError extends Error {
	constructor(cause: unknown) {
		super('IndexedDB is unavailable', { cause });
		this.name = 'DatabaseUnavailableError';
	}
}

let opening: Promise<CdsDatabase> | undefined;

/**
 * The site's database, opened once. Rejects with DatabaseUnavailableError where the browser
 * blocks IndexedDB (some private modes, some in-app browsers), so the page can say so.
 */
export function get_database(): Promise<CdsDatabase> {
	opening ??= (async () => {
		if (typeof indexedDB === 'undefined') throw new DatabaseUnavailableError('no indexedDB');
		const db = new CdsDatabase();
		try {
			await db.open();
			return db;
		} catch (cause) {
			throw new DatabaseUnavailableError(cause);
		}
	})();
	opening.catch(() => (opening = undefined));
	return opening;
}
