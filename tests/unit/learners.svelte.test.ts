import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { current_learner } from '$lib/learners/current.svelte';
import LearnerManager from '$lib/learners/LearnerManager.svelte';

let db: CdsDatabase;
beforeEach(() => {
	localStorage.clear();
	current_learner.set(null);
	db = create_test_database('learners-page');
});
afterEach(async () => {
	vi.restoreAllMocks();
	save_problem.clear();
	await db.delete();
});

function setup() {
	const user = userEvent.setup();
	const chosen: string[] = [];
	render(LearnerManager, {
		open_database: async () => db,
		on_chosen: (learner) => chosen.push(learner.name)
	});
	return { user, chosen };
}

async function add(user: ReturnType<typeof userEvent.setup>, name: string, pin = '') {
	await user.click(await screen.findByRole('button', { name: /^Thêm người (mới|học)$/ }));
	await user.type(screen.getByRole('textbox', { name: 'Tên người học' }), name);
	if (pin) await user.type(screen.getByRole('textbox', { name: /Mã PIN/ }), pin);
	await user.click(screen.getByRole('button', { name: 'Thêm người học' }));
	await screen.findByText(`Đã thêm ${name}. Bây giờ ${name} đang học.`);
}

const learner_button = (name: string) =>
	screen.getByRole('button', { name: new RegExp(`^${name}( |$)`) });

describe('the learners page: adding', () => {
	it('starts empty, and adding someone lists them and makes them the learner', async () => {
		const { user } = setup();
		expect(await screen.findByText('Chưa có ai trên máy này.')).toBeInTheDocument();
		await add(user, 'Bà Lan');
		expect(learner_button('Bà Lan')).toHaveAttribute('aria-current', 'true');
		expect(current_learner.name).toBe('Bà Lan');
		expect((await db.learners.toArray()).map((l) => l.name)).toEqual(['Bà Lan']);
	});

	it('bad input gets clear Vietnamese messages and nothing is saved', async () => {
		const { user } = setup();
		await add(user, 'Bà Lan');
		await user.click(screen.getByRole('button', { name: 'Thêm người mới' }));
		await user.type(screen.getByRole('textbox', { name: 'Tên người học' }), ' bà lan ');
		await user.type(screen.getByRole('textbox', { name: /Mã PIN/ }), '12a');
		await user.click(screen.getByRole('button', { name: 'Thêm người học' }));

		const summary = await screen.findByRole('alert');
		expect(
			within(summary)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual([
			'Tên này đã có trên máy. Hãy thêm một chữ cho dễ phân biệt, ví dụ: Bà Lan tổ 5',
			'Mã PIN phải gồm đúng 4 chữ số, ví dụ: 2580'
		]);
		expect(screen.getByRole('textbox', { name: /Mã PIN/ })).toHaveAccessibleDescription(
			expect.stringContaining('Lỗi: Mã PIN phải gồm đúng 4 chữ số')
		);
		expect(await db.learners.count()).toBe(1);
		expect(current_learner.name).toBe('Bà Lan');
	});
});

describe('the learners page: removing', () => {
	it('asks first, says what will be deleted, and removes only that learner', async () => {
		const { user } = setup();
		await add(user, 'Bà Lan');
		await add(user, 'Ông Bình');

		await user.click(screen.getByRole('button', { name: 'Xóa Bà Lan' }));
		const heading = screen.getByRole('heading', { name: 'Xóa Bà Lan khỏi máy này?' });
		expect(heading).toHaveFocus();
		expect(
			screen.getByText(
				'Bài tập, hồ sơ tập, tiến độ và cài đặt của Bà Lan trên máy này sẽ bị xóa. Việc này không hoàn tác được.'
			)
		).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Không xóa' }));
		expect(learner_button('Bà Lan')).toBeInTheDocument();
		expect(await db.learners.count()).toBe(2);

		await user.click(screen.getByRole('button', { name: 'Xóa Bà Lan' }));
		await user.click(screen.getByRole('button', { name: 'Xóa Bà Lan' }));
		expect(await screen.findByText('Đã xóa Bà Lan khỏi máy này.')).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /^Bà Lan/ })).not.toBeInTheDocument();
		expect((await db.learners.toArray()).map((l) => l.name)).toEqual(['Ông Bình']);
		// Ông Bình, added last, is still the learner
		expect(current_learner.name).toBe('Ông Bình');
	});

	it('removing the current learner clears the choice', async () => {
		const { user } = setup();
		await add(user, 'Bà Lan');
		await user.click(screen.getByRole('button', { name: 'Xóa Bà Lan' }));
		await user.click(screen.getByRole('button', { name: 'Xóa Bà Lan' }));
		await screen.findByText('Đã xóa Bà Lan khỏi máy này.');
		expect(current_learner.id).toBeNull();
		expect(localStorage.getItem('cds:learner')).toBeNull();
	});
});

describe('the learners page: a learner with a PIN is protected', () => {
	it('removing her asks for her PIN; a wrong PIN removes nothing', async () => {
		const { user } = setup();
		await add(user, 'Chị Hoa', '2580');
		await add(user, 'Ông Bình');

		await user.click(screen.getByRole('button', { name: 'Xóa Chị Hoa' }));
		expect(
			screen.getByRole('heading', { name: /Nhập mã PIN của Chị Hoa để xóa/ })
		).toBeInTheDocument();
		await user.type(screen.getByLabelText('Mã PIN, 4 chữ số'), '1111');
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN chưa đúng');
		expect(screen.queryByRole('heading', { name: /Xóa Chị Hoa khỏi máy này/ })).toBeNull();
		expect(await db.learners.count()).toBe(2);

		await user.type(screen.getByLabelText('Mã PIN, 4 chữ số'), '2580');
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		await screen.findByRole('heading', { name: 'Xóa Chị Hoa khỏi máy này?' });
		await user.click(screen.getByRole('button', { name: 'Xóa Chị Hoa' }));
		expect(await screen.findByText('Đã xóa Chị Hoa khỏi máy này.')).toBeInTheDocument();
		expect((await db.learners.toArray()).map((l) => l.name)).toEqual(['Ông Bình']);
	});

	it('after 5 wrong PINs the prompt waits, and still waits after the page is opened again', async () => {
		const { user } = setup();
		await add(user, 'Chị Hoa', '2580');
		await user.click(screen.getByRole('button', { name: 'Sửa Chị Hoa' }));
		for (let i = 0; i < 5; i++) {
			await user.type(await screen.findByLabelText('Mã PIN, 4 chữ số'), '1111');
			await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
			await waitFor(async () => expect((await db.learners.toArray())[0].pin_failures).toBe(i + 1));
		}
		expect(await screen.findByTestId('pin-wait')).toHaveTextContent(/Thử lại sau: (30|29) giây/);
		// the right PIN does not open during the wait
		await user.type(screen.getByLabelText('Mã PIN, 4 chữ số'), '2580');
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Đã nhập sai nhiều lần');
		expect(screen.queryByRole('textbox', { name: 'Tên' })).toBeNull();

		// a new prompt (the page reloaded) still waits
		await user.click(screen.getByRole('button', { name: 'Hủy' }));
		await user.click(screen.getByRole('button', { name: 'Xóa Chị Hoa' }));
		expect(await screen.findByTestId('pin-wait')).toHaveTextContent(/Thử lại sau: \d+ giây/);
	});

	it('says on screen, where the PIN is set, that it is not a bank-grade lock', async () => {
		const { user } = setup();
		await user.click(await screen.findByRole('button', { name: 'Thêm người học' }));
		expect(screen.getByRole('textbox', { name: /Mã PIN/ })).toHaveAccessibleDescription(
			expect.stringContaining('không phải khóa bảo mật như mật khẩu ngân hàng')
		);
	});
});

describe('the learners page: when the disk is full', () => {
	it('adding a learner shows the Vietnamese message, never “QuotaExceededError”, and changes nothing', async () => {
		const { user } = setup();
		vi.spyOn(db.learners, 'add').mockRejectedValue(
			new DOMException('The quota has been exceeded.', 'QuotaExceededError')
		);
		await user.click(await screen.findByRole('button', { name: 'Thêm người học' }));
		await user.type(screen.getByRole('textbox', { name: 'Tên người học' }), 'Bà Lan');
		await user.click(screen.getByRole('button', { name: 'Thêm người học' }));

		await waitFor(() =>
			expect(save_problem.current?.message).toMatch(/^Máy đã hết chỗ lưu nên bài chưa được lưu/)
		);
		expect(document.body).not.toHaveTextContent(/quota/i);
		// the form is still there, as it was; nobody was added or chosen
		expect(screen.getByRole('textbox', { name: 'Tên người học' })).toHaveValue('Bà Lan');
		expect(await db.learners.count()).toBe(0);
		expect(await db.settings.count()).toBe(0);
		expect(current_learner.id).toBeNull();

		// "Thử lại" once there is room again finishes the whole change
		vi.restoreAllMocks();
		await save_problem.retry();
		expect(await screen.findByText('Đã thêm Bà Lan. Bây giờ Bà Lan đang học.')).toBeInTheDocument();
		expect(current_learner.name).toBe('Bà Lan');
	});
});

describe('the learners page: choosing, with and without a PIN', () => {
	it('a tap switches; a PIN is asked first, and a wrong one switches nothing', async () => {
		const { user, chosen } = setup();
		await add(user, 'Bà Lan', '2580');
		await add(user, 'Ông Bình');

		await user.click(learner_button('Bà Lan'));
		const pin = await screen.findByLabelText('Mã PIN, 4 chữ số');
		expect(pin).toHaveFocus();
		await user.type(pin, '1111');
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		expect(await screen.findByRole('alert')).toHaveTextContent('Mã PIN chưa đúng. Hãy thử lại.');
		expect(current_learner.name).toBe('Ông Bình');
		expect(chosen).toEqual([]);

		await user.type(screen.getByLabelText('Mã PIN, 4 chữ số'), '2580');
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		await waitFor(() => expect(chosen).toEqual(['Bà Lan']));
		expect(current_learner.name).toBe('Bà Lan');

		await user.click(learner_button('Ông Bình'));
		await waitFor(() => expect(chosen).toEqual(['Bà Lan', 'Ông Bình']));
		expect(current_learner.name).toBe('Ông Bình');
	});

	it('renaming asks for the PIN, then saves and updates the current learner', async () => {
		const { user } = setup();
		await add(user, 'Bà Lan', '2580');
		await user.click(screen.getByRole('button', { name: 'Sửa Bà Lan' }));
		await user.type(await screen.findByLabelText('Mã PIN, 4 chữ số'), '2580');
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		const name = await screen.findByRole('textbox', { name: 'Tên' });
		await user.clear(name);
		await user.type(name, 'Bà Lan tổ 5');
		await user.click(screen.getByRole('button', { name: 'Lưu thay đổi' }));
		expect(await screen.findByText('Đã lưu thay đổi của Bà Lan tổ 5.')).toBeInTheDocument();
		expect(current_learner.name).toBe('Bà Lan tổ 5');
		expect((await db.learners.toArray())[0]).toMatchObject({ name: 'Bà Lan tổ 5' });
	});
});
