/** Test data for the classroom modules (imported by tests only). */
import fc from 'fast-check';
import { HELP_LEVELS } from '$lib/lessons/model';
import { CODE_ALPHABET } from './classes';
import {
	lesson_key,
	step_key,
	vn_day,
	type CatalogLesson,
	type LearnerSummary,
	type LessonSummary
} from './summary';

const NOW = Date.UTC(2026, 10, 28, 9, 30, 0);

/** A learner who finished `count` lessons of a course like ours, with some steps that were hard. */
export function finished_course(count = 20, name = 'Nguyễn Thị Hồng Nhung'): LearnerSummary {
	const lessons: LessonSummary[] = Array.from({ length: count }, (_, i): LessonSummary => {
		const id = `chuong-${Math.floor(i / 5) + 1}-lam-quen-dich-vu-cong/bai-${i + 1}-nop-ho-so-truc-tuyen`;
		const hard = [`buoc-${(i % 7) + 2}-khai-thong-tin`, `buoc-${(i % 5) + 9}-dinh-kem-giay-to`];
		return {
			key: lesson_key(id),
			status: 'completed',
			score: 60 + ((i * 7) % 41),
			level: i % 3 === 0 ? 'huong-dan' : 'tu-lam',
			attempts: 1 + (i % 3 === 0 ? 1 : 0),
			finished: 1 + (i % 3 === 0 ? 1 : 0),
			minutes: 4 + (i % 9),
			completed_on: vn_day(NOW - (count - i) * 3_600_000),
			steps: hard
				.map((s, j) => ({ key: step_key(s), hints: j === 0 ? 1 + (i % 4) : 0, mistakes: i % 5 }))
				.filter((s) => s.hints || s.mistakes)
				.sort((a, b) => a.key.localeCompare(b.key))
		};
	}).sort((a, b) => a.key.localeCompare(b.key));
	return {
		class_code: 'HB7K2Q',
		learner_id: '0b7f2d4c-1e2a-4c3b-9d8e-5f6a7b8c9d0e',
		name,
		sent_at: NOW,
		lessons
	};
}

/**
 * The largest summary a learner of this course sends: every lesson of `catalog` finished, with
 * help (hints and mistakes) on two steps of every lesson, some lessons done twice.
 */
export function whole_course(catalog: readonly CatalogLesson[]): LearnerSummary {
	const lessons = catalog.map((lesson, i): LessonSummary => {
		const steps = [0, 1].map((j) => lesson.steps[j]?.id ?? `cau-${j + 1}`);
		const twice = i % 3 === 0;
		return {
			key: lesson_key(lesson.id),
			status: 'completed',
			score: 60 + ((i * 7) % 41),
			level: twice ? 'huong-dan' : 'tu-lam',
			attempts: twice ? 2 : 1,
			finished: twice ? 2 : 1,
			minutes: 4 + (i % 9),
			completed_on: vn_day(NOW - (catalog.length - i) * 3_600_000),
			steps: steps
				.map((id, j) => ({ key: step_key(id), hints: 1 + ((i + j) % 3), mistakes: (i + j) % 4 }))
				.sort((a, b) => a.key.localeCompare(b.key))
		};
	});
	return { ...finished_course(0), lessons: lessons.sort((a, b) => a.key.localeCompare(b.key)) };
}

const hex_key = (digits: number) =>
	fc
		.integer({ min: 0, max: 2 ** (digits * 4) - 1 })
		.map((n) => n.toString(16).padStart(digits, '0'));

const small = fc.nat({ max: 60 });
const day = fc.integer({ min: vn_day(Date.UTC(2024, 0, 1)), max: vn_day(Date.UTC(2030, 0, 1)) });

/** A lesson summary as the schema allows (canonical: steps by key). */
export const lesson_summary_arb: fc.Arbitrary<LessonSummary> = fc
	.record({
		key: hex_key(4),
		completed: fc.boolean(),
		score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
		level: fc.constantFrom(...HELP_LEVELS),
		attempts: fc.integer({ min: 1, max: 9 }),
		finished_share: fc.integer({ min: 0, max: 9 }),
		minutes: fc.nat({ max: 5_000 }),
		completed_on: fc.option(day, { nil: undefined }),
		steps: fc.uniqueArray(
			fc
				.record({ key: hex_key(4), hints: small, mistakes: small })
				.filter((s) => s.hints + s.mistakes > 0),
			{ maxLength: 6, selector: (s) => s.key }
		)
	})
	.map((r): LessonSummary => {
		const completed = r.completed;
		return {
			key: r.key,
			status: completed ? 'completed' : 'in-progress',
			score: completed ? r.score : null,
			level: r.level,
			attempts: r.attempts,
			finished: completed ? Math.max(1, Math.min(r.attempts, r.finished_share)) : 0,
			minutes: r.minutes,
			...(completed && r.completed_on !== undefined ? { completed_on: r.completed_on } : {}),
			steps: [...r.steps].sort((a, b) => a.key.localeCompare(b.key))
		};
	});

const name_arb = fc
	.string({
		unit: fc.constantFrom(...'aăâbcdđeêghiklmnoôơpqrstuưvxyÁàảãạếềểễệ ốồộờởợứừửữự<>&"\'=/'),
		minLength: 1,
		maxLength: 40
	})
	.map((s) => s.replace(/\s+/g, ' ').trim().normalize('NFC'))
	.filter((s) => s.length > 0 && s.length <= 40);

export const learner_id_arb = fc.oneof(
	fc.uuid({ version: 4 }),
	fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/)
);

export const class_code_arb = fc
	.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 6, maxLength: 6 })
	.map((c) => c.join(''));

export const summary_arb: fc.Arbitrary<LearnerSummary> = fc.record({
	class_code: class_code_arb,
	learner_id: learner_id_arb,
	name: name_arb,
	sent_at: fc
		.integer({ min: Date.UTC(2025, 0, 1) / 1000, max: Date.UTC(2030, 0, 1) / 1000 })
		.map((s) => s * 1000),
	lessons: fc
		.uniqueArray(lesson_summary_arb, { maxLength: 12, selector: (l) => l.key })
		.map((ls) => ls.sort((a, b) => a.key.localeCompare(b.key)))
});
