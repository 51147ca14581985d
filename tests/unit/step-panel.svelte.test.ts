import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LessonStep } from '$lib/lessons/model';
import QuestionBlock from '$lib/lessons/ui/QuestionBlock.svelte';
import StepPanel from '$lib/lessons/ui/StepPanel.svelte';

const step: LessonStep = {
	id: 'nhap-mat-khau',
	file: 'x.md',
	title: 'Nhập mật khẩu',
	target: 'login.password',
	complete: [{ event: 'password-submitted', where: { ok: true } }],
	hints: ['Mật khẩu nằm trong khung “Tài khoản tập”.', 'Gõ đúng chữ hoa và chữ thường.'],
	mistakes: [],
	demo: []
};

function panel(props: Partial<Parameters<typeof StepPanel>[1]> = {}) {
	const handlers = {
		on_hint: vi.fn(),
		on_level: vi.fn(),
		on_answer: vi.fn(),
		on_replay: vi.fn(),
		on_read_aloud: vi.fn()
	};
	render(StepPanel, {
		step,
		index: 2,
		count: 8,
		level: 'huong-dan',
		levels: ['xem-mau', 'huong-dan', 'tu-lam'],
		hints_shown: 0,
		feedback: null,
		answer: null,
		demo_running: false,
		can_read_aloud: false,
		...handlers,
		...props
	});
	return { ...handlers, user: userEvent.setup() };
}

describe('step panel: accessibility and structure', () => {
	it('says where the learner is, in words and as a progress bar', () => {
		panel();
		expect(
			screen.getByText(
				(_, element) => element?.tagName === 'P' && element.textContent === 'Bước 3/8'
			)
		).toBeInTheDocument();
		const bar = screen.getByRole('progressbar', { name: 'Tiến độ bài học' });
		expect(bar).toHaveAttribute('aria-valuenow', '2');
		expect(bar).toHaveAttribute('aria-valuetext', 'Đã xong 2 trên 8 bước');
		expect(screen.getByRole('heading', { level: 2, name: 'Nhập mật khẩu' })).toBeInTheDocument();
	});

	it('offers only the help levels the lesson allows, with the current one checked', () => {
		panel({ levels: ['huong-dan', 'tu-lam'], level: 'tu-lam' });
		const group = screen.getByRole('group', { name: 'Mức trợ giúp' });
		expect(
			within(group)
				.getAllByRole('radio')
				.map((r) => r.getAttribute('value'))
		).toEqual(['huong-dan', 'tu-lam']);
		expect(within(group).getByRole('radio', { name: 'Tự làm' })).toBeChecked();
	});

	it('shows a mistake’s feedback as an alert', () => {
		panel({ feedback: { kind: 'mistake', text: 'Mật khẩu chưa đúng.' } });
		expect(screen.getByRole('alert')).toHaveTextContent('Mật khẩu chưa đúng.');
	});
});

describe('step panel: state and interaction', () => {
	it('shows the hints opened so far and asks for the next one', async () => {
		const { on_hint, user } = panel({ hints_shown: 1 });
		expect(screen.getByText('Mật khẩu nằm trong khung “Tài khoản tập”.')).toBeInTheDocument();
		expect(screen.queryByText('Gõ đúng chữ hoa và chữ thường.')).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Gợi ý (1)' }));
		expect(on_hint).toHaveBeenCalledOnce();
	});

	it('in "Tự làm" the hint button says what it costs', () => {
		panel({ level: 'tu-lam' });
		expect(
			screen.getByRole('button', { name: 'Gợi ý (2, mỗi gợi ý trừ 20 điểm)' })
		).toBeInTheDocument();
	});

	it('in "Xem mẫu" offers to replay the step instead of hints', async () => {
		const { on_replay, user } = panel({ level: 'xem-mau' });
		expect(screen.queryByRole('button', { name: /Gợi ý/ })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Xem lại bước này' }));
		expect(on_replay).toHaveBeenCalledOnce();
	});

	it('switching the help level reports the new level', async () => {
		const { on_level, user } = panel();
		await user.click(screen.getByRole('radio', { name: 'Tự làm' }));
		expect(on_level).toHaveBeenCalledWith('tu-lam');
	});
});

describe('question block', () => {
	const question = {
		kind: 'single' as const,
		prompt: 'Có người gọi điện xin mã OTP. Bạn làm gì?',
		options: [
			{ text: 'Đọc mã cho họ', correct: false, explanation: 'Không ai được biết mã OTP.' },
			{ text: 'Không đưa, tắt máy', correct: true, explanation: 'Đúng: công an không hỏi mã OTP.' }
		]
	};

	it('asks for a choice before answering, in words tied to the question', async () => {
		// "Trả lời" is in the step's row of buttons, tied to the question's form
		const { on_answer, user } = panel({ step: { ...step, question } });
		await user.click(screen.getByRole('button', { name: 'Trả lời' }));
		expect(on_answer).not.toHaveBeenCalled();
		expect(screen.getByRole('group', { name: question.prompt })).toHaveAccessibleDescription(
			'Lỗi: Chọn một câu trả lời'
		);
		await user.click(screen.getByRole('radio', { name: 'Không đưa, tắt máy' }));
		await user.click(screen.getByRole('button', { name: 'Trả lời' }));
		expect(on_answer).toHaveBeenCalledWith([1]);
	});

	it('explains each answer chosen', () => {
		render(QuestionBlock, {
			id: 'q1',
			form_id: 'q1-form',
			question,
			result: { correct: false, explanations: [question.options[0]] },
			on_answer: vi.fn()
		});
		const status = screen.getByRole('status');
		expect(status).toHaveTextContent('Chưa đúng, hãy thử lại.');
		expect(status).toHaveTextContent('Đọc mã cho họ: Không ai được biết mã OTP.');
	});
});

describe('step panel: what the learner must read comes to her', () => {
	it('shows the practice account inside the step that asks for it', () => {
		panel({ account: { citizen_id: '001099012345', password: 'Tap@2025' } });
		expect(screen.getByText('001099012345')).toBeInTheDocument();
		expect(screen.getByText('Tap@2025')).toBeInTheDocument();
	});

	it('offers to show a dismissed message again', async () => {
		const on_reopen_message = vi.fn();
		const { user } = panel({ can_reopen_message: true, on_reopen_message });
		await user.click(screen.getByRole('button', { name: 'Xem lại tin nhắn' }));
		expect(on_reopen_message).toHaveBeenCalledOnce();
	});

	it('"Xem thêm" asks to open the whole instruction and says whether it is open', async () => {
		const on_open = vi.fn();
		const { user } = panel({ on_open });
		const more = screen.getByRole('button', { name: 'Xem thêm' });
		expect(more).toHaveAttribute('aria-expanded', 'false');
		await user.click(more);
		expect(on_open).toHaveBeenCalledWith(true);
	});

	it('a question step has its "Trả lời" in the row of buttons, not "Xem thêm"', () => {
		const question = {
			kind: 'single' as const,
			prompt: 'Mã hồ sơ để làm gì?',
			options: [
				{ text: 'Để tra cứu', correct: true, explanation: 'Đúng.' },
				{ text: 'Để đăng nhập', correct: false, explanation: 'Không.' }
			]
		};
		panel({ step: { ...step, question } });
		const answer = screen.getByRole('button', { name: 'Trả lời' });
		expect(answer.closest('.actions')).not.toBeNull();
		expect(answer).toHaveAttribute('form', document.querySelector('form')?.id);
		expect(screen.queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
	});
});
