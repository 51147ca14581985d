// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	add_days,
	day_of_week,
	days_in_month,
	is_iso_date,
	is_leap_year,
	is_real_date,
	make_iso,
	parse_iso
} from './iso';

describe('leap years and month lengths', () => {
	it('follows the Gregorian rule', () => {
		expect([2024, 2000, 2028].map(is_leap_year)).toEqual([true, true, true]);
		expect([2025, 1900, 2100].map(is_leap_year)).toEqual([false, false, false]);
	});

	it('knows the days in each month', () => {
		expect(days_in_month(2026, 1)).toBe(31);
		expect(days_in_month(2026, 2)).toBe(28);
		expect(days_in_month(2028, 2)).toBe(29);
		expect(days_in_month(2026, 4)).toBe(30);
		expect(days_in_month(2026, 12)).toBe(31);
	});

	it('checks whole dates', () => {
		expect(is_real_date(2026, 2, 28)).toBe(true);
		expect(is_real_date(2026, 2, 29)).toBe(false);
		expect(is_real_date(2026, 0, 1)).toBe(false);
		expect(is_real_date(999, 1, 1)).toBe(false);
		expect(is_real_date(2026, 1.5, 1)).toBe(false);
	});
});

describe('make_iso and parse_iso', () => {
	it('pads month and day', () => {
		expect(make_iso(2026, 1, 5)).toBe('2026-01-05');
		expect(() => make_iso(2026, 2, 30)).toThrow(RangeError);
	});

	it('reads only real dates in the exact form', () => {
		expect(parse_iso('2026-02-14')).toEqual({ year: 2026, month: 2, day: 14 });
		expect(parse_iso('2026-2-14')).toBeNull();
		expect(parse_iso('2026-02-30')).toBeNull();
		expect(parse_iso(' 2026-02-14')).toBeNull();
		expect(parse_iso(null)).toBeNull();
		expect(is_iso_date('2026-11-24')).toBe(true);
		expect(is_iso_date('24/11/2026')).toBe(false);
	});
});

describe('add_days and day_of_week', () => {
	it('crosses month, year and leap-day boundaries', () => {
		expect(add_days('2025-12-31', 1)).toBe('2026-01-01');
		expect(add_days('2026-01-01', -1)).toBe('2025-12-31');
		expect(add_days('2028-02-28', 1)).toBe('2028-02-29');
		expect(add_days('2026-02-28', 1)).toBe('2026-03-01');
		expect(add_days('2026-02-14', 0)).toBe('2026-02-14');
		expect(add_days('2026-01-01', 365)).toBe('2027-01-01');
	});

	it('refuses fractions and bad dates', () => {
		expect(() => add_days('2026-01-01', 0.5)).toThrow(RangeError);
		expect(() => add_days('01/01/2026', 1)).toThrow(RangeError);
	});

	it('gives the weekday, 0 = Sunday', () => {
		expect(day_of_week('2026-01-01')).toBe(4);
		expect(day_of_week('2026-01-10')).toBe(6);
		expect(day_of_week('2026-02-22')).toBe(0);
		expect(day_of_week('2026-11-24')).toBe(2);
	});
});
