import { describe, expect, it } from 'vitest';
import type { Problem } from '$lib/content/content-error';
import type { LessonStep } from '$lib/lessons/model';
import { handle_event, start_lesson } from '$lib/lessons/player';
import type { SimEvent } from '$lib/portal/events';
import type { ScenarioStage } from './model';
import { check_stage, lesson_advice, scenario_lesson_problems, stage_parts } from './schema';

const call = { app: 'call', caller: 'Số lạ', number: '0900 000 111', status: 'Đang nghe' };
const unsafe = {
	id: 'doc-ma-otp',
	text: 'Đọc mã OTP',
	safe: false,
	feedback: 'Không đọc mã OTP cho ai.',
	happens: 'Kẻ gian đã đăng nhập vào tài khoản của bạn.'
};
const safe = { id: 'tat-may', text: 'Tắt máy', icon: 'hang-up', safe: true };

function check(data: unknown) {
	const problems: Problem[] = [];
	const stage = check_stage(data, 'scenario', problems);
	return { stage, problems };
}

describe('check_stage', () => {
	it('accepts a stage with a safe and an unsafe choice', () => {
		const { stage, problems } = check({ screen: call, choices: [unsafe, safe] });
		expect(problems).toEqual([]);
		expect(stage?.choices.map((c) => c.id)).toEqual(['doc-ma-otp', 'tat-may']);
	});

	it('wants at least one safe and one unsafe choice', () => {
		const all_safe = check({ screen: call, choices: [safe, { ...safe, id: 'b', text: 'B' }] });
		expect(all_safe.problems).toEqual([
			{ path: 'scenario.choices', problem: expect.stringContaining('unsafe') }
		]);
		const none_safe = check({ screen: call, choices: [unsafe, { ...unsafe, id: 'b', text: 'B' }] });
		expect(none_safe.problems).toEqual([
			{ path: 'scenario.choices', problem: expect.stringContaining('safe: true') }
		]);
	});

	it('wants what happens and feedback on every unsafe choice, and neither on a safe one', () => {
		const { problems } = check({
			screen: call,
			choices: [
				{ id: 'a', text: 'A', safe: false },
				{ ...safe, feedback: 'Tốt.' }
			]
		});
		expect(problems.map((p) => p.path).sort()).toEqual([
			'scenario.choices[0].feedback',
			'scenario.choices[0].happens',
			'scenario.choices[1].feedback'
		]);
	});

	it('names the field of a bad screen, an unknown app or key, and duplicate ids', () => {
		expect(check({ screen: { app: 'fax' }, choices: [unsafe, safe] }).problems[0].path).toBe(
			'scenario.screen.app'
		);
		expect(
			check({ screen: { ...call, colour: 'red' }, choices: [unsafe, safe] }).problems[0]
		).toMatchObject({
			path: 'scenario.screen.colour',
			problem: expect.stringContaining('unknown')
		});
		expect(
			check({
				screen: {
					app: 'browser',
					address: 'https://dichvucong.gov.vn',
					heading: 'A',
					lines: ['b']
				},
				choices: [unsafe, safe]
			}).problems[0]
		).toMatchObject({ path: 'scenario.screen.address', problem: expect.stringContaining('http') });
		const twice = check({ screen: call, choices: [unsafe, { ...safe, id: 'doc-ma-otp' }] });
		expect(twice.problems.map((p) => p.path)).toContain('scenario.choices[1].id');
		expect(check({ screen: call, choices: [safe] }).problems[0].path).toBe('scenario.choices');
	});

	it('accepts a browser with no address yet (an empty bar)', () => {
		const { problems } = check({
			screen: { app: 'browser', heading: 'Mở trang mới', lines: ['Gõ địa chỉ.'] },
			choices: [unsafe, safe]
		});
		expect(problems).toEqual([]);
	});
});

describe('stage_parts', () => {
	const stage = check({ screen: call, choices: [unsafe, safe] }).stage as ScenarioStage;
	const parts = stage_parts('nghe-cuoc-goi', stage);

	it('completes on a safe choice, counts an unsafe one as a mistake, demos the safe one', () => {
		expect(parts.complete).toEqual([
			{ event: 'scenario-choice', where: { step: 'nghe-cuoc-goi', choice: 'tat-may' } }
		]);
		expect(parts.mistakes).toEqual([
			{
				event: 'scenario-choice',
				where: { step: 'nghe-cuoc-goi', choice: 'doc-ma-otp' },
				feedback: 'Không đọc mã OTP cho ai.'
			}
		]);
		expect(parts.demo).toEqual([{ click: 'scenario.choice.tat-may' }]);
	});

	it('drives the lesson player: a wrong choice is a mistake, the safe one finishes', () => {
		const lesson = {
			id: 'x/y',
			steps: [
				{
					id: 'nghe-cuoc-goi',
					hints: ['h'],
					...parts,
					scenario: stage
				} as unknown as LessonStep
			]
		};
		const choose = (choice: string, is_safe: boolean, step = 'nghe-cuoc-goi'): SimEvent => ({
			type: 'scenario-choice',
			step,
			choice,
			safe: is_safe
		});
		const state = start_lesson(lesson, 'tu-lam', 0);
		const wrong = handle_event(state, lesson, choose('doc-ma-otp', false), 1);
		expect(wrong.outcome).toEqual({
			kind: 'mistake',
			feedback: 'Không đọc mã OTP cho ai.',
			hint_opened: false
		});
		// the same choice on another step's screen is not this step's
		const elsewhere = handle_event(wrong.state, lesson, choose('tat-may', true, 'z'), 2);
		expect(elsewhere.outcome.kind).toBe('ignored');
		const right = handle_event(wrong.state, lesson, choose('tat-may', true), 3);
		expect(right.outcome).toMatchObject({ kind: 'completed', finished: true });
	});
});

describe('scenario_lesson_problems', () => {
	const stage = check({ screen: call, choices: [unsafe, safe] }).stage as ScenarioStage;
	const advice = { text: 'Tắt máy.', source: 'Bộ Công an' };
	const step = (id: string, scenario?: ScenarioStage) =>
		({ id, file: `f/${id}.md`, ...(scenario ? { scenario } : {}) }) as LessonStep;

	it('wants the advice on the last stage only', () => {
		const good = { steps: [step('a', stage), step('b', { ...stage, advice })] };
		expect(scenario_lesson_problems(good)).toEqual([]);
		expect(lesson_advice(good)).toEqual(advice);
		expect(
			scenario_lesson_problems({ steps: [step('a', { ...stage, advice }), step('b', stage)] })
		).toEqual([
			{ file: 'f/a.md', path: 'scenario.advice', problem: expect.stringContaining('only') },
			{ file: 'f/b.md', path: 'scenario.advice', problem: expect.stringContaining('official') }
		]);
	});

	it('wants every step of such a lesson to be a stage; leaves other lessons alone', () => {
		expect(
			scenario_lesson_problems({ steps: [step('a'), step('b', { ...stage, advice })] })
		).toEqual([{ file: 'f/a.md', path: 'scenario', problem: expect.any(String) }]);
		expect(scenario_lesson_problems({ steps: [step('a'), step('b')] })).toEqual([]);
	});
});
