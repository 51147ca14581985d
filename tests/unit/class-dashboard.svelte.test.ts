import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { file_text, summary_texts } from '$lib/classroom/chunks';
import { empty_roster, import_summary } from '$lib/classroom/roster';
import { catalog_keys, lesson_key, type LearnerSummary } from '$lib/classroom/summary';
import ClassImport from '$lib/classroom/trainer/ClassImport.svelte';
import ClassMatrix from '$lib/classroom/trainer/ClassMatrix.svelte';
import { aggregate } from '$lib/classroom/trainer/dashboard';
import type { StoredClass } from '$lib/db/database';

const HOSTILE = '<img src=x onerror=alert(1)>';
const CATALOG = [{ id: 'lam-quen/dang-nhap', title: 'Đăng nhập', steps: [] }];
const SUMMARY: LearnerSummary = {
	class_code: 'HB7K2Q',
	learner_id: 'lan',
	name: HOSTILE,
	sent_at: 1_780_000_000_000,
	lessons: [
		{
			key: lesson_key('lam-quen/dang-nhap'),
			status: 'completed',
			score: 90,
			level: 'tu-lam',
			attempts: 1,
			finished: 1,
			minutes: 5,
			steps: []
		}
	]
};

describe('a learner named like markup', () => {
	it('shows as text in the class matrix and runs nothing', () => {
		const merged = import_summary(empty_roster('HB7K2Q'), SUMMARY);
		if (!merged.ok) throw new Error(merged.message);
		const dashboard = aggregate(merged.value, CATALOG);
		const { container } = render(ClassMatrix, { columns: dashboard.columns, rows: dashboard.rows });
		expect(
			screen.getByRole('rowheader', { name: new RegExp(`^${HOSTILE.replace(/[()]/g, '\\$&')}`) })
		).toBeInTheDocument();
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByRole('cell', { name: /Đã xong\s*90/ })).toBeInTheDocument();
	});

	it('shows as text in the import preview, before anything is saved', async () => {
		const alert = vi.spyOn(window, 'alert').mockImplementation(() => {});
		const stored: StoredClass = {
			id: 'c1',
			code: 'HB7K2Q',
			info: {
				id: 'c1',
				code: 'HB7K2Q',
				name: 'Lớp',
				place: '',
				trainer: '',
				starts: '',
				ends: '',
				created_at: 1
			},
			roster: empty_roster('HB7K2Q'),
			updated_at: 1
		};
		const onsaved = vi.fn();
		const { container } = render(ClassImport, { stored, keys: catalog_keys(CATALOG), onsaved });
		const text = file_text(await summary_texts(SUMMARY));
		await userEvent.upload(
			screen.getByLabelText('Chọn tệp…'),
			new File([text], 'lan.txt', { type: 'text/plain' })
		);
		expect(await screen.findByText(`Thêm người học mới: ${HOSTILE}.`)).toBeInTheDocument();
		expect(screen.getByText('“Đăng nhập”: đã hoàn thành, điểm cao nhất 90.')).toBeInTheDocument();
		expect(container.querySelector('img')).toBeNull();
		expect(alert).not.toHaveBeenCalled();
		expect(onsaved).not.toHaveBeenCalled();
	});
});
