import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { file_text, summary_texts } from '$lib/classroom/chunks';
import { empty_roster, import_summary } from '$lib/classroom/roster';
import { catalog_keys, lesson_key, type LearnerSummary } from '$lib/classroom/summary';
import ClassDashboard from '$lib/classroom/trainer/ClassDashboard.svelte';
import ClassImport from '$lib/classroom/trainer/ClassImport.svelte';
import ClassLearnerList from '$lib/classroom/trainer/ClassLearnerList.svelte';
import ClassMatrix from '$lib/classroom/trainer/ClassMatrix.svelte';
import { aggregate } from '$lib/classroom/trainer/dashboard';
import {
	CATALOG as CLASS_CATALOG,
	HOA,
	K,
	LAN,
	done,
	learner,
	roster_of
} from '$lib/classroom/trainer/test-class';
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

/** The phone's list of learners, as a screen reader and a finger find it. */
function phone_list() {
	return screen.getByRole('list', { name: 'Tiến độ từng người học, theo từng bài' });
}

function names_in(list: HTMLElement) {
	return [...list.querySelectorAll(':scope > li > details > summary .name')].map(
		(name) => name.textContent
	);
}

describe('the class on a phone: one block a learner, in words', () => {
	const BA = learner('ba', 'Ông Ba', [done(K[0], 100), done(K[1], 60), done(K[2], 100)]);
	const NEW = learner('moi', 'Chú Tư', []);
	const roster = roster_of(LAN, HOA, BA, NEW);

	it('says how far each learner got before anything is opened', () => {
		const dashboard = aggregate(roster, CLASS_CATALOG);
		render(ClassLearnerList, { columns: dashboard.columns, rows: dashboard.rows });
		const list = phone_list();
		expect(within(list).getByText('Bà Lan').closest('summary')).toHaveTextContent(
			'Bà Lan Đã xong 2/3 bài.'
		);
		expect(within(list).getByText('Cô Hòa').closest('summary')).toHaveTextContent(
			'Cô Hòa Đã xong 1/3 bài, đang học 1 bài.'
		);
		// nothing but the names and counts until a block is opened
		expect(within(list).queryByText(/điểm cao nhất/)).not.toBeInTheDocument();
	});

	it('opens a learner’s lessons: status in words, best score, help level, help needed', async () => {
		const dashboard = aggregate(roster, CLASS_CATALOG);
		render(ClassLearnerList, { columns: dashboard.columns, rows: dashboard.rows });
		const user = userEvent.setup();
		await user.click(screen.getByText('Cô Hòa'));
		const block = screen.getByText('Cô Hòa').closest('details')!;
		expect(block.open).toBe(true);
		const lessons = [...block.querySelectorAll('.lessons > li')].map((li) =>
			[...li.querySelectorAll('p')].map((p) => p.textContent)
		);
		expect(lessons).toEqual([
			['Bài 1: Đăng nhập', 'Đã xong, điểm cao nhất 70, mức trợ giúp: Tự làm.'],
			['Bài 2: Khai sinh', 'Đang học, mức trợ giúp: Hướng dẫn.', 'Cần giúp: 1 lần xem gợi ý.']
		]);
		expect(within(block).getByText('Gửi tiến độ ngày', { exact: false })).toBeInTheDocument();
		// the lesson not started yet, under one more tap, named
		const rest = within(block).getByText('Chưa học: 1 bài');
		await user.click(rest);
		expect(within(block).getByText('Bài 3: Mã OTP')).toBeVisible();

		await user.click(screen.getByText('Bà Lan'));
		const lan = screen.getByText('Bà Lan').closest('details')!;
		expect(within(lan).getByText('Cần giúp: 2 lần xem gợi ý, 1 lần làm sai.')).toBeInTheDocument();
	});

	it('says so of a learner who has not started, with no list to open', async () => {
		const dashboard = aggregate(roster, CLASS_CATALOG);
		render(ClassLearnerList, { columns: dashboard.columns, rows: dashboard.rows });
		await userEvent.setup().click(screen.getByText('Chú Tư'));
		const block = screen.getByText('Chú Tư').closest('details')!;
		expect(within(block).getByText('Chưa học bài nào.')).toBeInTheDocument();
		expect(within(block).queryByText(/^Chưa học: /)).not.toBeInTheDocument();
	});

	it('is sorted and filtered by the same controls as the matrix', async () => {
		render(ClassDashboard, { roster, catalog: CLASS_CATALOG });
		const user = userEvent.setup();
		expect(names_in(phone_list())).toEqual(['Bà Lan', 'Chú Tư', 'Cô Hòa', 'Ông Ba']);
		await user.selectOptions(screen.getByLabelText('Sắp xếp'), 'Học được nhiều bài nhất trước');
		expect(names_in(phone_list())).toEqual(['Ông Ba', 'Bà Lan', 'Cô Hòa', 'Chú Tư']);
		await user.selectOptions(screen.getByLabelText('Chỉ hiện'), 'Chưa bắt đầu bài nào');
		expect(names_in(phone_list())).toEqual(['Chú Tư']);
		await user.selectOptions(screen.getByLabelText('Chỉ hiện'), 'Mọi người học');
		await user.type(screen.getByLabelText('Tìm theo tên'), 'hoa');
		expect(names_in(phone_list())).toEqual(['Cô Hòa']);
	});

	it('gives each lesson its counts in words', () => {
		render(ClassDashboard, { roster, catalog: CLASS_CATALOG });
		const lessons = screen.getByRole('list', {
			name: 'Số người học ở mỗi bài, thời gian và điểm trung bình'
		});
		const first = within(lessons).getByRole('link', { name: 'Khai sinh' }).closest('li')!;
		expect(first).toHaveTextContent('Số người: đã xong 2, đang học 1, chưa học 1.');
		expect(first).toHaveTextContent('Điểm trung bình: 75.');
	});

	it('shows a name like markup as text', async () => {
		const merged = import_summary(empty_roster('HB7K2Q'), SUMMARY);
		if (!merged.ok) throw new Error(merged.message);
		const dashboard = aggregate(merged.value, CATALOG);
		const { container } = render(ClassLearnerList, {
			columns: dashboard.columns,
			rows: dashboard.rows
		});
		await userEvent.setup().click(screen.getByText(HOSTILE));
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByText('Đã xong, điểm cao nhất 90, mức trợ giúp: Tự làm.')).toBeVisible();
	});
});
