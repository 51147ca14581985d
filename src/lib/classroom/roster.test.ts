import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	describe_preview,
	empty_roster,
	import_summary,
	preview_import,
	type Roster
} from './roster';
import { catalog_keys, lesson_key, type LearnerSummary, type LessonSummary } from './summary';
import { class_code_arb, finished_course, lesson_summary_arb } from './testing';

const CODE = 'HB7K2Q';
const KEYS = ['aaa0', 'bbb0', 'ccc0'];

/** Several summaries of a few learners of one class, as a class would send them. */
const summaries_arb = fc.array(
	fc.record({
		class_code: fc.constant(CODE),
		learner_id: fc.constantFrom('lan', 'hoa', 'ba'),
		name: fc.constantFrom('Bà Lan', 'Bà Lan tổ 5', 'Cô Hoa', 'Ông Ba'),
		sent_at: fc.constantFrom(1_760_000_000_000, 1_760_000_001_000, 1_760_000_002_000),
		lessons: fc
			// few lesson keys, so summaries of one learner share lessons and merging is exercised
			.uniqueArray(
				lesson_summary_arb.map((l) => ({ ...l, key: KEYS[parseInt(l.key, 16) % 3] })),
				{
					maxLength: 4,
					selector: (l) => l.key
				}
			)
			.map((ls) => ls.sort((a, b) => a.key.localeCompare(b.key)))
	}),
	{ maxLength: 6 }
);

function import_all(roster: Roster, summaries: readonly LearnerSummary[]) {
	return summaries.reduce((r, s) => {
		const result = import_summary(r, s);
		if (!result.ok) throw new Error(result.message);
		return result.value;
	}, roster);
}

describe('merging summaries into a class', () => {
	it('is idempotent: importing the same summaries again changes nothing', () => {
		fc.assert(
			fc.property(summaries_arb, (summaries) => {
				const once = import_all(empty_roster(CODE), summaries);
				expect(import_all(once, summaries)).toEqual(once);
				for (const s of summaries)
					expect(preview_import(once, s)).toMatchObject({
						ok: true,
						value: { nothing_new: true, changes: [] }
					});
			}),
			{ numRuns: 200 }
		);
	});

	it('is commutative: any order of imports gives the same class', () => {
		fc.assert(
			fc.property(
				summaries_arb.chain((s) =>
					fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length }))
				),
				([summaries, shuffled]) => {
					expect(import_all(empty_roster(CODE), shuffled)).toEqual(
						import_all(empty_roster(CODE), summaries)
					);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('never loses a completion, an attempt, a hint or the best score', () => {
		fc.assert(
			fc.property(summaries_arb, (summaries) => {
				const roster = import_all(empty_roster(CODE), summaries);
				for (const s of summaries) {
					const learner = roster.learners.find((l) => l.learner_id === s.learner_id)!;
					for (const lesson of s.lessons) {
						const kept = learner.lessons.find((l) => l.key === lesson.key)!;
						expect(kept.attempts).toBeGreaterThanOrEqual(lesson.attempts);
						expect(kept.finished).toBeGreaterThanOrEqual(lesson.finished);
						if (lesson.status === 'completed') {
							expect(kept.status).toBe('completed');
							expect(kept.score ?? -1).toBeGreaterThanOrEqual(lesson.score ?? -1);
							if (lesson.completed_on !== undefined) {
								expect(kept.completed_on).toBeLessThanOrEqual(lesson.completed_on);
							}
						}
						for (const step of lesson.steps) {
							const k = kept.steps.find((x) => x.key === step.key)!;
							expect(k.hints).toBeGreaterThanOrEqual(step.hints);
							expect(k.mistakes).toBeGreaterThanOrEqual(step.mistakes);
						}
					}
				}
			}),
			{ numRuns: 200 }
		);
	});

	it('an older summary sent later does not undo a completion; the newer name stays', () => {
		const now = finished_course(3);
		const older: LearnerSummary = {
			...now,
			name: 'Nhung',
			sent_at: now.sent_at - 86_400_000,
			lessons: now.lessons.map(({ completed_on: _gone, ...l }): LessonSummary => ({
				...l,
				status: 'in-progress',
				score: null,
				finished: 0
			}))
		};
		const roster = import_all(empty_roster(CODE), [now, older]);
		expect(roster.learners[0].name).toBe(now.name);
		expect(roster.learners[0].lessons.every((l) => l.status === 'completed')).toBe(true);
	});

	it('shows what would change before anything is written, and refuses another class', () => {
		const roster = empty_roster(CODE);
		const summary = finished_course(1);
		const preview = preview_import(roster, summary);
		expect(roster.learners).toEqual([]);
		expect(preview).toMatchObject({ ok: true, value: { new_learner: true, nothing_new: false } });
		const keys = catalog_keys([{ id: 'x/y', title: 'Đăng nhập bằng VNeID', steps: [] }]);
		expect(preview.ok && preview.value.changes[0].completed_now).toBe(true);
		const lines = preview.ok ? describe_preview(preview.value, keys) : [];
		expect(lines[0]).toBe('Thêm người học mới: Nguyễn Thị Hồng Nhung.');
		expect(lines[1]).toMatch(
			/^“Bài học chưa có trên máy này \(mã [0-9a-f]{4}\)”: đã hoàn thành, điểm cao nhất \d+\.$/
		);
		expect(lesson_key('x/y')).toMatch(/^[0-9a-f]{4}$/);
		const other = import_summary(roster, { ...summary, class_code: 'ZZ2345' });
		expect(other).toMatchObject({ ok: false, reason: 'wrong_class' });
		fc.assert(
			fc.property(
				class_code_arb.filter((c) => c !== CODE),
				(code) => {
					expect(preview_import(roster, { ...summary, class_code: code }).ok).toBe(false);
				}
			),
			{ numRuns: 20 }
		);
	});
});
