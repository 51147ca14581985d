/**
 * The practice portal's façade without a browser: two Portal objects on one learner stand for
 * two tabs (each with its own Dexie connection, as two tabs have), a stubbed table method for a
 * full storage.
 */
import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CdsDatabase, create_test_database } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { parse_places } from '$lib/content/places';
import { parse_procedure } from '$lib/content/procedure-schema';
import type { Procedure } from './model';
import { Portal, type PortalData } from './portal.svelte';
import { list_dossiers, list_messages, load_session } from './sandbox';
import { is_lesson_sandbox, lesson_sandbox, PRACTICE_SANDBOX } from './sandbox-id';

let birth: Procedure;
let data: PortalData;
beforeAll(() => {
	const file = 'content/procedures/dang-ky-khai-sinh.yaml';
	birth = parse_procedure(file, readFileSync(file, 'utf8'));
	const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));
	data = { procedures: [birth], places };
});

const document = () => birth.documents[0];
const PRACTICE = PRACTICE_SANDBOX;
// the lesson page names its sandbox the same way: `lesson:${lesson.id}`
const LESSON = lesson_sandbox('nop-ho-so-khai-sinh');

const databases: CdsDatabase[] = [];
const portals: Portal[] = [];
beforeEach(() => {
	// Only Date is faked (IndexedDB needs real timers): Monday 23/11/2026 at 09:30.
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(2026, 10, 23, 9, 30));
});
afterEach(async () => {
	vi.useRealTimers();
	vi.restoreAllMocks();
	save_problem.clear();
	for (const portal of portals.splice(0)) portal.close();
	for (const db of databases.splice(0)) db.close();
});

function fresh_db() {
	const db = create_test_database('portal');
	databases.push(db);
	return db;
}

/** A second connection to the same database: what another tab has. */
function other_tab(db: CdsDatabase) {
	const twin = new CdsDatabase(db.name);
	databases.push(twin);
	return twin;
}

async function open(db: CdsDatabase, sandbox = PRACTICE, learner_id = 'lan') {
	const navigate = vi.fn();
	const portal = await Portal.open({ db, learner_id, sandbox, data, navigate });
	portals.push(portal);
	return Object.assign(portal, { navigate });
}

/** Fills the birth-registration draft far enough to file it, at the given office. */
async function prepare(portal: Portal, ward = 'Phường Hồng Bàng') {
	await portal.start_application(birth.id);
	expect((await portal.choose_agency('Thành phố Hải Phòng', ward)).ok).toBe(true);
	expect((await portal.set_answers({ child_full_name: 'NGUYỄN VĂN AN' })).ok).toBe(true);
	expect((await portal.choose_receive({ method: 'online' })).ok).toBe(true);
	expect((await portal.attach_sample(document(), '/samples/giay-chung-sinh.png')).ok).toBe(true);
}

async function file(portal: Portal, ward?: string) {
	await prepare(portal, ward);
	const filed = await portal.submit(birth);
	if (!filed.ok) throw new Error('not filed');
	return filed.value;
}

function quota_error() {
	return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

const scan = (name: string, bytes = 1024) =>
	new NodeFile([new Uint8Array(bytes)], name, { type: 'image/jpeg' }) as unknown as File;

describe('dossier codes', () => {
	it('are unique across filings, offices and the receipt screens opening in between', async () => {
		const db = fresh_db();
		const portal = await open(db);
		const codes: string[] = [];
		for (const ward of [
			'Phường Hồng Bàng',
			'Phường Hồng Bàng',
			'Phường Hồng An',
			'Phường Hồng Bàng'
		]) {
			const dossier = await file(portal, ward);
			// opening the receipt writes the location: it must not take the numbering back
			await portal.visited(`/ho-so/${dossier.id}`, 'dossier');
			codes.push(dossier.code);
		}
		expect(codes).toEqual([
			'000.00.99.H99-261123-0001',
			'000.00.99.H99-261123-0002',
			'000.01.99.H99-261123-0001',
			'000.00.99.H99-261123-0003'
		]);
		const subjects = (await list_messages(db, portal.key))
			.filter((m) => m.kind === 'email')
			.map((m) => m.subject);
		expect(new Set(subjects).size).toBe(4);
	});
});

describe('two tabs of one learner', () => {
	it('never undo each other: a day fast-forwarded in A and answers typed in B are both kept', async () => {
		const db = fresh_db();
		const a = await open(db);
		const b = await open(other_tab(db));
		await a.start_application(birth.id);
		await b.start_application(birth.id);

		expect((await a.fast_forward(1)).ok).toBe(true);
		expect((await a.set_answers({ child_full_name: 'NGUYỄN VĂN AN' })).ok).toBe(true);
		// B has not heard of either change yet and writes its own
		expect((await b.set_answers({ child_sex: 'nam' })).ok).toBe(true);
		await b.visited('/nop/dang-ky-khai-sinh/ke-khai/tre-em', 'form');

		const session = await load_session(db, a.key);
		expect(session.clock_offset_days).toBe(1);
		expect(session.location).toBe('/nop/dang-ky-khai-sinh/ke-khai/tre-em');
		const stored = await db.drafts.toArray();
		expect(stored).toHaveLength(1);
		expect(stored[0].answers).toMatchObject({ child_full_name: 'NGUYỄN VĂN AN', child_sex: 'nam' });
		// and both tabs show both, without a reload
		await vi.waitFor(() => {
			expect(b.session.clock_offset_days).toBe(1);
			expect(a.draft?.answers).toMatchObject({
				child_sex: 'nam',
				child_full_name: 'NGUYỄN VĂN AN'
			});
		});
	});

	it('never set the practice clock back, even from a tab that still shows an older day', async () => {
		const db = fresh_db();
		const a = await open(db);
		const b = await open(other_tab(db));
		b.close(); // B stops hearing about changes: its screen still says day 0
		await a.fast_forward(1);
		await a.fast_forward(1);
		expect(a.session.clock_offset_days).toBe(2);
		expect((await b.fast_forward(1)).ok).toBe(true);
		expect((await load_session(db, a.key)).clock_offset_days).toBe(2);
		expect(b.session.clock_offset_days).toBe(2);
		await b.sign_out();
		expect((await load_session(db, a.key)).clock_offset_days).toBe(2);
	});

	it('show a dossier filed in the other tab, and its messages, without a reload', async () => {
		const db = fresh_db();
		const a = await open(db);
		const b = await open(other_tab(db));
		const dossier = await file(a);
		await vi.waitFor(() => {
			expect(b.dossiers.map((d) => d.id)).toEqual([dossier.id]);
			expect(b.messages).toHaveLength(2);
		});
	});

	it('file one draft once, even when both tabs press "Nộp hồ sơ"', async () => {
		const db = fresh_db();
		const a = await open(db);
		const b = await open(other_tab(db));
		await prepare(a);
		await b.open_draft(birth.id);
		await vi.waitFor(() => expect(b.draft?.receive).toEqual({ method: 'online' }));
		const [one, two] = await Promise.all([a.submit(birth), b.submit(birth)]);
		expect(one.ok && two.ok && one.value.id === two.value.id).toBe(true);
		expect(await list_dossiers(db, a.key)).toHaveLength(1);
		expect(await list_messages(db, a.key)).toHaveLength(2);
		expect(await db.drafts.count()).toBe(0);
	});
});

describe('filing', () => {
	it('files once when "Nộp hồ sơ" is pressed twice in the same instant', async () => {
		const db = fresh_db();
		const portal = await open(db);
		const events: string[] = [];
		const { sim_events } = await import('./events');
		const stop = sim_events.subscribe((e) => events.push(e.type));
		await prepare(portal);
		const [one, two] = await Promise.all([portal.submit(birth), portal.submit(birth)]);
		stop();
		expect(one.ok && two.ok && one.value.id === two.value.id).toBe(true);
		expect(await list_dossiers(db, portal.key)).toHaveLength(1);
		expect(events.filter((t) => t === 'submitted')).toHaveLength(1);
		expect(portal.navigate).toHaveBeenCalledWith(`/ho-so/${one.ok && one.value.id}`, undefined);
	});

	it('after a reload on the filing screen, knows the dossier just filed, not an empty form', async () => {
		const db = fresh_db();
		const first = await open(db);
		const dossier = await file(first);
		expect(first.just_filed(birth.id)).toBeUndefined(); // no form open any more
		first.close();
		const reloaded = await open(db);
		await reloaded.start_application(birth.id); // what the filing screen does as it opens
		expect(reloaded.just_filed(birth.id)?.id).toBe(dossier.id);
		expect(await list_dossiers(db, reloaded.key)).toHaveLength(1);
		// once she starts a new application for the same procedure, it is a new form again
		await reloaded.choose_agency('Thành phố Hải Phòng', 'Phường Hồng An');
		expect(reloaded.just_filed(birth.id)).toBeUndefined();
	});
});

describe('a write the browser refuses (storage full)', () => {
	it('reports ok: false, shows the message and changes neither the screen nor the data', async () => {
		const db = fresh_db();
		const portal = await open(db);
		await prepare(portal);
		const before = structuredClone($state_snapshot(portal.draft));
		vi.spyOn(db.drafts, 'put').mockRejectedValue(quota_error());

		expect((await portal.set_answers({ child_full_name: 'TRẦN THỊ BÍCH' })).ok).toBe(false);
		expect((await portal.attach_sample(document(), '/samples/khac.png')).ok).toBe(false);
		expect(await portal.attach_device_file(document(), scan('anh.jpg'))).toMatch(/chưa được/);
		expect(portal.draft).toEqual(before);
		expect((await db.drafts.toArray())[0]).toEqual(before);
		expect(await db.files.count()).toBe(0);
		expect(save_problem.current?.message).toMatch(/hết chỗ lưu/);
	});

	it('"Tua nhanh" that cannot be saved leaves the day and the dossiers as they were', async () => {
		const db = fresh_db();
		const portal = await open(db);
		const dossier = await file(portal);
		vi.spyOn(db.sandbox_sessions, 'put').mockRejectedValue(quota_error());
		expect((await portal.fast_forward(3)).ok).toBe(false);
		expect(portal.session.clock_offset_days).toBe(0);
		expect((await load_session(db, portal.key)).clock_offset_days).toBe(0);
		expect((await db.dossiers.get(dossier.id))?.status).toBe('moi-dang-ky');
	});

	it('"Nộp hồ sơ" that cannot be saved files nothing, keeps the draft and stays on the page', async () => {
		const db = fresh_db();
		const portal = await open(db);
		await prepare(portal);
		portal.navigate.mockClear();
		vi.spyOn(db.dossiers, 'add').mockRejectedValue(quota_error());
		const filed = await portal.submit(birth);
		expect(filed.ok).toBe(false);
		expect(portal.navigate).not.toHaveBeenCalled();
		expect(portal.draft?.agency?.ward).toBe('Phường Hồng Bàng');
		expect(await db.drafts.count()).toBe(1);
		expect(await db.dossiers.count()).toBe(0);
		expect(await db.messages.count()).toBe(0);
		expect(save_problem.current).not.toBeNull();
	});
});

describe('files', () => {
	it('deletes a replaced or removed device file from storage', async () => {
		const db = fresh_db();
		const portal = await open(db);
		await portal.start_application(birth.id);
		for (const name of ['1.jpg', '2.jpg', '3.jpg', '4.jpg']) {
			expect(await portal.attach_device_file(document(), scan(name, 3 * 1024 * 1024))).toBeNull();
			expect(await db.files.count()).toBe(1);
		}
		expect((await db.files.toArray())[0].name).toBe('4.jpg');
		expect((await portal.attach_sample(document(), '/samples/giay-chung-sinh.png')).ok).toBe(true);
		expect(await db.files.count()).toBe(0);
		await portal.attach_device_file(document(), scan('5.jpg'));
		expect((await portal.remove_attachment(document().id)).ok).toBe(true);
		expect(await db.files.count()).toBe(0);
		await vi.waitFor(() => expect(portal.draft?.attachments).toEqual([]));
	});
});

describe('text a learner types', () => {
	it('is stored as NFC without invisible characters', async () => {
		const db = fresh_db();
		const portal = await open(db);
		await portal.start_application(birth.id);
		await portal.set_answers({
			child_full_name: '\u200BNGUYE\u0302\u0303N VA\u0306N\u00AD AN\u202E',
			mother_address: { province: 'P', ward: 'W', street: 'Số\u200D 1' }
		});
		const [stored] = await db.drafts.toArray();
		expect(stored.answers.child_full_name).toBe('NGUYỄN VĂN AN');
		expect(stored.answers.mother_address).toEqual({ province: 'P', ward: 'W', street: 'Số 1' });
	});
});

describe('lessons and free practice', () => {
	it('a lesson starting never signs her out of free practice nor touches its dossiers or mailbox', async () => {
		const db = fresh_db();
		const free = await open(db, PRACTICE);
		await free.unlock();
		await db.sandbox_sessions.update(['lan', PRACTICE], { signed_in: true });
		const dossier = await file(free);
		const before = {
			session: await load_session(db, free.key),
			dossiers: await list_dossiers(db, free.key),
			messages: await list_messages(db, free.key)
		};

		expect([LESSON, is_lesson_sandbox(LESSON), is_lesson_sandbox(PRACTICE)]).toEqual([
			'lesson:nop-ho-so-khai-sinh',
			true,
			false
		]);
		const lesson = await open(db, LESSON);
		expect(lesson.session.signed_in).toBe(false);
		expect(lesson.dossiers).toEqual([]);
		expect((await lesson.apply_setup({ signed_in: false, location: '/' }, birth.id)).ok).toBe(true);
		await file(lesson);
		await lesson.fast_forward(2);

		expect({
			session: await load_session(db, free.key),
			dossiers: await list_dossiers(db, free.key),
			messages: await list_messages(db, free.key)
		}).toEqual(before);
		expect(free.dossiers.map((d) => d.id)).toEqual([dossier.id]);
		expect(free.session.signed_in).toBe(true);
	});

	it('a new lesson attempt starts from an empty lesson sandbox; "Làm lại từ đầu" clears only its own', async () => {
		const db = fresh_db();
		const free = await open(db, PRACTICE);
		const lesson = await open(db, LESSON);
		await file(free);
		await file(lesson);
		await lesson.fast_forward(1);

		// resuming keeps the lesson's sandbox: a new Portal on it finds it as she left it
		const resumed = await open(db, LESSON);
		expect(resumed.dossiers).toHaveLength(1);
		expect(resumed.session.clock_offset_days).toBe(1);

		// a new attempt clears the lesson sandbox only
		await resumed.apply_setup({ signed_in: true, location: '/' });
		expect(await list_dossiers(db, resumed.key)).toEqual([]);
		expect((await load_session(db, resumed.key)).signed_in).toBe(true);
		expect(await list_dossiers(db, free.key)).toHaveLength(1);

		await file(resumed);
		expect((await free.reset()).ok).toBe(true);
		expect(await list_dossiers(db, free.key)).toEqual([]);
		expect(await list_dossiers(db, resumed.key)).toHaveLength(1);
		expect((await resumed.reset()).ok).toBe(true);
		expect(await list_dossiers(db, resumed.key)).toEqual([]);
		expect(await db.learners.count()).toBe(0);
	});
});

describe('a lesson that pins its practice date', () => {
	it('runs its sandbox on that date, moves on from it, and leaves free practice on the device’s', async () => {
		const db = fresh_db();
		const free = await open(db, PRACTICE);
		const lesson = await open(db, LESSON);
		const setup = { signed_in: true, location: '/', practice_date: '2026-10-20' };
		expect((await lesson.apply_setup(setup, birth.id)).ok).toBe(true);
		expect(lesson.today).toBe('2026-10-20');
		const dossier = await file(lesson);
		expect(dossier.submitted_at.slice(0, 10)).toBe('2026-10-20');
		expect(dossier.code).toContain('-261020-');
		expect(['2026-10-21', '2026-10-22']).toContain(dossier.appointment_date);

		await lesson.fast_forward(1);
		expect(lesson.today).toBe('2026-10-21');
		// a second tab, or a resume, opens the lesson on the same practice day
		expect((await open(db, LESSON)).today).toBe('2026-10-21');

		// free practice ignores a pinned date
		await free.apply_setup(setup, birth.id);
		expect((await load_session(db, free.key)).clock_start).toBeUndefined();
	});
});

/** A plain copy of reactive state, as the screen would show it. */
function $state_snapshot<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
