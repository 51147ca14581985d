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
import { duration_ms, from_v3, type PastCompletion, type ProgressV3 } from '$lib/progress/model';
import type { LessonProgress, StatementRecord } from '$lib/progress/records';
import { past_certificates, type Certificate } from '$lib/progress/certificate';
import { ACTIVITY_TYPES, VERBS, type XapiStatement } from '$lib/progress/xapi';
import type { ClassInfo } from '$lib/classroom/classes';
import type { Roster } from '$lib/classroom/roster';

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
	/**
	 * The classes the learner joined (by code, src/lib/classroom/learner/): kept with the
	 * learner, so a backup carries them. Not indexed, so no schema version.
	 */
	classes?: JoinedClass[];
}

/** A class a learner joined on this device: the trainer's class code, and when. */
export interface JoinedClass {
	code: string;
	joined_at: number;
	/** the class's name, when the class's QR code or link carried it (a typed code cannot) */
	name?: string;
}

/**
 * A class a trainer runs on this device: `id` and `code` repeat `info.id` and `info.code` so
 * they can be keys. The roster holds what learners sent (by QR code or file), merged by
 * src/lib/classroom/roster.ts: importing the same record twice changes nothing.
 */
export interface StoredClass {
	id: string;
	code: string;
	info: ClassInfo;
	roster: Roster;
	updated_at: number;
}

export interface LearnerSettings {
	learner_id: string;
	text_scale: number;
	contrast: 'normal' | 'high';
	/** read lessons aloud with a Vietnamese voice (optional: records from before it lack it) */
	read_aloud?: boolean;
	updated_at: number;
}

/**
 * Tables that hold a learner's practice-portal sandboxes. Every record carries learner_id and
 * sandbox, each table is indexed on both, so one sandbox ("Làm lại từ đầu") or all of a
 * learner's (removing the learner) can be cleared.
 */
export const SANDBOX_TABLES = [
	'sandbox_sessions',
	'drafts',
	'files',
	'dossiers',
	'messages'
] as const;

/** The sandbox every record written before version 5 belongs to: free practice. */
const PRACTICE = 'practice';

export class CdsDatabase extends Dexie {
	learners!: EntityTable<Learner, 'id'>;
	settings!: EntityTable<LearnerSettings, 'learner_id'>;
	/** one session (sign-in state, practice clock) per learner and sandbox */
	sandbox_sessions!: Table<PortalSession, [string, string]>;
	drafts!: EntityTable<DossierDraft, 'id'>;
	files!: EntityTable<SandboxFile, 'id'>;
	dossiers!: EntityTable<Dossier, 'id'>;
	messages!: EntityTable<SandboxMessage, 'id'>;
	progress!: Table<LessonProgress, [string, string]>;
	statements!: EntityTable<StatementRecord, 'id'>;
	/** certificates earned, kept for good (src/lib/progress/certificate.ts) */
	certificates!: EntityTable<Certificate, 'id'>;
	/** a trainer's classes and the records learners sent (src/lib/classroom/); never a device learner */
	classes!: EntityTable<StoredClass, 'id'>;

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
		// v4 (progress keeps every attempt): each progress record becomes a versioned record of
		// attempts keyed by stable step ids (src/lib/progress/model.ts). Same keys and indexes;
		// the upgrade converts every v3 record and brings back completions v3 overwrote on a
		// retake, found in the xAPI statements.
		this.version(4)
			.stores({})
			.upgrade(async (tx) => {
				const statements = (await tx.table('statements').toArray()) as StatementRecord[];
				const past = lesson_completions(statements.map((r) => r.statement));
				await tx
					.table('progress')
					.toCollection()
					.modify((old: ProgressV3 | LessonProgress, ref: { value: unknown }) => {
						if ('schema' in old) return;
						ref.value = from_v3(old, past.get(`${old.learner_id} ${old.lesson_id}`) ?? []);
					});
			});

		// v5 (sandboxes): lessons and free practice each get their own sandbox per learner. Every
		// sandbox record gains `sandbox`; records from before belong to free practice. Sessions
		// were keyed by learner alone and Dexie cannot change a primary key in place, so they move
		// to a new table keyed by learner and sandbox (the old one is dropped in v6).
		this.version(5)
			.stores({
				sandbox_sessions: '[learner_id+sandbox], learner_id',
				drafts: 'id, learner_id, [learner_id+sandbox], [learner_id+sandbox+procedure_id]',
				files: 'id, learner_id, [learner_id+sandbox]',
				dossiers: 'id, learner_id, [learner_id+sandbox], [learner_id+code]',
				messages: 'id, learner_id, [learner_id+sandbox]'
			})
			.upgrade(async (tx) => {
				for (const name of ['drafts', 'files', 'dossiers', 'messages']) {
					await tx
						.table(name)
						.toCollection()
						.modify((record: { sandbox?: string }) => {
							record.sandbox ??= PRACTICE;
						});
				}
				const sessions = await tx.table('sessions').toArray();
				await tx
					.table('sandbox_sessions')
					.bulkPut(sessions.map((session) => ({ ...session, sandbox: PRACTICE })));
			});
		// v6: the sessions keyed by learner alone, copied into sandbox_sessions by v5.
		this.version(6).stores({ sessions: null });
		// v7 (certificates kept): a certificate is stored when earned and never taken back, so
		// adding a lesson to the course no longer locks one a learner had. The upgrade issues the
		// certificate of every past course (PAST_COURSES) a learner had completed.
		this.version(7)
			.stores({ certificates: 'id, learner_id' })
			.upgrade(async (tx) => {
				const records = (await tx.table('progress').toArray()) as LessonProgress[];
				const now = Date.now();
				const learner_ids = new Set(records.map((r) => r.learner_id));
				for (const learner_id of learner_ids) {
					const own = records.filter((r) => r.learner_id === learner_id);
					await tx.table('certificates').bulkPut(past_certificates(learner_id, own, now));
				}
			});
		// v8 (classes): a trainer's classes, each with the roster of records its learners sent.
		// They live apart from the device's learners: removing a learner never touches them.
		this.version(8).stores({ classes: 'id, &code' });
		// v9 (transfer format version 2, 16-bit lesson keys): rosters keep every lesson under its
		// short key, so what learners sent in version 1 (6-hex keys) and in version 2 meets.
		this.version(9)
			.stores({})
			.upgrade(async (tx) => {
				// Loaded here, only when a database this old is opened: the roster's rules are the
				// trainer page's code, and every page with the portal loads this module.
				const { normalize_roster } = await Dexie.waitFor(import('$lib/classroom/roster'));
				await tx
					.table('classes')
					.toCollection()
					.modify((stored: StoredClass) => {
						stored.roster = normalize_roster(stored.roster);
					});
			});
	}
}

/** Lesson completions in xAPI statements, by `learner_id lesson_id`. */
function lesson_completions(statements: XapiStatement[]) {
	const found = new Map<string, PastCompletion[]>();
	for (const statement of statements) {
		if (statement?.verb?.id !== VERBS.completed.id) continue;
		if (statement.object?.definition?.type !== ACTIVITY_TYPES.lesson) continue;
		const lesson_id = /\/bai-hoc\/(.+)\/$/.exec(statement.object.id ?? '')?.[1];
		const finished_at = Date.parse(statement.timestamp);
		const learner_id = statement.actor?.account?.name;
		if (!lesson_id || !learner_id || Number.isNaN(finished_at)) continue;
		const key = `${learner_id} ${lesson_id}`;
		found.set(key, [
			...(found.get(key) ?? []),
			{
				statement_id: statement.id,
				finished_at,
				score: statement.result?.score?.raw ?? null,
				time_ms: duration_ms(statement.result?.duration)
			}
		]);
	}
	return found;
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
 * Deletes the sandbox records of one learner: all her sandboxes, or only the one named.
 * Runs inside the caller's transaction when there is one (it must include the sandbox tables),
 * else in its own.
 */
export async function delete_sandbox_records(
	db: CdsDatabase,
	learner_id: string,
	sandbox?: string
) {
	await db.transaction(
		'rw',
		SANDBOX_TABLES.map((name) => db.table(name)),
		async () => {
			for (const name of SANDBOX_TABLES) {
				const table = db.table(name);
				await (
					sandbox === undefined
						? table.where({ learner_id })
						: table.where('[learner_id+sandbox]').equals([learner_id, sandbox])
				).delete();
			}
		}
	);
}
