// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { HOLIDAY_YEARS, holiday_year } from '../data/holidays';
import {
	CUTOFF_MINUTES,
	add_working_days,
	appointment_date,
	counting_start_day,
	day_off_on,
	is_working_day,
	next_working_day
} from './calendar';
import { day_of_week, is_iso_date } from './iso';

const at = (received: string, hh: number, mm: number) => ({
	received,
	minutes_of_day: hh * 60 + mm
});

describe('holiday data', () => {
	it('holds 2025, 2026 and 2027, with 2027 marked incomplete', () => {
		expect(HOLIDAY_YEARS.map((y) => [y.year, y.complete])).toEqual([
			[2025, true],
			[2026, true],
			[2027, false]
		]);
		expect(holiday_year(2026)?.source).toContain('9441/TB-BNV');
		expect(holiday_year(2025)?.source).toContain('8726/VPCP-KGVX');
		expect(holiday_year(2024)).toBeUndefined();
	});

	it.each(HOLIDAY_YEARS.map((y) => [y.year, y] as const))('%i is well formed', (year, data) => {
		for (const stretch of data.days_off) {
			expect(is_iso_date(stretch.from)).toBe(true);
			expect(is_iso_date(stretch.to)).toBe(true);
			expect(stretch.from <= stretch.to).toBe(true);
			expect(stretch.from.startsWith(String(year)) || stretch.to.startsWith(String(year))).toBe(
				true
			);
			expect(stretch.name).toBe(stretch.name.normalize('NFC'));
		}
		for (const make_up of data.make_up_days) {
			expect(day_of_week(make_up.date)).toBe(6);
			expect(day_off_on(make_up.date)).toBeNull();
		}
	});

	it('flags what the reference marks UNCONFIRMED', () => {
		const flagged = HOLIDAY_YEARS.flatMap((y) =>
			y.days_off.filter((d) => d.unconfirmed).map((d) => d.from)
		);
		expect(flagged).toEqual(['2025-08-30', '2027-02-05', '2027-04-16', '2027-11-24']);
	});

	it('counts Tết Đinh Mùi 2027 as days off, labelled as an estimate', () => {
		for (const day of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']) {
			expect(is_working_day(day), day).toBe(false);
		}
		expect(is_working_day('2027-02-04')).toBe(true);
		expect(is_working_day('2027-02-12')).toBe(true);
		expect(day_off_on('2027-02-08')?.name).toBe('Tết Nguyên đán Đinh Mùi (ước tính)');
		expect(day_off_on('2027-02-08')?.unconfirmed).toBe(true);
	});

	it('leaves other unannounced 2027 days out: they count as working days for now', () => {
		expect(is_working_day('2027-09-01')).toBe(true);
		expect(is_working_day('2027-09-03')).toBe(true);
	});
});

describe('is_working_day', () => {
	it('counts Monday to Friday and not the weekend', () => {
		expect(is_working_day('2026-03-02')).toBe(true); // Monday
		expect(is_working_day('2026-03-06')).toBe(true); // Friday
		expect(is_working_day('2026-03-07')).toBe(false); // Saturday
		expect(is_working_day('2026-03-08')).toBe(false); // Sunday
	});

	it('knows New Year 2026 (1–4/1, Friday 2/1 swapped) and the make-up Saturday 10/1', () => {
		expect(is_working_day('2026-01-01')).toBe(false);
		expect(is_working_day('2026-01-02')).toBe(false);
		expect(is_working_day('2026-01-05')).toBe(true);
		expect(is_working_day('2026-01-10')).toBe(true);
		expect(is_working_day('2026-01-17')).toBe(false);
	});

	it('knows Tết 2026 from Saturday 14/2 to Sunday 22/2', () => {
		expect(is_working_day('2026-02-13')).toBe(true);
		for (const day of ['16', '17', '18', '19', '20']) {
			expect(is_working_day(`2026-02-${day}`)).toBe(false);
		}
		expect(is_working_day('2026-02-23')).toBe(true);
		expect(day_off_on('2026-02-18')?.name).toBe('Tết Nguyên đán Bính Ngọ');
	});

	it('knows Giỗ Tổ and 30/4–1/5 in 2026', () => {
		expect(is_working_day('2026-04-27')).toBe(false);
		expect(is_working_day('2026-04-28')).toBe(true);
		expect(is_working_day('2026-04-30')).toBe(false);
		expect(is_working_day('2026-05-01')).toBe(false);
		expect(is_working_day('2026-05-04')).toBe(true);
	});

	it('knows Quốc khánh 2026 (29/8–2/9, Monday 31/8 swapped) and make-up Saturday 22/8', () => {
		expect(is_working_day('2026-08-22')).toBe(true);
		expect(is_working_day('2026-08-28')).toBe(true);
		expect(is_working_day('2026-08-31')).toBe(false);
		expect(is_working_day('2026-09-01')).toBe(false);
		expect(is_working_day('2026-09-02')).toBe(false);
		expect(is_working_day('2026-09-03')).toBe(true);
	});

	it('knows Ngày Văn hóa Việt Nam, Tuesday 24/11/2026', () => {
		expect(is_working_day('2026-11-23')).toBe(true);
		expect(is_working_day('2026-11-24')).toBe(false);
		expect(is_working_day('2026-11-28')).toBe(false);
		expect(day_off_on('2026-11-24')?.name).toBe('Ngày Văn hóa Việt Nam');
	});

	it('knows 2025: Tết, Giỗ Tổ, the 2/5 swap with make-up Saturday 26/4, Quốc khánh', () => {
		expect(is_working_day('2025-01-01')).toBe(false);
		expect(is_working_day('2025-01-27')).toBe(false);
		expect(is_working_day('2025-01-31')).toBe(false);
		expect(is_working_day('2025-02-03')).toBe(true);
		expect(is_working_day('2025-04-07')).toBe(false);
		expect(is_working_day('2025-04-26')).toBe(true);
		expect(is_working_day('2025-05-02')).toBe(false);
		expect(is_working_day('2025-09-01')).toBe(false);
		expect(is_working_day('2025-09-03')).toBe(true);
	});

	it('knows the 2027 days the Labour Code fixes, with 1/5 on a Saturday moved to Monday 3/5', () => {
		expect(is_working_day('2027-01-01')).toBe(false);
		expect(is_working_day('2027-04-30')).toBe(false);
		expect(is_working_day('2027-05-03')).toBe(false);
		expect(is_working_day('2027-05-04')).toBe(true);
		expect(is_working_day('2027-09-02')).toBe(false);
	});

	it('counts Monday to Friday in years without data', () => {
		expect(is_working_day('2028-01-03')).toBe(true);
		expect(is_working_day('2024-12-31')).toBe(true);
		expect(is_working_day('2028-01-01')).toBe(false); // Saturday
	});

	it('refuses dates that are not ISO', () => {
		expect(() => is_working_day('24/11/2026')).toThrow(RangeError);
		expect(() => day_off_on('2026-02-30')).toThrow(RangeError);
	});
});

describe('next_working_day and add_working_days', () => {
	it('skips weekends', () => {
		expect(next_working_day('2026-03-06')).toBe('2026-03-09');
		expect(next_working_day('2026-03-07')).toBe('2026-03-09');
		expect(add_working_days('2026-03-02', 5)).toBe('2026-03-09');
	});

	it('skips the whole of Tết 2026', () => {
		expect(next_working_day('2026-02-13')).toBe('2026-02-23');
		expect(add_working_days('2026-02-12', 2)).toBe('2026-02-23');
		expect(add_working_days('2026-02-10', 7)).toBe('2026-02-26');
	});

	it('counts the make-up Saturday 10/1/2026', () => {
		expect(add_working_days('2026-01-09', 1)).toBe('2026-01-10');
		expect(add_working_days('2026-01-09', 2)).toBe('2026-01-12');
	});

	it('crosses the year boundary and New Year 2026', () => {
		expect(next_working_day('2025-12-31')).toBe('2026-01-05');
		expect(add_working_days('2025-12-30', 3)).toBe('2026-01-06');
	});

	it('gives the same day back for 0, even on a holiday', () => {
		expect(add_working_days('2026-02-17', 0)).toBe('2026-02-17');
	});

	it('refuses negative or fractional counts', () => {
		expect(() => add_working_days('2026-03-02', -1)).toThrow(RangeError);
		expect(() => add_working_days('2026-03-02', 1.5)).toThrow(RangeError);
		expect(() => add_working_days('02/03/2026', 1)).toThrow(RangeError);
	});
});

describe('counting_start_day', () => {
	it('is the same day before 15:00 on a working day', () => {
		expect(CUTOFF_MINUTES).toBe(900);
		expect(counting_start_day(at('2026-03-02', 8, 0))).toBe('2026-03-02');
		expect(counting_start_day(at('2026-03-02', 14, 59))).toBe('2026-03-02');
		expect(counting_start_day(at('2026-03-02', 0, 0))).toBe('2026-03-02');
	});

	it('is the next working day from 15:00 exactly', () => {
		expect(counting_start_day(at('2026-03-02', 15, 0))).toBe('2026-03-03');
		expect(counting_start_day(at('2026-03-06', 16, 30))).toBe('2026-03-09');
		expect(counting_start_day(at('2026-03-06', 23, 59))).toBe('2026-03-09');
	});

	it('is the next working day when received on a weekend or holiday, at any hour', () => {
		expect(counting_start_day(at('2026-03-07', 9, 0))).toBe('2026-03-09');
		expect(counting_start_day(at('2026-02-17', 9, 0))).toBe('2026-02-23');
		expect(counting_start_day(at('2026-11-24', 8, 0))).toBe('2026-11-25');
	});

	it('is the make-up Saturday itself when received there in the morning', () => {
		expect(counting_start_day(at('2026-01-10', 10, 0))).toBe('2026-01-10');
	});

	it('refuses impossible times', () => {
		expect(() => counting_start_day({ received: '2026-03-02', minutes_of_day: 1440 })).toThrow(
			RangeError
		);
		expect(() => counting_start_day({ received: '2026-03-02', minutes_of_day: -1 })).toThrow(
			RangeError
		);
		expect(() =>
			counting_start_day({ received: '2026-03-02', minutes_of_day: Number.NaN })
		).toThrow(RangeError);
	});
});

describe('appointment_date', () => {
	it('gives a same-day procedure the counting-start day', () => {
		expect(appointment_date(at('2026-03-02', 9, 0), 0)).toBe('2026-03-02');
		expect(appointment_date(at('2026-03-02', 15, 0), 0)).toBe('2026-03-03');
		expect(appointment_date(at('2026-03-07', 9, 0), 0)).toBe('2026-03-09');
	});

	it('treats 14:59 and 15:00 differently', () => {
		expect(appointment_date(at('2026-03-02', 14, 59), 1)).toBe('2026-03-03');
		expect(appointment_date(at('2026-03-02', 15, 0), 1)).toBe('2026-03-04');
		expect(appointment_date(at('2026-03-05', 14, 59), 3)).toBe('2026-03-10');
		expect(appointment_date(at('2026-03-05', 15, 0), 3)).toBe('2026-03-11');
	});

	it('skips the weekend', () => {
		expect(appointment_date(at('2026-03-06', 10, 0), 1)).toBe('2026-03-09');
		expect(appointment_date(at('2026-03-07', 10, 0), 1)).toBe('2026-03-10');
	});

	it('skips Tết 2026', () => {
		expect(appointment_date(at('2026-02-13', 10, 0), 1)).toBe('2026-02-23');
		expect(appointment_date(at('2026-02-13', 15, 30), 0)).toBe('2026-02-23');
		expect(appointment_date(at('2026-02-12', 9, 0), 3)).toBe('2026-02-24');
	});

	it('uses the make-up Saturday 10/1/2026', () => {
		expect(appointment_date(at('2026-01-09', 10, 0), 1)).toBe('2026-01-10');
		expect(appointment_date(at('2026-01-09', 15, 0), 0)).toBe('2026-01-10');
	});

	it('skips Quốc khánh 2026 and counts make-up Saturday 22/8', () => {
		expect(appointment_date(at('2026-08-28', 10, 0), 1)).toBe('2026-09-03');
		expect(appointment_date(at('2026-08-28', 15, 0), 0)).toBe('2026-09-03');
		expect(appointment_date(at('2026-08-21', 10, 0), 1)).toBe('2026-08-22');
	});

	it('skips 24/11/2026', () => {
		expect(appointment_date(at('2026-11-23', 10, 0), 1)).toBe('2026-11-25');
		expect(appointment_date(at('2026-11-23', 15, 0), 0)).toBe('2026-11-25');
	});

	it('crosses the year boundary', () => {
		expect(appointment_date(at('2025-12-31', 10, 0), 1)).toBe('2026-01-05');
		expect(appointment_date(at('2025-12-31', 16, 0), 0)).toBe('2026-01-05');
		expect(appointment_date(at('2026-12-31', 10, 0), 1)).toBe('2027-01-04');
	});

	it('handles a 7-working-day building permit across Giỗ Tổ and 30/4–1/5', () => {
		// Thu 23/4: start that day; then 24, 28, 29, 4/5, 5/5, 6/5, 7/5
		expect(appointment_date(at('2026-04-23', 9, 0), 7)).toBe('2026-05-07');
	});

	it('refuses negative or fractional working days', () => {
		expect(() => appointment_date(at('2026-03-02', 9, 0), -1)).toThrow(RangeError);
		expect(() => appointment_date(at('2026-03-02', 9, 0), 0.5)).toThrow(RangeError);
	});
});
