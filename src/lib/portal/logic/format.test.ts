// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { format_date, format_date_time, format_money, format_stamp, parse_vn_date } from './format';

describe('format_date', () => {
	it('turns an ISO date into dd/mm/yyyy', () => {
		expect(format_date('2025-03-05')).toBe('05/03/2025');
		expect(format_date('2026-12-31')).toBe('31/12/2026');
		expect(format_date('2024-02-29')).toBe('29/02/2024');
	});

	it('reads a Date by its local calendar day', () => {
		expect(format_date(new Date(2026, 0, 9, 23, 59))).toBe('09/01/2026');
		expect(format_date(new Date(2026, 0, 10, 0, 0))).toBe('10/01/2026');
	});

	it('refuses strings that are not real ISO dates', () => {
		expect(() => format_date('05/03/2025')).toThrow(RangeError);
		expect(() => format_date('2025-02-29')).toThrow(RangeError);
		expect(() => format_date('2025-3-5')).toThrow(RangeError);
		expect(() => format_date('')).toThrow(RangeError);
	});

	it('refuses an invalid Date', () => {
		expect(() => format_date(new Date('nope'))).toThrow(RangeError);
	});
});

describe('format_date_time', () => {
	it('gives HH:mm dd/mm/yyyy in local time with a 24-hour clock', () => {
		expect(format_date_time(new Date(2026, 1, 13, 15, 0))).toBe('15:00 13/02/2026');
		expect(format_date_time(new Date(2026, 1, 13, 9, 5))).toBe('09:05 13/02/2026');
		expect(format_date_time(new Date(2025, 11, 31, 0, 0))).toBe('00:00 31/12/2025');
	});

	it('accepts epoch milliseconds', () => {
		expect(format_date_time(new Date(2026, 7, 28, 14, 59).getTime())).toBe('14:59 28/08/2026');
	});

	it('refuses an invalid Date', () => {
		expect(() => format_date_time(new Date(Number.NaN))).toThrow(RangeError);
	});
});

describe('format_money', () => {
	it.each([
		[0, '0 đ'],
		[5, '5 đ'],
		[999, '999 đ'],
		[1000, '1.000 đ'],
		[2000, '2.000 đ'],
		[21000, '21.000 đ'],
		[200000, '200.000 đ'],
		[1000000, '1.000.000 đ'],
		[12000000, '12.000.000 đ'],
		[1234567890, '1.234.567.890 đ']
	])('%d → %s', (n, text) => {
		expect(format_money(n)).toBe(text);
	});

	it('rounds to whole đồng', () => {
		expect(format_money(1999.6)).toBe('2.000 đ');
		expect(format_money(0.4)).toBe('0 đ');
	});

	it('shows a minus sign for a negative amount but never "-0 đ"', () => {
		expect(format_money(-5000)).toBe('-5.000 đ');
		expect(format_money(-0.2)).toBe('0 đ');
	});

	it('refuses NaN and Infinity instead of showing "NaN đ"', () => {
		expect(() => format_money(Number.NaN)).toThrow(RangeError);
		expect(() => format_money(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});
});

describe('parse_vn_date', () => {
	it('reads dd/mm/yyyy and d/m/yyyy', () => {
		expect(parse_vn_date('05/03/2025')).toBe('2025-03-05');
		expect(parse_vn_date('5/3/2025')).toBe('2025-03-05');
		expect(parse_vn_date('31/12/2026')).toBe('2026-12-31');
		expect(parse_vn_date('1/1/2027')).toBe('2027-01-01');
	});

	it('forgives spaces around the date and the separators, and - or .', () => {
		expect(parse_vn_date('  05/03/2025 ')).toBe('2025-03-05');
		expect(parse_vn_date('05 / 03 / 2025')).toBe('2025-03-05');
		expect(parse_vn_date('05-03-2025')).toBe('2025-03-05');
		expect(parse_vn_date('05.03.2025')).toBe('2025-03-05');
	});

	it('rejects days that do not exist', () => {
		expect(parse_vn_date('31/02/2025')).toBeNull();
		expect(parse_vn_date('29/02/2025')).toBeNull();
		expect(parse_vn_date('31/04/2026')).toBeNull();
		expect(parse_vn_date('00/01/2026')).toBeNull();
		expect(parse_vn_date('12/13/2026')).toBeNull();
	});

	it('accepts 29/02 in a leap year only', () => {
		expect(parse_vn_date('29/02/2024')).toBe('2024-02-29');
		expect(parse_vn_date('29/02/2000')).toBe('2000-02-29');
		expect(parse_vn_date('29/02/1900')).toBeNull();
	});

	it('rejects years without exactly 4 digits', () => {
		expect(parse_vn_date('05/03/25')).toBeNull();
		expect(parse_vn_date('05/03/202')).toBeNull();
		expect(parse_vn_date('05/03/20255')).toBeNull();
	});

	it('rejects other shapes and non-text', () => {
		expect(parse_vn_date('')).toBeNull();
		expect(parse_vn_date('2025-03-05')).toBeNull();
		expect(parse_vn_date('5 tháng 3 2025')).toBeNull();
		expect(parse_vn_date('005/03/2025')).toBeNull();
		expect(parse_vn_date('05/03')).toBeNull();
		expect(parse_vn_date(undefined)).toBeNull();
		expect(parse_vn_date(20250305)).toBeNull();
	});
});

describe('format_stamp', () => {
	it('shows a simulated moment as HH:mm dd/mm/yyyy', () => {
		expect(format_stamp('2026-11-26T09:05')).toBe('09:05 26/11/2026');
		expect(format_stamp('2026-01-02T23:59')).toBe('23:59 02/01/2026');
	});
	it('refuses anything else', () => {
		expect(() => format_stamp('26/11/2026')).toThrow(RangeError);
	});
});
