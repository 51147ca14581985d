import { describe, expect, it } from 'vitest';
import { sms_excerpt } from './sms-excerpt';

describe('sms_excerpt', () => {
	it('starts one word before the code', () => {
		expect(sms_excerpt('Ma OTP dang nhap Cong DVC cua ban la 525456. Khong cung cap.')).toBe(
			'…la 525456. Khong cung cap.'
		);
	});
	it('keeps a short message or one without a code whole', () => {
		expect(sms_excerpt('la 123456')).toBe('la 123456');
		expect(sms_excerpt('Ho so cua ban da co ket qua.')).toBe('Ho so cua ban da co ket qua.');
	});
});
