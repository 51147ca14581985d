import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import QrCode from '$lib/classroom/ui/QrCode.svelte';

describe('QrCode', () => {
	it('draws one code with its label', async () => {
		render(QrCode, { texts: ['HB7K2Q'], label: 'Mã QR để vào lớp HB7K2Q' });
		const code = await screen.findByRole('img', { name: 'Mã QR để vào lớp HB7K2Q' });
		expect(code.tagName.toLowerCase()).toBe('svg');
		expect(screen.queryByText(/Phần/)).not.toBeInTheDocument();
	});

	it('shows several parts one at a time, with back, forward and pause', async () => {
		const user = userEvent.setup();
		render(QrCode, { texts: ['CDS1:A', 'CDS1:B', 'CDS1:C'], label: 'Tiến độ', interval: 60_000 });
		await screen.findByRole('img', { name: 'Tiến độ, phần 1/3' });
		expect(screen.getByText('Phần 1/3')).toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: /Phần sau/ }));
		expect(screen.getByText('Phần 2/3')).toBeInTheDocument();
		// moving by hand pauses the show
		expect(screen.getByRole('button', { name: 'Chạy tiếp' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await user.click(screen.getByRole('button', { name: /Phần trước/ }));
		await user.click(screen.getByRole('button', { name: /Phần trước/ }));
		expect(screen.getByText('Phần 3/3')).toBeInTheDocument();
	});
});
