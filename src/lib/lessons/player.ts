/**
 * The lesson player's rules, without any DOM: which event completes a step, what counts as a
 * mistake, when a hint is shown, and the score. The player component feeds it SimEvents and
 * stores what comes back.
 *
 * Scoring (shown at the end of a lesson): each step is worth 100 points, less 20 for each hint
 * used and 10 for each mistake, never below 0; a step the learner watched in "Xem mẫu" scores
 * 0 because the learner did not do it. The lesson's score is the rounded mean of its steps.
 */
import type { SimEvent } from '$lib/portal/events';
import type { EventMatcher, HelpLevel, Lesson, LessonStep } from './model';

export const HINT_COST = 20;
export const MISTAKE_COST = 10;
/** In "Hướng dẫn", the next hint opens by itself after this many mistakes. */
export const MISTAKES_BEFORE_HINT = 2;

export interface StepRecord {
	step_id: string;
	level: HelpLevel;
	completed_at: number;
	time_ms: number;
	hints_used: number;
	mistakes: number;
	/** for knowledge checks: the options chosen, by index */
	answer?: number[];
}

export interface PlayerState {
	lesson_id: string;
	level: HelpLevel;
	/** the current step; equals the number of steps once the lesson is finished */
	index: number;
	step_started_at: number;
	hints_shown: number;
	mistakes: number;
	records: StepRecord[];
	started_at: number;
	finished_at?: number;
}

export type Outcome =
	| { kind: 'ignored' }
	| { kind: 'completed'; record: StepRecord; finished: boolean }
	| { kind: 'mistake'; feedback: string; hint_opened: boolean };

export function start_lesson(
	lesson: Pick<Lesson, 'id'>,
	level: HelpLevel,
	now: number
): PlayerState {
	return {
		lesson_id: lesson.id,
		level,
		index: 0,
		step_started_at: now,
		hints_shown: 0,
		mistakes: 0,
		records: [],
		started_at: now
	};
}

export function current_step(
	state: PlayerState,
	lesson: Pick<Lesson, 'steps'>
): LessonStep | undefined {
	return lesson.steps[state.index];
}

export function is_finished(state: PlayerState, lesson: Pick<Lesson, 'steps'>) {
	return state.index >= lesson.steps.length;
}

/** True when the event is of the matcher's type and has every `where` value. */
export function matches(matcher: EventMatcher, event: SimEvent): boolean {
	if (matcher.event !== event.type) return false;
	const fields = event as unknown as Record<string, unknown>;
	return Object.entries(matcher.where ?? {}).every(([key, value]) => fields[key] === value);
}

function complete(
	state: PlayerState,
	lesson: Pick<Lesson, 'steps'>,
	now: number,
	answer?: number[]
) {
	const step = lesson.steps[state.index];
	const record: StepRecord = {
		step_id: step.id,
		level: state.level,
		completed_at: now,
		time_ms: Math.max(0, now - state.step_started_at),
		hints_used: state.hints_shown,
		mistakes: state.mistakes,
		...(answer ? { answer } : {})
	};
	const index = state.index + 1;
	const finished = index >= lesson.steps.length;
	const next: PlayerState = {
		...state,
		index,
		step_started_at: now,
		hints_shown: 0,
		mistakes: 0,
		records: [...state.records.filter((r) => r.step_id !== step.id), record],
		...(finished ? { finished_at: now } : {})
	};
	return { state: next, outcome: { kind: 'completed', record, finished } as const };
}

function mistake(state: PlayerState, step: LessonStep, feedback: string) {
	const mistakes = state.mistakes + 1;
	const opens =
		state.level === 'huong-dan' &&
		mistakes % MISTAKES_BEFORE_HINT === 0 &&
		state.hints_shown < step.hints.length;
	return {
		state: { ...state, mistakes, hints_shown: state.hints_shown + (opens ? 1 : 0) },
		outcome: { kind: 'mistake', feedback, hint_opened: opens } as const
	};
}

/** Applies one portal event to the player. */
export function handle_event(
	state: PlayerState,
	lesson: Pick<Lesson, 'steps'>,
	event: SimEvent,
	now: number
): { state: PlayerState; outcome: Outcome } {
	const step = current_step(state, lesson);
	if (!step || step.question) return { state, outcome: { kind: 'ignored' } };
	if (step.complete.some((matcher) => matches(matcher, event))) return complete(state, lesson, now);
	const wrong = step.mistakes.find((m) => matches(m, event));
	if (wrong) return mistake(state, step, wrong.feedback);
	return { state, outcome: { kind: 'ignored' } };
}

/** The learner asks for the next hint (there is none in "Xem mẫu", which shows the step). */
export function show_hint(state: PlayerState, lesson: Pick<Lesson, 'steps'>): PlayerState {
	const step = current_step(state, lesson);
	if (!step || state.hints_shown >= step.hints.length) return state;
	return { ...state, hints_shown: state.hints_shown + 1 };
}

export interface AnswerResult {
	correct: boolean;
	/** the explanation of every option the learner chose, in order */
	explanations: { text: string; correct: boolean; explanation: string }[];
}

/**
 * Checks a knowledge-check answer. A right answer completes the step; a wrong one counts as a
 * mistake and the learner may try again.
 */
export function answer_question(
	state: PlayerState,
	lesson: Pick<Lesson, 'steps'>,
	chosen: number[],
	now: number
): { state: PlayerState; result: AnswerResult; outcome: Outcome } {
	const step = current_step(state, lesson);
	if (!step?.question) throw new Error('the current step is not a question');
	const options = step.question.options;
	const picked = [...new Set(chosen)]
		.filter((i) => i >= 0 && i < options.length)
		.sort((a, b) => a - b);
	const right = options.flatMap((o, i) => (o.correct ? [i] : []));
	const correct = picked.length === right.length && picked.every((i, n) => i === right[n]);
	const result = { correct, explanations: picked.map((i) => options[i]) };
	if (correct) {
		const done = complete(state, lesson, now, picked);
		return { ...done, result };
	}
	const wrong = mistake(state, step, 'Chưa đúng. Hãy đọc giải thích rồi chọn lại.');
	return { ...wrong, result };
}

export function set_level(state: PlayerState, level: HelpLevel): PlayerState {
	return { ...state, level };
}

export function step_score(record: Pick<StepRecord, 'level' | 'hints_used' | 'mistakes'>): number {
	if (record.level === 'xem-mau') return 0;
	return Math.max(0, 100 - HINT_COST * record.hints_used - MISTAKE_COST * record.mistakes);
}

/** 0–100, the mean of the steps' scores; null before any step is done. */
export function lesson_score(records: Pick<StepRecord, 'level' | 'hints_used' | 'mistakes'>[]) {
	if (records.length === 0) return null;
	return Math.round(records.reduce((sum, r) => sum + step_score(r), 0) / records.length);
}
