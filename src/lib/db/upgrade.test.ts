import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { lesson_key, lesson_key_v1 } from '$lib/classroom/summary';
import { current_attempt, resume_point } from '$lib/progress/model';
import { CdsDatabase, SANDBOX_TABLES, type Learner, type LearnerSettings } from './database';
import {
	LESSONS,
	PROGRESS,
	PROGRESS_V6,
	SANDBOX,
	STATEMENTS,
	V1_STORES,
	V2_STORES,
	V3_STORES,
	V6_STORES,
	V7_STORES,
	V8_STORES
} from './fixtures/old-versions';

const LAN: Learner = {
	id: 'lan',
	name: 'Bà Lan',
	avatar: 'hoa-sen',
	created_at: 1_700_000_000_000,
	last_active_at: 1_700_000_500_000
};
const BINH: Learner = {
	id: 'binh',
	name: 'Ông Bình',
	avatar: 'con-ca',
	created_at: 1_700_000_100_000,
	last_active_at: 1_700_000_200_000
};
const LAN_SETTINGS: LearnerSettings = {
	learner_id: 'lan',
	text_scale: 1.5,
	contrast: 'high',
	updated_at: 1_700_000_600_000
};

const names: string[] = [];
const opened: Dexie[] = [];

function fresh_name() {
	const name = `upgrade-${crypto.randomUUID()}`;
	names.push(name);
	return name;
}

function track<T extends Dexie>(db: T): T {
	opened.push(db);
	return db;
}

/** Writes learners and settings with a Dexie that knows only version 1, then closes it. */
async function write_v1_data(name: string) {
	const old = track(new Dexie(name));
	old.version(1).stores(V1_STORES);
	await old.table('learners').bulkAdd([LAN, BINH]);
	await old.table('settings').add(LAN_SETTINGS);
	expect(old.verno).toBe(1);
	old.close();
}

/** The native version number of a database on disk (Dexie stores version n as n × 10). */
async function native_version(name: string) {
	const databases = await indexedDB.databases();
	return databases.find((db) => db.name === name)?.version;
}

afterEach(async () => {
	for (const db of opened.splice(0)) db.close();
	for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('upgrading a version 1 database', () => {
	it('keeps the learners and settings, reaches the latest version and adds empty sandbox and progress tables', async () => {
		const name = fresh_name();
		await write_v1_data(name);
		expect(await native_version(name)).toBe(10);

		const db = track(new CdsDatabase(name));
		await db.open();

		expect(db.verno).toBe(9);
		expect(await native_version(name)).toBe(90);
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
		expect((await db.learners.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual([
			BINH,
			LAN
		]);
		expect(await db.settings.toArray()).toEqual([LAN_SETTINGS]);
		for (const table of [...SANDBOX_TABLES, 'progress', 'statements']) {
			expect(await db.table(table).count()).toBe(0);
		}
	});

	it('keeps the version 1 index on last_active_at usable after the upgrade', async () => {
		const name = fresh_name();
		await write_v1_data(name);
		const db = track(new CdsDatabase(name));
		const newest = await db.learners.orderBy('last_active_at').last();
		expect(newest).toEqual(LAN);
	});

	it('creates the sandbox indexes by learner, so queries by learner work on upgraded data', async () => {
		const name = fresh_name();
		await write_v1_data(name);
		const db = track(new CdsDatabase(name));
		await db.drafts.add({
			id: 'd1',
			learner_id: 'lan',
			sandbox: 'practice',
			procedure_id: 'dang-ky-khai-sinh',
			answers: {},
			attachments: [],
			payment_failures: 0,
			updated_at: 1
		});
		expect(
			await db.drafts.where({ learner_id: 'lan', procedure_id: 'dang-ky-khai-sinh' }).count()
		).toBe(1);
		expect(await db.drafts.where({ learner_id: 'binh' }).count()).toBe(0);
	});

	it('upgrades a second time without touching the data (re-opening is a no-op)', async () => {
		const name = fresh_name();
		await write_v1_data(name);
		const first = track(new CdsDatabase(name));
		await first.open();
		first.close();
		const second = track(new CdsDatabase(name));
		await second.open();
		expect(second.verno).toBe(9);
		expect(await second.learners.count()).toBe(2);
		expect(await second.settings.get('lan')).toEqual(LAN_SETTINGS);
	});
});

describe('opening an upgraded database with an older app version', () => {
	it('is refused by IndexedDB itself with a VersionError', async () => {
		const name = fresh_name();
		await write_v1_data(name);
		const db = track(new CdsDatabase(name));
		await db.open();
		db.close();

		// What an old copy of the site asks the browser for: version 1 (native 10) of a v2 database.
		const error = await new Promise<DOMException | null>((resolve) => {
			const request = indexedDB.open(name, 10);
			request.onsuccess = () => {
				request.result.close();
				resolve(null);
			};
			request.onerror = () => resolve(request.error);
		});
		expect(error?.name).toBe('VersionError');
	});

	it('is handled by Dexie: an app declaring only version 1 still opens it and reads its data', async () => {
		const name = fresh_name();
		await write_v1_data(name);
		const db = track(new CdsDatabase(name));
		await db.open();
		await db.sandbox_sessions.put({
			learner_id: 'lan',
			sandbox: 'practice',
			signed_in: true,
			otp_pending: false,
			password_failures: 0,
			otp_failures: 0,
			locked: false,
			clock_offset_days: 0,
			location: '/',
			code_sequence: {},
			updated_at: 1
		});
		db.close();

		// Dexie 4 catches the VersionError and reopens at the version on disk (it never downgrades).
		const old = track(new Dexie(name));
		old.version(1).stores(V1_STORES);
		await old.open();
		expect(await old.table('learners').get('lan')).toEqual(LAN);
		expect(await old.table('settings').get('lan')).toEqual(LAN_SETTINGS);
		old.close();

		// Nothing was lost: the newer app finds its sandbox again.
		expect(await native_version(name)).toBe(90);
		const again = track(new CdsDatabase(name));
		expect((await again.sandbox_sessions.get(['lan', 'practice']))?.signed_in).toBe(true);
	});
});

/** Writes the fixtures of version 2 (learners, settings, a sandbox) with a v2-only Dexie. */
async function write_v2_data(name: string) {
	const old = track(new Dexie(name));
	old.version(2).stores(V2_STORES);
	await old.table('learners').bulkAdd([LAN, BINH]);
	await old.table('settings').add(LAN_SETTINGS);
	for (const [table, rows] of Object.entries(SANDBOX)) await old.table(table).bulkAdd(rows);
	old.close();
}

/** Writes the fixtures of version 3 (v2 data plus lesson progress and statements). */
async function write_v3_data(name: string) {
	await write_v2_data(name);
	const old = track(new Dexie(name));
	old.version(3).stores(V3_STORES);
	await old.table('progress').bulkAdd(PROGRESS);
	await old.table('statements').bulkAdd(STATEMENTS);
	expect(old.verno).toBe(3);
	old.close();
}

describe('upgrading a version 2 database', () => {
	it('keeps the whole sandbox as it was and adds empty progress tables', async () => {
		const name = fresh_name();
		await write_v2_data(name);
		expect(await native_version(name)).toBe(20);
		const db = track(new CdsDatabase(name));
		await db.open();
		expect(db.verno).toBe(9);
		// Every sandbox record is still there, now in the learner's free practice (version 5).
		for (const [table, rows] of Object.entries(SANDBOX)) {
			const name = table === 'sessions' ? 'sandbox_sessions' : table;
			expect(await db.table(name).toArray()).toEqual(
				rows.map((row) => ({ ...row, sandbox: 'practice' }))
			);
		}
		expect(await db.learners.count()).toBe(2);
		expect(await db.progress.count()).toBe(0);
		expect(await db.statements.count()).toBe(0);
	});
});

describe('upgrading a version 3 database (lesson progress as the player state)', () => {
	const LOGIN_STEPS = ['mo-trang-dang-nhap', 'nhap-so-dinh-danh', 'nhap-mat-khau', 'nhap-otp'];

	async function upgraded() {
		const name = fresh_name();
		await write_v3_data(name);
		const db = track(new CdsDatabase(name));
		await db.open();
		return db;
	}

	it('turns a lesson in progress into one attempt at the same step, losing nothing', async () => {
		const db = await upgraded();
		expect(db.verno).toBe(9);
		const record = await db.progress.get(['lan', LESSONS.LOGIN]);
		expect(record).toMatchObject({ schema: 2, status: 'in-progress', score: null });
		expect(record?.attempts).toHaveLength(1);
		const old = PROGRESS[0].state;
		expect(record?.attempts[0]).toMatchObject({
			started_at: old.started_at,
			level: 'huong-dan',
			hints_shown: 1,
			mistakes: 1,
			steps: old.records,
			totals: { hints: 1, mistakes: 3, time_ms: 8000 }
		});
		expect(resume_point(record, LOGIN_STEPS)).toEqual({
			step_id: 'nhap-mat-khau',
			step_number: 3,
			step_count: 4
		});
	});

	it('turns a completed lesson into a finished attempt with its score and date', async () => {
		const db = await upgraded();
		const record = await db.progress.get(['lan', LESSONS.BIRTH]);
		expect(record).toMatchObject({
			status: 'completed',
			score: 90,
			completed_at: PROGRESS[1].completed_at
		});
		expect(record?.attempts[0]).toMatchObject({
			finished_at: PROGRESS[1].state.finished_at,
			score: 90,
			steps: PROGRESS[1].state.records
		});
	});

	it('gives back a completion that version 3 overwrote on a retake, from the statements', async () => {
		const db = await upgraded();
		const record = await db.progress.get(['binh', LESSONS.LOGIN]);
		expect(record).toMatchObject({
			status: 'completed',
			score: 85,
			completed_at: 1_700_000_960_000
		});
		expect(record?.attempts.map((a) => a.finished_at !== undefined)).toEqual([true, false]);
		expect(current_attempt(record!)?.started_at).toBe(1_700_003_000_000);
	});

	it('keeps the statements and the sandbox unchanged, and upgrading again changes nothing', async () => {
		const db = await upgraded();
		expect(await db.statements.toArray()).toEqual(
			[...STATEMENTS].sort((a, b) => a.id.localeCompare(b.id))
		);
		expect(await db.dossiers.toArray()).toEqual(
			SANDBOX.dossiers.map((d) => ({ ...d, sandbox: 'practice' }))
		);
		const before = await db.progress.toArray();
		db.close();
		const again = track(new CdsDatabase(db.name));
		expect(await again.progress.toArray()).toEqual(before);
	});
});

describe('upgrading a version 6 database (certificates were not stored)', () => {
	async function upgraded() {
		const name = fresh_name();
		const old = track(new Dexie(name));
		old.version(6).stores(V6_STORES);
		await old.table('learners').bulkAdd([LAN, BINH]);
		await old.table('progress').bulkAdd(PROGRESS_V6);
		old.close();
		const db = track(new CdsDatabase(name));
		await db.open();
		return db;
	}

	it('gives back the certificate of a learner who finished the course as it was, dated then', async () => {
		const db = await upgraded();
		expect(db.verno).toBe(9);
		const [certificate, ...more] = await db.certificates.where({ learner_id: 'lan' }).toArray();
		expect(more).toEqual([]);
		expect(certificate).toMatchObject({ learner_id: 'lan', earned_at: 1_700_021_000_000 });
		expect(certificate.lessons.map((l) => l.id)).toEqual([LESSONS.LOGIN, LESSONS.BIRTH]);
	});

	it('gives none to a learner half-way, keeps the progress, and upgrading again changes nothing', async () => {
		const db = await upgraded();
		expect(await db.certificates.where({ learner_id: 'binh' }).count()).toBe(0);
		expect(await db.progress.toArray()).toEqual(expect.arrayContaining(PROGRESS_V6));
		expect(await db.progress.count()).toBe(PROGRESS_V6.length);
		const before = await db.certificates.toArray();
		db.close();
		const again = track(new CdsDatabase(db.name));
		expect(await again.certificates.toArray()).toEqual(before);
	});
});

describe('upgrading a version 7 database (no classes yet)', () => {
	const CERTIFICATE = {
		id: 'lan-1',
		learner_id: 'lan',
		earned_at: 1_700_021_000_000,
		lessons: [{ id: LESSONS.LOGIN, title: 'Đăng nhập' }]
	};

	it('keeps learners, settings, progress and certificates, and opens an empty class table', async () => {
		const name = fresh_name();
		const old = track(new Dexie(name));
		old.version(7).stores(V7_STORES);
		await old.table('learners').bulkAdd([LAN, BINH]);
		await old.table('settings').add(LAN_SETTINGS);
		await old.table('progress').bulkAdd(PROGRESS_V6);
		await old.table('certificates').add(CERTIFICATE);
		old.close();

		const db = track(new CdsDatabase(name));
		await db.open();
		expect(db.verno).toBe(9);
		expect(await db.learners.toArray()).toEqual([BINH, LAN]);
		expect(await db.settings.toArray()).toEqual([LAN_SETTINGS]);
		expect(await db.progress.count()).toBe(PROGRESS_V6.length);
		expect(await db.certificates.toArray()).toEqual([CERTIFICATE]);
		expect(await db.classes.count()).toBe(0);
	});
});

describe('upgrading a version 8 database (rosters of transfer format version 1)', () => {
	// A roster as version 8 stored it: lessons under 24-bit keys (6 hex digits), one lesson
	// twice, as a v1 record and as a v2 record merged by an app that did not yet normalise.
	const lesson = (key: string, attempts: number) => ({
		key,
		status: 'completed' as const,
		score: 80,
		level: 'tu-lam' as const,
		attempts,
		finished: attempts,
		minutes: 5,
		completed_on: 20_785,
		steps: [{ key: 'b9ce', hints: 1, mistakes: 0 }],
		seen_at: 1_795_858_200_000
	});
	const v1_key = lesson_key_v1('lam-quen/dang-nhap');
	const stored = {
		id: '6f1c2b7e-4d3a-4b2c-9e8f-1a2b3c4d5e6f',
		code: 'HB7K2Q',
		info: {
			id: '6f1c2b7e-4d3a-4b2c-9e8f-1a2b3c4d5e6f',
			code: 'HB7K2Q',
			name: 'Lớp tổ 5',
			place: '',
			trainer: '',
			starts: '',
			ends: '',
			created_at: 1_795_000_000_000
		},
		roster: {
			class_code: 'HB7K2Q',
			learners: [
				{
					learner_id: 'lan',
					name: 'Bà Lan',
					sent_at: 1_795_858_200_000,
					lessons: [lesson(v1_key, 1), lesson(lesson_key('lam-quen/dang-nhap'), 2)]
				}
			]
		},
		updated_at: 1_795_858_300_000
	};

	it('puts every lesson under its short key, one row a lesson, and upgrading again changes nothing', async () => {
		const name = fresh_name();
		const old = track(new Dexie(name));
		old.version(8).stores(V8_STORES);
		await old.table('classes').add(stored);
		old.close();

		const db = track(new CdsDatabase(name));
		await db.open();
		expect(db.verno).toBe(9);
		const [upgraded] = await db.classes.toArray();
		expect(upgraded.info).toEqual(stored.info);
		expect(upgraded.roster.learners[0].lessons).toEqual([
			{ ...lesson(lesson_key('lam-quen/dang-nhap'), 2) }
		]);
		db.close();
		const again = track(new CdsDatabase(name));
		await again.open();
		expect(await again.classes.toArray()).toEqual([upgraded]);
	});
});
