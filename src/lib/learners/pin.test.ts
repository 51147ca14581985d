import { describe, expect, it, vi } from 'vitest';
import { check_pin, has_pin, hash_pin, pin_matches, PIN_MESSAGES } from './pin';

describe('check_pin', () => {
	it.each(['1234', '0000', ' 2580 '])('accepts %j', (pin) => {
		expect(check_pin(pin)).toBeNull();
		expect(check_pin(pin, { required: true })).toBeNull();
	});

	it.each(['123', '12345', '12a4', '12 34', '١٢٣٤', '１２３４', '-123', '12.4'])(
		'refuses %j: exactly 4 digits',
		(pin) => {
			expect(check_pin(pin)).toBe(PIN_MESSAGES.format);
			expect(PIN_MESSAGES.format).toBe('Mã PIN phải gồm đúng 4 chữ số, ví dụ: 2580');
		}
	);

	it('lets an optional PIN be empty, and asks for a required one', () => {
		expect(check_pin('')).toBeNull();
		expect(check_pin('   ')).toBeNull();
		expect(check_pin('', { required: true })).toBe('Nhập mã PIN gồm 4 chữ số');
	});
});

describe('hash_pin and pin_matches', () => {
	it('stores a salted SHA-256, never the PIN', async () => {
		const record = await hash_pin('1234');
		expect(record.pin_salt).toMatch(/^[0-9a-f]{32}$/);
		expect(record.pin_hash).toMatch(/^[0-9a-f]{64}$/);
		expect(JSON.stringify(record)).not.toContain('1234');
	});

	it('is SHA-256 of "salt:PIN" (a known value)', async () => {
		// printf 'abc:1234' | sha256sum
		expect(await hash_pin('1234', 'abc')).toEqual({
			pin_salt: 'abc',
			pin_hash: '1755a2d5b309d75bede226f2b6cf858bb14287b917e76ad3b943de0dda4683fb'
		});
	});

	it('gives the same PIN a different hash for each learner (a new salt each time)', async () => {
		const a = await hash_pin('1234');
		const b = await hash_pin('1234');
		expect(a.pin_salt).not.toBe(b.pin_salt);
		expect(a.pin_hash).not.toBe(b.pin_hash);
	});

	it('opens with the right PIN only', async () => {
		const record = await hash_pin('2580');
		expect(await pin_matches(record, '2580')).toBe(true);
		expect(await pin_matches(record, ' 2580 ')).toBe(true);
		expect(await pin_matches(record, '2581')).toBe(false);
		expect(await pin_matches(record, '')).toBe(false);
		expect(await pin_matches(record, '25800')).toBe(false);
	});

	it('lets anyone open a learner who has no PIN', async () => {
		expect(has_pin({})).toBe(false);
		expect(await pin_matches({}, '')).toBe(true);
	});

	it('refuses to hash a PIN that is not 4 digits', async () => {
		await expect(hash_pin('12')).rejects.toThrow(PIN_MESSAGES.format);
		await expect(hash_pin('')).rejects.toThrow(PIN_MESSAGES.empty);
	});

	it('says plainly when the browser cannot hash (no crypto.subtle outside https)', async () => {
		vi.spyOn(globalThis.crypto, 'subtle', 'get').mockReturnValue(
			undefined as unknown as SubtleCrypto
		);
		await expect(hash_pin('1234')).rejects.toThrow(PIN_MESSAGES.unsupported);
		expect(await pin_matches({ pin_hash: 'x', pin_salt: 'y' }, '1234')).toBe(false);
	});
});
