/**
 * Build-time check of a scenario stage (model.ts), and what the lesson player needs from it:
 * the events that complete the step (its safe choices), its mistakes (the unsafe ones, with
 * their feedback) and the "Xem mẫu" demo (a click on the first safe choice). Pure; valibot stays
 * out of the site's JavaScript because only lesson-step.ts and tests import this module.
 */
import * as v from 'valibot';
import { duplicate_problems, schema_problems, type Problem } from '$lib/content/content-error';
import { nonblank_text, slug } from '$lib/content/content-values';
import type { DemoAction, EventMatcher, Lesson, Mistake } from '$lib/lessons/model';
import {
	CHOICE_ICONS,
	choice_target,
	type ScenarioAdvice,
	type ScenarioChoice,
	type ScenarioStage
} from './model';

const lines = v.pipe(v.array(nonblank_text), v.minLength(1, 'write at least one line'));

export const screen_schema = v.variant('app', [
	v.strictObject({
		app: v.literal('call'),
		caller: nonblank_text,
		number: nonblank_text,
		status: nonblank_text,
		says: v.optional(lines)
	}),
	v.strictObject({ app: v.literal('sms'), sender: nonblank_text, messages: lines }),
	v.strictObject({
		app: v.literal('chat'),
		contact: nonblank_text,
		messages: v.pipe(
			v.array(v.strictObject({ from: v.picklist(['them', 'me']), text: nonblank_text })),
			v.minLength(1, 'write at least one message')
		)
	}),
	v.strictObject({
		app: v.literal('browser'),
		/** absent: an empty bar, waiting for the learner to type */
		address: v.optional(
			v.pipe(
				nonblank_text,
				v.regex(/^[a-z0-9.-]+(\/\S*)?$/, 'write the address as the bar shows it, with no http://')
			)
		),
		heading: nonblank_text,
		lines
	}),
	v.strictObject({ app: v.literal('install'), title: nonblank_text, lines })
]);

export const choice_schema = v.strictObject({
	id: slug,
	text: nonblank_text,
	icon: v.optional(v.picklist(CHOICE_ICONS)),
	safe: v.boolean(),
	feedback: v.optional(nonblank_text),
	happens: v.optional(nonblank_text)
});

export const advice_schema = v.strictObject({
	text: nonblank_text,
	source: nonblank_text
});

export const stage_schema = v.strictObject({
	screen: screen_schema,
	choices: v.pipe(v.array(choice_schema), v.minLength(2, 'list at least 2 choices')),
	advice: v.optional(advice_schema)
});

/** Checks one stage; problems are added with paths under `base` (e.g. `scenario`). */
export function check_stage(
	data: unknown,
	base: string,
	problems: Problem[]
): ScenarioStage | undefined {
	const shape = schema_problems(stage_schema, data, base);
	if (shape.length) {
		problems.push(...shape);
		return undefined;
	}
	const stage = v.parse(stage_schema, data) as ScenarioStage;
	const add = (path: string, problem: string) =>
		problems.push({ path: `${base}.${path}`, problem });
	if (!stage.choices.some((c) => c.safe)) add('choices', 'mark at least one choice "safe: true"');
	if (stage.choices.every((c) => c.safe)) {
		add(
			'choices',
			'list at least one unsafe choice (safe: false): the learner must see through it'
		);
	}
	stage.choices.forEach((choice, i) => {
		if (!choice.safe) {
			if (!choice.feedback) add(`choices[${i}].feedback`, 'an unsafe choice needs feedback');
			if (!choice.happens) {
				add(`choices[${i}].happens`, 'an unsafe choice needs happens: what would have happened');
			}
		} else {
			if (choice.feedback) add(`choices[${i}].feedback`, 'only an unsafe choice has feedback');
			if (choice.happens) add(`choices[${i}].happens`, 'only an unsafe choice has happens');
		}
	});
	problems.push(
		...duplicate_problems(
			stage.choices.map((c) => c.id),
			(i) => `${base}.choices[${i}].id`
		),
		...duplicate_problems(
			stage.choices.map((c) => c.text.trim()),
			(i) => `${base}.choices[${i}].text`
		)
	);
	return stage;
}

/** What the lesson player needs from a stage: it is played like any action step. */
export function stage_parts(
	step_id: string,
	stage: ScenarioStage
): { complete: EventMatcher[]; mistakes: Mistake[]; demo: DemoAction[] } {
	const matcher = (choice: ScenarioChoice): EventMatcher => ({
		event: 'scenario-choice',
		where: { step: step_id, choice: choice.id }
	});
	const safe = stage.choices.filter((c) => c.safe);
	return {
		complete: safe.map(matcher),
		mistakes: stage.choices
			.filter((c) => !c.safe)
			.map((c) => ({ ...matcher(c), feedback: c.feedback ?? '' })),
		demo: [{ click: choice_target(safe[0].id) }]
	};
}

/**
 * Course-level rules for a lesson with scenario steps: every step is one, and the last one
 * carries the official advice (and no other does). Returns the problems, by step file.
 */
export function scenario_lesson_problems(
	lesson: Pick<Lesson, 'steps'>
): { file: string; path: string; problem: string }[] {
	const steps = lesson.steps;
	if (!steps.some((s) => s.scenario)) return [];
	const problems: { file: string; path: string; problem: string }[] = [];
	steps.forEach((step, i) => {
		const last = i === steps.length - 1;
		if (!step.scenario) {
			problems.push({
				file: step.file,
				path: 'scenario',
				problem: 'a lesson with scenario steps has only scenario steps'
			});
		} else if (last && !step.scenario.advice) {
			problems.push({
				file: step.file,
				path: 'scenario.advice',
				problem: 'the last stage of a scenario ends with the official advice and its source'
			});
		} else if (!last && step.scenario.advice) {
			problems.push({
				file: step.file,
				path: 'scenario.advice',
				problem: 'only the last stage of a scenario has advice'
			});
		}
	});
	return problems;
}

/** The advice a finished scenario lesson shows. */
export function lesson_advice(lesson: Pick<Lesson, 'steps'>): ScenarioAdvice | undefined {
	return lesson.steps.at(-1)?.scenario?.advice;
}
