/** A class a trainer runs, and its short code (what learners type or scan to join). */
import { clean_text } from '$lib/text/clean';

/** Letters and digits that are hard to confuse when read aloud or copied from a board. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** The longest class name (and place, and trainer's name) a trainer may write. */
export const CLASS_TEXT_MAX = 80;

export interface ClassInfo {
	/** a UUID: the class's xAPI `context.registration` */
	id: string;
	code: string;
	name: string;
	place: string;
	trainer: string;
	/** dd/mm/yyyy as the trainer wrote them, or empty */
	starts: string;
	ends: string;
	created_at: number;
}

/** A code as typed: upper case, spaces and dashes removed (so "abc-234" is "ABC234"). */
export function normalize_class_code(code: string) {
	return code.normalize('NFC').toUpperCase().replace(/[\s-]/g, '');
}

export function is_class_code(code: string) {
	return code.length === CODE_LENGTH && [...code].every((c) => CODE_ALPHABET.includes(c));
}

/** A Vietnamese message when the typed code cannot be a class code, else null. */
export function check_class_code(typed: string): string | null {
	const code = normalize_class_code(typed);
	if (!code) return 'Nhập mã lớp gồm 6 chữ và số, ví dụ: HB7K2Q';
	if (!is_class_code(code)) return 'Mã lớp gồm 6 chữ và số, ví dụ: HB7K2Q. Hãy xem lại mã lớp.';
	return null;
}

/**
 * A class's name as a link or a QR code carried it, safe to keep and show: NFC, no invisible or
 * control characters, one space between words, at most CLASS_TEXT_MAX characters; '' for none.
 */
export function clean_class_name(text: string) {
	return clean_text(String(text ?? ''))
		.replace(/\p{Cc}/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, CLASS_TEXT_MAX);
}

/**
 * The link a class's QR code holds: the learner's page `page` with the code (`?ma=`) and the
 * class's name (`&ten=`), so that a learner who scans it sees which class she joined. A name of
 * 38 letters with marks makes a version 9 code (55 × 55 modules), one of 80 version 12: well
 * within what a cheap phone camera reads from a screen (version 15, CLASS-TRANSFER.md).
 */
export function class_join_link(page: URL | string, code: string, name: string) {
	const url = new URL(page);
	url.search = '';
	url.searchParams.set('ma', code);
	const clean = clean_class_name(name);
	if (clean) url.searchParams.set('ten', clean);
	return url.href;
}

/** A new random class code from `random` bytes (crypto.getRandomValues in the app). */
export function new_class_code(random: (n: number) => Uint8Array = random_bytes) {
	const bytes = random(CODE_LENGTH * 4);
	let code = '';
	for (const byte of bytes) {
		// rejection sampling keeps every character equally likely
		if (byte < 256 - (256 % CODE_ALPHABET.length))
			code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
		if (code.length === CODE_LENGTH) return code;
	}
	return new_class_code(random);
}

function random_bytes(n: number) {
	return crypto.getRandomValues(new Uint8Array(n));
}
