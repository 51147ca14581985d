import { describe, expect, it } from 'vitest';
import type { StepRecord } from '$lib/lessons/player';
import {
	attempt_to_state,
	content_version,
	current_attempt,
	from_v3,
	lesson_standing,
	merge_attempts,
	merge_progress,
	new_attempt,
	record_of,
	resume_point,
	state_to_attempt,
	times_completed,
	type Attempt,
	type LessonProgress
} from './model';

const STEPS = ['mo-trang', 'nhap-so', 'nhap-mat-khau', 'nhap-otp', 'cau-hoi'];

function done(step_id: string, at: number, extra: Partial<StepRecord> = {}): StepRecord {
	return {
		step_id,
		level: 'tu-lam',
		completed_at: at,
		time_ms: 1000,
		hints_used: 0,
		mistakes: 0,
		...extra
	};
}

/** An attempt of STEPS with the first `count` steps done, saved at `now`. */
function attempt_at(id: string, count: number, now: number, steps = STEPS): Attempt {
	let attempt = new_attempt(id, 'tu-lam', steps, now);
	const state = attempt_to_state(attempt, 'a/b', steps);
	const records = steps.slice(0, count).map((s, i) => done(s, now + i + 1));
	const finished = count >= steps.length;
	attempt = state_to_attempt(
		{
			...state,
			index: count,
			records,
			...(finished ? { finished_at: now + count } : {})
		},
		attempt,
		steps,
		now + count
	);
	return attempt;
}

function merged(...attempts: Attempt[]): LessonProgress {
	return attempts.reduce<LessonProgress | undefined>(
		(record, a) => merge_progress(record, record_of('lan', 'a/b', a), STEPS),
		undefined
	) as LessonProgress;
}

describe('retakes keep the best', () => {
	it('a retake adds an attempt: the lesson stays completed with the best score', () => {
		const first = attempt_at('one', 5, 1000);
		expect(first.score).toBe(100);
		const record = merged(first, attempt_at('two', 2, 5000));
		expect(record.status).toBe('completed');
		expect(record.score).toBe(100);
		expect(record.completed_at).toBe(first.finished_at);
		expect(record.attempts.map((a) => a.id)).toEqual(['one', 'two']);
		expect(current_attempt(record)?.id).toBe('two');
		expect(resume_point(record, STEPS)).toEqual({
			step_id: 'nhap-mat-khau',
			step_number: 3,
			step_count: 5
		});
	});

	it('the best finished score counts, not the latest; each finish is counted', () => {
		const good = attempt_at('one', 5, 1000);
		let weak = new_attempt('two', 'huong-dan', STEPS, 9000);
		weak = state_to_attempt(
			{
				...attempt_to_state(weak, 'a/b', STEPS),
				index: 5,
				records: STEPS.map((s, i) => done(s, 9001 + i, { hints_used: 2 })),
				finished_at: 9010
			},
			weak,
			STEPS,
			9010
		);
		expect(weak.score).toBe(60);
		const record = merged(good, weak);
		expect(record.score).toBe(100);
		expect(times_completed(record)).toBe(2);
		expect(lesson_standing(record, STEPS)).toMatchObject({
			completed: true,
			score: 100,
			times_done: 2,
			resume: null
		});
	});

	it('an unfinished lesson is in progress, with no score', () => {
		const record = merged(attempt_at('one', 1, 1000));
		expect(record).toMatchObject({ status: 'in-progress', score: null, schema: 2 });
		expect(record.completed_at).toBeUndefined();
		expect(lesson_standing(record, STEPS)?.times_done).toBe(0);
	});

	it('keeps every attempt’s help level, hints, mistakes and time', () => {
		const a = attempt_at('one', 2, 1000);
		const b = state_to_attempt(
			{ ...attempt_to_state(a, 'a/b', STEPS), hints_shown: 1, mistakes: 3, level: 'huong-dan' },
			a,
			STEPS,
			2000
		);
		expect(b).toMatchObject({
			level: 'huong-dan',
			step_id: 'nhap-mat-khau',
			hints_shown: 1,
			mistakes: 3,
			totals: { hints: 1, mistakes: 3, time_ms: 2000 }
		});
	});
});

describe('resuming after the lesson was edited', () => {
	const at_step_3 = attempt_at('one', 2, 1000);

	it('resumes at the same step when it still exists, wherever it moved', () => {
		const reordered = ['mo-trang', 'cau-hoi', 'nhap-so', 'nhap-mat-khau', 'nhap-otp'];
		const state = attempt_to_state(at_step_3, 'a/b', reordered);
		expect(reordered[state.index]).toBe('nhap-mat-khau');
		expect(state.records.map((r) => r.step_id)).toEqual(['mo-trang', 'nhap-so']);
	});

	it('resumes at the same step when a step was added before it, keeping the steps done', () => {
		const added = ['gioi-thieu', ...STEPS];
		expect(resume_point({ attempts: [at_step_3] }, added)).toEqual({
			step_id: 'nhap-mat-khau',
			step_number: 4,
			step_count: 6
		});
		expect(attempt_to_state(at_step_3, 'a/b', added).records).toHaveLength(2);
	});

	it('moves to the nearest following step when the step it was on was removed', () => {
		const removed = STEPS.filter((s) => s !== 'nhap-mat-khau');
		expect(resume_point({ attempts: [at_step_3] }, removed)?.step_id).toBe('nhap-otp');
		const two_removed = STEPS.filter((s) => s !== 'nhap-mat-khau' && s !== 'nhap-otp');
		expect(resume_point({ attempts: [at_step_3] }, two_removed)?.step_id).toBe('cau-hoi');
	});

	it('keeps the records of removed steps in the attempt, though the player does not see them', () => {
		const removed = STEPS.filter((s) => s !== 'mo-trang');
		const state = attempt_to_state(at_step_3, 'a/b', removed);
		expect(state.records.map((r) => r.step_id)).toEqual(['nhap-so']);
		const back = state_to_attempt(state, at_step_3, removed, 3000);
		expect(back.steps.map((s) => s.step_id)).toEqual(['mo-trang', 'nhap-so']);
		expect(back.content_version).toBe(content_version(removed));
		expect(back.content_version).not.toBe(at_step_3.content_version);
	});

	it('when every later step was removed, goes on to the first step not done', () => {
		const short = ['mo-trang', 'nhap-so', 'buoc-moi'];
		expect(resume_point({ attempts: [at_step_3] }, short)?.step_id).toBe('buoc-moi');
	});

	it('a finished attempt stays finished whatever the edit', () => {
		const finished = attempt_at('one', 5, 1000);
		const state = attempt_to_state(finished, 'a/b', [...STEPS, 'buoc-moi']);
		expect(state.index).toBe(6);
		expect(state.finished_at).toBe(finished.finished_at);
		expect(resume_point({ attempts: [finished] }, STEPS)).toBeNull();
	});
});

describe('two tabs: merging', () => {
	it('keeps the further position by lesson order and every step record', () => {
		const behind = attempt_at('one', 1, 1000);
		const ahead = attempt_at('one', 3, 1000);
		// The tab that is behind saved last: it must not take the learner back.
		const late_behind = { ...behind, updated_at: 99_999 };
		for (const record of [merged(ahead, late_behind), merged(late_behind, ahead)]) {
			expect(resume_point(record, STEPS)?.step_id).toBe('nhap-otp');
			expect(record.attempts[0].steps.map((s) => s.step_id)).toEqual([
				'mo-trang',
				'nhap-so',
				'nhap-mat-khau'
			]);
		}
	});

	it('counters and totals never decrease at the same step', () => {
		const base = attempt_at('one', 1, 1000);
		const state = attempt_to_state(base, 'a/b', STEPS);
		const a = state_to_attempt({ ...state, mistakes: 2 }, base, STEPS, 2000);
		const b = state_to_attempt({ ...state, hints_shown: 1 }, base, STEPS, 3000);
		const m = merge_attempts(a, b, STEPS);
		expect(m).toMatchObject({ mistakes: 2, hints_shown: 1, totals: { hints: 1, mistakes: 2 } });
	});

	it('is idempotent and the same in either order', () => {
		const a = attempt_at('one', 2, 1000);
		const b = attempt_at('one', 4, 1000);
		const c = attempt_at('two', 1, 8000);
		const once = merged(a, b, c);
		expect(merge_progress(once, once, STEPS)).toEqual(once);
		expect(merge_progress(once, record_of('lan', 'a/b', b), STEPS)).toEqual(once);
		expect(merged(c, b, a)).toEqual(once);
		expect(merge_attempts(a, b, STEPS)).toEqual(merge_attempts(b, a, STEPS));
	});

	it('never loses a completion, even against a stale copy saved later', () => {
		const finished = attempt_at('one', 5, 1000);
		const stale = { ...attempt_at('one', 3, 1000), updated_at: 50_000 };
		const record = merged(finished, stale);
		expect(record.status).toBe('completed');
		expect(record.attempts[0].finished_at).toBe(finished.finished_at);
		expect(record.score).toBe(100);
		// A stored record that says completed stays so, even merged with one that does not.
		const said: LessonProgress = {
			...merged(attempt_at('x', 1, 1)),
			status: 'completed',
			score: 80
		};
		expect(
			merge_progress(said, record_of('lan', 'a/b', attempt_at('x', 2, 1)), STEPS)
		).toMatchObject({ status: 'completed', score: 80 });
	});
});

describe('records from database version 3', () => {
	const state = {
		lesson_id: 'a/b',
		level: 'huong-dan' as const,
		index: 2,
		step_started_at: 30,
		hints_shown: 1,
		mistakes: 2,
		records: [done('mo-trang', 10), done('nhap-so', 20, { hints_used: 1 })],
		started_at: 5
	};

	it('an in-progress record becomes one attempt at the same step with its counters', () => {
		const record = from_v3({
			learner_id: 'lan',
			lesson_id: 'a/b',
			status: 'in-progress',
			state,
			score: null,
			started_at: 5,
			updated_at: 31
		});
		expect(record).toMatchObject({ schema: 2, status: 'in-progress', score: null });
		expect(record.attempts).toHaveLength(1);
		expect(record.attempts[0]).toMatchObject({
			level: 'huong-dan',
			hints_shown: 1,
			mistakes: 2,
			steps: state.records,
			totals: { hints: 2, mistakes: 2, time_ms: 2000 }
		});
		const resumed = attempt_to_state(record.attempts[0], 'a/b', STEPS);
		expect(resumed).toEqual(state);
	});

	it('a completed record becomes a finished attempt, and lost completions come back', () => {
		const all = STEPS.map((s, i) => done(s, 10 + i));
		const completed = from_v3({
			learner_id: 'lan',
			lesson_id: 'a/b',
			status: 'completed',
			state: { ...state, index: 5, records: all, hints_shown: 0, mistakes: 0, finished_at: 15 },
			score: 100,
			started_at: 5,
			updated_at: 15,
			completed_at: 15
		});
		expect(completed).toMatchObject({ status: 'completed', score: 100, completed_at: 15 });
		expect(completed.attempts[0]).toMatchObject({ finished_at: 15, score: 100 });
		expect(completed.attempts[0].steps).toEqual(all);

		// v3 overwrote a finished lesson on "Học lại": its xAPI completion brings it back.
		const retaken = from_v3(
			{
				learner_id: 'lan',
				lesson_id: 'a/b',
				status: 'in-progress',
				state: { ...state, started_at: 500 },
				score: null,
				started_at: 500,
				updated_at: 600
			},
			[
				{ statement_id: 's1', finished_at: 400, score: 90, time_ms: 300 },
				{ statement_id: 's-now', finished_at: 700, score: 50, time_ms: 100 }
			]
		);
		expect(retaken).toMatchObject({ status: 'completed', score: 90, completed_at: 400 });
		expect(retaken.attempts.map((a) => a.id)).toEqual(['v3-xapi-s1', 'v3-500']);
		expect(resume_point(retaken, STEPS)?.step_number).toBe(3);
	});

	it('a damaged record (no player state) still converts, so the database still opens', () => {
		const damaged = {
			learner_id: 'lan',
			lesson_id: 'a/b',
			status: 'completed',
			score: 70,
			started_at: 5,
			updated_at: 9,
			completed_at: 9
		} as unknown as Parameters<typeof from_v3>[0];
		expect(from_v3(damaged)).toMatchObject({ status: 'completed', score: 70, completed_at: 9 });
	});
});
