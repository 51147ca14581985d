/** Plain rules of the app's passcode and the sign-in QR code: no state, unit-tested. */

/** portal-screens.md §3: the passcode has 6 digits, from 0 to 9. */
export const PASSCODE_LENGTH = 6;

/** Why a typed passcode cannot be one, in plain Vietnamese, or null. */
export function passcode_problem(typed: string): string | null {
	const digits = typed.replace(/\s/g, '');
	if (digits === '') return 'Hãy gõ mã passcode gồm 6 chữ số.';
	if (!/^\d+$/.test(digits)) return 'Mã passcode chỉ có chữ số, từ 0 đến 9.';
	if (digits.length !== PASSCODE_LENGTH)
		return `Mã passcode có đúng 6 chữ số. Bạn đã gõ ${digits.length} chữ số.`;
	return null;
}

/** A new sign-in code for the website to show (never a real one). */
export function make_qr_token(random: () => number = Math.random): string {
	let token = '';
	for (let i = 0; i < 12; i++) token += Math.floor(random() * 36).toString(36);
	return token;
}

/** The size of the drawn code, in cells (a version-1 QR code is 21 × 21). */
export const QR_SIZE = 21;

/** FNV-1a: a stable number from a text. */
function hash(text: string, seed: number): number {
	let h = 0x811c9dc5 ^ seed;
	for (const char of text) {
		h ^= char.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

function in_finder(row: number, col: number): boolean {
	const near = (n: number) => n < 8 || n >= QR_SIZE - 8;
	return (row < 8 && col < 8) || (row < 8 && col >= QR_SIZE - 8) || (col < 8 && row >= QR_SIZE - 8)
		? near(row) && near(col)
		: false;
}

/** Whether a cell of a finder square (the three big corner squares) is dark. */
function finder_dark(row: number, col: number): boolean {
	const r = row < 8 ? row : row - (QR_SIZE - 7);
	const c = col < 8 ? col : col - (QR_SIZE - 7);
	if (r < 0 || c < 0 || r > 6 || c > 6) return false; // the light border around a square
	const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
	return ring !== 2;
}

/**
 * The dark cells of a picture that looks like a QR code for `token`: the three corner squares
 * of a real one, and a pattern that changes with the token. It is a drawing only: no phone can
 * read it, so nothing real can be signed in with it.
 */
export function qr_cells(token: string): boolean[][] {
	const rows: boolean[][] = [];
	for (let row = 0; row < QR_SIZE; row++) {
		const cells: boolean[] = [];
		for (let col = 0; col < QR_SIZE; col++) {
			if (in_finder(row, col)) cells.push(finder_dark(row, col));
			else if (row === 6 || col === 6) cells.push((row + col) % 2 === 0);
			else cells.push(hash(`${token}:${row}:${col}`, row * QR_SIZE + col) % 2 === 0);
		}
		rows.push(cells);
	}
	return rows;
}
