import { describe, expect, it } from 'vitest';
import type { Lesson } from './model';
import {
	answer_question,
	current_step,
	handle_event,
	is_finished,
	lesson_score,
	matches,
	set_level,
	show_hint,
	start_lesson,
	step_score
} from './player';

const lesson: Pick<Lesson, 'id' | 'steps'> = {
	id: 'lam-quen/dang-nhap',
	steps: [
		{
			id: 'mo-dang-nhap',
			file: 'a.md',
			title: 'Mở trang đăng nhập',
			target: 'portal.sign-in',
			complete: [{ event: 'sign-in-opened' }],
			hints: ['Nhìn lên thanh màu đỏ.', 'Bấm chữ “Đăng nhập”.'],
			mistakes: [],
			demo: [{ click: 'portal.sign-in' }]
		},
		{
			id: 'nhap-mat-khau',
			file: 'b.md',
			title: 'Đăng nhập',
			target: 'login.submit',
			complete: [{ event: 'password-submitted', where: { ok: true } }],
			hints: ['Mật khẩu nằm trong khung tài khoản tập.', 'Gõ đúng chữ hoa, chữ thường.'],
			mistakes: [
				{ event: 'password-submitted', where: { ok: false }, feedback: 'Mật khẩu chưa đúng.' }
			],
			demo: [{ click: 'login.submit' }]
		},
		{
			id: 'cau-hoi-otp',
			file: 'c.md',
			title: 'Ai được biết mã OTP?',
			complete: [],
			hints: [],
			mistakes: [],
			demo: [],
			question: {
				kind: 'single',
				prompt: 'Ai được biết mã OTP?',
				options: [
					{ text: 'Chỉ mình tôi', correct: true, explanation: 'Đúng.' },
					{ text: 'Công an gọi điện', correct: false, explanation: 'Công an không hỏi mã OTP.' }
				]
			}
		}
	]
};

const wrong_password = {
	type: 'password-submitted',
	ok: false,
	failures: 1,
	locked: false
} as const;
const right_password = {
	type: 'password-submitted',
	ok: true,
	failures: 0,
	locked: false
} as const;

describe('matching an event against a step', () => {
	it('needs the same type and every listed value', () => {
		expect(matches({ event: 'password-submitted', where: { ok: true } }, right_password)).toBe(
			true
		);
		expect(matches({ event: 'password-submitted', where: { ok: true } }, wrong_password)).toBe(
			false
		);
		expect(matches({ event: 'password-submitted' }, wrong_password)).toBe(true);
		expect(matches({ event: 'otp-submitted' }, right_password)).toBe(false);
	});
});

describe('the step state machine', () => {
	it('completes a step only on its expected event, never on anything else', () => {
		let state = start_lesson(lesson, 'huong-dan', 1000);
		let step = handle_event(state, lesson, { type: 'signed-out' }, 1500);
		expect(step.outcome).toEqual({ kind: 'ignored' });
		expect(step.state.index).toBe(0);
		step = handle_event(state, lesson, { type: 'sign-in-opened' }, 4000);
		expect(step.outcome).toMatchObject({
			kind: 'completed',
			finished: false,
			record: {
				step_id: 'mo-dang-nhap',
				time_ms: 3000,
				hints_used: 0,
				mistakes: 0,
				level: 'huong-dan'
			}
		});
		state = step.state;
		expect(current_step(state, lesson)?.id).toBe('nhap-mat-khau');
		expect(state.step_started_at).toBe(4000);
	});

	it('gives the step’s feedback for a known mistake and counts it', () => {
		const state = { ...start_lesson(lesson, 'tu-lam', 0), index: 1 };
		const step = handle_event(state, lesson, wrong_password, 10);
		expect(step.outcome).toEqual({
			kind: 'mistake',
			feedback: 'Mật khẩu chưa đúng.',
			hint_opened: false
		});
		expect(step.state.mistakes).toBe(1);
		expect(step.state.index).toBe(1);
	});

	it('in "Hướng dẫn" opens the next hint after every two mistakes', () => {
		let state = { ...start_lesson(lesson, 'huong-dan', 0), index: 1 };
		state = handle_event(state, lesson, wrong_password, 1).state;
		expect(state.hints_shown).toBe(0);
		const second = handle_event(state, lesson, wrong_password, 2);
		expect(second.outcome).toMatchObject({ kind: 'mistake', hint_opened: true });
		expect(second.state.hints_shown).toBe(1);
	});

	it('in "Tự làm" never opens a hint by itself', () => {
		let state = { ...start_lesson(lesson, 'tu-lam', 0), index: 1 };
		for (let i = 0; i < 4; i++) state = handle_event(state, lesson, wrong_password, i).state;
		expect(state.hints_shown).toBe(0);
		expect(state.mistakes).toBe(4);
	});

	it('hints on request stop at the last one', () => {
		let state = start_lesson(lesson, 'tu-lam', 0);
		state = show_hint(show_hint(show_hint(state, lesson), lesson), lesson);
		expect(state.hints_shown).toBe(2);
	});

	it('a knowledge check completes on the right answer only, with explanations', () => {
		const state = { ...start_lesson(lesson, 'tu-lam', 0), index: 2 };
		const wrong = answer_question(state, lesson, [1], 5);
		expect(wrong.result).toEqual({
			correct: false,
			explanations: [
				{ text: 'Công an gọi điện', correct: false, explanation: 'Công an không hỏi mã OTP.' }
			]
		});
		expect(wrong.state.index).toBe(2);
		expect(wrong.state.mistakes).toBe(1);
		const right = answer_question(wrong.state, lesson, [0], 9);
		expect(right.result.correct).toBe(true);
		expect(right.outcome).toMatchObject({
			kind: 'completed',
			finished: true,
			record: { answer: [0], mistakes: 1 }
		});
		expect(is_finished(right.state, lesson)).toBe(true);
		expect(right.state.finished_at).toBe(9);
	});

	it('a question step ignores portal events', () => {
		const state = { ...start_lesson(lesson, 'tu-lam', 0), index: 2 };
		expect(handle_event(state, lesson, right_password, 1).outcome).toEqual({ kind: 'ignored' });
	});

	it('changing the help level applies from the current step on', () => {
		let state = start_lesson(lesson, 'xem-mau', 0);
		state = handle_event(state, lesson, { type: 'sign-in-opened' }, 1).state;
		state = set_level(state, 'tu-lam');
		const done = handle_event(state, lesson, right_password, 2);
		expect(done.state.records.map((r) => r.level)).toEqual(['xem-mau', 'tu-lam']);
	});

	it('resuming from a stored state continues at the same step with its counts', () => {
		let state = start_lesson(lesson, 'huong-dan', 0);
		state = handle_event(state, lesson, { type: 'sign-in-opened' }, 1).state;
		state = handle_event(state, lesson, wrong_password, 2).state;
		const stored = JSON.parse(JSON.stringify(state));
		expect(current_step(stored, lesson)?.id).toBe('nhap-mat-khau');
		const resumed = handle_event(stored, lesson, right_password, 3);
		expect(resumed.outcome).toMatchObject({ kind: 'completed', record: { mistakes: 1 } });
	});
});

describe('scoring', () => {
	it('each hint costs 20 and each mistake 10, never below 0; watched steps score 0', () => {
		expect(step_score({ level: 'tu-lam', hints_used: 0, mistakes: 0 })).toBe(100);
		expect(step_score({ level: 'tu-lam', hints_used: 1, mistakes: 2 })).toBe(60);
		expect(step_score({ level: 'huong-dan', hints_used: 5, mistakes: 3 })).toBe(0);
		expect(step_score({ level: 'xem-mau', hints_used: 0, mistakes: 0 })).toBe(0);
	});

	it('the lesson score is the rounded mean', () => {
		expect(
			lesson_score([
				{ level: 'tu-lam', hints_used: 0, mistakes: 0 },
				{ level: 'tu-lam', hints_used: 1, mistakes: 0 },
				{ level: 'tu-lam', hints_used: 0, mistakes: 1 }
			])
		).toBe(90);
		expect(lesson_score([])).toBeNull();
	});
});
