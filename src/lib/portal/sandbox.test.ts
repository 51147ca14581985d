import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { create_test_database, SANDBOX_TABLES, type CdsDatabase } from '$lib/db/database';
import { OPEN_PORTAL_YOURSELF } from './logic/lifecycle';
import { parse_procedure } from '$lib/content/procedure-schema';
import type { Procedure } from './model';
import type { Dossier, DossierDraft, PortalSession } from './records';
import {
	add_messages,
	advance_dossiers,
	list_dossiers,
	list_messages,
	load_dossier,
	load_draft,
	load_file,
	load_session,
	new_draft,
	new_session,
	reset_sandbox,
	save_file,
	change_session,
	sim_stamp,
	store_step,
	submit_draft as submit_stored
} from './sandbox';

const practice = (learner_id: string) => ({ learner_id, sandbox: 'practice' });

/** Stores a draft as the portal would have written it. */
async function save_draft(db: CdsDatabase, draft: DossierDraft) {
	await db.drafts.put(structuredClone({ ...draft, updated_at: Date.now() }));
}

/** Stores the draft, then files it; returns the dossier. */
async function submit_draft(db: CdsDatabase, draft: DossierDraft, procedure: Procedure, now: Date) {
	if (!(await db.drafts.get(draft.id))) await save_draft(db, draft);
	return (await submit_stored(db, practice(draft.learner_id), draft.id, procedure, now)).dossier;
}

/** Saves a whole session (tests only: the portal changes single fields). */
async function save_session(db: CdsDatabase, session: PortalSession) {
	await change_session(db, session, session);
}

const PROCEDURE_FILE = 'content/procedures/dang-ky-khai-sinh.yaml';
let birth: Procedure;
beforeAll(() => {
	birth = parse_procedure(PROCEDURE_FILE, readFileSync(PROCEDURE_FILE, 'utf8'));
});

// Monday 23/11/2026; Tuesday 24/11/2026 is a day off (Ngày Văn hóa Việt Nam, data/holidays.ts).
const MONDAY_1459 = () => new Date(2026, 10, 23, 14, 59);
const MONDAY_1500 = () => new Date(2026, 10, 23, 15, 0);
const TUESDAY_0900 = () => new Date(2026, 10, 24, 9, 0);

const opened: CdsDatabase[] = [];
function fresh_db() {
	const db = create_test_database('sandbox');
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

/** A draft with everything submit_draft needs. */
function complete_draft(learner_id: string): DossierDraft {
	return {
		...new_draft(practice(learner_id), 'dang-ky-khai-sinh'),
		agency: { province: 'Thành phố Hà Nội', ward: 'Phường Hoàn Kiếm' },
		answers: {
			child_full_name: 'NGUYỄN VĂN AN',
			child_sex: 'nam',
			mother_address: { province: 'Thành phố Hà Nội', ward: 'Phường Hoàn Kiếm', street: 'Số 1' }
		},
		attachments: [
			{
				document_id: 'birth_certificate',
				source: 'sample',
				name: 'giay-chung-sinh.png',
				type: 'image/png',
				size: 2048,
				ref: '/samples/giay-chung-sinh.png'
			}
		],
		receive: { method: 'online' }
	};
}

function receipt_text(code: string, appointment: string) {
	return `Hồ sơ Thủ tục đăng ký khai sinh đã nộp thành công. Mã hồ sơ: ${code}. Ngày hẹn trả kết quả: ${appointment}. ${OPEN_PORTAL_YOURSELF} Đây là tin nhắn của bản tập.`;
}

async function count_all(db: CdsDatabase) {
	const counts: Record<string, number> = {};
	for (const name of SANDBOX_TABLES) counts[name] = await db.table(name).count();
	return counts;
}

describe('the procedure fixture', () => {
	it('is the shipped birth registration, 1 working day, free, no supplement', () => {
		expect(birth.id).toBe('dang-ky-khai-sinh');
		expect(birth.name).toBe('Thủ tục đăng ký khai sinh');
		expect(birth.processing_time.working_days).toBe(1);
		expect(birth.scenario.supplement).toBeUndefined();
	});
});

describe('sim_stamp', () => {
	it('writes a local moment as YYYY-MM-DDTHH:mm with zero padding', () => {
		expect(sim_stamp(new Date(2026, 0, 5, 7, 3))).toBe('2026-01-05T07:03');
		expect(sim_stamp(MONDAY_1459())).toBe('2026-11-23T14:59');
		expect(sim_stamp(new Date(2026, 11, 31, 23, 59, 59))).toBe('2026-12-31T23:59');
	});
});

describe('sessions', () => {
	it('gives a signed-out session with a clock at real time when nothing is stored', async () => {
		vi.spyOn(Date, 'now').mockReturnValue(1234);
		const db = fresh_db();
		expect(await load_session(db, practice('lan'))).toEqual({
			learner_id: 'lan',
			sandbox: 'practice',
			signed_in: false,
			otp_pending: false,
			password_failures: 0,
			otp_failures: 0,
			locked: false,
			clock_offset_days: 0,
			location: '/',
			updated_at: 1234
		});
		expect(await db.sandbox_sessions.count()).toBe(0);
	});

	it('saves a session with a fresh updated_at and loads it back', async () => {
		const db = fresh_db();
		const now = vi.spyOn(Date, 'now').mockReturnValue(1000);
		const session: PortalSession = {
			...new_session(practice('lan')),
			signed_in: true,
			location: '/hs'
		};
		now.mockReturnValue(5000);
		await save_session(db, session);
		expect(await load_session(db, practice('lan'))).toEqual({ ...session, updated_at: 5000 });
		expect(session.updated_at).toBe(1000);
	});
});

describe('drafts', () => {
	it('starts a new empty draft for a procedure with nothing stored', async () => {
		const db = fresh_db();
		const draft = await load_draft(db, practice('lan'), 'dang-ky-khai-sinh');
		expect(draft).toMatchObject({
			learner_id: 'lan',
			procedure_id: 'dang-ky-khai-sinh',
			answers: {},
			attachments: [],
			payment_failures: 0
		});
		expect(draft.id).toMatch(/^[0-9a-f-]{36}$/);
		expect(draft.agency).toBeUndefined();
		expect(await db.drafts.count()).toBe(0);
	});

	it('saves a copy with a fresh updated_at and finds it by learner and procedure', async () => {
		const db = fresh_db();
		vi.spyOn(Date, 'now').mockReturnValue(7777);
		const draft = complete_draft('lan');
		await save_draft(db, draft);
		(draft.answers as Record<string, unknown>).child_full_name = 'changed after saving';
		const loaded = await load_draft(db, practice('lan'), 'dang-ky-khai-sinh');
		expect(loaded.id).toBe(draft.id);
		expect(loaded.updated_at).toBe(7777);
		expect(loaded.answers.child_full_name).toBe('NGUYỄN VĂN AN');
		expect((await load_draft(db, practice('lan'), 'dang-ky-thuong-tru')).id).not.toBe(draft.id);
	});
});

describe('two learners on one device', () => {
	it('never see each other’s session, drafts, dossiers, messages or files', async () => {
		const db = fresh_db();
		await save_session(db, { ...new_session(practice('lan')), signed_in: true });
		const lan_draft = complete_draft('lan');
		await save_draft(db, lan_draft);
		const lan_dossier = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const lan_file = await save_file(db, practice('lan'), new File(['scan'], 'scan.png'));

		expect((await load_session(db, practice('binh'))).signed_in).toBe(false);
		const binh_draft = await load_draft(db, practice('binh'), 'dang-ky-khai-sinh');
		expect(binh_draft.id).not.toBe(lan_draft.id);
		expect(binh_draft.answers).toEqual({});
		expect(await list_dossiers(db, practice('binh'))).toEqual([]);
		expect(await load_dossier(db, 'binh', lan_dossier.id)).toBeUndefined();
		expect(await list_messages(db, practice('binh'))).toEqual([]);
		expect(await load_file(db, 'binh', lan_file.id)).toBeUndefined();

		// and Lan still sees all of her own
		expect((await load_session(db, practice('lan'))).signed_in).toBe(true);
		expect((await load_draft(db, practice('lan'), 'dang-ky-khai-sinh')).id).toBe(lan_draft.id);
		expect(await load_dossier(db, 'lan', lan_dossier.id)).toEqual(lan_dossier);
		expect((await list_messages(db, practice('lan'))).length).toBe(2);
		expect((await load_file(db, 'lan', lan_file.id))?.name).toBe('scan.png');
	});

	it('gives each learner their own daily code sequence', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const binh = await submit_draft(db, complete_draft('binh'), birth, MONDAY_1459());
		expect(lan.code).toBe('000.00.99.H99-261123-0001');
		expect(binh.code).toBe('000.00.99.H99-261123-0001');
		expect((await list_dossiers(db, practice('lan'))).map((d) => d.id)).toEqual([lan.id]);
		expect((await list_dossiers(db, practice('binh'))).map((d) => d.id)).toEqual([binh.id]);
	});

	it('returns undefined for a dossier id that does not exist', async () => {
		const db = fresh_db();
		expect(await load_dossier(db, 'lan', 'no-such-id')).toBeUndefined();
		expect(await load_file(db, 'lan', 'no-such-id')).toBeUndefined();
	});
});

describe('submit_draft', () => {
	it('files the draft as a new dossier with the practice code and the appointment', async () => {
		const db = fresh_db();
		const draft = complete_draft('lan');
		draft.payment = {
			amount: 0,
			method: 'free',
			transaction_no: 'T1',
			paid_at: '2026-11-23T14:50'
		};
		await save_draft(db, draft);
		const dossier = await submit_draft(db, draft, birth, MONDAY_1459());
		const expected: Dossier = {
			id: dossier.id,
			learner_id: 'lan',
			sandbox: 'practice',
			procedure_id: 'dang-ky-khai-sinh',
			procedure_name: 'Thủ tục đăng ký khai sinh',
			code: '000.00.99.H99-261123-0001',
			agency: { province: 'Thành phố Hà Nội', ward: 'Phường Hoàn Kiếm' },
			answers: draft.answers,
			attachments: draft.attachments,
			receive: { method: 'online' },
			payment: { amount: 0, method: 'free', transaction_no: 'T1', paid_at: '2026-11-23T14:50' },
			submitted_at: '2026-11-23T14:59',
			received_date: '2026-11-23',
			appointment_date: '2026-11-25',
			status: 'moi-dang-ky',
			history: [{ status: 'moi-dang-ky', at: '2026-11-23T14:59' }],
			draft_id: draft.id
		};
		expect(dossier).toEqual(expected);
		expect(dossier.id).not.toBe(draft.id);
		expect(await db.dossiers.get(dossier.id)).toEqual(expected);
		// copies, not the draft's own objects
		expect(dossier.answers).not.toBe(draft.answers);
		expect(dossier.attachments).not.toBe(draft.attachments);
	});

	it('issues -0001 then -0002 the same day and -0001 again the next day', async () => {
		const db = fresh_db();
		const first = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const second = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1500());
		const next_day = await submit_draft(db, complete_draft('lan'), birth, TUESDAY_0900());
		expect([first.code, second.code, next_day.code]).toEqual([
			'000.00.99.H99-261123-0001',
			'000.00.99.H99-261123-0002',
			'000.00.99.H99-261124-0001'
		]);
	});

	it('keeps the rest of the session and remembers the filing in it', async () => {
		const db = fresh_db();
		await save_session(db, {
			...new_session(practice('lan')),
			signed_in: true,
			clock_offset_days: 3,
			location: '/nop-ho-so'
		});
		const draft = complete_draft('lan');
		const dossier = await submit_draft(db, draft, birth, MONDAY_1459());
		expect(await load_session(db, practice('lan'))).toMatchObject({
			signed_in: true,
			clock_offset_days: 3,
			location: '/nop-ho-so',
			last_filed: { procedure_id: birth.id, dossier_id: dossier.id, draft_id: draft.id }
		});
	});

	it('gives every dossier its own code across procedures, offices and many filings a day', async () => {
		const db = fresh_db();
		const offices = [
			{ province: 'Thành phố Hà Nội', ward: 'Phường Hoàn Kiếm' },
			{ province: 'Thành phố Hải Phòng', ward: 'Phường Hồng Bàng' },
			{ province: 'Thành phố Hải Phòng', ward: 'Phường Hồng An' }
		];
		const codes: string[] = [];
		for (let i = 0; i < 12; i++) {
			const draft = {
				...complete_draft('lan'),
				procedure_id: i % 2 ? 'dang-ky-thuong-tru' : 'dang-ky-khai-sinh',
				agency: offices[i % 3]
			};
			codes.push((await submit_draft(db, draft, birth, MONDAY_1459())).code);
		}
		codes.push((await submit_draft(db, complete_draft('lan'), birth, TUESDAY_0900())).code);
		expect(new Set(codes).size).toBe(13);
		expect(codes.slice(0, 4)).toEqual([
			'000.00.99.H99-261123-0001',
			'000.01.99.H99-261123-0001',
			'000.02.99.H99-261123-0001',
			'000.00.99.H99-261123-0002'
		]);
		expect(codes.at(-2)).toBe('000.02.99.H99-261123-0004');
		// the same office keeps its code on the next day
		expect(codes.at(-1)).toBe('000.00.99.H99-261124-0001');
	});

	it('files a draft once: filing it again returns the same dossier and writes nothing', async () => {
		const db = fresh_db();
		const draft = complete_draft('lan');
		await save_draft(db, draft);
		const [one, two] = await Promise.all([
			submit_stored(db, practice('lan'), draft.id, birth, MONDAY_1459()),
			submit_stored(db, practice('lan'), draft.id, birth, MONDAY_1459())
		]);
		expect(one.dossier.id).toBe(two.dossier.id);
		expect([one.filed_now, two.filed_now].sort()).toEqual([false, true]);
		const again = await submit_stored(db, practice('lan'), draft.id, birth, MONDAY_1500());
		expect(again).toMatchObject({ filed_now: false, dossier: { id: one.dossier.id } });
		expect(await count_all(db)).toMatchObject({ dossiers: 1, messages: 2, drafts: 0 });
	});

	it('counts from the same day before 15:00 and from the next working day at 15:00', async () => {
		const db = fresh_db();
		const before = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const at_cutoff = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1500());
		// 14:59 Monday counts from Monday; 1 working day later skips the day off on Tuesday
		expect(before.received_date).toBe('2026-11-23');
		expect(before.appointment_date).toBe('2026-11-25');
		// 15:00 Monday counts from Wednesday (Tuesday is off), due Thursday
		expect(at_cutoff.received_date).toBe('2026-11-25');
		expect(at_cutoff.appointment_date).toBe('2026-11-26');
		expect(at_cutoff.submitted_at).toBe('2026-11-23T15:00');
	});

	it('removes the draft and sends the receipt by SMS and e-mail with the code', async () => {
		const db = fresh_db();
		const draft = complete_draft('lan');
		await save_draft(db, draft);
		const other = { ...new_draft(practice('lan'), 'dang-ky-thuong-tru'), agency: draft.agency };
		await save_draft(db, other);

		const dossier = await submit_draft(db, draft, birth, MONDAY_1459());

		expect(await db.drafts.get(draft.id)).toBeUndefined();
		expect((await db.drafts.toArray()).map((d) => d.id)).toEqual([other.id]);
		const body = receipt_text('000.00.99.H99-261123-0001', '25/11/2026');
		const messages = await list_messages(db, practice('lan'));
		expect(messages.map((m) => m.kind).sort()).toEqual(['email', 'sms']);
		expect(messages.find((m) => m.kind === 'sms')).toEqual({
			id: expect.any(String),
			learner_id: 'lan',
			sandbox: 'practice',
			kind: 'sms',
			from: 'DVCQG',
			subject: 'Nộp hồ sơ thành công',
			body,
			at: '2026-11-23T14:59',
			dossier_id: dossier.id,
			read: false
		});
		expect(messages.find((m) => m.kind === 'email')).toEqual({
			id: expect.any(String),
			learner_id: 'lan',
			sandbox: 'practice',
			kind: 'email',
			from: 'Cổng DVC (bản tập)',
			subject: 'Biên nhận hồ sơ 000.00.99.H99-261123-0001',
			body,
			at: '2026-11-23T14:59',
			dossier_id: dossier.id,
			read: false
		});
	});

	it.each([
		['an agency', { agency: undefined }],
		['a way to receive the result', { receive: undefined }]
	])('refuses a draft without %s and writes nothing', async (_, missing) => {
		const db = fresh_db();
		const draft = { ...complete_draft('lan'), ...missing };
		await save_draft(db, draft);
		await expect(submit_draft(db, draft, birth, MONDAY_1459())).rejects.toThrow(
			'the draft is not complete'
		);
		expect(await count_all(db)).toEqual({
			sandbox_sessions: 0,
			drafts: 1,
			files: 0,
			dossiers: 0,
			messages: 0
		});
		expect((await db.drafts.get(draft.id))?.id).toBe(draft.id);
	});

	it('leaves nothing behind when the receipt cannot be stored', async () => {
		const db = fresh_db();
		const draft = complete_draft('lan');
		await save_draft(db, draft);
		const bulk_add = vi.spyOn(db.messages, 'bulkAdd').mockRejectedValue(new Error('disk full'));

		await expect(submit_draft(db, draft, birth, MONDAY_1459())).rejects.toThrow('disk full');

		expect(bulk_add).toHaveBeenCalledTimes(1);
		expect(await db.dossiers.count()).toBe(0);
		expect(await db.sandbox_sessions.count()).toBe(0);
		expect(await db.messages.count()).toBe(0);
		expect((await db.drafts.get(draft.id))?.id).toBe(draft.id);

		// the failed attempt did not use up a number
		bulk_add.mockRestore();
		const dossier = await submit_draft(db, draft, birth, MONDAY_1459());
		expect(dossier.code).toBe('000.00.99.H99-261123-0001');
	});
});

describe('listing', () => {
	it('lists a learner’s dossiers newest first', async () => {
		const db = fresh_db();
		const monday = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const tuesday = await submit_draft(db, complete_draft('lan'), birth, TUESDAY_0900());
		const monday_late = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1500());
		expect((await list_dossiers(db, practice('lan'))).map((d) => d.id)).toEqual([
			tuesday.id,
			monday_late.id,
			monday.id
		]);
	});

	it('adds messages unread, for the learner, and lists them newest first', async () => {
		const db = fresh_db();
		const notice = { kind: 'sms' as const, from: 'DVCQG', subject: 'S', body: 'B' };
		const added = await add_messages(db, practice('lan'), [
			{ ...notice, at: '2026-11-23T08:00' },
			{ ...notice, at: '2026-11-25T08:00', subject: 'newest' },
			{ ...notice, at: '2026-11-24T08:00' }
		]);
		expect(added).toHaveLength(3);
		for (const message of added) expect(message).toMatchObject({ learner_id: 'lan', read: false });
		expect(new Set(added.map((m) => m.id)).size).toBe(3);
		expect((await list_messages(db, practice('lan'))).map((m) => m.at)).toEqual([
			'2026-11-25T08:00',
			'2026-11-24T08:00',
			'2026-11-23T08:00'
		]);
		expect((await list_messages(db, practice('lan')))[0].subject).toBe('newest');
	});
});

describe('advance_dossiers', () => {
	// the normal course, without the draft to confirm that online birth registration adds
	const plain = () => new Map([[birth.id, { ...birth, scenario: {} }]]);

	it('moves only the given learner’s dossiers and writes their notices', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const binh = await submit_draft(db, complete_draft('binh'), birth, MONDAY_1459());

		const changed = await advance_dossiers(db, practice('lan'), plain(), '2026-11-23T16:00');

		expect(changed).toHaveLength(1);
		expect(changed[0]).toMatchObject({ id: lan.id, status: 'dang-xu-ly' });
		// received half an hour after filing, the same working day (filed before 15:00)
		expect(changed[0].history).toEqual([
			{ status: 'moi-dang-ky', at: '2026-11-23T14:59' },
			{ status: 'duoc-tiep-nhan', at: '2026-11-23T15:29', note: undefined },
			{ status: 'dang-xu-ly', at: '2026-11-23T15:29', note: undefined }
		]);
		expect(await load_dossier(db, 'lan', lan.id)).toEqual(changed[0]);
		expect(await load_dossier(db, 'binh', binh.id)).toEqual(binh);

		const lan_notices = (await list_messages(db, practice('lan'))).filter(
			(m) => m.at === '2026-11-23T15:29'
		);
		expect(lan_notices.map((m) => [m.kind, m.subject]).sort()).toEqual([
			['email', 'Hồ sơ 000.00.99.H99-261123-0001: Được tiếp nhận'],
			['sms', 'Được tiếp nhận']
		]);
		for (const notice of lan_notices) {
			expect(notice).toMatchObject({ learner_id: 'lan', read: false, dossier_id: lan.id });
		}
		expect(await list_messages(db, practice('lan'))).toHaveLength(4);
		expect(await list_messages(db, practice('binh'))).toHaveLength(2);
	});

	it('changes nothing when no step is due yet (the office receives it after half an hour)', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		expect(await advance_dossiers(db, practice('lan'), plain(), '2026-11-23T15:20')).toEqual([]);
		expect(await load_dossier(db, 'lan', lan.id)).toEqual(lan);
		expect(await db.messages.count()).toBe(2);
	});

	it('runs each step once: a second call at the same moment changes nothing', async () => {
		const db = fresh_db();
		await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		expect(await advance_dossiers(db, practice('lan'), plain(), '2026-11-23T16:00')).toHaveLength(
			1
		);
		expect(await advance_dossiers(db, practice('lan'), plain(), '2026-11-23T16:00')).toEqual([]);
		expect(await db.messages.count()).toBe(4);
	});

	it('runs every step due by a later day, up to the result on the appointment date', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		expect(lan.appointment_date).toBe('2026-11-25'); // Tuesday 24/11 is a day off
		const [done] = await advance_dossiers(db, practice('lan'), plain(), '2026-11-30');
		expect(done.status).toBe('da-tra-ket-qua');
		expect(done.history.map((h) => [h.status, h.at])).toEqual([
			['moi-dang-ky', '2026-11-23T14:59'],
			['duoc-tiep-nhan', '2026-11-23T15:29'],
			['dang-xu-ly', '2026-11-23T15:29'],
			['da-xu-ly-xong', '2026-11-25T08:00'],
			['da-tra-ket-qua', '2026-11-25T08:00']
		]);
		// receipt (2) + accepted (2) + returned online with the decision (2)
		expect(await db.messages.where({ learner_id: 'lan' }).count()).toBe(6);
		expect((await load_dossier(db, 'lan', lan.id))?.status).toBe('da-tra-ket-qua');
	});

	it('skips a dossier whose procedure is not given', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		expect(await advance_dossiers(db, practice('lan'), new Map(), '2026-11-30')).toEqual([]);
		expect(await load_dossier(db, 'lan', lan.id)).toEqual(lan);
	});
});

describe('store_step', () => {
	it('saves the dossier and its notices together, as unread messages of its learner', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		const rated = { ...lan, rating: { level: 'hai-long', comment: 'Tốt', at: '2026-11-26T10:00' } };
		await store_step(db, {
			dossier: rated,
			notices: [{ kind: 'email', from: 'X', subject: 'Cảm ơn', body: 'B', at: '2026-11-26T10:00' }]
		});
		expect((await load_dossier(db, 'lan', lan.id))?.rating).toEqual(rated.rating);
		const [newest] = await list_messages(db, practice('lan'));
		expect(newest).toMatchObject({ subject: 'Cảm ơn', learner_id: 'lan', read: false });
	});

	it('stores neither when the notices cannot be stored', async () => {
		const db = fresh_db();
		const lan = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1459());
		vi.spyOn(db.messages, 'bulkAdd').mockRejectedValue(new Error('disk full'));
		await expect(
			store_step(db, { dossier: { ...lan, status: 'cong-dan-rut-ho-so' }, notices: [] })
		).rejects.toThrow('disk full');
		expect((await load_dossier(db, 'lan', lan.id))?.status).toBe('moi-dang-ky');
	});
});

describe('reset_sandbox', () => {
	it('clears one learner’s sandbox and leaves another’s and the learners intact', async () => {
		const db = fresh_db();
		await db.learners.bulkAdd([
			{ id: 'lan', name: 'Bà Lan', avatar: 'hoa-sen', created_at: 1, last_active_at: 1 },
			{ id: 'binh', name: 'Ông Bình', avatar: 'con-ca', created_at: 1, last_active_at: 1 }
		]);
		await db.settings.put({ learner_id: 'lan', text_scale: 1.25, contrast: 'high', updated_at: 1 });
		for (const learner of ['lan', 'binh']) {
			await save_session(db, { ...new_session(practice(learner)), signed_in: true });
			await save_draft(db, { ...complete_draft(learner), procedure_id: 'dang-ky-thuong-tru' });
			await submit_draft(db, complete_draft(learner), birth, MONDAY_1459());
			await save_file(
				db,
				practice(learner),
				new File([learner], `${learner}.png`, { type: 'image/png' })
			);
		}
		const binh_before = {
			session: await db.sandbox_sessions.get(['binh', 'practice']),
			drafts: await db.drafts.where({ learner_id: 'binh' }).toArray(),
			files: await db.files.where({ learner_id: 'binh' }).count(),
			dossiers: await list_dossiers(db, practice('binh')),
			messages: await list_messages(db, practice('binh'))
		};

		await reset_sandbox(db, practice('lan'));

		expect(await db.sandbox_sessions.get(['lan', 'practice'])).toBeUndefined();
		for (const name of SANDBOX_TABLES.filter((n) => n !== 'sandbox_sessions')) {
			expect(await db.table(name).where({ learner_id: 'lan' }).count()).toBe(0);
		}
		expect({
			session: await db.sandbox_sessions.get(['binh', 'practice']),
			drafts: await db.drafts.where({ learner_id: 'binh' }).toArray(),
			files: await db.files.where({ learner_id: 'binh' }).count(),
			dossiers: await list_dossiers(db, practice('binh')),
			messages: await list_messages(db, practice('binh'))
		}).toEqual(binh_before);
		expect(binh_before.session?.signed_in).toBe(true);
		expect(binh_before.drafts).toHaveLength(1);
		expect(binh_before.files).toBe(1);
		expect(binh_before.dossiers).toHaveLength(1);
		expect(binh_before.messages).toHaveLength(2);
		expect((await db.learners.toArray()).map((l) => l.id).sort()).toEqual(['binh', 'lan']);
		expect(await db.settings.get('lan')).toMatchObject({ text_scale: 1.25 });
		// a new start: the day's numbering begins again at 0001
		const again = await submit_draft(db, complete_draft('lan'), birth, MONDAY_1500());
		expect(again.code).toBe('000.00.99.H99-261123-0001');
	});
});

describe('files', () => {
	it('records a device file (jsdom File) for its owner only', async () => {
		const db = fresh_db();
		const file = new File(['giấy chứng sinh'], 'giay-chung-sinh.jpg', { type: 'image/jpeg' });
		const record = await save_file(db, practice('lan'), file);
		expect(record).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			learner_id: 'lan',
			sandbox: 'practice',
			name: 'giay-chung-sinh.jpg',
			type: 'image/jpeg',
			size: 19,
			blob: file
		});
		expect(await load_file(db, 'lan', record.id)).toMatchObject({
			id: record.id,
			learner_id: 'lan',
			name: 'giay-chung-sinh.jpg',
			type: 'image/jpeg',
			size: 19
		});
		expect(await load_file(db, 'binh', record.id)).toBeUndefined();
	});

	it('round-trips the bytes of a file for its owner only', async () => {
		// fake-indexeddb copies records with Node's structuredClone, which cannot copy jsdom's
		// Blob (browsers can): Node's own File stands in for the one a browser would give.
		const db = fresh_db();
		const file = new NodeFile(['giấy chứng sinh'], 'giay-chung-sinh.jpg', { type: 'image/jpeg' });
		const record = await save_file(db, practice('lan'), file as unknown as File);
		const loaded = await load_file(db, 'lan', record.id);
		expect(loaded?.name).toBe('giay-chung-sinh.jpg');
		expect(loaded?.blob).not.toBe(file);
		expect(loaded?.blob.size).toBe(19);
		expect(loaded?.blob.type).toBe('image/jpeg');
		expect(await loaded?.blob.text()).toBe('giấy chứng sinh');
		expect(await load_file(db, 'binh', record.id)).toBeUndefined();
	});

	it('gives every saved file its own id', async () => {
		const db = fresh_db();
		const one = await save_file(db, practice('lan'), new File(['a'], 'same.png'));
		const two = await save_file(db, practice('lan'), new File(['b'], 'same.png'));
		expect(one.id).not.toBe(two.id);
		expect(await db.files.where({ learner_id: 'lan' }).count()).toBe(2);
	});
});
