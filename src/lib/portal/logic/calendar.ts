/**
 * Working days and appointment dates (phiếu hẹn trả kết quả).
 *
 * A working day is Monday–Friday, minus the days off in data/holidays.ts, plus the make-up
 * Saturdays listed there. Years without data count Monday–Friday only.
 *
 * Appointment convention (one rule, used everywhere):
 * 1. The counting-start day is the day the dossier was received if that is a working day and
 *    it arrived before 15:00 (14:59 still counts; 15:00 does not). Otherwise it is the next
 *    working day after the day received.
 * 2. The appointment is the Nth working day AFTER the counting-start day. So a same-day
 *    procedure (0 working days) is due on the counting-start day itself, and a 1-day procedure
 *    received on Monday morning is due on Tuesday.
 */

import { HOLIDAY_YEARS, type DaysOff } from '../data/holidays';
import { add_days, day_of_week, parse_iso } from './iso';

/** Minutes after midnight from which a dossier counts from the next working day (15:00). */
export const CUTOFF_MINUTES = 15 * 60;

/** When a dossier was received: a calendar day and the local minutes after midnight. */
export interface ReceivedAt {
	/** 'YYYY-MM-DD' */
	received: string;
	/** 0–1439, e.g. 14:59 → 899 */
	minutes_of_day: number;
}

const day_off_by_date = new Map<string, DaysOff>();
const make_up_dates = new Set<string>();
for (const year of HOLIDAY_YEARS) {
	for (const stretch of year.days_off) {
		for (let day = stretch.from; day <= stretch.to; day = add_days(day, 1)) {
			day_off_by_date.set(day, stretch);
		}
	}
	for (const make_up of year.make_up_days) make_up_dates.add(make_up.date);
}

function require_iso(iso: string, caller: string): void {
	if (!parse_iso(iso)) throw new RangeError(`${caller}: expected 'YYYY-MM-DD', got '${iso}'`);
}

/** The holiday or swapped day off that covers this date, or null. */
export function day_off_on(iso: string): DaysOff | null {
	require_iso(iso, 'day_off_on');
	return day_off_by_date.get(iso) ?? null;
}

/** True when public offices work on this date ('YYYY-MM-DD'). */
export function is_working_day(iso: string): boolean {
	require_iso(iso, 'is_working_day');
	if (make_up_dates.has(iso)) return true;
	const weekday = day_of_week(iso);
	if (weekday === 0 || weekday === 6) return false;
	return !day_off_by_date.has(iso);
}

/** The first working day strictly after this date. */
export function next_working_day(iso: string): string {
	let day = add_days(iso, 1);
	while (!is_working_day(day)) day = add_days(day, 1);
	return day;
}

/**
 * The date `n` working days after `iso` (n = 0 gives `iso` back unchanged, even when it is
 * not a working day). Throws a RangeError when n is not a whole number ≥ 0.
 */
export function add_working_days(iso: string, n: number): string {
	require_iso(iso, 'add_working_days');
	if (!Number.isInteger(n) || n < 0) {
		throw new RangeError(`add_working_days: expected a whole number ≥ 0, got ${n}`);
	}
	let day = iso;
	for (let left = n; left > 0; left--) day = next_working_day(day);
	return day;
}

/** The day the processing time starts counting from (rule 1 in this module's comment). */
export function counting_start_day(at: ReceivedAt): string {
	require_iso(at.received, 'counting_start_day');
	const minutes = at.minutes_of_day;
	if (typeof minutes !== 'number' || !(minutes >= 0 && minutes < 24 * 60)) {
		throw new RangeError(`counting_start_day: minutes_of_day must be 0–1439, got ${minutes}`);
	}
	if (is_working_day(at.received) && minutes < CUTOFF_MINUTES) return at.received;
	return next_working_day(at.received);
}

/**
 * The appointment date for a result: the Nth working day after the counting-start day
 * (rule 2 in this module's comment); 0 working days = the counting-start day itself.
 */
export function appointment_date(at: ReceivedAt, working_days: number): string {
	if (!Number.isInteger(working_days) || working_days < 0) {
		throw new RangeError(`appointment_date: expected a whole number ≥ 0, got ${working_days}`);
	}
	return add_working_days(counting_start_day(at), working_days);
}
