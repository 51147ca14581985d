/**
 * A finished final-test attempt as a lesson attempt (src/lib/progress/model.ts), so it is kept
 * the way lesson attempts are: every attempt stays, the record's score is the best finished one,
 * and a pass is never taken back by a weaker retake. Its "steps" are the scenarios and the
 * questions; a step's mistakes are the checks not met or the questions answered wrong.
 */
import type { StepRecord } from '$lib/lessons/player';
import { content_version, type Attempt } from '$lib/progress/model';
import type { TestResult } from './score';
import type { FinalTest } from './test-content';

export const QUESTIONS_STEP = 'cau-hoi';

export function test_step_ids(test: FinalTest): string[] {
	return [...test.scenarios.map((s) => s.id), QUESTIONS_STEP];
}

export function finished_attempt(
	test: FinalTest,
	result: TestResult,
	times: { id: string; started_at: number; finished_at: number; step_ms: Record<string, number> }
): Attempt {
	const step_ids = test_step_ids(test);
	const steps: StepRecord[] = step_ids.map((step_id) => {
		const scenario = result.scenarios.find((s) => s.id === step_id);
		const mistakes = scenario
			? scenario.checks.filter((c) => !c.met).length
			: result.questions.count - result.questions.right;
		return {
			step_id,
			level: 'tu-lam',
			completed_at: times.finished_at,
			time_ms: times.step_ms[step_id] ?? 0,
			hints_used: 0,
			mistakes
		};
	});
	return {
		id: times.id,
		started_at: times.started_at,
		finished_at: times.finished_at,
		score: result.score,
		level: 'tu-lam',
		step_started_at: times.finished_at,
		hints_shown: 0,
		mistakes: 0,
		steps,
		step_ids,
		content_version: content_version(step_ids),
		totals: {
			hints: 0,
			mistakes: steps.reduce((n, s) => n + s.mistakes, 0),
			time_ms: steps.reduce((n, s) => n + s.time_ms, 0)
		},
		updated_at: times.finished_at
	};
}
