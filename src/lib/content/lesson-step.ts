/**
 * Checks one step file: its shape (lesson-shapes.ts), its events (event-matching.ts) and what
 * it points at in the portal (lesson-targets.ts). Any problem throws a ContentError whose first
 * line names the file, the field path and what is wrong, e.g.
 * `content/lessons/01-bat-dau/01-dang-nhap-vneid/03-nhap-mat-khau.md: complete[0].event: unknown
 * event "password-typed"`; further problems in the same file follow on their own lines.
 */
import * as v from 'valibot';
import { HELP_LEVEL_NAMES, type LessonStep, type Mistake, type Question } from '$lib/lessons/model';
import {
	ContentError,
	display_file,
	duplicate_problems,
	fail_if,
	frontmatter,
	schema_problems,
	type Problem
} from './content-error';
import { check_matcher, other_values_problems } from './event-matching';
import { numbered, step_id_from_file, step_schema, type StepContext } from './lesson-shapes';
import { check_demo_action, target_problem } from './lesson-targets';
import type { KnownTargets } from './portal-targets';
import { check_stage, stage_parts } from '$lib/scenarios/schema';

/**
 * Checks one step file. `file` is its path (a glob key is fine), `metadata` its frontmatter,
 * `body_present` whether it has an instruction below the frontmatter.
 */
export function parse_step(
	file: string,
	metadata: unknown,
	body_present: boolean,
	known: KnownTargets,
	context: StepContext = {}
): LessonStep {
	const shown = display_file(file);
	const name = (shown.split('/').pop() ?? shown).replace(/\.md$/, '');
	if (!shown.endsWith('.md') || !numbered(name)) {
		throw new ContentError(shown, 'file name', 'must look like 01-ten-buoc.md');
	}
	const data = frontmatter(shown, metadata);
	fail_if(shown, schema_problems(step_schema, data));
	const step = v.parse(step_schema, data);

	const problems: Problem[] = [];
	const add = (path: string, problem: string) => problems.push({ path, problem });
	const is_question = step.question !== undefined;
	// A safety scenario's stage: its choices give the events, mistakes and demo.
	const stage =
		step.scenario === undefined ? undefined : check_stage(step.scenario, 'scenario', problems);
	if (step.scenario !== undefined) {
		for (const key of ['complete', 'mistakes', 'demo', 'question', 'target'] as const) {
			if (step[key] !== undefined) {
				add(key, 'a scenario step takes its events, mistakes and demo from its choices');
			}
		}
	}
	const parts = stage ? stage_parts(step_id_from_file(shown), stage) : undefined;

	if (step.scenario !== undefined) {
		// checked above
	} else if (is_question && step.complete !== undefined) {
		add(
			'question',
			'a step has either complete (an action step) or question (a knowledge check), not both'
		);
	} else if (!is_question && step.complete === undefined) {
		add(
			'complete',
			'is missing; list the events that finish this step (or write a question for a knowledge check)'
		);
	}

	if (!is_question) {
		if (step.complete?.length === 0) add('complete', 'list at least one event');
		if (step.hints === undefined)
			add('hints', 'is missing; an action step needs at least one hint');
		else if (step.hints.length === 0) add('hints', 'list at least one hint');
		const demo_wanted = context.help_levels?.includes('xem-mau');
		if (demo_wanted && !step.demo?.length && step.scenario === undefined) {
			add(
				'demo',
				`the lesson offers "xem-mau" (${HELP_LEVEL_NAMES['xem-mau']}), so every action step needs a demo`
			);
		}
	} else {
		const question = step.question as Question;
		const correct = question.options.filter((o) => o.correct).length;
		if (correct === 0) add('question.options', 'mark at least one option "correct: true"');
		else if (question.kind === 'single' && correct > 1) {
			add(
				'question.options',
				`a single-choice question has exactly one correct option, this one has ${correct} (or use kind: multiple)`
			);
		}
		problems.push(
			...duplicate_problems(
				question.options.map((o) => o.text.trim()),
				(i) => `question.options[${i}].text`
			)
		);
		if (step.demo?.length) add('demo', 'a knowledge check has no demo');
		if (step.mistakes?.length) {
			add('mistakes', 'a knowledge check has no mistakes; explain each option instead');
		}
	}

	const target_context = { known, ...context };
	if (step.target !== undefined) {
		// 'a | b': ring a, or b while a is not on screen yet (e.g. the button that brings a).
		for (const one of step.target.split('|').map((t) => t.trim())) {
			const problem = target_problem(one, target_context);
			if (problem) add('target', problem);
		}
	}

	const complete = (parts?.complete ?? step.complete ?? []).map((m, i) =>
		check_matcher(m, `complete[${i}]`, context, problems)
	);
	const mistakes: Mistake[] = (parts?.mistakes ?? step.mistakes ?? []).map((m, i) => ({
		...check_matcher(m, `mistakes[${i}]`, context, problems),
		feedback: m.feedback
	}));
	problems.push(...other_values_problems(complete, mistakes));
	const demo = parts
		? parts.demo
		: (step.demo ?? []).flatMap((action, i) => {
				const checked = check_demo_action(action, `demo[${i}]`, target_context, problems);
				return checked ? [checked] : [];
			});

	if (!body_present) {
		add('body', 'is empty; write the instruction below the frontmatter (after the second ---)');
	}
	fail_if(shown, problems);

	return {
		id: step_id_from_file(shown),
		file: shown,
		title: step.title,
		...(step.target !== undefined ? { target: step.target } : {}),
		complete,
		hints: step.hints ?? [],
		mistakes,
		demo,
		...(step.question ? { question: step.question } : {}),
		...(stage ? { scenario: stage } : {})
	};
}
