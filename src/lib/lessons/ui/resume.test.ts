import { describe, expect, it } from 'vitest';
import type { LessonProgress } from '$lib/progress/records';
import { resume_of, resume_step } from './resume';

const lessons = [
	{ id: 'a', title: 'Đăng nhập', step_ids: ['s1', 's2', 's3'] },
	{ id: 'b', title: 'Khai sinh', step_ids: ['t1', 't2'] }
];

/** A stored record whose current attempt is at step `index` (or finished). */
function record(lesson_id: string, index: number, updated_at: number, done = false) {
	const step_ids = lessons.find((l) => l.id === lesson_id)?.step_ids ?? [];
	return {
		learner_id: 'l',
		lesson_id,
		status: done ? 'completed' : 'in-progress',
		score: null,
		started_at: 0,
		updated_at,
		attempts: [
			{
				id: 'a1',
				started_at: 0,
				...(done ? { finished_at: updated_at } : { step_id: step_ids[index] }),
				steps: [],
				step_ids
			}
		]
	} as unknown as LessonProgress;
}

describe('resume', () => {
	it('continues at the stored step, 1-based', () => {
		expect(resume_step(record('a', 1, 5), lessons[0].step_ids)).toBe(2);
	});
	it('has nothing to continue for a finished lesson', () => {
		expect(resume_step(record('a', 1, 5, true), lessons[0].step_ids)).toBeNull();
	});
	it('picks the lesson worked on last', () => {
		const resume = resume_of({ a: record('a', 2, 10), b: record('b', 0, 20) }, lessons);
		expect(resume).toEqual({ lesson: lessons[1], step: 1, count: 2 });
		expect(resume_of({}, lessons)).toBeNull();
	});
});
