import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import type { LearnerSummary } from '$lib/classroom/summary';
import SendProgress from '$lib/classroom/learner/SendProgress.svelte';

// the real encoder, which a test may make give several parts (a whole course fits in one)
vi.mock('$lib/classroom/chunks', async (original) => {
	const real = await original<typeof import('$lib/classroom/chunks')>();
	return { ...real, summary_texts: vi.fn(real.summary_texts) };
});
const { summary_texts } = await import('$lib/classroom/chunks');

const SUMMARY: LearnerSummary = {
	class_code: 'HB7K2Q',
	learner_id: 'lan',
	name: 'Bà Lan',
	sent_at: 1_780_000_000_000,
	lessons: []
};

function show() {
	render(SendProgress, {
		summary: SUMMARY,
		class_name: 'Lớp tổ 5',
		catalog: [],
		on_back: () => {}
	});
}

describe('“Gửi tiến độ”: how the QR code reaches the trainer', () => {
	it('in several parts: each part, in any order, and a screenshot of each, said plainly', async () => {
		vi.mocked(summary_texts).mockResolvedValueOnce([
			'CDS1/1/3/0A0B0C0D:A',
			'CDS1/2/3/0A0B0C0D:B',
			'CDS1/3/3/0A0B0C0D:C'
		]);
		show();
		expect(
			await screen.findByText(
				'Mã gồm 3 phần, tự đổi lần lượt. Đưa màn hình này cho người hướng dẫn quét đủ 3 phần, phần nào trước cũng được. Giữ máy yên đến khi người hướng dẫn báo đã quét xong.'
			)
		).toBeInTheDocument();
		expect(
			screen.getByText(
				'Ở xa thì chụp màn hình từng phần: bấm “Tạm dừng”, chụp, rồi bấm “Phần sau” và chụp tiếp, đủ 3 ảnh. Gửi cả 3 ảnh qua Zalo cùng một lần. Gửi tệp (cách 2) thì dễ hơn.'
			)
		).toBeInTheDocument();
		// the buttons the sentence names are there
		expect(await screen.findByRole('button', { name: 'Tạm dừng' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: /Phần sau/ })).toBeInTheDocument();
	});

	it('in one code: show it, or send a screenshot of it', async () => {
		show();
		expect(
			await screen.findByText(
				'Đưa màn hình này cho người hướng dẫn quét. Ở xa thì chụp màn hình có cả mã này, rồi gửi ảnh qua Zalo.'
			)
		).toBeInTheDocument();
		expect(screen.queryByText(/phần nào trước/)).not.toBeInTheDocument();
		expect(
			screen.getByText('Đây là tất cả những gì sẽ được gửi cho lớp “Lớp tổ 5” (mã HB7K2Q):')
		).toBeInTheDocument();
	});
});
