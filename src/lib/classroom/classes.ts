/** A class a trainer runs, and its short code (what learners type or scan to join). */

/** Letters and digits that are hard to confuse when read aloud or copied from a board. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

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
