/**
 * Base45 (RFC 9285): bytes as text in the 45 characters of a QR code's alphanumeric mode, so a
 * QR code holds about 1.5 times more of them than of base64 text (the EU digital COVID
 * certificate's choice). Two bytes become three characters, a last single byte two.
 */

export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

const VALUE = new Map([...BASE45_ALPHABET].map((c, i) => [c, i]));

export function base45_encode(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		let n = bytes[i] * 256 + bytes[i + 1];
		const c = n % 45;
		n = (n - c) / 45;
		const d = n % 45;
		const e = (n - d) / 45;
		out += BASE45_ALPHABET[c] + BASE45_ALPHABET[d] + BASE45_ALPHABET[e];
	}
	if (bytes.length % 2) {
		const n = bytes[bytes.length - 1];
		out += BASE45_ALPHABET[n % 45] + BASE45_ALPHABET[Math.floor(n / 45)];
	}
	return out;
}

/** The bytes of a base45 text, or null when it is not valid base45 (RFC 9285 §6). */
export function base45_decode(text: string): Uint8Array | null {
	if (text.length % 3 === 1) return null;
	const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
	let o = 0;
	for (let i = 0; i < text.length; i += 3) {
		const c = VALUE.get(text[i]);
		const d = VALUE.get(text[i + 1]);
		if (c === undefined || d === undefined) return null;
		if (i + 2 < text.length) {
			const e = VALUE.get(text[i + 2]);
			if (e === undefined) return null;
			const n = c + d * 45 + e * 45 * 45;
			if (n > 0xffff) return null;
			out[o++] = n >> 8;
			out[o++] = n & 0xff;
		} else {
			const n = c + d * 45;
			if (n > 0xff) return null;
			out[o++] = n;
		}
	}
	return out;
}
