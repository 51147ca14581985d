/**
 * The one Dexie database of the site. Every schema change is a new `version(n)` below, with
 * upgrade code where old records need it, and a test that opens data written by the old
 * version (upgrade.test.ts). Every table that holds a learner's data is keyed by learner.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	Dossier,
	DossierDraft,
	PortalSession,
	SandboxFile,
	SandboxMessage
} from '$lib/portal/records';
import type { LessonProgress, StatementRecord } from '$lib/progress/records';

import { DATABASE_NAME } from './exists';
import { database_status, OPEN_TIMEOUT_MS, within } from './status.svelte';

export { DATABASE_NAME };

export interface Learner {
	id: string;
	name: string;
	/** the picture the learner chose, an id from the avatar set */
	avatar: string;
	created_at: number;
	last_active_at: number;
	/**
	 * Hash of the optional 4-digit PIN (src/lib/learners/pin.ts): `pbkdf2-sha256$<iterations>$<hex>`,
	 * or, written before that, a bare SHA-256 hex (upgraded when the right PIN is next entered).
	 * Keeps others out on a shared device; not bank-grade. Not indexed, so no schema version.
	 */
	pin_hash?: string;
	/** random salt for `pin_hash`, hex */
	pin_salt?: string;
	/** wrong PIN tries in a row (src/lib/learners/pin-lock.ts); absent on older records = 0 */
	pin_failures?: number;
	/** epoch ms before which the PIN may not be tried again; absent = may be tried */
	pin_locked_until?: number;
}

export interface LearnerSettings {
	learner_id: string;
	text_scale: number;
	contrast: 'normal' | 'high';
	/** read lessons aloud with a Vietnamese voice (optional: records from before it lack it) */
	read_aloud?: boolean;
	updated_at: number;
}

/** Tables that hold one learner's practice-portal sandbox ("Làm lại từ đầu" clears these). */
export const SANDBOX_TABLES = ['sessions', 'drafts', 'files', 'dossiers', 'messages'] as const;

export class CdsDatabase extends Dexie {
	learners!: EntityTable<Learner, 'id'>;
	settings!: EntityTable<LearnerSettings, 'learner_id'>;
	sessions!: EntityTable<PortalSession, 'learner_id'>;
	drafts!: EntityTable<DossierDraft, 'id'>;
	files!: EntityTable<SandboxFile, 'id'>;
	dossiers!: EntityTable<Dossier, 'id'>;
	messages!: EntityTable<SandboxMessage, 'id'>;
	progress!: Table<LessonProgress, [string, string]>;
	statements!: EntityTable<StatementRecord, 'id'>;

	constructor(name = DATABASE_NAME) {
		super(name);
		// v1 (foundation): learners and their settings.
		this.version(1).stores({
			learners: 'id, last_active_at',
			settings: 'learner_id'
		});
		// v2 (practice portal): the sandbox, every table keyed or indexed by learner.
		// No upgrade function: v1 records keep their shape and the new tables start empty.
		this.version(2).stores({
			sessions: 'learner_id',
			drafts: 'id, learner_id, [learner_id+procedure_id]',
			files: 'id, learner_id',
			dossiers: 'id, learner_id, [learner_id+code]',
			messages: 'id, learner_id, [learner_id+at]'
		});
		// v3 (lessons): each learner's progress per lesson, and the same records as xAPI
		// statements. New tables only, so no upgrade function.
		this.version(3).stores({
			progress: '[learner_id+lesson_id], learner_id',
			statements: 'id, learner_id, [learner_id+timestamp]'
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

/** The one open in progress or done; reset when it fails, so a later call tries again. */
let opening: Promise<CdsDatabase> | undefined;

/**
 * The site's database, opened once. Rejects with DatabaseUnavailableError where the browser
 * blocks IndexedDB (some private modes, some in-app browsers) and where opening has not answered
 * within OPEN_TIMEOUT_MS (a known Safari bug), so the page can say so instead of waiting
 * forever. Every outcome is reported to `database_status`, which the root layout shows. An open
 * that answers after the timeout is kept: the next call (e.g. "Thử lại") gets the database.
 */
export function get_database(timeout_ms = OPEN_TIMEOUT_MS): Promise<CdsDatabase> {
	if (!opening) {
		const attempt = (async () => {
			if (typeof indexedDB === 'undefined') throw new DatabaseUnavailableError('no indexedDB');
			const db = new CdsDatabase();
			try {
				await db.open();
				return db;
			} catch (cause) {
				throw new DatabaseUnavailableError(cause);
			}
		})();
		opening = attempt;
		attempt.then(
			() => database_status.report(true, { opened: true }),
			() => {
				if (opening === attempt) opening = undefined;
				database_status.report(false, { opened: true });
			}
		);
	}
	return within(opening, timeout_ms, () => {
		database_status.report(false, { opened: true });
		return new DatabaseUnavailableError('no answer');
	});
}

/**
 * Deletes every sandbox record of one learner. Runs inside the caller's transaction when there
 * is one (it must include the sandbox tables), else in its own.
 */
export async function delete_sandbox_records(db: CdsDatabase, learner_id: string) {
	await db.transaction(
		'rw',
		SANDBOX_TABLES.map((name) => db.table(name)),
		async () => {
			await db.sessions.delete(learner_id);
			for (const name of SANDBOX_TABLES.filter((table) => table !== 'sessions')) {
				await db.table(name).where({ learner_id }).delete();
			}
		}
	);
}
