// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { is_tracking_code, make_tracking_code, s10_check_digit } from './s10';

describe('s10_check_digit', () => {
	it('uses the weights 8, 6, 4, 2, 3, 5, 9, 7', () => {
		expect(s10_check_digit('12345678')).toBe(5); // sum 204, 204 mod 11 = 6, 11 − 6 = 5
		expect(s10_check_digit('13643185')).toBe(8); // sum 179, 179 mod 11 = 3, 11 − 3 = 8
	});

	it('turns 10 into 0 and 11 into 5', () => {
		expect(s10_check_digit('00000001')).toBe(4); // sum 7, 11 − 7 = 4
		expect(s10_check_digit('00000008')).toBe(0); // sum 56, 56 mod 11 = 1, 11 − 1 = 10 → 0
		expect(s10_check_digit('00000000')).toBe(5); // sum 0, 11 − 0 = 11 → 5
	});

	it('refuses a serial that is not 8 digits', () => {
		expect(() => s10_check_digit('1234567')).toThrow(RangeError);
		expect(() => s10_check_digit('1234567a')).toThrow(RangeError);
	});
});

describe('make_tracking_code', () => {
	it('adds the check digit and VN', () => {
		expect(make_tracking_code('EB', '12345678')).toBe('EB123456785VN');
		expect(make_tracking_code('EC', '13643185')).toBe('EC136431858VN');
		expect(make_tracking_code('EB', 1)).toBe('EB000000014VN');
		expect(make_tracking_code('RR', 8)).toBe('RR000000080VN');
	});

	it('refuses reserved or malformed prefixes and serials', () => {
		for (const prefix of ['JA', 'KA', 'SA', 'TA', 'WA', 'eb', 'E', 'EBX', 'E1']) {
			expect(() => make_tracking_code(prefix, '12345678')).toThrow(RangeError);
		}
		expect(() => make_tracking_code('EB', '123456789')).toThrow(RangeError);
		expect(() => make_tracking_code('EB', -1)).toThrow(RangeError);
		expect(() => make_tracking_code('EB', 1.5)).toThrow(RangeError);
	});
});

describe('is_tracking_code', () => {
	it('checks the examples from the reference', () => {
		expect(is_tracking_code('EB123456785VN')).toBe(true);
		expect(is_tracking_code('EB123456789VN')).toBe(false);
		expect(is_tracking_code('EA123456789VN')).toBe(false);
		expect(is_tracking_code('EC136431858VN')).toBe(true);
	});

	it('forgives spaces and lower case', () => {
		expect(is_tracking_code(' eb 12345678 5 vn ')).toBe(true);
	});

	it('rejects other shapes', () => {
		for (const bad of ['', 'EB12345678VN', 'EB123456785US', '1B123456785VN', 'EB1234567855VN']) {
			expect(is_tracking_code(bad)).toBe(false);
		}
		expect(is_tracking_code(undefined)).toBe(false);
	});
});
