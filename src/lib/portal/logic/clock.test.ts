// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { appointment_date } from './calendar';
import {
	REAL_TIME,
	fast_forward,
	minutes_of_day,
	pinned_date_note,
	received_at,
	sim_now,
	to_iso_date
} from './clock';

describe('sim_now', () => {
	it('is the real time when the clock has not been moved', () => {
		const real = new Date(2026, 2, 2, 9, 30);
		expect(sim_now(real, REAL_TIME).getTime()).toBe(real.getTime());
	});

	it('moves whole local days and keeps the wall-clock time', () => {
		const moved = sim_now(new Date(2026, 1, 13, 14, 59, 30), { offset_days: 10 });
		expect(to_iso_date(moved)).toBe('2026-02-23');
		expect(minutes_of_day(moved)).toBe(899);
		expect(moved.getSeconds()).toBe(30);
	});

	it('crosses month and year ends', () => {
		expect(to_iso_date(sim_now(new Date(2025, 11, 31, 8, 0), { offset_days: 1 }))).toBe(
			'2026-01-01'
		);
		expect(to_iso_date(sim_now(new Date(2026, 1, 28, 8, 0), { offset_days: 1 }))).toBe(
			'2026-03-01'
		);
	});

	it('does not change the Date it was given', () => {
		const real = new Date(2026, 2, 2, 9, 30);
		sim_now(real, { offset_days: 3 });
		expect(to_iso_date(real)).toBe('2026-03-02');
	});

	it('refuses a fractional offset', () => {
		expect(() => sim_now(new Date(2026, 2, 2), { offset_days: 0.5 })).toThrow(RangeError);
	});

	it('starts from a pinned practice date, keeping the wall-clock time', () => {
		const real = new Date(2027, 4, 9, 16, 45);
		const pinned = sim_now(real, { offset_days: 0, start: '2026-10-20' });
		expect(to_iso_date(pinned)).toBe('2026-10-20');
		expect(minutes_of_day(pinned)).toBe(16 * 60 + 45);
		expect(to_iso_date(sim_now(real, { offset_days: 12, start: '2026-10-20' }))).toBe('2026-11-01');
	});

	it('refuses a pinned date that is not a real date', () => {
		expect(() => sim_now(new Date(), { offset_days: 0, start: '2026-02-30' })).toThrow(RangeError);
	});
});

describe('fast_forward', () => {
	it('adds whole days and returns a new state', () => {
		const start = { offset_days: 2 };
		const later = fast_forward(start, 5);
		expect(later).toEqual({ offset_days: 7 });
		expect(start).toEqual({ offset_days: 2 });
		expect(fast_forward(REAL_TIME, 0)).toEqual({ offset_days: 0 });
	});

	it('refuses going back or part of a day', () => {
		expect(() => fast_forward(REAL_TIME, -1)).toThrow(RangeError);
		expect(() => fast_forward(REAL_TIME, 1.5)).toThrow(RangeError);
	});
});

describe('pinned_date_note', () => {
	it('says which date a lesson takes as today, written dd/mm/yyyy; nothing when none is pinned', () => {
		expect(pinned_date_note('2026-10-20')).toBe(
			'Bài này lấy ngày 20/10/2026 làm ngày hôm nay trong bản tập.'
		);
		expect(pinned_date_note(undefined)).toBeNull();
	});
});

describe('local date and minutes', () => {
	it('reads the local calendar date', () => {
		expect(to_iso_date(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
		expect(to_iso_date(new Date(2025, 11, 31, 23, 59))).toBe('2025-12-31');
	});

	it('counts minutes after local midnight', () => {
		expect(minutes_of_day(new Date(2026, 0, 5, 0, 0))).toBe(0);
		expect(minutes_of_day(new Date(2026, 0, 5, 14, 59))).toBe(899);
		expect(minutes_of_day(new Date(2026, 0, 5, 15, 0))).toBe(900);
		expect(minutes_of_day(new Date(2026, 0, 5, 23, 59))).toBe(1439);
	});

	it('feeds appointment_date directly', () => {
		expect(received_at(new Date(2026, 1, 13, 15, 0))).toEqual({
			received: '2026-02-13',
			minutes_of_day: 900
		});
		const real = new Date(2026, 1, 3, 10, 0);
		const now = sim_now(real, fast_forward(REAL_TIME, 10)); // Friday 13/02/2026, 10:00
		expect(appointment_date(received_at(now), 1)).toBe('2026-02-23');
	});
});
