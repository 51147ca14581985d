/**
 * Postal tracking codes in the UPU S10 format used by Vietnam Post (portal-screens.md §6):
 * 2 letters, an 8-digit serial, a check digit and "VN", e.g. EB123456785VN.
 * Practice codes must be labelled "MÃ BƯU GỬI TẬP" and never linked to the real tracker.
 */

const WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];
const TRACKING_CODE = /^([A-Z]{2})(\d{8})(\d)VN$/;

/**
 * The S10 check digit of an 8-digit serial: multiply the digits by 8, 6, 4, 2, 3, 5, 9, 7,
 * add them up, take 11 − (sum mod 11); 10 becomes 0 and 11 becomes 5.
 */
export function s10_check_digit(serial: string): number {
	if (!/^\d{8}$/.test(serial)) {
		throw new RangeError(`s10_check_digit: expected 8 digits, got '${serial}'`);
	}
	const sum = WEIGHTS.reduce((total, weight, i) => total + weight * Number(serial[i]), 0);
	const check = 11 - (sum % 11);
	if (check === 10) return 0;
	if (check === 11) return 5;
	return check;
}

/**
 * Makes a tracking code such as make_tracking_code('EB', '12345678') → 'EB123456785VN'.
 * The serial may be a whole number 0–99999999, padded to 8 digits. Throws a RangeError for a
 * prefix that is not 2 capital letters or starts with J, K, S, T or W (reserved in S10).
 */
export function make_tracking_code(prefix: string, serial: string | number): string {
	if (!/^[A-IL-RU-VX-Z][A-Z]$/.test(prefix)) {
		throw new RangeError(`make_tracking_code: '${prefix}' is not a usable S10 prefix`);
	}
	const digits =
		typeof serial === 'number' && Number.isInteger(serial) && serial >= 0
			? String(serial).padStart(8, '0')
			: String(serial);
	return `${prefix}${digits}${s10_check_digit(digits)}VN`;
}

/**
 * True for a Vietnam Post tracking code whose check digit is right. Spaces and lower case, as
 * a learner may type them, are forgiven.
 */
export function is_tracking_code(s: unknown): boolean {
	if (typeof s !== 'string') return false;
	const match = TRACKING_CODE.exec(s.replace(/\s+/g, '').toUpperCase());
	return match !== null && s10_check_digit(match[2]) === Number(match[3]);
}
