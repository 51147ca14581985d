import { afterEach, describe, expect, it, vi } from 'vitest';
import { create_test_database, SANDBOX_TABLES, type CdsDatabase } from '$lib/db/database';
import {
	add_learner,
	check_learner_name,
	learner_tables,
	list_learners,
	NAME_MAX,
	remove_learner,
	touch_learner,
	try_pin,
	update_learner
} from './learners';
import { clean_learner_name } from './names';
import { hash_pin, pin_matches, type PinRecord } from './pin';

const EMPTY = 'Nhập tên của bạn, ví dụ: Bà Lan';
const TOO_LONG = 'Tên dài quá, hãy viết không quá 40 chữ cái';
const TAKEN = 'Tên này đã có trên máy. Hãy thêm một chữ cho dễ phân biệt, ví dụ: Bà Lan tổ 5';

const opened: CdsDatabase[] = [];
function fresh_db() {
	const db = create_test_database('learners');
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

/** One record in every sandbox table, plus settings, for a learner. */
async function fill_learner_data(db: CdsDatabase, learner_id: string) {
	await db.settings.put({ learner_id, text_scale: 1.25, contrast: 'high', updated_at: 1 });
	await db.sandbox_sessions.put({
		learner_id,
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
	await db.drafts.add({
		id: `${learner_id}-draft`,
		learner_id,
		sandbox: 'practice',
		procedure_id: 'dang-ky-khai-sinh',
		answers: {},
		attachments: [],
		payment_failures: 0,
		updated_at: 1
	});
	await db.files.add({
		id: `${learner_id}-file`,
		learner_id,
		sandbox: 'practice',
		name: 'a.png',
		type: 'image/png',
		size: 1,
		blob: new Blob(['a'])
	});
	await db.dossiers.add({
		id: `${learner_id}-dossier`,
		learner_id,
		sandbox: 'practice',
		procedure_id: 'dang-ky-khai-sinh',
		procedure_name: 'Thủ tục đăng ký khai sinh',
		code: '000.00.99.H99-261123-0001',
		agency: { province: 'P', ward: 'W' },
		answers: {},
		attachments: [],
		receive: { method: 'online' },
		submitted_at: '2026-11-23T14:59',
		received_date: '2026-11-23',
		appointment_date: '2026-11-25',
		status: 'moi-dang-ky',
		history: [{ status: 'moi-dang-ky', at: '2026-11-23T14:59' }]
	});
	await db.messages.add({
		id: `${learner_id}-message`,
		learner_id,
		sandbox: 'practice',
		kind: 'sms',
		from: 'DVCQG',
		subject: 'S',
		body: 'B',
		at: '2026-11-23T14:59',
		read: false
	});
}

/** How many records of a learner each table holds. */
async function counts_for(db: CdsDatabase, learner_id: string) {
	const counts: Record<string, number> = {
		learners: (await db.learners.get(learner_id)) ? 1 : 0,
		settings: (await db.settings.get(learner_id)) ? 1 : 0,
		sessions: await db.sandbox_sessions.where({ learner_id }).count()
	};
	for (const name of SANDBOX_TABLES.filter((n) => n !== 'sandbox_sessions')) {
		counts[name] = await db.table(name).where({ learner_id }).count();
	}
	return counts;
}

const ALL_ONE = {
	learners: 1,
	settings: 1,
	sessions: 1,
	drafts: 1,
	files: 1,
	dossiers: 1,
	messages: 1
};
const ALL_ZERO = {
	learners: 0,
	settings: 0,
	sessions: 0,
	drafts: 0,
	files: 0,
	dossiers: 0,
	messages: 0
};

describe('check_learner_name', () => {
	it.each(['', '   ', '\t\n', '\u00a0'])('asks for a name when given %j', (name) => {
		expect(check_learner_name(name, [])).toBe(EMPTY);
	});

	it(`accepts ${NAME_MAX} letters and refuses ${NAME_MAX + 1}`, () => {
		expect(NAME_MAX).toBe(40);
		expect(check_learner_name('a'.repeat(40), [])).toBeNull();
		expect(check_learner_name('a'.repeat(41), [])).toBe(TOO_LONG);
	});

	it('counts letters after normalising: 40 Vietnamese letters typed in NFD are accepted', () => {
		const nfd = 'ễ'.repeat(40).normalize('NFD');
		expect(nfd.length).toBe(120);
		expect(check_learner_name(nfd, [])).toBeNull();
	});

	it('counts letters after collapsing spaces', () => {
		const name = `${'a'.repeat(19)}      ${'b'.repeat(20)}`;
		expect(check_learner_name(name, [])).toBeNull();
		expect(check_learner_name(`${name}b`, [])).toBe(TOO_LONG);
	});

	it('refuses a name already on the device, ignoring case, spaces and normal form', () => {
		const others = [{ name: 'Bà Lan' }, { name: 'Ông Bình' }];
		expect(check_learner_name('Bà Lan', others)).toBe(TAKEN);
		expect(check_learner_name('BÀ LAN', others)).toBe(TAKEN);
		expect(check_learner_name('  bà   lan ', others)).toBe(TAKEN);
		expect(check_learner_name('Ba\u0300 Lan'.normalize('NFD'), others)).toBe(TAKEN);
		expect(check_learner_name('ông bình', others)).toBe(TAKEN);
	});

	it('accepts a name that differs by a tone mark or a word', () => {
		const others = [{ name: 'Bà Lan' }];
		expect(check_learner_name('Ba Lan', others)).toBeNull();
		expect(check_learner_name('Bà Lan tổ 5', others)).toBeNull();
		expect(check_learner_name('Bà Lân', others)).toBeNull();
	});
});

describe('list_learners', () => {
	it('is empty on a new device', async () => {
		expect(await list_learners(fresh_db())).toEqual([]);
	});

	it('sorts by Vietnamese alphabetical order (A < Ă < Â, D < Đ)', async () => {
		const db = fresh_db();
		const names = ['Chú Đức', 'Ông Tư', 'Chú Duy', 'Ân', 'Anh Tú', 'Chú Dũng', 'Bà Lan', 'Ăn'];
		for (const name of names) await add_learner(db, name, 'hoa-sen');
		expect((await list_learners(db)).map((l) => l.name)).toEqual([
			'Anh Tú',
			'Ăn',
			'Ân',
			'Bà Lan',
			'Chú Dũng',
			'Chú Duy',
			'Chú Đức',
			'Ông Tư'
		]);
	});
});

describe('add_learner', () => {
	it('stores the learner with the chosen picture and the time given', async () => {
		const db = fresh_db();
		const learner = await add_learner(db, 'Bà Lan', 'con-ca', 1_700_000_000_000);
		expect(learner).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			name: 'Bà Lan',
			avatar: 'con-ca',
			created_at: 1_700_000_000_000,
			last_active_at: 1_700_000_000_000
		});
		expect(await db.learners.toArray()).toEqual([learner]);
	});

	it('stores the name in NFC with spaces collapsed', async () => {
		const db = fresh_db();
		const typed = '  Ba\u0300   Lan\t to\u0302\u0309  5 ';
		const learner = await add_learner(db, typed, 'hoa-sen');
		expect(learner.name).toBe('Bà Lan tổ 5');
		expect(learner.name).toBe(learner.name.normalize('NFC'));
		expect((await db.learners.get(learner.id))?.name).toBe('Bà Lan tổ 5');
	});

	it('falls back to the first picture for an unknown avatar', async () => {
		const db = fresh_db();
		const learner = await add_learner(db, 'Bà Lan', 'khong-co');
		expect(learner.avatar).toBe('hoa-sen');
		expect((await db.learners.get(learner.id))?.avatar).toBe('hoa-sen');
	});

	it('rejects a duplicate name without writing anything', async () => {
		const db = fresh_db();
		const first = await add_learner(db, 'Bà Lan', 'hoa-sen');
		await expect(add_learner(db, '  BÀ   LAN ', 'con-ca')).rejects.toThrow(TAKEN);
		expect(await db.learners.toArray()).toEqual([first]);
	});

	it.each([
		['', EMPTY],
		['a'.repeat(41), TOO_LONG]
	])('rejects %j with its message and writes nothing', async (name, message) => {
		const db = fresh_db();
		await expect(add_learner(db, name, 'hoa-sen')).rejects.toThrow(message);
		expect(await db.learners.count()).toBe(0);
	});
});

describe('touch_learner', () => {
	it('updates only the last active time', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', 1000);
		const binh = await add_learner(db, 'Ông Bình', 'con-ca', 1000);
		await touch_learner(db, lan.id, 5000);
		expect(await db.learners.get(lan.id)).toEqual({ ...lan, last_active_at: 5000 });
		expect(await db.learners.get(binh.id)).toEqual(binh);
	});

	it('uses the current time by default', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', 1000);
		vi.spyOn(Date, 'now').mockReturnValue(9999);
		await touch_learner(db, lan.id);
		expect((await db.learners.get(lan.id))?.last_active_at).toBe(9999);
	});

	it('does not create a learner that does not exist', async () => {
		const db = fresh_db();
		await touch_learner(db, 'nobody', 5000);
		expect(await db.learners.count()).toBe(0);
	});
});

describe('remove_learner', () => {
	it('removes the learner, their settings and their whole sandbox, and nobody else’s', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen');
		const binh = await add_learner(db, 'Ông Bình', 'con-ca');
		await fill_learner_data(db, lan.id);
		await fill_learner_data(db, binh.id);
		expect(await counts_for(db, lan.id)).toEqual(ALL_ONE);

		await remove_learner(db, lan.id);

		expect(await counts_for(db, lan.id)).toEqual(ALL_ZERO);
		expect(await counts_for(db, binh.id)).toEqual(ALL_ONE);
		expect(await list_learners(db)).toEqual([binh]);
	});

	it('removes nothing when one of the deletions fails', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen');
		await fill_learner_data(db, lan.id);
		// the last table delete_sandbox_records clears (it reaches tables through db.table(), a
		// different Table object from db.messages)
		vi.spyOn(db.table('messages'), 'where').mockImplementation(() => {
			throw new Error('disk full');
		});

		await expect(remove_learner(db, lan.id)).rejects.toThrow('disk full');

		vi.restoreAllMocks();
		expect(await counts_for(db, lan.id)).toEqual(ALL_ONE);
	});
});

describe('add_learner with a PIN', () => {
	it('stores only the salted hash of the PIN', async () => {
		const db = fresh_db();
		const pin = await hash_pin('2580');
		const learner = await add_learner(db, 'Bà Lan', 'con-ca', 1000, pin);
		const stored = await db.learners.get(learner.id);
		// these fields and no other; the PIN in none of them. (Not "nowhere in the record's text":
		// its random id, salt and hash are hex, and held "2580" by chance about one run in 500.)
		expect(stored).toEqual({ ...learner, pin_hash: pin.pin_hash, pin_salt: pin.pin_salt });
		expect(Object.values(stored!)).not.toContain('2580');
		expect(stored!.pin_hash).toMatch(/^pbkdf2-sha256\$\d+\$[0-9a-f]{64}$/);
		expect(await pin_matches(stored!, '2580')).toBe(true);
	});
});

describe('update_learner', () => {
	it('renames (cleaning the name) and changes the picture, touching nobody else', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', 1000);
		const binh = await add_learner(db, 'Ông Bình', 'con-ca', 1000);
		const updated = await update_learner(db, lan.id, {
			name: '  Bà   Lan tổ 5 ',
			avatar: 'con-meo'
		});
		expect(updated).toEqual({ ...lan, name: 'Bà Lan tổ 5', avatar: 'con-meo' });
		expect(await db.learners.get(lan.id)).toEqual(updated);
		expect(await db.learners.get(binh.id)).toEqual(binh);
	});

	it('may keep its own name, in another case', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen');
		expect((await update_learner(db, lan.id, { name: 'BÀ LAN' })).name).toBe('BÀ LAN');
	});

	it.each([
		['Ông Bình', TAKEN],
		['', EMPTY],
		['a'.repeat(41), TOO_LONG]
	])('refuses %j with its message and changes nothing', async (name, message) => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen');
		await add_learner(db, 'Ông Bình', 'con-ca');
		await expect(update_learner(db, lan.id, { name, avatar: 'con-meo' })).rejects.toThrow(message);
		expect(await db.learners.get(lan.id)).toEqual(lan);
	});

	it('sets, keeps and removes the PIN', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen');
		const pin = await hash_pin('1234');
		await update_learner(db, lan.id, { pin });
		expect(await db.learners.get(lan.id)).toEqual({ ...lan, ...pin });
		await update_learner(db, lan.id, { name: 'Bà Lan' });
		expect(await db.learners.get(lan.id)).toEqual({ ...lan, ...pin });
		await update_learner(db, lan.id, { pin: null });
		const stored = await db.learners.get(lan.id);
		expect(stored).toEqual(lan);
		expect(Object.keys(stored!)).not.toContain('pin_hash');
	});

	it('says so for a learner no longer on the device', async () => {
		await expect(update_learner(fresh_db(), 'nobody', { name: 'A' })).rejects.toThrow(
			'Không tìm thấy người học này trên máy.'
		);
	});
});

describe('remove_learner: every table keyed by learner', () => {
	it('finds the settings, the sandbox and every later table with a learner_id key or index', () => {
		const names = learner_tables(fresh_db()).map((t) => t.name);
		expect(names).toEqual(expect.arrayContaining(['settings', ...SANDBOX_TABLES]));
		expect(names).not.toContain('learners');
	});

	it('empties each of them for that learner only (lesson progress too)', async () => {
		const db = fresh_db();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen');
		const binh = await add_learner(db, 'Ông Bình', 'con-ca');
		// one record per learner in every such table, whatever its key
		for (const table of learner_tables(db)) {
			for (const learner_id of [lan.id, binh.id]) {
				const record: Record<string, unknown> = { learner_id };
				const key = table.schema.primKey.keyPath;
				for (const path of [key ?? []].flat()) record[path] ??= `${table.name}-${learner_id}`;
				await table.put(record);
			}
		}
		const count = (learner_id: string) =>
			Promise.all(learner_tables(db).map((t) => t.where({ learner_id }).count()));

		await remove_learner(db, lan.id);

		expect(await count(lan.id)).toEqual(learner_tables(db).map(() => 0));
		expect(await count(binh.id)).toEqual(learner_tables(db).map(() => 1));
	});
});

describe('try_pin: wrong tries slow down, and the count survives a reload', () => {
	const T = 1_700_000_000_000;
	async function with_pin(db: CdsDatabase, pin: PinRecord) {
		return add_learner(db, 'Bà Lan', 'hoa-sen', 1000, pin);
	}

	it('opens with the right PIN and clears the count of wrong tries', async () => {
		const db = fresh_db();
		const lan = await with_pin(db, await hash_pin('2580', 's', 1000));
		expect(await try_pin(db, lan.id, '1111', T)).toEqual({ outcome: 'wrong', wait_ms: 0 });
		expect(await db.learners.get(lan.id)).toMatchObject({ pin_failures: 1 });
		expect(await try_pin(db, lan.id, '2580', T)).toEqual({ outcome: 'open' });
		const stored = await db.learners.get(lan.id);
		expect(stored).toEqual(lan);
		expect(Object.keys(stored!)).not.toContain('pin_failures');
	});

	it('after 5 wrong tries waits 30 s without even checking the PIN, then longer', async () => {
		const db = fresh_db();
		const lan = await with_pin(db, await hash_pin('2580', 's', 1000));
		for (let i = 1; i <= 4; i++) {
			expect(await try_pin(db, lan.id, '0000', T)).toEqual({ outcome: 'wrong', wait_ms: 0 });
		}
		expect(await try_pin(db, lan.id, '0000', T)).toEqual({ outcome: 'wrong', wait_ms: 30_000 });
		// the right PIN, during the wait, does not open and is not counted
		expect(await try_pin(db, lan.id, '2580', T + 10_000)).toEqual({
			outcome: 'wait',
			wait_ms: 20_000
		});
		expect(await db.learners.get(lan.id)).toMatchObject({
			pin_failures: 5,
			pin_locked_until: T + 30_000
		});
		expect(await try_pin(db, lan.id, '0000', T + 30_000)).toEqual({
			outcome: 'wrong',
			wait_ms: 60_000
		});
		expect(await try_pin(db, lan.id, '2580', T + 90_000)).toEqual({ outcome: 'open' });
	});

	it('upgrades a PIN stored by an earlier version the first time the right PIN is entered', async () => {
		const db = fresh_db();
		// printf 'abc:1234' | sha256sum
		const old = {
			pin_salt: 'abc',
			pin_hash: '1755a2d5b309d75bede226f2b6cf858bb14287b917e76ad3b943de0dda4683fb'
		};
		const lan = await with_pin(db, old);
		expect(await try_pin(db, lan.id, '1235', T)).toMatchObject({ outcome: 'wrong' });
		expect((await db.learners.get(lan.id))?.pin_hash).toBe(old.pin_hash);
		expect(await try_pin(db, lan.id, '1234', T)).toEqual({ outcome: 'open' });
		const stored = await db.learners.get(lan.id);
		expect(stored?.pin_hash).toMatch(/^pbkdf2-sha256\$300000\$[0-9a-f]{64}$/);
		expect(await pin_matches(stored!, '1234')).toBe(true);
		expect(await try_pin(db, lan.id, '1234', T)).toEqual({ outcome: 'open' });
	});

	it('changing or removing the PIN clears the count', async () => {
		const db = fresh_db();
		const lan = await with_pin(db, await hash_pin('2580', 's', 1000));
		for (let i = 0; i < 5; i++) await try_pin(db, lan.id, '0000', T);
		await update_learner(db, lan.id, { pin: await hash_pin('1111', 't', 1000) });
		expect(await try_pin(db, lan.id, '1111', T)).toEqual({ outcome: 'open' });
	});
});

describe('names typed by a person', () => {
	it('are stored without invisible characters', async () => {
		const db = fresh_db();
		const typed = '\u200bBà\u00ad Lan\u200d\u2060 \u202etổ\ufeff 5\u2028';
		const learner = await add_learner(db, typed, 'hoa-sen');
		expect(learner.name).toBe('Bà Lan tổ 5');
		expect(clean_learner_name('B\u200cà\u3164')).toBe('Bà');
	});

	it('made only of invisible characters are no name', () => {
		expect(check_learner_name('\u200b\u200b\ufeff', [])).toBe(EMPTY);
	});

	it('differing only by an invisible character are the same name', () => {
		expect(check_learner_name('Bà\u200b Lan', [{ name: 'Bà Lan' }])).toBe(TAKEN);
	});
});
