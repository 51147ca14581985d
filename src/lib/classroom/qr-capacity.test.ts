import { describe, expect, it } from 'vitest';
import {
	alphanumeric_capacity_m,
	byte_capacity_m,
	data_codewords_m,
	qr_size,
	qr_version_m
} from './qr-capacity';

describe('QR capacity at level M (ISO/IEC 18004 Table 7)', () => {
	it('matches the standard’s table for the versions the design names', () => {
		// Table 7 (level M): version 1: 20 alphanumeric, 14 bytes; version 10: 311 / 213;
		// version 15: 600 / 412 (758 is level L); version 20: 970 / 666; version 40: 3391 / 2331.
		expect([1, 10, 15, 20, 40].map(alphanumeric_capacity_m)).toEqual([20, 311, 600, 970, 3391]);
		expect([1, 10, 15, 20, 40].map(byte_capacity_m)).toEqual([14, 213, 412, 666, 2331]);
		expect(data_codewords_m(15)).toBe(415);
		expect(qr_size(15)).toBe(77);
	});

	it('finds the smallest version for a text, alphanumeric or not', () => {
		expect(qr_version_m('A'.repeat(600))).toBe(15);
		expect(qr_version_m('A'.repeat(601))).toBe(16);
		expect(qr_version_m('a'.repeat(412))).toBe(15);
		expect(qr_version_m('A'.repeat(4000))).toBeNull();
	});
});
