import { describe, expect, it } from 'vitest';
import {
	check_class_code,
	CODE_ALPHABET,
	is_class_code,
	new_class_code,
	normalize_class_code
} from './classes';

describe('class codes', () => {
	it('a new code has 6 characters that are hard to confuse (no 0/O, 1/I/L)', () => {
		for (let i = 0; i < 200; i++) expect(is_class_code(new_class_code())).toBe(true);
		expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
		// bytes of 248 and more are skipped, so every character is equally likely
		const fixed = new_class_code((n) =>
			Uint8Array.from({ length: n }, (_, i) => (i % 2 ? 250 : i))
		);
		expect(fixed).toBe('ACEGJM');
	});

	it('a typed code is read the way a learner types it, and a wrong one is explained', () => {
		expect(normalize_class_code(' hb7-k2q ')).toBe('HB7K2Q');
		expect(check_class_code('hb7 k2q')).toBeNull();
		expect(check_class_code('')).toBe('Nhập mã lớp gồm 6 chữ và số, ví dụ: HB7K2Q');
		expect(check_class_code('HB7K2O')).toMatch(/^Mã lớp gồm 6 chữ và số/);
	});
});
