import { describe, expect, it } from 'vitest';
import { resolve_value } from './demo';

const context = {
	account: { citizen_id: '031399123456', password: 'Taptap@2025', passcode: '246813' },
	otp: () => '246810',
	today: () => '2026-03-02'
};

describe('demo values', () => {
	it('fills in the practice account, the OTP and dates before today', () => {
		expect(resolve_value('{account.citizen_id}', context)).toBe('031399123456');
		expect(resolve_value('{account.password}', context)).toBe('Taptap@2025');
		expect(resolve_value('{account.passcode}', context)).toBe('246813');
		expect(resolve_value('{otp}', context)).toBe('246810');
		expect(resolve_value('{today-3}', context)).toBe('27/02/2026');
		expect(resolve_value('{today}', context)).toBe('02/03/2026');
	});

	it('leaves plain text and unknown placeholders as they are', () => {
		expect(resolve_value('Nguyễn Minh Khang', context)).toBe('Nguyễn Minh Khang');
		expect(resolve_value('{nobody}', context)).toBe('{nobody}');
	});
});
