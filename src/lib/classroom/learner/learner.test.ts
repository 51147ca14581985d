import { describe, expect, it } from 'vitest';
import { merge_progress, new_attempt, record_of } from '$lib/progress/model';
import { catalog_keys, lesson_key, step_key, summarize } from '../summary';
import { HELP_LEVEL_NAMES } from '$lib/lessons/model';
import { describe_summary, LEVEL_NAMES } from './describe';
import { class_join_link } from '../classes';
import { code_from_text, name_from_text, transfer_file_name } from './membership';

const T0 = Date.UTC(2026, 10, 28, 2, 0, 0);

describe('joining a class', () => {
	it('reads the code from a QR text: bare, in a link, or after a label', () => {
		expect(code_from_text('HB7K2Q')).toBe('HB7K2Q');
		expect(code_from_text('https://congdanso.vn/lop-cua-toi/?ma=hb7k2q')).toBe('HB7K2Q');
		expect(code_from_text('Mã lớp: HB7K2Q')).toBe('HB7K2Q');
		expect(code_from_text('CDS1:ABC')).toBeNull();
		expect(code_from_text('https://example.com/')).toBeNull();
		expect(code_from_text('')).toBeNull();
	});

	it('reads the class’s name from the class’s link, cleaned; a bare code has none', () => {
		const link = class_join_link('https://congdanso.vn/lop-cua-toi/', 'HB7K2Q', 'Lớp tổ 5');
		expect(link).toBe('https://congdanso.vn/lop-cua-toi/?ma=HB7K2Q&ten=L%E1%BB%9Bp+t%E1%BB%95+5');
		expect(code_from_text(link)).toBe('HB7K2Q');
		expect(name_from_text(link)).toBe('Lớp tổ 5');
		expect(name_from_text('HB7K2Q')).toBe('');
		expect(name_from_text('https://congdanso.vn/lop-cua-toi/?ma=HB7K2Q')).toBe('');
		expect(name_from_text('Lớp tổ 5')).toBe('');
		// invisible and control characters go, spaces fold, marks compose (NFC), 80 letters at most
		const odd = new URL('https://congdanso.vn/lop-cua-toi/?ma=HB7K2Q');
		odd.searchParams.set('ten', ' Lo\u031b\u0301p\u202e\u0007  to\u0302\u0309 5\n');
		expect(name_from_text(odd.href)).toBe('Lớp tổ 5');
		odd.searchParams.set('ten', 'x'.repeat(500));
		expect(name_from_text(odd.href)).toHaveLength(80);
		// a class with no name yet gives the code alone
		expect(class_join_link('https://congdanso.vn/lop-cua-toi/', 'HB7K2Q', ' ')).toBe(
			'https://congdanso.vn/lop-cua-toi/?ma=HB7K2Q'
		);
	});

	it('names the file plainly, without marks', () => {
		expect(transfer_file_name('Nguyễn Thị Đào', 'HB7K2Q')).toBe(
			'tien-do-nguyen-thi-dao-HB7K2Q.cds.txt'
		);
		expect(transfer_file_name('<>', 'HB7K2Q')).toBe('tien-do-nguoi-hoc-HB7K2Q.cds.txt');
	});
});

describe('what will be sent', () => {
	it('names the help levels as the lesson screen does', () => {
		expect(LEVEL_NAMES).toEqual(HELP_LEVEL_NAMES);
	});

	it('says in plain words each lesson, its score and the steps where help was needed', () => {
		const steps = ['mo-trang', 'nhap-so'];
		const attempt = {
			...new_attempt('one', 'tu-lam', steps, T0),
			finished_at: T0 + 120_000,
			score: 80,
			step_id: undefined,
			steps: [
				{
					step_id: 'nhap-so',
					level: 'tu-lam' as const,
					completed_at: T0 + 60_000,
					time_ms: 60_000,
					hints_used: 2,
					mistakes: 1
				}
			],
			totals: { hints: 2, mistakes: 1, time_ms: 120_000 }
		};
		const record = merge_progress(
			undefined,
			record_of('lan', 'lam-quen/dang-nhap', attempt),
			steps
		);
		const summary = summarize({ id: 'lan', name: 'Bà Lan' }, 'HB7K2Q', [record], T0 + 200_000);
		const keys = catalog_keys([
			{
				id: 'lam-quen/dang-nhap',
				title: 'Đăng nhập',
				steps: [
					{ id: 'mo-trang', title: 'Mở trang' },
					{ id: 'nhap-so', title: 'Nhập số định danh' }
				]
			}
		]);
		const sent = describe_summary(summary, keys);
		expect(sent.name).toBe('Bà Lan');
		expect(sent.lessons).toEqual([
			{
				key: lesson_key('lam-quen/dang-nhap'),
				title: 'Đăng nhập',
				status: 'Đã xong ngày 28/11/2026, điểm cao nhất 80, cách học: Tự làm.',
				effort: 'Đã làm 1 lần, khoảng 1 phút.',
				help: ['Nhập số định danh: 2 lần xem gợi ý, 1 lần bấm chưa đúng.']
			}
		]);
		// a lesson this device does not know is still shown, by its key
		const unknown = describe_summary(summary, catalog_keys([]));
		expect(unknown.lessons[0].title).toContain(lesson_key('lam-quen/dang-nhap'));
		expect(unknown.lessons[0].help[0]).toContain(step_key('nhap-so'));
	});
});
