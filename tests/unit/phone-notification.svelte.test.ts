/**
 * The heads-up message over the portal in a lesson on a phone stays until she closes it, whether
 * it brings a code to type or the dossier code she must read (issue 8, item 3).
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import type { Portal } from '$lib/portal/portal.svelte';
import PhoneNotification from '$lib/portal/ui/PhoneNotification.svelte';

const TEN_MINUTES = 600_000;
import WithPortal from './harness/WithPortal.svelte';

const sms = (id: string, body: string) => ({
	id,
	kind: 'sms' as const,
	from: 'DVCQG',
	subject: 'Tin nhắn',
	body,
	at: '2026-10-20T09:30',
	read: false,
	learner_id: 'l1',
	sandbox: 'lesson:x'
});

function stand_in(otp_pending: boolean) {
	const portal = $state({
		notification: sms('m1', 'Ho so da nop. Ma ho so: 000.00.99.H99-261020-0001.') as unknown,
		session: { otp_pending },
		payment_otp: null,
		dismiss_notification: vi.fn(() => (portal.notification = null))
	});
	render(WithPortal, {
		portal: portal as unknown as Partial<Portal>,
		component: PhoneNotification as unknown as Component<Record<string, unknown>>
	});
	return portal;
}

describe('the heads-up message in a lesson on a phone', () => {
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		document.documentElement.classList.add('lesson-focus');
		vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width') }));
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
		document.documentElement.classList.remove('lesson-focus');
	});

	it('stays while she reads the dossier code, however long she takes, until she closes it', async () => {
		const portal = stand_in(false);
		await vi.advanceTimersByTimeAsync(TEN_MINUTES);
		expect(portal.dismiss_notification).not.toHaveBeenCalled();
		expect(screen.getAllByText(/261020-0001/).length).toBeGreaterThan(0);
		await fireEvent.click(screen.getAllByRole('button', { name: 'Đóng tin nhắn' })[0]);
		expect(portal.dismiss_notification).toHaveBeenCalledOnce();
		expect(screen.queryAllByText(/261020-0001/)).toEqual([]);
	});

	it('stays while she types the code it brings', async () => {
		const portal = stand_in(true);
		await vi.advanceTimersByTimeAsync(TEN_MINUTES);
		expect(portal.dismiss_notification).not.toHaveBeenCalled();
		expect(screen.getAllByText(/261020-0001/).length).toBeGreaterThan(0);
	});
});
