/**
 * What a learner sees when she acts on a filed dossier: a withdrawal that could not be saved
 * keeps its confirmation open with the reason, and a result to collect in person is offered
 * ("Tôi đã đến nhận") right after fast-forwarding, on whatever screen she is. And the clock bar
 * says why its date is not today's when a lesson pins it.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import { parse_places } from '$lib/content/places';
import type { Portal } from '$lib/portal/portal.svelte';
import type { Dossier } from '$lib/portal/records';
import ClockBar from '$lib/portal/ui/ClockBar.svelte';
import DossierView from '$lib/portal/ui/screens/DossierView.svelte';
import WithPortal from './harness/WithPortal.svelte';

const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));

function dossier(change: Partial<Dossier> = {}): Dossier {
	return {
		id: 'd1',
		learner_id: 'l1',
		sandbox: 'practice',
		procedure_id: 'chung-thuc-ban-sao',
		procedure_name: 'Chứng thực bản sao từ bản chính',
		code: 'TAP.01-261020-0001',
		agency: { province: 'hai-phong', ward: 'hong-bang' },
		answers: {},
		attachments: [],
		receive: { method: 'desk' },
		submitted_at: '2026-10-20T09:30',
		received_date: '2026-10-20',
		appointment_date: '2026-10-20',
		status: 'dang-xu-ly',
		history: [
			{ status: 'moi-dang-ky', at: '2026-10-20T09:30' },
			{ status: 'dang-xu-ly', at: '2026-10-20T10:00' }
		],
		...change
	};
}

function stand_in(dossiers: Dossier[], change: Partial<Portal> = {}) {
	const portal: Record<string, unknown> & {
		dossiers: Dossier[];
		session: {
			signed_in: boolean;
			clock_offset_days: number;
			clock_start?: string;
			location: string;
		};
	} = $state({
		data: { procedures: [], places },
		today: '2026-10-20',
		sandbox: 'practice',
		session: { signed_in: true, clock_offset_days: 0, location: '/' },
		dossiers,
		messages: [],
		procedure: () => undefined,
		emit: vi.fn(),
		require_sign_in: vi.fn(async () => true),
		...change
	});
	portal.dossier = (id: string) => portal.dossiers.find((d) => d.id === id);
	return portal as unknown as Portal & { dossiers: Dossier[] };
}

const show = (portal: Partial<Portal>, component: unknown, props = {}) =>
	render(WithPortal, {
		portal,
		component: component as Component<Record<string, unknown>>,
		with_props: props
	});

describe('“Rút hồ sơ”', () => {
	it('keeps its confirmation open, with the reason in Vietnamese, when the write fails', async () => {
		const withdraw = vi.fn(async () => ({ ok: false as const, error: new Error('quota') }));
		const portal = stand_in([dossier()], { withdraw } as unknown as Partial<Portal>);
		show(portal, DossierView, { dossier_id: 'd1', location: '/ho-so/d1' });
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
		await user.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
		expect(withdraw).toHaveBeenCalledOnce();
		expect(screen.getByRole('alertdialog', { name: 'Rút hồ sơ này?' })).toBeInTheDocument();
		expect(screen.getByRole('alert')).toHaveTextContent('Chưa rút được hồ sơ');
		// she can try again from the same place
		withdraw.mockResolvedValueOnce({ ok: true, value: dossier() } as never);
		await user.click(screen.getByRole('button', { name: 'Rút hồ sơ' }));
		expect(withdraw).toHaveBeenCalledTimes(2);
		expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
	});
});

describe('fast-forward and a result to collect in person', () => {
	it('offers “Tôi đã đến nhận” once the result is ready, and collects that dossier', async () => {
		const collect_result = vi.fn(async () => ({ ok: true }));
		const portal = stand_in([dossier()], { collect_result } as unknown as Partial<Portal>);
		const fast_forward = vi.fn(async () => {
			portal.dossiers = [dossier({ status: 'da-xu-ly-xong', collect_at: 'Bộ phận Một cửa' })];
			return { ok: true };
		});
		Object.assign(portal, { fast_forward });
		show(portal, ClockBar, { location: '/' });
		const user = userEvent.setup();
		expect(screen.queryByRole('button', { name: 'Tôi đã đến nhận' })).not.toBeInTheDocument();
		await user.click(screen.getByRole('button', { name: 'Tua nhanh 1 ngày' }));
		expect(screen.getByText(/đã có kết quả\. Mời bạn đến nhận tại/)).toHaveTextContent(
			'Bộ phận Một cửa'
		);
		await user.click(screen.getByRole('button', { name: 'Tôi đã đến nhận' }));
		expect(collect_result).toHaveBeenCalledWith(expect.objectContaining({ id: 'd1' }));
	});

	it('leaves the offer to the dossier’s own page when that page is shown, and skips other ways of receiving', () => {
		const ready = dossier({ status: 'da-xu-ly-xong' });
		const online = dossier({ id: 'd2', status: 'da-xu-ly-xong', receive: { method: 'online' } });
		const portal = stand_in([ready, online]);
		// the page shown, even before the session has stored it
		show(portal, ClockBar, { location: '/ho-so/d1' });
		expect(screen.queryByRole('button', { name: 'Tôi đã đến nhận' })).not.toBeInTheDocument();
	});
});

describe('a lesson that pins its practice date', () => {
	it('says under the buttons which day the lesson takes as today, and how far it was forwarded', () => {
		const portal = stand_in([], { today: '2026-10-22' } as Partial<Portal>);
		portal.session.clock_start = '2026-10-20';
		portal.session.clock_offset_days = 2;
		show(portal, ClockBar, { location: '/' });
		expect(screen.getByText(/^Ngày trong bản tập:/)).toHaveTextContent('22/10/2026');
		const note = document.querySelector('[data-sim="clock.pinned"]');
		expect(note).toHaveTextContent('Bài này lấy ngày 20/10/2026 làm ngày hôm nay trong bản tập.');
		expect(note?.parentElement).toHaveTextContent('Đã tua nhanh 2 ngày.');
		// after the buttons: the note never pushes them down when it comes
		const forward = screen.getByRole('button', { name: 'Tua nhanh 1 ngày' });
		expect(forward.compareDocumentPosition(note!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
	});

	it('says nothing of the kind in free practice, where the clock follows the device', () => {
		show(stand_in([]), ClockBar, { location: '/' });
		expect(document.querySelector('[data-sim="clock.pinned"]')).toBeNull();
		expect(screen.queryByText(/làm ngày hôm nay/)).not.toBeInTheDocument();
	});
});
