import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { current_learner } from '$lib/learners/current.svelte';
import LearnerManager from '$lib/learners/LearnerManager.svelte';

let db: CdsDatabase;
beforeEach(() => {
	localStorage.clear();
	current_learner.set(null);
	db = create_test_database('learners-page');
});
afterEach(async () => {
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
