import { describe, expect, it } from 'vitest';
import { make_qr_token, passcode_problem, QR_SIZE, qr_cells } from './passcode';

describe('the passcode as typed', () => {
	it('accepts exactly 6 digits, spaces aside', () => {
		expect(passcode_problem('246813')).toBeNull();
		expect(passcode_problem(' 246 813 ')).toBeNull();
	});

	it('says plainly what is wrong with anything else', () => {
		expect(passcode_problem('')).toBe('Hãy gõ mã passcode gồm 6 chữ số.');
		expect(passcode_problem('24681a')).toBe('Mã passcode chỉ có chữ số, từ 0 đến 9.');
		expect(passcode_problem('24681')).toBe('Mã passcode có đúng 6 chữ số. Bạn đã gõ 5 chữ số.');
		expect(passcode_problem('2468130')).toMatch(/gõ 7 chữ số/);
	});
});

describe('the drawn sign-in QR code', () => {
	it('is a new token each time, from the random source', () => {
		let n = 0;
		const counting = () => (n++ % 36) / 36;
		const first = make_qr_token(counting);
		expect(first).toMatch(/^[0-9a-z]{12}$/);
		expect(make_qr_token(counting)).not.toBe(first);
	});

	it('has the three corner squares of a QR code and a pattern that depends on the token', () => {
		const a = qr_cells('abc');
		expect(a).toHaveLength(QR_SIZE);
		expect(a.every((row) => row.length === QR_SIZE)).toBe(true);
		// each corner square: dark outer ring, light ring, dark 3 × 3 centre, light border
		for (const [r, c] of [
			[0, 0],
			[0, QR_SIZE - 7],
			[QR_SIZE - 7, 0]
		]) {
			expect(a[r][c]).toBe(true);
			expect(a[r + 1][c + 1]).toBe(false);
			expect(a[r + 3][c + 3]).toBe(true);
		}
		expect(a[7][7]).toBe(false);
		expect(qr_cells('abc')).toEqual(a);
		expect(qr_cells('xyz')).not.toEqual(a);
	});
});
