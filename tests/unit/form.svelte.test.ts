import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import TextInput from '$lib/components/form/TextInput.svelte';
import FormHarness from './harness/FormHarness.svelte';

describe('form fields: accessibility and structure', () => {
	it('names a text input by its label and describes it by its hint', () => {
		render(TextInput, { id: 'phone', label: 'Số điện thoại', hint: 'Ví dụ: 0912 345 678' });
		const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
		expect(input).toHaveAccessibleDescription('Ví dụ: 0912 345 678');
		expect(input).toHaveAttribute('aria-describedby', 'phone-hint');
		expect(input).not.toHaveAttribute('aria-invalid');
	});

	it('adds the error after the hint, with the hidden "Lỗi:" prefix, and marks the input invalid', () => {
		render(TextInput, {
			id: 'phone',
			label: 'Số điện thoại',
			hint: 'Ví dụ: 0912 345 678',
			error: 'Nhập số điện thoại di động gồm 10 chữ số'
		});
		const input = screen.getByRole('textbox', { name: 'Số điện thoại' });
		expect(input).toHaveAttribute('aria-describedby', 'phone-hint phone-error');
		expect(input).toHaveAccessibleDescription(
			'Ví dụ: 0912 345 678 Lỗi: Nhập số điện thoại di động gồm 10 chữ số'
		);
		expect(input).toHaveAttribute('aria-invalid', 'true');
	});

	it('without a hint, the description is the error alone', () => {
		render(TextInput, { id: 'x', label: 'Tên', error: 'Nhập tên' });
		expect(screen.getByRole('textbox', { name: 'Tên' })).toHaveAttribute(
			'aria-describedby',
			'x-error'
		);
	});
});

describe('error summary: state and interaction', () => {
	it('stays hidden until a failed submit, then lists every error and takes focus', async () => {
		const user = userEvent.setup();
		render(FormHarness);
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		const alert = await screen.findByRole('alert');
		expect(alert).toHaveTextContent('Có lỗi cần sửa');
		const links = screen.getAllByRole('link');
		expect(links.map((link) => link.textContent)).toEqual([
			'Nhập họ, chữ đệm và tên của trẻ',
			'Chọn giới tính của trẻ'
		]);
		await vi_wait(() => expect(alert.parentElement).toHaveFocus());
	});

	it('a summary link moves focus to its field; the radio group is described by its error', async () => {
		const user = userEvent.setup();
		render(FormHarness);
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		await user.click(screen.getByRole('link', { name: 'Chọn giới tính của trẻ' }));
		expect(screen.getByRole('radio', { name: 'Nam' })).toHaveFocus();
		expect(screen.getByRole('group', { name: 'Giới tính' })).toHaveAccessibleDescription(
			'Lỗi: Chọn giới tính của trẻ'
		);
		await user.click(screen.getByRole('link', { name: 'Nhập họ, chữ đệm và tên của trẻ' }));
		expect(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của trẻ' })).toHaveFocus();
	});

	it('clears the errors once the answers are fixed', async () => {
		const user = userEvent.setup();
		render(FormHarness);
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		await user.type(screen.getByRole('textbox', { name: /Họ, chữ đệm/ }), 'Nguyễn Thị Mai');
		await user.click(screen.getByRole('radio', { name: 'Nữ' }));
		await user.click(screen.getByRole('button', { name: 'Tiếp tục' }));
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		expect(screen.getByText('Đã lưu')).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: /Họ, chữ đệm/ })).not.toHaveAttribute(
			'aria-invalid'
		);
	});
});

async function vi_wait(check: () => void) {
	const { vi } = await import('vitest');
	await vi.waitFor(check);
}
