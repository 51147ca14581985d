import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse_places } from '$lib/content/places';
import { parse_procedure } from '$lib/content/procedure-schema';
import type { Portal } from '$lib/portal/portal.svelte';
import { new_draft } from '$lib/portal/sandbox';
import EFormHarness from './harness/EFormHarness.svelte';

const file = 'content/procedures/dang-ky-khai-sinh.yaml';
const procedure = parse_procedure(file, readFileSync(file, 'utf8'));
const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));

const key = { learner_id: 'l1', sandbox: 'practice' };

function setup(section_id = 'child') {
	const portal = {
		data: { procedures: [procedure], places },
		today: '2026-11-27',
		draft: null,
		emit: vi.fn(),
		go: vi.fn(),
		set_answers: vi.fn(async () => ({ ok: true as const, value: new_draft(key, procedure.id) }))
	} satisfies Partial<Portal>;
	render(EFormHarness, {
		portal,
		procedure,
		draft: new_draft(key, procedure.id),
		section_id
	});
	return { portal, user: userEvent.setup() };
}

describe('the generated e-form: accessibility and structure', () => {
	it('draws each field of the page from the procedure data, named by its label', () => {
		setup();
		expect(screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' })).toBeInTheDocument();
		expect(screen.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' })).toBeInTheDocument();
		expect(screen.getByRole('group', { name: 'Giới tính' })).toBeInTheDocument();
		expect(screen.getByRole('radio', { name: 'Nam' })).toBeInTheDocument();
		expect(screen.queryByRole('textbox', { name: /của mẹ/ })).not.toBeInTheDocument();
	});

	it('describes a field by its hint from the content', () => {
		setup();
		const field = procedure.fields.find((f) => f.id === 'child_full_name');
		expect(
			screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' })
		).toHaveAccessibleDescription(field?.hint);
	});
});

describe('the generated e-form: state and interaction', () => {
	it('an empty submit lists every missing answer in the summary and on each field', async () => {
		const { portal, user } = setup();
		await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
		const alert = screen.getByRole('alert');
		expect(
			within(alert)
				.getAllByRole('link')
				.map((a) => a.textContent)
		).toEqual([
			'Nhập họ, chữ đệm và tên của bé',
			'Nhập ngày, tháng, năm sinh',
			'Chọn giới tính',
			'Nhập nơi sinh'
		]);
		const name = screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' });
		expect(name).toHaveAttribute('aria-invalid', 'true');
		expect(name.getAttribute('aria-describedby')).toBe(
			'child_full_name-hint child_full_name-error'
		);
		expect(portal.go).not.toHaveBeenCalled();
		expect(portal.emit).toHaveBeenCalledWith(
			expect.objectContaining({ type: 'form-errors-shown', section_id: 'child' })
		);
	});

	it('a birth more than 60 days ago is refused with the rule explained', async () => {
		const { user } = setup();
		await user.type(screen.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }), '01/01/2026');
		await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
		expect(screen.getByRole('alert')).toHaveTextContent('trong vòng 60 ngày');
	});

	it('valid answers are saved and lead to the next page', async () => {
		const { portal, user } = setup();
		await user.type(
			screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' }),
			'Nguyễn An'
		);
		await user.type(screen.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }), '20/11/2026');
		await user.click(screen.getByRole('radio', { name: 'Nữ' }));
		await user.type(screen.getByRole('textbox', { name: 'Nơi sinh' }), 'Hải Phòng');
		await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
		expect(screen.queryByRole('alert')).not.toBeInTheDocument();
		expect(portal.go).toHaveBeenCalledWith('/nop/dang-ky-khai-sinh/ke-khai/mother');
		expect(portal.set_answers).toHaveBeenCalledWith(
			expect.objectContaining({ child_full_name: 'Nguyễn An' })
		);
	});

	it('tells a lesson the date typed, as dd/mm/yyyy, and no other typed text', async () => {
		const { portal, user } = setup();
		await user.type(
			screen.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' }),
			'Nguyễn An'
		);
		await user.type(screen.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }), '7/11/2026');
		await user.click(screen.getByRole('radio', { name: 'Nữ' }));
		await user.type(screen.getByRole('textbox', { name: 'Nơi sinh' }), 'Hải Phòng');
		await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
		const reported = Object.fromEntries(
			portal.emit.mock.calls
				.map(([event]) => event as { type: string; field_id?: string; value?: string })
				.filter((event) => event.type === 'field-set')
				.map((event) => [event.field_id, event.value])
		);
		expect(reported).toEqual({
			child_full_name: '',
			child_date_of_birth: '07/11/2026',
			child_sex: 'nu',
			child_place_of_birth: ''
		});
	});
});
