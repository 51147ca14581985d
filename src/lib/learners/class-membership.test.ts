import { afterEach, describe, expect, it } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { add_learner } from '$lib/learners/learners';
import { merge_progress, new_attempt, record_of } from '$lib/progress/model';
import { lesson_key } from '$lib/classroom/summary';
import {
	class_summary,
	join_class,
	joined_classes,
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
		expect(await join_class(db, lan.id, ' hb7-k2q ', T0)).toEqual({
			ok: true,
			code: 'HB7K2Q',
			already: false
		});
		expect(await join_class(db, lan.id, 'HB7K2Q', T0 + 5)).toMatchObject({ already: true });
		const bad = await join_class(db, lan.id, 'HB7K2', T0);
		expect(bad).toMatchObject({ ok: false });
		expect(!bad.ok && bad.message).toContain('6 chữ và số');
		expect(await joined_classes(db, lan.id)).toEqual([{ code: 'HB7K2Q', joined_at: T0 }]);
		await leave_class(db, lan.id, 'HB7K2Q');
		expect(await joined_classes(db, lan.id)).toEqual([]);
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
