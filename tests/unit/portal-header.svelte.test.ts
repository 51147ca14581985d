import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Portal } from '$lib/portal/portal.svelte';
import PortalHeaderHarness from './harness/PortalHeaderHarness.svelte';

function setup(signed_in = true) {
	const portal = $state({
		session: { signed_in, location: '/' },
		account: { full_name: 'Nguyễn Thị Lan' },
		unread: 0,
		sign_out: vi.fn(async () => ({ ok: true }))
	});
	const view = render(PortalHeaderHarness, {
		portal: portal as unknown as Partial<Portal>,
		location: '/'
	});
	return { portal, rerender: view.rerender, user: userEvent.setup() };
}

describe('the portal header: “Dịch vụ công của tôi” is reached as on the real portal', () => {
	it('is not on the red bar: the account name opens “Thông tin cá nhân”, which leads there', async () => {
		const { user } = setup();
		expect(screen.queryByRole('link', { name: 'Dịch vụ công của tôi' })).not.toBeInTheDocument();
		const name = screen.getByRole('button', { name: /^Tài khoản:\s*Nguyễn Thị Lan$/ });
		expect(name).toHaveAttribute('aria-expanded', 'false');
		await user.click(name);
		expect(name).toHaveAttribute('aria-expanded', 'true');
		const personal = screen.getByRole('list', { name: 'Thông tin cá nhân' });
		expect(personal).toContainElement(screen.getByRole('link', { name: 'Dịch vụ công của tôi' }));
		expect(screen.getByRole('button', { name: 'Đăng xuất' })).toBeInTheDocument();
	});

	it('works from the keyboard: Enter opens, Escape folds and gives focus back', async () => {
		const { user } = setup();
		await user.tab(); // the portal's name
		await user.tab(); // Hộp thư
		await user.tab();
		const name = screen.getByRole('button', { name: /^Tài khoản:\s*Nguyễn Thị Lan$/ });
		expect(name).toHaveFocus();
		await user.keyboard('{Enter}');
		await user.tab();
		expect(screen.getByRole('link', { name: 'Dịch vụ công của tôi' })).toHaveFocus();
		await user.keyboard('{Escape}');
		expect(name).toHaveFocus();
		expect(name).toHaveAttribute('aria-expanded', 'false');
	});

	it('folds when she moves to another screen, and signs out from the menu', async () => {
		const { portal, rerender, user } = setup();
		await user.click(screen.getByRole('button', { name: /Nguyễn Thị Lan/ }));
		await rerender({ location: '/ho-so-cua-toi' });
		expect(screen.queryByRole('link', { name: 'Dịch vụ công của tôi' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: /Nguyễn Thị Lan/ }));
		await user.click(screen.getByRole('button', { name: 'Đăng xuất' }));
		expect(portal.sign_out).toHaveBeenCalledOnce();
	});

	it('stays open when the session saves the screen she is already on', async () => {
		// the screen is drawn first; the session stores its place a moment later
		const { portal, rerender, user } = setup();
		await rerender({ location: '/ho-so/1' });
		await user.click(screen.getByRole('button', { name: /Nguyễn Thị Lan/ }));
		portal.session.location = '/ho-so/1';
		await Promise.resolve();
		expect(screen.getByRole('link', { name: 'Dịch vụ công của tôi' })).toBeInTheDocument();
	});

	it('offers “Đăng nhập” and no account menu before signing in', () => {
		setup(false);
		expect(screen.getByRole('link', { name: 'Đăng nhập' })).toBeInTheDocument();
		expect(screen.queryByRole('button', { name: /Nguyễn Thị Lan/ })).not.toBeInTheDocument();
	});
});
