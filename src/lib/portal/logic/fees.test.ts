// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FeeRule } from '../model';
import {
	AMOUNT_ERROR,
	COPIES_ERROR,
	PAGES_ERROR,
	PROVINCE_FEE_EXPLANATION,
	compute_fee,
	type FeeResult
} from './fees';

/** Certified copies, Circular 226/2016/TT-BTC. */
const CERTIFIED_COPY: FeeRule = {
	kind: 'per-page',
	first_pages: 2,
	first_page_amount: 2000,
	later_page_amount: 1000,
	cap_per_copy: 200000,
	pages_field: 'so_trang',
	copies_field: 'so_ban'
};

const copy_fee = (pages: unknown, copies: unknown) =>
	compute_fee(CERTIFIED_COPY, { so_trang: pages, so_ban: copies });

const sum_of_lines = (result: FeeResult) => result.lines.reduce((s, line) => s + line.amount, 0);

describe('per-page fee (certified copy)', () => {
	it.each([
		[1, 1, 2000],
		[2, 1, 4000],
		[3, 1, 5000],
		[5, 1, 7000],
		[198, 1, 200000],
		[199, 1, 200000],
		[300, 1, 200000],
		[5, 3, 21000],
		[1, 10, 20000],
		[300, 2, 400000]
	])('%i pages × %i copies = %i đ', (pages, copies, amount) => {
		const result = copy_fee(pages, copies);
		expect(result.amount).toBe(amount);
		expect(result.error).toBeNull();
		expect(sum_of_lines(result)).toBe(amount);
	});

	it('breaks 1 page into one line', () => {
		expect(copy_fee(1, 1).lines).toEqual([{ label: 'Trang 1: 1 trang × 2.000 đ', amount: 2000 }]);
	});

	it('breaks 5 pages × 3 copies into the two page rates', () => {
		const result = copy_fee(5, 3);
		expect(result.lines).toEqual([
			{ label: 'Trang 1–2: 2 trang × 2.000 đ × 3 bản', amount: 12000 },
			{ label: 'Trang 3–5: 3 trang × 1.000 đ × 3 bản', amount: 9000 }
		]);
		expect(result.explanation).toBe(
			'Phí tính theo số trang: 2.000 đ một trang cho 2 trang đầu, 1.000 đ một trang từ trang 3, ' +
				'tối đa 200.000 đ một bản. 5 trang, 3 bản: 21.000 đ.'
		);
	});

	it('names a single later page without a range', () => {
		expect(copy_fee(3, 1).lines[1]).toEqual({ label: 'Trang 3: 1 trang × 1.000 đ', amount: 1000 });
	});

	it('shows the cap as one line when it applies', () => {
		expect(copy_fee(300, 1).lines).toEqual([
			{ label: '300 trang, tính mức tối đa 200.000 đ một bản', amount: 200000 }
		]);
		expect(copy_fee(300, 2).lines).toEqual([
			{ label: '300 trang, tính mức tối đa 200.000 đ một bản × 2 bản', amount: 400000 }
		]);
	});

	it('accepts counts typed as text', () => {
		expect(copy_fee('5', ' 3 ').amount).toBe(21000);
	});

	it.each([
		[undefined, 1, PAGES_ERROR],
		['', 1, PAGES_ERROR],
		[0, 1, PAGES_ERROR],
		[-2, 1, PAGES_ERROR],
		[2.5, 1, PAGES_ERROR],
		['2,5', 1, PAGES_ERROR],
		['năm', 1, PAGES_ERROR],
		[Number.NaN, 1, PAGES_ERROR],
		[Number.POSITIVE_INFINITY, 1, PAGES_ERROR],
		[5, undefined, COPIES_ERROR],
		[5, 0, COPIES_ERROR],
		[5, 'ba', COPIES_ERROR],
		[5, null, COPIES_ERROR]
	])('pages %s, copies %s → a clear error, never NaN', (pages, copies, message) => {
		const result = copy_fee(pages, copies);
		expect(result).toEqual({ amount: null, lines: [], explanation: message, error: message });
	});

	it('words the count errors as instructions', () => {
		expect(PAGES_ERROR).toBe('Nhập số trang bằng chữ số, ít nhất là 1, ví dụ 3');
		expect(COPIES_ERROR).toBe('Nhập số bản cần làm bằng chữ số, ít nhất là 1, ví dụ 1');
	});

	it('reports a rule with unusable amounts instead of computing NaN', () => {
		const broken = { ...CERTIFIED_COPY, later_page_amount: Number.NaN };
		expect(compute_fee(broken, { so_trang: 5, so_ban: 1 }).error).toBe(AMOUNT_ERROR);
	});
});

describe('other fee kinds', () => {
	it('free is 0 đ', () => {
		expect(compute_fee({ kind: 'free' }, {})).toEqual({
			amount: 0,
			lines: [],
			explanation: 'Thủ tục này không mất phí.',
			error: null
		});
	});

	it('fixed is the amount', () => {
		expect(compute_fee({ kind: 'fixed', amount: 500000 }, {})).toEqual({
			amount: 500000,
			lines: [{ label: 'Phí, lệ phí', amount: 500000 }],
			explanation: 'Phí, lệ phí của thủ tục này là 500.000 đ.',
			error: null
		});
		expect(compute_fee({ kind: 'fixed', amount: -1 }, {}).error).toBe(AMOUNT_ERROR);
	});

	it('province has no amount and says where to look', () => {
		expect(compute_fee({ kind: 'province', note: 'Lệ phí do HĐND tỉnh quy định' }, {})).toEqual({
			amount: null,
			lines: [],
			explanation:
				'Mức phí do tỉnh, thành phố quy định nên mỗi nơi một khác. Khi làm thật, hãy xem mức phí trên Cổng Dịch vụ công.',
			error: null
		});
		expect(PROVINCE_FEE_EXPLANATION).toContain('Cổng Dịch vụ công');
	});
});
