/**
 * The 12-digit personal ID number (số định danh cá nhân, printed on the CCCD card) and the
 * VNeID password rules (portal-screens.md §3).
 *
 * Structure: digits 1–3 province where the birth was registered, digit 4 century and sex
 * (1900s 0/1, 2000s 2/3, 2100s 4/5, 2200s 6/7, 2300s 8/9; even = male, odd = female),
 * digits 5–6 the last two digits of the birth year, digits 7–12 random.
 *
 * Practice numbers are clearly fake: province 031 (Hải Phòng), born in 2099, which no living
 * person can be. Any number with a birth year that is not in the future may belong to a real
 * person, so the practice portal refuses it.
 */

import { parse_iso } from './iso';

/** Province code used in practice numbers: 031 = Hải Phòng. */
export const PRACTICE_PROVINCE_CODE = '031';

/** What the digits of an ID number say. */
export interface CitizenIdInfo {
	province_code: string;
	sex: 'nam' | 'nu';
	birth_year: number;
}

/** Message when the number is not exactly 12 digits. */
export const ID_NOT_12_DIGITS = 'Số định danh cá nhân gồm đúng 12 chữ số, hãy kiểm tra và nhập lại';
/** Message when the number may belong to a real person. */
export const ID_LOOKS_REAL =
	'Đây là bản tập nên xin đừng nhập số định danh thật, hãy dùng số mẫu hiện trên màn hình';

/** Removes the spaces a learner may type between groups of digits ('031 2 99 123456'). */
function compact(s: string): string {
	return s.replace(/\s+/g, '');
}

/**
 * Makes a clearly fake practice number: 031, then 2 (male) or 3 (female), then 99 (born 2099),
 * then 6 random digits. `random` returns numbers in [0, 1), like Math.random.
 */
export function make_practice_id(random: () => number): string {
	const digit = () => String(Math.min(9, Math.floor(random() * 10)));
	const sex_digit = random() < 0.5 ? '2' : '3';
	let tail = '';
	for (let i = 0; i < 6; i++) tail += digit();
	return `${PRACTICE_PROVINCE_CODE}${sex_digit}99${tail}`;
}

/** Reads the structure of a 12-digit number (spaces ignored), or null when it is not 12 digits. */
export function describe_citizen_id(s: unknown): CitizenIdInfo | null {
	if (typeof s !== 'string') return null;
	const id = compact(s);
	if (!/^\d{12}$/.test(id)) return null;
	const century_sex = Number(id[3]);
	return {
		province_code: id.slice(0, 3),
		sex: century_sex % 2 === 0 ? 'nam' : 'nu',
		birth_year: 1900 + Math.floor(century_sex / 2) * 100 + Number(id.slice(4, 6))
	};
}

/**
 * Checks a number typed into the practice portal. Returns null when it is a usable practice
 * number, else a Vietnamese message: not 12 digits, or a birth year that is not after the year
 * of `today` ('YYYY-MM-DD', the simulated clock's date), so it may be a real person's number.
 */
export function check_practice_id(s: unknown, today: string): string | null {
	const now = parse_iso(today);
	if (!now)
		throw new RangeError(`check_practice_id: expected today as 'YYYY-MM-DD', got '${today}'`);
	const info = describe_citizen_id(s);
	if (!info) return ID_NOT_12_DIGITS;
	return info.birth_year > now.year ? null : ID_LOOKS_REAL;
}

/** The special characters VNeID accepts in a password. */
export const VNEID_SPECIAL_CHARACTERS = '!@#$^*()_';

/** The VNeID password rules, each as the instruction shown when it is not met. */
export const VNEID_PASSWORD_RULES = {
	length: 'Dùng từ 8 đến 20 ký tự',
	digit: 'Thêm ít nhất một chữ số (0–9)',
	upper: 'Thêm ít nhất một chữ in hoa (A–Z)',
	lower: 'Thêm ít nhất một chữ thường (a–z)',
	special: 'Thêm ít nhất một ký tự đặc biệt: ! @ # $ ^ * ( ) _',
	allowed: 'Chỉ dùng chữ không dấu, chữ số và các ký tự đặc biệt ! @ # $ ^ * ( ) _'
} as const;

/**
 * Lists the VNeID password rules a password does not meet yet, in a fixed order (empty = ok):
 * 8–20 characters, a digit, an upper-case and a lower-case letter, a special character from
 * `!@#$^*()_`. Our reading of the rule also refuses any other character (accented letters,
 * spaces, other symbols): a password that passes here also passes on the real app.
 */
export function check_vneid_password(pw: string): string[] {
	const unmet: string[] = [];
	const length = Array.from(pw.normalize('NFC')).length;
	if (length < 8 || length > 20) unmet.push(VNEID_PASSWORD_RULES.length);
	if (!/\d/.test(pw)) unmet.push(VNEID_PASSWORD_RULES.digit);
	if (!/[A-Z]/.test(pw)) unmet.push(VNEID_PASSWORD_RULES.upper);
	if (!/[a-z]/.test(pw)) unmet.push(VNEID_PASSWORD_RULES.lower);
	if (!/[!@#$^*()_]/.test(pw)) unmet.push(VNEID_PASSWORD_RULES.special);
	if (/[^A-Za-z0-9!@#$^*()_]/.test(pw)) unmet.push(VNEID_PASSWORD_RULES.allowed);
	return unmet;
}
