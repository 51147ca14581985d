import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('$app/state', () => ({ page: { url: new URL('http://localhost/tim-hieu/') } }));

const { current_learner, CURRENT_LEARNER_KEY } = await import('$lib/learners/current.svelte');
const { default: SiteHeader } = await import('$lib/components/SiteHeader.svelte');

describe('the header’s learner button', () => {
	beforeEach(() => {
		localStorage.setItem(
			CURRENT_LEARNER_KEY,
			JSON.stringify({ id: 'lan', name: 'Bà Lan', avatar: 'hoa' })
		);
		current_learner.load();
	});

	it('opens a small menu: Đổi người học, Tiến độ của tôi, Lớp của tôi, Cài đặt', async () => {
		render(SiteHeader);
		const user = userEvent.setup();
		const name = screen.getByRole('button', { name: /Người đang học:\s*Bà Lan/ });
		expect(name).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('link', { name: 'Tiến độ của tôi' })).not.toBeInTheDocument();
		await user.click(name);
		expect(name).toHaveAttribute('aria-expanded', 'true');
		const menu = document.getElementById(name.getAttribute('aria-controls') ?? '');
		expect(menu).not.toBeNull();
		const links = [...menu!.querySelectorAll('a')];
		expect(links.map((a) => [a.textContent, new URL(a.href).pathname])).toEqual([
			['Đổi người học', '/nguoi-hoc/'],
			['Tiến độ của tôi', '/tien-do'],
			['Lớp của tôi', '/lop-cua-toi'],
			['Cài đặt', '/cai-dat']
		]);
		expect(links[0].getAttribute('href')).toContain('ve=%2Ftim-hieu%2F');
	});

	it('works from the keyboard: Enter opens, Tab reaches the first choice, Escape folds it back', async () => {
		render(SiteHeader);
		const user = userEvent.setup();
		const name = screen.getByRole('button', { name: /Bà Lan/ });
		name.focus();
		await user.keyboard('{Enter}');
		await user.tab();
		expect(screen.getByRole('link', { name: 'Đổi người học' })).toHaveFocus();
		await user.keyboard('{Escape}');
		expect(name).toHaveFocus();
		expect(name).toHaveAttribute('aria-expanded', 'false');
		expect(screen.queryByRole('link', { name: 'Đổi người học' })).not.toBeInTheDocument();
	});
});

describe('the main menu (“Mục chính”)', () => {
	it('lists every section, with “Lớp của tôi” for a learner told to go there', () => {
		render(SiteHeader);
		const nav = screen.getByRole('navigation', { name: 'Mục chính' });
		const links = [...nav.querySelectorAll('a')];
		expect(links.map((a) => [a.textContent, new URL(a.href).pathname])).toEqual([
			['Trang chủ', '/'],
			['Bài học', '/bai-hoc'],
			['Thực hành', '/thuc-hanh'],
			['Thủ tục', '/thu-tuc'],
			['Tìm hiểu', '/tim-hieu'],
			['Từ điển', '/tu-dien'],
			['Lớp của tôi', '/lop-cua-toi'],
			['Lớp học', '/lop-hoc'],
			['Cài đặt', '/cai-dat']
		]);
		expect(screen.getByRole('link', { name: 'Tìm hiểu' })).toHaveAttribute('aria-current', 'page');
	});
});
