import { describe, expect, it } from 'vitest';
import {
	best_certificate,
	earned_certificate,
	lessons_since,
	past_certificates,
	PAST_COURSES
} from './certificate';

const A = { id: 'ch/a', title: 'Bài A' };
const B = { id: 'ch/b', title: 'Bài B' };
const C = { id: 'ch/c', title: 'Bài C' };
const done = (completed_at: number) => ({ status: 'completed' as const, completed_at });

describe('earning the certificate', () => {
	it('is earned on the day the last lesson was first completed', () => {
		const cert = earned_certificate('lan', [A, B], { 'ch/a': done(500), 'ch/b': done(300) }, 900);
		expect(cert).toMatchObject({ learner_id: 'lan', earned_at: 500, issued_at: 900 });
		expect(cert?.lessons).toEqual([A, B]);
	});

	it('is not earned while one lesson is unfinished, or for an empty course', () => {
		const progress = { 'ch/a': done(1), 'ch/b': { status: 'in-progress' as const } };
		expect(earned_certificate('lan', [A, B], progress, 9)).toBeNull();
		expect(
			earned_certificate('lan', [A, B, C], { 'ch/a': done(1), 'ch/b': done(2) }, 9)
		).toBeNull();
		expect(earned_certificate('lan', [], {}, 9)).toBeNull();
	});

	it('names the same course the same way whatever the order, and another course otherwise', () => {
		const p = { 'ch/a': done(1), 'ch/b': done(2), 'ch/c': done(3) };
		const ab = earned_certificate('lan', [A, B], p, 9)!;
		expect(earned_certificate('lan', [B, A], p, 9)!.id).toBe(ab.id);
		expect(earned_certificate('lan', [A, B, C], p, 9)!.id).not.toBe(ab.id);
		expect(earned_certificate('binh', [A, B], p, 9)!.id).not.toBe(ab.id);
	});
});

describe('a course that ends with a test', () => {
	const TEST = { id: 'test/final', title: 'Bài kiểm tra', pass_score: 80 };
	const attempt = (finished_at: number, score: number) => ({ finished_at, score });
	const tried = (...attempts: { finished_at: number; score: number }[]) => ({
		status: 'completed' as const,
		completed_at: attempts[0].finished_at,
		score: Math.max(...attempts.map((a) => a.score)),
		attempts: attempts as never
	});

	it('is not earned while the best score is under the pass mark', () => {
		const p = { 'ch/a': done(100), 'test/final': tried(attempt(200, 75)) };
		expect(earned_certificate('lan', [A, TEST], p, 900)).toBeNull();
	});

	it('is earned on the day the test was first passed, not first taken', () => {
		const p = { 'ch/a': done(100), 'test/final': tried(attempt(200, 75), attempt(300, 85)) };
		const cert = earned_certificate('lan', [A, TEST], p, 900);
		expect(cert?.earned_at).toBe(300);
		expect(cert?.lessons).toEqual([A, { id: TEST.id, title: TEST.title }]);
	});
});

describe('when the course gains a lesson', () => {
	const p = { 'ch/a': done(100), 'ch/b': done(200) };
	const old = earned_certificate('lan', [A, B], p, 300)!;

	it('the kept certificate lists the new lesson as one more to learn', () => {
		expect(lessons_since(old, [A, B, C])).toEqual([C]);
		expect(lessons_since(old, [A, B])).toEqual([]);
	});

	it('shows the certificate covering most lessons once the bigger course is done', () => {
		const bigger = earned_certificate('lan', [A, B, C], { ...p, 'ch/c': done(400) }, 500)!;
		expect(best_certificate([old, bigger])).toBe(bigger);
		expect(best_certificate([bigger, old])).toBe(bigger);
		expect(best_certificate([])).toBeUndefined();
	});
});

describe('certificates of the courses shipped before they were stored', () => {
	const [login, birth] = PAST_COURSES[0];
	const intro = PAST_COURSES[1][0];
	const record = (lesson_id: string, completed_at?: number) => ({
		lesson_id,
		status: completed_at ? ('completed' as const) : ('in-progress' as const),
		completed_at
	});

	it('gives back the two-lesson certificate to a learner who finished both', () => {
		const got = past_certificates('lan', [record(login.id, 10), record(birth.id, 20)], 99);
		expect(got).toHaveLength(1);
		expect(got[0]).toMatchObject({ earned_at: 20, lessons: [login, birth] });
	});

	it('gives both when the three-lesson course was done too, and none to a learner half-way', () => {
		const all = [record(login.id, 10), record(birth.id, 20), record(intro.id, 30)];
		expect(past_certificates('lan', all, 99).map((c) => c.lessons.length)).toEqual([2, 3]);
		expect(past_certificates('binh', [record(login.id, 10), record(birth.id)], 99)).toEqual([]);
	});
});
