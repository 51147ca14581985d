/**
 * "Dùng ảnh mẫu" on a slow phone: while one paper's sample is saving, a tap on another paper's
 * button is not lost, and the paper that is saving says so.
 */
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Component } from 'svelte';
import type { Portal } from '$lib/portal/portal.svelte';
import type { DossierDraft } from '$lib/portal/records';
import type { Procedure } from '$lib/portal/model';
import DocumentsForm from '$lib/portal/ui/DocumentsForm.svelte';
import WithPortal from './harness/WithPortal.svelte';

const procedure = {
	id: 'chung-thuc-ban-sao',
	documents: [
		{ id: 'ban-chinh', name: 'Bản chính giấy tờ', required: true, sample: 'a.png' },
		{ id: 'can-cuoc', name: 'Thẻ căn cước', required: true, sample: 'b.png' }
	]
} as unknown as Procedure;

const draft = { procedure_id: 'chung-thuc-ban-sao', attachments: [] } as unknown as DossierDraft;

describe('DocumentsForm', () => {
	it('saves a second paper tapped while the first is saving, and shows “Đang lưu…” on each', async () => {
		const pending: (() => void)[] = [];
		const attach_sample = vi.fn(
			() => new Promise<{ ok: true }>((done) => pending.push(() => done({ ok: true })))
		);
		render(WithPortal, {
			portal: { attach_sample, emit: vi.fn() } as unknown as Partial<Portal>,
			component: DocumentsForm as unknown as Component<Record<string, unknown>>,
			with_props: { procedure, draft, location: '/x', next_step: undefined }
		});
		const user = userEvent.setup();
		await user.click(screen.getByRole('button', { name: 'Dùng ảnh mẫu cho Bản chính giấy tờ' }));
		const first = screen.getByRole('button', { name: 'Đang lưu ảnh mẫu cho Bản chính giấy tờ' });
		expect(first).toHaveTextContent('Đang lưu…');

		// the first is still saving: the other paper's button still works
		await user.click(screen.getByRole('button', { name: 'Dùng ảnh mẫu cho Thẻ căn cước' }));
		expect(attach_sample).toHaveBeenCalledTimes(2);
		expect(attach_sample.mock.calls.map((call) => (call as unknown[])[0])).toMatchObject([
			{ id: 'ban-chinh' },
			{ id: 'can-cuoc' }
		]);
		expect(
			screen.getByRole('button', { name: 'Đang lưu ảnh mẫu cho Thẻ căn cước' })
		).toHaveTextContent('Đang lưu…');

		// a second tap on the paper that is saving does not save it twice
		await user.click(first);
		expect(attach_sample).toHaveBeenCalledTimes(2);

		for (const done of pending) done();
		expect(
			await screen.findByRole('button', { name: 'Dùng ảnh mẫu cho Bản chính giấy tờ' })
		).toHaveTextContent('Dùng ảnh mẫu');
	});
});
