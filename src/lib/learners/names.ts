/** Learner names: pure rules, usable before the database is loaded. */
import type { Learner } from '$lib/db/database';

/**
 * Characters that show nothing but make two names differ, hide text or reverse it: control and
 * format characters (zero-width spaces and joiners, soft hyphen, byte-order mark, direction
 * marks and overrides) and the blank "letters" some keyboards offer (Hangul fillers, braille
 * blank). Removed from every name a person types.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\u115f\u1160\u3164\uffa0\u2800]/gu;

/**
 * Text typed by a person, made safe to store and compare: NFC, invisible characters removed,
 * trimmed, single spaces. (A local copy of the shared `clean_text`, src/lib/text/clean.ts on
 * the portal branch; the lead may make this call that one.)
 */
function clean_text(text: string) {
	return text
		.normalize('NFC')
		.replace(/\s+/g, ' ')
		.replace(INVISIBLE, '')
		.replace(/ {2,}/g, ' ')
		.trim();
}

/** NFC, invisible characters removed, trimmed, single spaces. */
export function clean_learner_name(name: string) {
	return clean_text(name);
}

export const NAME_MAX = 40;

/** A name that cannot be used: its message is shown at the name field, not as a failed save. */
export class NameError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NameError';
	}
}

/** A Vietnamese message when the name cannot be used, else null. */
export function check_learner_name(name: string, others: Pick<Learner, 'name'>[]): string | null {
	const clean = clean_learner_name(name);
	if (!clean) return 'Nhập tên của bạn, ví dụ: Bà Lan';
	if (clean.length > NAME_MAX) return `Tên dài quá, hãy viết không quá ${NAME_MAX} chữ cái`;
	const taken = others.some(
		(o) => clean_learner_name(o.name).toLocaleLowerCase('vi') === clean.toLocaleLowerCase('vi')
	);
	if (taken) return 'Tên này đã có trên máy. Hãy thêm một chữ cho dễ phân biệt, ví dụ: Bà Lan tổ 5';
	return null;
}
