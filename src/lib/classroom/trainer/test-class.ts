/** The small class the trainer's tests share: a three-lesson catalogue and two learners. */
import { empty_roster, import_summary, type Roster } from '../roster';
import { lesson_key, step_key, type CatalogLesson, type LearnerSummary } from '../summary';

export const CODE = 'HB7K2Q';

export const CATALOG: CatalogLesson[] = [
	{
		id: 'lam-quen/dang-nhap',
		title: 'Đăng nhập',
		steps: [
			{ id: 'mo-trang', title: 'Mở trang' },
			{ id: 'nhap-so', title: 'Nhập số định danh' }
		]
	},
	{
		id: 'nop-ho-so/khai-sinh',
		title: 'Khai sinh',
		steps: [
			{ id: 'dien-to-khai', title: 'Điền tờ khai' },
			{ id: 'dinh-kem', title: 'Đính kèm giấy tờ' }
		]
	},
	{ id: 'an-toan/otp', title: 'Mã OTP', steps: [{ id: 'tu-choi', title: 'Từ chối' }] }
];
export const K = CATALOG.map((l) => lesson_key(l.id));

export function learner(
	id: string,
	name: string,
	lessons: LearnerSummary['lessons'],
	sent_at = 1_780_000_000_000
): LearnerSummary {
	return { class_code: CODE, learner_id: id, name, sent_at, lessons };
}
export const done = (
	key: string,
	score: number,
	steps: { key: string; hints: number; mistakes: number }[] = []
) => ({
	key,
	status: 'completed' as const,
	score,
	level: 'tu-lam' as const,
	attempts: 1,
	finished: 1,
	minutes: 10,
	steps
});
export const doing = (
	key: string,
	steps: { key: string; hints: number; mistakes: number }[] = []
) => ({
	key,
	status: 'in-progress' as const,
	score: null,
	level: 'huong-dan' as const,
	attempts: 1,
	finished: 0,
	minutes: 4,
	steps
});

export const HARD = step_key('dinh-kem');
export const LAN = learner('lan', 'Bà Lan', [
	done(K[0], 80),
	done(K[1], 90, [{ key: HARD, hints: 2, mistakes: 1 }])
]);
export const HOA = learner('hoa', 'Cô Hòa', [
	done(K[0], 70),
	doing(K[1], [{ key: HARD, hints: 1, mistakes: 0 }])
]);

/** The class's roster once these learners' records were imported, in this order. */
export function roster_of(...summaries: LearnerSummary[]): Roster {
	return summaries.reduce((r, s) => {
		const merged = import_summary(r, s);
		if (!merged.ok) throw new Error(merged.message);
		return merged.value;
	}, empty_roster(CODE));
}
