/**
 * Scores the final test (test-content.ts), pure: what the learner did in each scenario (the
 * portal's events as the lesson driver passed them on, in order) and her answers to the
 * knowledge questions become a percentage; 80 % passes. Attempts are kept like a lesson's
 * (src/lib/progress/model.ts: every attempt, the best finished score), so a retake never takes
 * a pass back: `final_test_passed` reads that best score.
 */
import type { SimEvent } from '$lib/portal/events';
import type { Question } from '$lib/lessons/model';
import { PASS_MARK, type Check, type FinalTest, type Scenario, type Where } from './test-content';

export interface CheckResult {
	id: string;
	label: string;
	met: boolean;
	points: number;
}

export interface ScenarioResult {
	id: string;
	points: number;
	max: number;
	checks: CheckResult[];
}

export interface TestResult {
	/** 0–100, rounded */
	score: number;
	passed: boolean;
	scenarios: ScenarioResult[];
	questions: { right: number; count: number };
}

function has(event: SimEvent, where: Where | undefined): boolean {
	const fields = event as unknown as Record<string, unknown>;
	return Object.entries(where ?? {}).every(([key, value]) => fields[key] === value);
}

/** Whether what the learner did meets one check (see test-content.ts for the two kinds). */
export function check_met(check: Check, events: readonly SimEvent[]): boolean {
	const of_type = events.filter((e) => e.type === check.event);
	if (check.last_of) {
		const last = of_type.filter((e) => has(e, check.last_of)).at(-1);
		return last !== undefined && has(last, check.where);
	}
	return of_type.some((e) => has(e, check.where));
}

export function score_scenario(scenario: Scenario, events: readonly SimEvent[]): ScenarioResult {
	const checks = scenario.checks.map((check) => {
		const points = check.points ?? 1;
		return { id: check.id, label: check.label, points, met: check_met(check, events) };
	});
	return {
		id: scenario.id,
		points: checks.reduce((sum, c) => sum + (c.met ? c.points : 0), 0),
		max: checks.reduce((sum, c) => sum + c.points, 0),
		checks
	};
}

/** True when exactly the right options were chosen. */
export function answer_is_right(question: Question, chosen: readonly number[]): boolean {
	const right = question.options.flatMap((o, i) => (o.correct ? [i] : []));
	const picked = [...new Set(chosen)].sort((a, b) => a - b);
	return picked.length === right.length && picked.every((i, n) => i === right[n]);
}

/**
 * The whole attempt: each scenario's events (by scenario id; a scenario not played scores 0)
 * and each question's chosen options (by position; unanswered counts wrong).
 */
export function score_test(
	test: FinalTest,
	played: Readonly<Record<string, readonly SimEvent[]>>,
	answers: readonly (readonly number[] | undefined)[]
): TestResult {
	const scenarios = test.scenarios.map((s) => score_scenario(s, played[s.id] ?? []));
	const right = test.questions.filter((q, i) => answer_is_right(q, answers[i] ?? [])).length;
	const count = test.questions.length;
	const weighted =
		scenarios.reduce(
			(sum, s, i) => sum + (s.max ? (test.weights.scenarios[i] * s.points) / s.max : 0),
			0
		) + (count ? (test.weights.questions * right) / count : 0);
	const score = Math.round(weighted);
	return { score, passed: score >= test.pass_mark, scenarios, questions: { right, count } };
}

/** The best finished score of the stored attempts (a lesson-style progress record), or null. */
export function best_score(record: { score: number | null } | undefined | null): number | null {
	return record?.score ?? null;
}

/**
 * Whether the learner has passed the final test: her best finished attempt reached the pass
 * mark. For the certificate's conditions: pass the stored record of FINAL_TEST_ID.
 */
export function final_test_passed(
	record: { score: number | null } | undefined | null,
	pass_mark = PASS_MARK
): boolean {
	const best = best_score(record);
	return best !== null && best >= pass_mark;
}
