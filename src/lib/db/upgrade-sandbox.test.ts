import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { list_dossiers, list_messages, load_draft, load_session } from '$lib/portal/sandbox';
import { CdsDatabase, delete_sandbox_records, SANDBOX_TABLES } from './database';

/** The schemas the site shipped as versions 2 and 3, declared by hand as the old app did. */
const V1 = { learners: 'id, last_active_at', settings: 'learner_id' };
const V2 = {
	sessions: 'learner_id',
	drafts: 'id, learner_id, [learner_id+procedure_id]',
	files: 'id, learner_id',
	dossiers: 'id, learner_id, [learner_id+code]',
	messages: 'id, learner_id, [learner_id+at]'
};
const V3 = {
	progress: '[learner_id+lesson_id], learner_id',
	statements: 'id, learner_id, [learner_id+timestamp]'
};

/** Sandbox records as versions 2 and 3 wrote them: no sandbox, sessions keyed by learner. */
function old_records(learner_id: string) {
	return {
		sessions: [
			{
				learner_id,
				signed_in: true,
				otp_pending: false,
				password_failures: 1,
				otp_failures: 0,
				locked: false,
				clock_offset_days: 4,
				location: '/ho-so-cua-toi',
				code_sequence: { '2026-11-23': 2 },
				updated_at: 1
			}
		],
		drafts: [
			{
				id: `${learner_id}-draft`,
				learner_id,
				procedure_id: 'dang-ky-khai-sinh',
				answers: { child_full_name: 'NGUYỄN VĂN AN' },
				attachments: [],
				payment_failures: 0,
				updated_at: 1
			}
		],
		files: [
			{
				id: `${learner_id}-file`,
				learner_id,
				name: 'a.png',
				type: 'image/png',
				size: 1,
				blob: new Blob(['a'])
			}
		],
		dossiers: ['0001', '0002'].map((n) => ({
			id: `${learner_id}-dossier-${n}`,
			learner_id,
			procedure_id: 'dang-ky-khai-sinh',
			procedure_name: 'Thủ tục đăng ký khai sinh',
			code: `000.00.99.H99-261123-${n}`,
			agency: { province: 'P', ward: 'W' },
			answers: {},
			attachments: [],
			receive: { method: 'online' },
			submitted_at: `2026-11-23T14:5${n.at(-1)}`,
			received_date: '2026-11-23',
			appointment_date: '2026-11-25',
			status: 'moi-dang-ky',
			history: [{ status: 'moi-dang-ky', at: '2026-11-23T14:59' }]
		})),
		messages: [
			{
				id: `${learner_id}-message`,
				learner_id,
				kind: 'sms',
				from: 'DVCQG',
				subject: 'S',
				body: 'B',
				at: '2026-11-23T14:59',
				read: false
			}
		]
	};
}

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) db.close();
	for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes two learners' sandboxes with a Dexie that knows only versions up to `version`. */
async function write_old(version: 2 | 3) {
	const name = `upgrade-sandbox-${crypto.randomUUID()}`;
	names.push(name);
	const old = new Dexie(name);
	old.version(1).stores(V1);
	old.version(2).stores(V2);
	if (version === 3) old.version(3).stores(V3);
	await old.open();
	for (const learner of ['lan', 'binh']) {
		await old.table('learners').add({ id: learner, name: learner, avatar: 'hoa-sen' });
		for (const [table, records] of Object.entries(old_records(learner))) {
			await old.table(table).bulkAdd(records);
		}
	}
	if (version === 3) {
		await old.table('progress').add({ learner_id: 'lan', lesson_id: 'l1', status: 'completed' });
	}
	expect(old.verno).toBe(version);
	old.close();
	const db = new CdsDatabase(name);
	opened.push(db);
	await db.open();
	return db;
}

const practice = (learner_id: string) => ({ learner_id, sandbox: 'practice' });

describe.each([2, 3] as const)('upgrading sandbox data written by version %i', (version) => {
	it('keeps every record, each in the learner’s free-practice sandbox', async () => {
		const db = await write_old(version);
		expect(db.verno).toBe(9);
		for (const learner of ['lan', 'binh']) {
			const old = old_records(learner);
			const { updated_at, ...session } = old.sessions[0];
			expect(await load_session(db, practice(learner))).toEqual({
				...session,
				updated_at,
				sandbox: 'practice'
			});
			expect(await load_draft(db, practice(learner), 'dang-ky-khai-sinh')).toEqual({
				...old.drafts[0],
				sandbox: 'practice'
			});
			expect((await list_dossiers(db, practice(learner))).map((d) => [d.code, d.sandbox])).toEqual([
				['000.00.99.H99-261123-0002', 'practice'],
				['000.00.99.H99-261123-0001', 'practice']
			]);
			expect(await list_messages(db, practice(learner))).toEqual([
				{ ...old.messages[0], sandbox: 'practice' }
			]);
			const file = await db.files.get(`${learner}-file`);
			expect(file).toMatchObject({ learner_id: learner, sandbox: 'practice', name: 'a.png' });
		}
		if (version === 3) {
			expect(await db.progress.get(['lan', 'l1'])).toMatchObject({ status: 'completed' });
		}
	});

	it('moves the sessions to the table keyed by learner and sandbox and drops the old one', async () => {
		const db = await write_old(version);
		expect(db.tables.map((t) => t.name)).not.toContain('sessions');
		expect(await db.sandbox_sessions.count()).toBe(2);
		expect(await db.sandbox_sessions.get(['lan', 'practice'])).toMatchObject({
			clock_offset_days: 4,
			signed_in: true
		});
		// a lesson's sandbox starts empty: nothing from free practice leaks into it
		const lesson = { learner_id: 'lan', sandbox: 'lesson:l1' };
		expect((await load_session(db, lesson)).signed_in).toBe(false);
		expect(await list_dossiers(db, lesson)).toEqual([]);
	});

	it('still deletes every sandbox of a removed learner, and only hers', async () => {
		const db = await write_old(version);
		await db.sandbox_sessions.put({
			...(await load_session(db, practice('lan'))),
			sandbox: 'lesson:l1'
		});
		await delete_sandbox_records(db, 'lan');
		for (const table of SANDBOX_TABLES) {
			expect(await db.table(table).where({ learner_id: 'lan' }).count()).toBe(0);
			expect(await db.table(table).where({ learner_id: 'binh' }).count()).toBeGreaterThan(0);
		}
	});
});
