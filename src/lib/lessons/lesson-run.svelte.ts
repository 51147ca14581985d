/**
 * One learner doing one lesson: the player state, kept in the database after every change
 * (with its xAPI statements), fed by the portal's events.
 */
import type { Learner } from '$lib/db/database';
import { sim_events, type SimEvent } from '$lib/portal/events';
import type { Portal } from '$lib/portal/portal.svelte';
import type { LessonProgress } from '$lib/progress/records';
import { load_progress, save_progress } from '$lib/progress/store';
import { iso_duration, make_statement, type XapiStatement } from '$lib/progress/xapi';
import type { HelpLevel, Lesson, LessonStep } from './model';
import {
	answer_question,
	current_step,
	handle_event,
	is_finished,
	lesson_score,
	restart,
	set_level,
	show_hint,
	start_lesson,
	step_score,
	type AnswerResult,
	type Outcome,
	type PlayerState,
	type StepRecord
} from './player';

export class LessonRun {
	readonly lesson: Lesson;
	readonly portal: Portal;
	readonly learner: Learner;
	/** null until the learner starts (the introduction shows) */
	state = $state<PlayerState | null>(null);
	/** the last thing the player said about the learner's action */
	feedback = $state<{ kind: 'mistake' | 'done'; text: string } | null>(null);
	answer = $state<AnswerResult | null>(null);
	loaded = $state(false);
	#started_at = 0;
	#unsubscribe: (() => void) | undefined;

	constructor(lesson: Lesson, portal: Portal, learner: Learner) {
		this.lesson = lesson;
		this.portal = portal;
		this.learner = learner;
	}

	get step(): LessonStep | undefined {
		return this.state ? current_step(this.state, this.lesson) : undefined;
	}

	get finished() {
		return this.state ? is_finished(this.state, this.lesson) : false;
	}

	get score() {
		return this.state ? lesson_score(this.state.records) : null;
	}

	async load() {
		const progress = await load_progress(this.portal.db, this.learner.id, this.lesson.id);
		if (progress) {
			this.state = progress.state;
			this.#started_at = progress.started_at;
		}
		this.loaded = true;
		this.#unsubscribe = sim_events.subscribe((event) => void this.on_event(event));
	}

	destroy() {
		this.#unsubscribe?.();
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

	async #save(statements: XapiStatement[] = []) {
		if (!this.state) return;
		const state = $state.snapshot(this.state) as PlayerState;
		const done = is_finished(state, this.lesson);
		const progress: LessonProgress = {
			learner_id: this.learner.id,
			lesson_id: this.lesson.id,
			status: done ? 'completed' : 'in-progress',
			state,
			score: done ? lesson_score(state.records) : null,
			started_at: this.#started_at,
			updated_at: Date.now(),
			...(done ? { completed_at: state.finished_at } : {})
		};
		await save_progress(this.portal.db, progress, statements);
	}

	/** Starts (or starts over) at step 1 from the lesson's portal setup. */
	async start(level: HelpLevel) {
		const now = Date.now();
		this.#started_at = now;
		this.state = this.state
			? { ...restart(this.state, now), level }
			: start_lesson(this.lesson, level, now);
		this.feedback = null;
		this.answer = null;
		await this.portal.apply_setup(this.lesson.setup, this.lesson.procedure);
		await this.#save([this.#statement('attempted')]);
	}

	async #apply(outcome: Outcome, step: LessonStep | undefined) {
		if (outcome.kind === 'ignored') return;
		if (outcome.kind === 'mistake') {
			this.feedback = { kind: 'mistake', text: outcome.feedback };
			await this.#save();
			return;
		}
		this.feedback = { kind: 'done', text: 'Đúng rồi!' };
		this.answer = null;
		const statements = step ? [this.#step_statement(step, outcome.record)] : [];
		if (outcome.finished) {
			const score = lesson_score(this.state?.records ?? []) ?? 0;
			statements.push(
				this.#statement('completed', undefined, {
					success: true,
					completion: true,
					duration: iso_duration(Date.now() - this.#started_at),
					score: { raw: score, min: 0, max: 100, scaled: score / 100 }
				})
			);
		}
		await this.#save(statements);
	}

	async on_event(event: SimEvent) {
		if (!this.state || this.finished) return;
		const step = this.step;
		const result = handle_event(this.state, this.lesson, event, Date.now());
		if (result.outcome.kind === 'ignored') return;
		this.state = result.state;
		await this.#apply(result.outcome, step);
	}

	async hint() {
		if (!this.state) return;
		this.state = show_hint(this.state, this.lesson);
		await this.#save();
	}

	async set_level(level: HelpLevel) {
		if (!this.state) return;
		this.state = set_level(this.state, level);
		await this.#save();
	}

	async answer_question(chosen: number[]) {
		if (!this.state) return;
		const step = this.step;
		const result = answer_question(this.state, this.lesson, chosen, Date.now());
		this.state = result.state;
		this.answer = result.result;
		await this.#apply(result.outcome, step);
		if (result.result.correct) this.answer = result.result;
	}
}
