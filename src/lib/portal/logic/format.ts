/**
 * Vietnamese formats for dates and money: dd/mm/yyyy, HH:mm dd/mm/yyyy and 1.000.000 đ.
 * Calendar dates are ISO strings 'YYYY-MM-DD'; a Date is read with LOCAL getters, because the
 * device's local time is treated as Vietnam time (see clock.ts).
 */

import { is_real_date, parse_iso } from './iso';

const pad2 = (n: number) => String(n).padStart(2, '0');

function require_valid_date(d: Date, caller: string): Date {
	if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
		throw new RangeError(`${caller}: expected a valid Date`);
	}
	return d;
}

/**
 * 'dd/mm/yyyy' from an ISO date 'YYYY-MM-DD' or a Date (local calendar day).
 * Throws a RangeError for anything else: that is a programming error, not user input.
 */
export function format_date(d: string | Date): string {
	if (typeof d === 'string') {
		const parts = parse_iso(d);
		if (!parts) throw new RangeError(`format_date: expected 'YYYY-MM-DD', got '${d}'`);
		return `${pad2(parts.day)}/${pad2(parts.month)}/${parts.year}`;
	}
	const date = require_valid_date(d, 'format_date');
	return `${pad2(date.getDate())}/${pad2(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** 'HH:mm dd/mm/yyyy' (24-hour clock) from a Date or epoch milliseconds, in local time. */
export function format_date_time(d: Date | number): string {
	const date = require_valid_date(typeof d === 'number' ? new Date(d) : d, 'format_date_time');
	return `${pad2(date.getHours())}:${pad2(date.getMinutes())} ${format_date(date)}`;
}

/** A whole number with a dot between thousands, as written in Vietnam: 50000000 → '50.000.000'. */
export function group_thousands(digits: string | number): string {
	return String(digits).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * Money in whole đồng with a dot between thousands: 1000000 → '1.000.000 đ', 0 → '0 đ'.
 * Rounds to whole đồng. Throws a RangeError for NaN or Infinity so 'NaN đ' never reaches a page.
 */
export function format_money(n: number): string {
	if (typeof n !== 'number' || !Number.isFinite(n)) {
		throw new RangeError(`format_money: expected a finite number, got ${n}`);
	}
	const rounded = Math.round(Math.abs(n));
	return `${n < 0 && rounded > 0 ? '-' : ''}${group_thousands(rounded)} đ`;
}

const VN_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;

/**
 * Reads a date typed the Vietnamese way, day first: '05/03/2025' or '5/3/2025' → '2025-03-05'.
 * Also accepts '-' or '.' between the parts and spaces around them. Returns null when the text
 * is not a date in that form, the year does not have exactly 4 digits, or the day does not
 * exist (31/02/2025).
 */
export function parse_vn_date(s: unknown): string | null {
	if (typeof s !== 'string') return null;
	const match = VN_DATE.exec(s.trim());
	if (!match) return null;
	const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (!is_real_date(year, month, day)) return null;
	return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** A simulated moment 'YYYY-MM-DDTHH:mm' as the portal shows it: '09:05 26/11/2026'. */
export function format_stamp(stamp: string): string {
	const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(stamp);
	if (!match) throw new RangeError(`format_stamp: expected 'YYYY-MM-DDTHH:mm', got '${stamp}'`);
	return `${match[2]} ${format_date(match[1])}`;
}
