/**
 * One learner doing one lesson. The player's state (player.ts) is what the screen shows; the
 * stored record (src/lib/progress/model.ts) is the truth:
 *
 * - every change is saved first (through `guarded`, merged into the stored record with its xAPI
 *   statements in one transaction) and shown only once saved, so a failed save never moves the
 *   learner on, and "Thử lại" does the same save again and then shows it;
 * - the run follows the stored record live (Dexie's liveQuery, across tabs), so a second tab of
 *   the same learner shows the first tab's step and never saves an older one over it;
 * - starting again ("Học lại bài này") adds an attempt; the finished ones stay.
 *
 * Actions (portal events, hints, level, answers, start) run one after the other. The run reaches
 * the portal only through its driver ($lib/portal/driver.ts): set up, observe events.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { Learner } from '$lib/db/database';
import { guarded } from '$lib/db/writes.svelte';
import { as_driver, type PortalDriver } from '$lib/portal/driver';
import type { SimEvent } from '$lib/portal/events';
import type { Portal } from '$lib/portal/portal.svelte';
import {
	attempt_to_state,
	current_attempt,
	merge_attempts,
	new_attempt,
	state_to_attempt,
	times_completed,
	type Attempt,
	type LessonProgress
} from '$lib/progress/model';
import { load_progress, save_attempt } from '$lib/progress/store';
import { iso_duration, make_statement, type XapiStatement } from '$lib/progress/xapi';
import type { HelpLevel, Lesson, LessonStep } from './model';
import {
	answer_question,
	current_step,
	handle_event,
	is_finished,
	lesson_score,
	set_level,
	show_hint,
	step_score,
	type AnswerResult,
	type Outcome,
	type PlayerState,
	type StepRecord
} from './player';

export class LessonRun {
	readonly lesson: Lesson;
	readonly driver: PortalDriver;
	readonly learner: Learner;
	readonly step_ids: string[];
	/** null until the learner starts (the introduction shows); replaced, never mutated */
	state = $state.raw<PlayerState | null>(null);
	/** the stored record: best status and score, every attempt */
	record = $state.raw<LessonProgress | null>(null);
	/** the last thing the player said about the learner's action */
	feedback = $state<{ kind: 'mistake' | 'done'; text: string } | null>(null);
	/** the last answer, with the step it answers: a next question must not show it as its own */
	answer = $state<{ step_id: string | null; result: AnswerResult } | null>(null);
	loaded = $state(false);
	/** the attempt `state` shows, as last saved or read */
	#attempt = $state.raw<Attempt | null>(null);
	#queue: Promise<unknown> = Promise.resolve();
	#subscription: Subscription | undefined;
	#unsubscribe: (() => void) | undefined;
	#destroyed = false;

	/** `portal`: the driver of the portal beside the lesson (or that portal itself) */
	constructor(lesson: Lesson, portal: PortalDriver | Portal, learner: Learner) {
		this.lesson = lesson;
		this.driver = as_driver(portal);
		this.learner = learner;
		this.step_ids = lesson.steps.map((s) => s.id);
	}

	get step(): LessonStep | undefined {
		return this.state ? current_step(this.state, this.lesson) : undefined;
	}

	get finished() {
		return this.state ? is_finished(this.state, this.lesson) : false;
	}

	/** this attempt's score: as stored once finished */
	get score() {
		if (!this.state) return null;
		if (this.finished && this.#attempt?.score != null) return this.#attempt.score;
		return lesson_score(this.state.records);
	}

	/** how many times the learner finished this lesson */
	get times_done() {
		return this.record ? times_completed(this.record) : 0;
	}

	/** Reads the stored progress and follows it from then on; never rejects. */
	load(): Promise<void> {
		return new Promise((resolve) => {
			const done = () => {
				this.loaded = true;
				resolve();
			};
			this.#subscription = liveQuery(() =>
				load_progress(this.driver.database, this.learner.id, this.lesson.id)
			).subscribe({
				next: (record) => {
					this.#follow(record ?? null);
					done();
				},
				error: (error) => {
					console.warn('could not read lesson progress', error);
					done();
				}
			});
			if (this.#destroyed) this.#subscription.unsubscribe();
			else this.#unsubscribe = this.driver.observe((event) => this.#listen(event));
		});
	}

	destroy() {
		this.#destroyed = true;
		this.#unsubscribe?.();
		this.#subscription?.unsubscribe();
	}

	/** Resolves once every action started so far has been handled (for tests). */
	settled(): Promise<unknown> {
		return this.#queue;
	}

	#listen(event: SimEvent) {
		this.on_event(event).catch((error) => console.error('lesson event failed', error));
	}

	/** Runs actions one at a time, so each sees the state the one before saved. */
	#enqueue<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** Shows the stored record: its current attempt, never behind the one on screen. */
	#follow(record: LessonProgress | null) {
		this.record = record;
		const stored = record ? current_attempt(record) : undefined;
		if (!stored) {
			this.#attempt = null;
			this.state = null;
			return;
		}
		const mine = this.#attempt;
		const attempt =
			mine && mine.id === stored.id ? merge_attempts(mine, stored, this.step_ids) : stored;
		const state = attempt_to_state(attempt, this.lesson.id, this.step_ids);
		if (mine?.id !== attempt.id || this.state?.index !== state.index) {
			this.feedback = null;
			this.answer = null;
		}
		this.#attempt = attempt;
		// The same state again (this tab's own save, read back): keep the object the screen has.
		if (JSON.stringify(state) !== JSON.stringify(this.state)) this.state = state;
	}

	#statement(
		verb: 'attempted' | 'completed' | 'answered',
		step?: LessonStep,
		result?: XapiStatement['result']
	) {
		return make_statement({
			id: crypto.randomUUID(),
			home: `${location.origin}/`,
			learner: { id: this.learner.id, name: this.learner.name },
			verb,
			lesson: { id: this.lesson.id, title: this.lesson.title },
			step: step && { id: step.id, title: step.title, question: Boolean(step.question) },
			result,
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
			timestamp: new Date()
		});
	}

	#step_statement(step: LessonStep, record: StepRecord) {
		const score = step_score(record);
		return this.#statement(step.question ? 'answered' : 'completed', step, {
			success: true,
			completion: true,
			duration: iso_duration(record.time_ms),
			score: { raw: score, min: 0, max: 100, scaled: score / 100 },
			...(record.answer ? { response: record.answer.join('[,]') } : {}),
			extensions: {
				'https://congdanso.local/xapi/extensions/hints-used': record.hints_used,
				'https://congdanso.local/xapi/extensions/mistakes': record.mistakes,
				'https://congdanso.local/xapi/extensions/help-level': record.level
			}
		});
	}

	#where() {
		return { learner_id: this.learner.id, lesson_id: this.lesson.id, step_ids: this.step_ids };
	}

	/**
	 * Saves an attempt, then shows the record as stored and runs `then` (what the learner is
	 * told). On failure nothing changes on screen; "Thử lại" runs the whole of it again.
	 */
	async #commit(
		attempt: Attempt,
		statements: XapiStatement[],
		then?: () => void,
		before?: () => Promise<unknown>
	) {
		const result = await guarded(async () => {
			await before?.();
			const record = await save_attempt(this.driver.database, this.#where(), attempt, statements);
			this.#follow(record);
			then?.();
		});
		return result.ok;
	}

	/** Saves the player's next state of the attempt on screen. */
	#save_state(next: PlayerState, statements: XapiStatement[] = [], then?: () => void) {
		const previous = this.#attempt;
		if (!previous) return Promise.resolve(false);
		const attempt = state_to_attempt(next, previous, this.step_ids, Date.now());
		return this.#commit(attempt, statements, then);
	}

	/**
	 * Starts a new attempt at step 1 from the lesson's portal setup. Earlier attempts stay: a
	 * finished lesson stays finished. Resolves to false when it could not be saved.
	 */
	start(level: HelpLevel): Promise<boolean> {
		return this.#enqueue(() => {
			const attempt = new_attempt(crypto.randomUUID(), level, this.step_ids, Date.now());
			return this.#commit(
				attempt,
				[this.#statement('attempted')],
				() => {
					this.feedback = null;
					this.answer = null;
				},
				() => this.driver.set_up(this.lesson.setup, this.lesson.procedure)
			);
		});
	}

	#outcome(
		next: PlayerState,
		outcome: Outcome,
		step: LessonStep | undefined,
		answer?: AnswerResult
	) {
		if (outcome.kind === 'ignored') return Promise.resolve(true);
		if (outcome.kind === 'mistake') {
			return this.#save_state(next, [], () => {
				this.feedback = { kind: 'mistake', text: outcome.feedback };
				if (answer) this.answer = { step_id: step?.id ?? null, result: answer };
			});
		}
		const statements = step ? [this.#step_statement(step, outcome.record)] : [];
		if (outcome.finished) {
			const score = lesson_score(next.records) ?? 0;
			statements.push(
				this.#statement('completed', undefined, {
					success: true,
					completion: true,
					duration: iso_duration((next.finished_at ?? Date.now()) - next.started_at),
					score: { raw: score, min: 0, max: 100, scaled: score / 100 }
				})
			);
		}
		return this.#save_state(next, statements, () => {
			this.feedback = { kind: 'done', text: 'Đúng rồi!' };
			this.answer = answer ? { step_id: step?.id ?? null, result: answer } : null;
		});
	}

	/** Applies one portal event; resolves to false when its result could not be saved. */
	on_event(event: SimEvent): Promise<boolean> {
		return this.#enqueue(async () => {
			if (!this.state || this.finished) return true;
			const step = this.step;
			const result = handle_event(this.state, this.lesson, event, Date.now());
			return this.#outcome(result.state, result.outcome, step);
		});
	}

	hint(): Promise<boolean> {
		return this.#enqueue(async () => {
			if (!this.state) return true;
			const next = show_hint(this.state, this.lesson);
			return next === this.state ? true : this.#save_state(next);
		});
	}

	set_level(level: HelpLevel): Promise<boolean> {
		return this.#enqueue(async () => {
			if (!this.state || this.state.level === level) return true;
			return this.#save_state(set_level(this.state, level));
		});
	}

	answer_question(chosen: number[]): Promise<boolean> {
		return this.#enqueue(async () => {
			if (!this.state) return true;
			const step = this.step;
			const result = answer_question(this.state, this.lesson, chosen, Date.now());
			return this.#outcome(result.state, result.outcome, step, result.result);
		});
	}
}
