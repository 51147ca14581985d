import { afterEach, describe, expect, it } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { add_learner } from '$lib/learners/learners';
import { merge_progress, new_attempt, record_of } from '$lib/progress/model';
import { lesson_key } from '$lib/classroom/summary';
import {
	class_summary,
	join_class,
	joined_classes,
	joined_message,
	leave_class
} from '$lib/classroom/learner/membership';

const T0 = Date.UTC(2026, 10, 28, 2, 0, 0);
let db: CdsDatabase;

afterEach(async () => {
	await db?.delete();
});

describe('a learner joins a class (kept on her record)', () => {
	it('keeps the class with the learner, once, and refuses a code that cannot be one', async () => {
		db = create_test_database();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', T0);
		expect(await join_class(db, lan.id, ' hb7-k2q ', { now: T0 })).toEqual({
			ok: true,
			code: 'HB7K2Q',
			already: false,
			name: '',
			named: false
		});
		expect(await join_class(db, lan.id, 'HB7K2Q', { now: T0 + 5 })).toMatchObject({
			already: true
		});
		const bad = await join_class(db, lan.id, 'HB7K2', { now: T0 });
		expect(bad).toMatchObject({ ok: false });
		expect(!bad.ok && bad.message).toContain('6 chữ và số');
		expect(await joined_classes(db, lan.id)).toEqual([{ code: 'HB7K2Q', joined_at: T0 }]);
		await leave_class(db, lan.id, 'HB7K2Q');
		expect(await joined_classes(db, lan.id)).toEqual([]);
	});

	it('keeps the class’s name its QR code carried; a typed code first, the QR code later, names it then', async () => {
		db = create_test_database();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', T0);
		const typed = await join_class(db, lan.id, 'HB7K2Q', { now: T0 });
		expect(typed).toMatchObject({ ok: true, already: false, name: '' });
		expect(typed.ok && joined_message(typed)).toBe(
			'Bạn đã vào lớp mã HB7K2Q. Khi người hướng dẫn nhắc, hãy bấm “Gửi tiến độ cho người hướng dẫn”.'
		);
		const before = await class_summary(db, lan.id, 'HB7K2Q', T0 + 1000);

		// she scans the class's QR code later: the name comes, the joining stays the first
		const scanned = await join_class(db, lan.id, 'HB7K2Q', {
			now: T0 + 5,
			name: '  Lớp\u200b   tổ 5\n'
		});
		expect(scanned).toMatchObject({ already: true, name: 'Lớp tổ 5', named: true });
		expect(scanned.ok && joined_message(scanned)).toBe(
			'Bạn đã ở trong lớp mã HB7K2Q rồi. Tên lớp: “Lớp tổ 5”.'
		);
		expect(await joined_classes(db, lan.id)).toEqual([
			{ code: 'HB7K2Q', joined_at: T0, name: 'Lớp tổ 5' }
		]);
		const again = await join_class(db, lan.id, 'hb7k2q', { name: 'Lớp tổ 5' });
		expect(again).toMatchObject({ already: true, named: false });
		expect(again.ok && joined_message(again)).toBe(
			'Bạn đã ở trong lớp “Lớp tổ 5” (mã HB7K2Q) rồi.'
		);
		// a code typed again, with no name, keeps the name
		await join_class(db, lan.id, 'HB7K2Q');
		expect((await joined_classes(db, lan.id))[0].name).toBe('Lớp tổ 5');

		// what she sends, and so how the trainer matches it to the class, is the code alone
		expect(await class_summary(db, lan.id, 'HB7K2Q', T0 + 1000)).toEqual(before);

		// a class joined by its QR code at once; a name past 80 letters is cut
		const long = 'Lớp '.repeat(30);
		const other = await join_class(db, lan.id, 'ABC234', { now: T0 + 9, name: long });
		expect(other.ok && other.name.length).toBe(80);
		expect(other.ok && joined_message(other)).toMatch(
			/^Bạn đã vào lớp “Lớp Lớp .*” \(mã ABC234\)\. Khi người hướng dẫn nhắc/
		);
	});

	it('sends a summary of her own progress only', async () => {
		db = create_test_database();
		const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', T0);
		const other = await add_learner(db, 'Ông Ba', 'hoa-sen', T0);
		const steps = ['mo-trang'];
		for (const [who, lesson] of [
			[lan.id, 'lam-quen/dang-nhap'],
			[other.id, 'lam-quen/khac']
		])
			await db.progress.put(
				merge_progress(
					undefined,
					record_of(who, lesson, new_attempt('a', 'tu-lam', steps, T0)),
					steps
				)
			);
		const summary = await class_summary(db, lan.id, 'HB7K2Q', T0 + 1500);
		expect(summary).toMatchObject({ name: 'Bà Lan', class_code: 'HB7K2Q', sent_at: T0 + 1000 });
		expect(summary?.lessons.map((l) => l.key)).toEqual([lesson_key('lam-quen/dang-nhap')]);
		expect(await class_summary(db, 'nobody', 'HB7K2Q')).toBeNull();
	});
});
