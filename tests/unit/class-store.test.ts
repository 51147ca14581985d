import { afterEach, describe, expect, it } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { add_learner, remove_learner } from '$lib/learners/learners';
import { IMPORT_ERRORS } from '$lib/classroom/messages';
import {
	check_fields,
	create_class,
	delete_class,
	find_class,
	import_into_class,
	list_classes,
	parse_day,
	update_class
} from '$lib/classroom/trainer/class-store';
import { CODE, HOA, K, LAN, done, learner } from '$lib/classroom/trainer/test-class';

const opened: CdsDatabase[] = [];
function fresh_db() {
	const db = create_test_database('classes');
	opened.push(db);
	return db;
}
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const FIELDS = {
	name: 'Lớp tổ 5',
	place: 'Nhà văn hóa tổ 5',
	trainer: 'Anh Minh',
	starts: '5/12/2026',
	ends: '19.12.2026'
};

describe('creating a class', () => {
	it('checks the fields in plain Vietnamese', () => {
		expect(check_fields({ ...FIELDS, name: '  ' }).name).toMatch(/Nhập tên lớp/);
		expect(check_fields({ ...FIELDS, starts: '31/02/2026' }).starts).toMatch(/ngày\/tháng\/năm/);
		expect(check_fields({ ...FIELDS, starts: '20/12/2026', ends: '19/12/2026' }).ends).toMatch(
			/sau ngày bắt đầu/
		);
		expect(check_fields(FIELDS)).toEqual({});
		expect(parse_day('29/02/2028')).not.toBeNull();
		expect(parse_day('29/02/2027')).toBeNull();
	});

	it('stores a class with a fresh code, dates as dd/mm/yyyy, found by its code as typed', async () => {
		const db = fresh_db();
		const codes = ['HB7K2Q', 'HB7K2Q', 'MN4P7R'];
		await create_class(db, FIELDS, 1, () => codes.shift()!);
		const second = await create_class(db, { ...FIELDS, name: 'Lớp hai' }, 2, () => codes.shift()!);
		expect(second.code).toBe('MN4P7R'); // the taken code was not reused
		expect(second.info.starts).toBe('05/12/2026');
		expect(second.info.ends).toBe('19/12/2026');
		expect((await list_classes(db)).map((c) => c.info.name)).toEqual(['Lớp hai', 'Lớp tổ 5']);
		expect((await find_class(db, 'mn4-p7r'))?.id).toBe(second.id);
		await expect(create_class(db, { ...FIELDS, name: '' })).rejects.toThrow();
		expect(await db.classes.count()).toBe(2);
	});
});

describe('correcting and removing a class', () => {
	it('corrects the name and dates, keeps the code and what learners sent; bad fields change nothing', async () => {
		const db = fresh_db();
		const stored = await create_class(db, FIELDS, 1, () => CODE);
		await import_into_class(db, stored.id, [LAN]);
		const next = await update_class(
			db,
			stored.id,
			{ ...FIELDS, name: ' Lớp  tổ 6 ', ends: '20-12-2026' },
			5
		);
		expect(next.info).toMatchObject({ name: 'Lớp tổ 6', ends: '20/12/2026', created_at: 1 });
		expect(next.code).toBe(CODE);
		const again = await find_class(db, CODE);
		expect(again?.info.name).toBe('Lớp tổ 6');
		expect(again?.roster.learners.map((l) => l.name)).toEqual(['Bà Lan']);
		await expect(update_class(db, stored.id, { ...FIELDS, name: '' })).rejects.toThrow();
		expect((await find_class(db, CODE))?.info.name).toBe('Lớp tổ 6');
	});

	it('removes one class and what its learners sent, and no device learner', async () => {
		const db = fresh_db();
		const codes = ['HB7K2Q', 'MN4P7R'];
		const one = await create_class(db, FIELDS, 1, () => codes.shift()!);
		await create_class(db, { ...FIELDS, name: 'Lớp hai' }, 2, () => codes.shift()!);
		await add_learner(db, 'Bà Lan', 'hoa-sen');
		await delete_class(db, one.id);
		expect((await list_classes(db)).map((c) => c.info.name)).toEqual(['Lớp hai']);
		expect(await db.learners.count()).toBe(1);
	});
});

describe('importing into a class', () => {
	it('merges idempotently: the same import twice changes nothing the second time', async () => {
		const db = fresh_db();
		const stored = await create_class(db, FIELDS, 1, () => CODE);
		const first = await import_into_class(db, stored.id, [LAN, HOA], 10);
		expect(first.changed).toBe(true);
		const again = await import_into_class(db, stored.id, [LAN, HOA], 20);
		expect(again.changed).toBe(false);
		const saved = await db.classes.get(stored.id);
		expect(saved!.updated_at).toBe(10);
		expect(saved!.roster.learners.map((l) => l.name).sort()).toEqual(['Bà Lan', 'Cô Hòa']);
	});

	it('never loses a completion when an older record comes later', async () => {
		const db = fresh_db();
		const stored = await create_class(db, FIELDS, 1, () => CODE);
		await import_into_class(db, stored.id, [HOA]);
		const later = learner('hoa', 'Cô Hòa', [done(K[1], 75)], 1_780_000_100_000);
		await import_into_class(db, stored.id, [later]);
		await import_into_class(db, stored.id, [HOA]); // the old record again
		const lesson = (await db.classes.get(stored.id))!.roster.learners[0].lessons.find(
			(l) => l.key === K[1]
		);
		expect(lesson).toMatchObject({ status: 'completed', score: 75 });
	});

	it('refuses a record for another class or one that breaks the schema, and writes nothing', async () => {
		const db = fresh_db();
		const stored = await create_class(db, FIELDS, 1, () => CODE);
		await expect(
			import_into_class(db, stored.id, [LAN, { ...HOA, class_code: 'ZZZZZZ' }])
		).rejects.toThrow(/không phải lớp này/);
		await expect(import_into_class(db, stored.id, [{ ...LAN, name: '' }])).rejects.toThrow(
			IMPORT_ERRORS.invalid
		);
		expect((await db.classes.get(stored.id))!.roster.learners).toEqual([]);
	});

	it('keeps the records apart from the device learners: removing one never touches a class', async () => {
		const db = fresh_db();
		const stored = await create_class(db, FIELDS, 1, () => CODE);
		const own = await add_learner(db, 'Bà Lan', 'hoa-sen');
		await import_into_class(db, stored.id, [{ ...LAN, learner_id: own.id }]);
		expect(await db.learners.count()).toBe(1); // an import adds no device learner
		await remove_learner(db, own.id);
		expect((await db.classes.get(stored.id))!.roster.learners).toHaveLength(1);
	});
});
