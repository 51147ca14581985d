/**
 * Practice dossier codes (mã hồ sơ) in the real format of Circular 01/2018/TT-VPCP, Art. 19:
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` = agency code (QCVN 102:2016/BTTTT), the date received
 * and the 4-digit order of receipt that day (portal-screens.md §2).
 * The practice agency code 000.00.99.H99 is our own suggestion: known province codes stop at
 * H57, so it should not belong to a real agency. The order of receipt is counted per receiving
 * office and day, so each practice office gets its own practice code (practice_agency_code):
 * without that, two offices would both issue …-0001 on the same day.
 */

import { is_real_date, make_iso, parse_iso } from './iso';

/** Agency code used for practice dossiers unless another is given. */
export const PRACTICE_AGENCY_CODE = '000.00.99.H99';

/**
 * The practice agency code of the n-th receiving office a learner files with (0, 1, 2, …):
 * 000.00.99.H99, 000.01.99.H99, … 000.99.99.H99, then 000.A0.99.H99 … (letters are allowed in
 * a segment, as in the real 000.A0.01.H26). Invented for practice, like H99 itself.
 */
export function practice_agency_code(office: number): string {
	if (!Number.isInteger(office) || office < 0 || office >= 100 + 26 * 36) {
		throw new RangeError(`practice_agency_code: office must be 0–1035, got ${office}`);
	}
	const segment =
		office < 100
			? String(office).padStart(2, '0')
			: String.fromCharCode(65 + Math.floor((office - 100) / 36)) +
				((office - 100) % 36).toString(36).toUpperCase();
	return `000.${segment}.99.H99`;
}

/**
 * The next code for a dossier received by `agency_code` on `date`, given the codes already
 * issued (any agency, any day): the highest order of receipt that office and day, plus 1.
 */
export function next_dossier_code(input: {
	agency_code: string;
	date: string;
	issued: Iterable<string>;
}): string {
	let last = 0;
	for (const code of input.issued) {
		const parts = parse_dossier_code(code);
		if (parts && parts.agency_code === input.agency_code && parts.date === input.date) {
			last = Math.max(last, parts.sequence);
		}
	}
	return make_dossier_code({
		agency_code: input.agency_code,
		date: input.date,
		sequence: last + 1
	});
}

/** Four dot-separated segments; the last starts with a letter (H province, G ministry, K council). */
const AGENCY_CODE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$/;
const DOSSIER_CODE = /^([0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2})-(\d{6})-(\d{4})$/;

/** The parts of a dossier code. */
export interface DossierCodeParts {
	agency_code: string;
	/** the day the dossier was received, 'YYYY-MM-DD' (the code's YYMMDD read as 20YY) */
	date: string;
	/** order of receipt that day, 1–9999 */
	sequence: number;
}

/**
 * Makes a dossier code, e.g. `000.00.99.H99-250715-0001`.
 * `sequence` is how many dossiers this learner received that day, plus 1.
 * Throws a RangeError for a malformed agency code, a date that is not 'YYYY-MM-DD' in
 * 2000–2099, or a sequence outside 1–9999.
 */
export function make_dossier_code(input: {
	agency_code?: string;
	date: string;
	sequence: number;
}): string {
	const agency_code = input.agency_code ?? PRACTICE_AGENCY_CODE;
	if (!AGENCY_CODE.test(agency_code)) {
		throw new RangeError(`make_dossier_code: malformed agency code '${agency_code}'`);
	}
	const parts = parse_iso(input.date);
	if (!parts || parts.year < 2000 || parts.year > 2099) {
		throw new RangeError(
			`make_dossier_code: expected 'YYYY-MM-DD' in 2000–2099, got '${input.date}'`
		);
	}
	const { sequence } = input;
	if (!Number.isInteger(sequence) || sequence < 1 || sequence > 9999) {
		throw new RangeError(`make_dossier_code: sequence must be 1–9999, got ${sequence}`);
	}
	const yymmdd = input.date.slice(2).replaceAll('-', '');
	return `${agency_code}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

/**
 * Reads a dossier code typed or pasted by a learner (spaces around it and lower case are
 * forgiven). Returns null when it is not in the format, the date does not exist, or the
 * sequence is 0000.
 */
export function parse_dossier_code(s: unknown): DossierCodeParts | null {
	if (typeof s !== 'string') return null;
	const match = DOSSIER_CODE.exec(s.trim().toUpperCase());
	if (!match) return null;
	const [agency_code, yymmdd, order] = [match[1], match[2], match[3]];
	const [yy, mm, dd] = [yymmdd.slice(0, 2), yymmdd.slice(2, 4), yymmdd.slice(4, 6)].map(Number);
	const sequence = Number(order);
	if (sequence === 0 || !is_real_date(2000 + yy, mm, dd)) return null;
	return { agency_code, date: make_iso(2000 + yy, mm, dd), sequence };
}

/** True when `s` reads as a dossier code (see parse_dossier_code). */
export function is_dossier_code(s: unknown): boolean {
	return parse_dossier_code(s) !== null;
}
