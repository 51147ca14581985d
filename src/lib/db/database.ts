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
import { ACTIVITY_TYPES, VERBS, type XapiStatement } from '$lib/progress/xapi';

import { DATABASE_NAME } from './exists';

export { DATABASE_NAME };

export interface Learner {
	id: string;
	name: string;
	/** the picture the learner chose, an id from the avatar set */
	avatar: string;
	created_at: number;
	last_active_at: number;
	/**
	 * SHA-256 of the optional 4-digit PIN with `pin_salt` (src/lib/learners/pin.ts): a light
	 * privacy gate on a shared device, not security. Not indexed, so no schema version needed.
	 */
	pin_hash?: string;
	/** random salt for `pin_hash`, hex */
	pin_salt?: string;
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
