/**
 * Generated from the content: every lesson with scenario steps (chapter "An toàn thông tin") is
 * checked as the site builds it. Each stage has a safe and an unsafe ending; every unsafe choice
 * says what would have happened; the safe path, fed to the lesson player as the phone sends it,
 * finishes the lesson, and every unsafe choice on the way is a mistake that keeps the learner on
 * her step. The texts the phone shows (what happens, the advice) pass the same language check as
 * the instructions. A scenario added to the content is tested with no edit here.
 */
import { describe, expect, it } from 'vitest';
import { check_text } from '$lib/content/language';
import { lessons } from '$lib/content/lessons.server';
import { handle_event, start_lesson, type PlayerState } from '$lib/lessons/player';
import type { SimEvent } from '$lib/portal/events';
import { lesson_advice } from './schema';

const SCENARIO_LESSONS = lessons.filter((lesson) => lesson.steps.some((step) => step.scenario));

const choose = (step: string, choice: string, safe: boolean): SimEvent => ({
	type: 'scenario-choice',
	step,
	choice,
	safe
});

it('the safety chapter has at least five scenarios', () => {
	expect(SCENARIO_LESSONS.length).toBeGreaterThanOrEqual(5);
	expect(new Set(SCENARIO_LESSONS.map((l) => l.chapter.slug))).toEqual(
		new Set(['an-toan-thong-tin'])
	);
});

describe.each(SCENARIO_LESSONS.map((lesson) => [lesson.id, lesson] as const))(
	'scenario %s',
	(_, lesson) => {
		it('has a safe and an unsafe ending at every stage, and ends with the advice and its source', () => {
			for (const step of lesson.steps) {
				const choices = step.scenario?.choices ?? [];
				expect(
					choices.some((c) => c.safe),
					`${step.id}: a safe choice`
				).toBe(true);
				const unsafe = choices.filter((c) => !c.safe);
				expect(unsafe.length, `${step.id}: an unsafe choice`).toBeGreaterThan(0);
				for (const choice of unsafe) {
					expect(choice.happens, `${step.id}/${choice.id}: what would happen`).toBeTruthy();
					expect(choice.feedback, `${step.id}/${choice.id}: feedback`).toBeTruthy();
				}
				// "Xem mẫu" plays the safe path
				expect(step.demo).toEqual([
					{ click: `scenario.choice.${choices.find((c) => c.safe)?.id}` }
				]);
			}
			const advice = lesson_advice(lesson);
			expect(advice?.text).toBeTruthy();
			expect(advice?.source).toMatch(/\S/);
		});

		it('the safe path completes the lesson; each unsafe choice is a mistake that keeps the step', () => {
			let state: PlayerState = start_lesson(lesson, 'tu-lam', 0);
			let now = 0;
			for (const [index, step] of lesson.steps.entries()) {
				for (const choice of step.scenario!.choices.filter((c) => !c.safe)) {
					const wrong = handle_event(state, lesson, choose(step.id, choice.id, false), ++now);
					expect(wrong.outcome).toMatchObject({ kind: 'mistake', feedback: choice.feedback });
					expect(wrong.state.index).toBe(index);
					state = wrong.state;
				}
				const safe = step.scenario!.choices.find((c) => c.safe)!;
				const right = handle_event(state, lesson, choose(step.id, safe.id, true), ++now);
				expect(right.outcome).toMatchObject({
					kind: 'completed',
					finished: index === lesson.steps.length - 1
				});
				state = right.state;
			}
			expect(state.finished_at).toBeDefined();
		});

		it('says what happens and the advice in short, plain sentences', () => {
			const texts = lesson.steps.flatMap((step) => [
				...(step.scenario?.choices ?? []).flatMap((c) => [c.text, c.happens ?? '']),
				step.scenario?.advice?.text ?? ''
			]);
			const problems = texts
				.filter(Boolean)
				.flatMap((text) => check_text(text, lesson.file, 'scenario'));
			expect(problems).toEqual([]);
		});
	}
);
