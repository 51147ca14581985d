/**
 * Calendar dates as plain ISO strings 'YYYY-MM-DD'. A calendar date never depends on the
 * machine's time zone, so every computation here works in UTC on the date alone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The parts of a calendar date; month and day count from 1. */
export interface DateParts {
	year: number;
	month: number;
	day: number;
}

/** True for a Gregorian leap year. */
export function is_leap_year(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function days_in_month(year: number, month: number): number {
	if (month === 2) return is_leap_year(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year 1000–9999, month 1–12 and day exist together (no 31/02). */
export function is_real_date(year: number, month: number, day: number): boolean {
	return (
		Number.isInteger(year) &&
		Number.isInteger(month) &&
		Number.isInteger(day) &&
		year >= 1000 &&
		year <= 9999 &&
		month >= 1 &&
		month <= 12 &&
		day >= 1 &&
		day <= days_in_month(year, month)
	);
}

/** Builds 'YYYY-MM-DD'; throws a RangeError when the date does not exist. */
export function make_iso(year: number, month: number, day: number): string {
	if (!is_real_date(year, month, day)) {
		throw new RangeError(`make_iso: ${year}-${month}-${day} is not a real date`);
	}
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Splits 'YYYY-MM-DD' into numbers, or null when it is not a real date in that exact form. */
export function parse_iso(iso: unknown): DateParts | null {
	if (typeof iso !== 'string') return null;
	const match = ISO_DATE.exec(iso);
	if (!match) return null;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	return is_real_date(year, month, day) ? { year, month, day } : null;
}

/** True for a real date written exactly 'YYYY-MM-DD'. */
export function is_iso_date(value: unknown): value is string {
	return parse_iso(value) !== null;
}

function require_iso(iso: string, caller: string): DateParts {
	const parts = parse_iso(iso);
	if (!parts) throw new RangeError(`${caller}: expected a real date 'YYYY-MM-DD', got '${iso}'`);
	return parts;
}

function to_utc_ms(parts: DateParts): number {
	const date = new Date(0);
	date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
	return date.getTime();
}

function from_utc_ms(ms: number): string {
	const date = new Date(ms);
	return make_iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The date `days` calendar days after `iso` (negative goes back). */
export function add_days(iso: string, days: number): string {
	if (!Number.isInteger(days)) throw new RangeError(`add_days: ${days} is not a whole number`);
	return from_utc_ms(to_utc_ms(require_iso(iso, 'add_days')) + days * DAY_MS);
}

/** Day of the week: 0 = Sunday (Chủ nhật), 1 = Monday (thứ Hai) … 6 = Saturday (thứ Bảy). */
export function day_of_week(iso: string): number {
	return new Date(to_utc_ms(require_iso(iso, 'day_of_week'))).getUTCDay();
}
