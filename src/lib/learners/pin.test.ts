import { describe, expect, it, vi } from 'vitest';
import {
	check_pin,
	check_pin_of,
	has_pin,
	hash_pin,
	parse_pin_hash,
	pin_matches,
	PIN_ITERATIONS,
	PIN_MESSAGES
} from './pin';

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
	it('stores PBKDF2-SHA-256 with its iteration count and a random salt, never the PIN', async () => {
		const record = await hash_pin('1234');
		expect(record.pin_salt).toMatch(/^[0-9a-f]{32}$/);
		expect(record.pin_hash).toMatch(/^pbkdf2-sha256\$300000\$[0-9a-f]{64}$/);
		expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(200_000);
		// the salt and the hash and nothing else; not the PIN as typed. (Not "nowhere in the text":
		// 96 random hex digits held "1234" by chance about one run in 700.)
		expect(Object.keys(record).sort()).toEqual(['pin_hash', 'pin_salt']);
		expect(Object.values(record)).not.toContain('1234');
	});

	it('is PBKDF2-HMAC-SHA-256 of the PIN with the salt (a value computed by OpenSSL)', async () => {
		// node -e 'crypto.pbkdf2Sync("1234", "abc", 300000, 32, "sha256").toString("hex")'
		expect(await hash_pin('1234', 'abc')).toEqual({
			pin_salt: 'abc',
			pin_hash:
				'pbkdf2-sha256$300000$adb85b57c25350e8a0363fbe03c8823e00abd3fc1931050859ea579708539348'
		});
	});

	it('checks with the iteration count stored beside the hash', async () => {
		const record = await hash_pin('2580', 'salt', 1000);
		expect(parse_pin_hash(record.pin_hash)).toMatchObject({ iterations: 1000 });
		expect(await pin_matches(record, '2580')).toBe(true);
		expect(await pin_matches(record, '2581')).toBe(false);
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

describe('a PIN stored by an earlier version (salted SHA-256)', () => {
	// printf 'abc:1234' | sha256sum
	const OLD = {
		pin_salt: 'abc',
		pin_hash: '1755a2d5b309d75bede226f2b6cf858bb14287b917e76ad3b943de0dda4683fb'
	};

	it('still opens with the right PIN, and gives the PBKDF2 record to store instead', async () => {
		const { ok, upgrade } = await check_pin_of(OLD, '1234');
		expect(ok).toBe(true);
		expect(upgrade?.pin_hash).toMatch(/^pbkdf2-sha256\$300000\$[0-9a-f]{64}$/);
		expect(upgrade?.pin_salt).not.toBe(OLD.pin_salt);
		expect(await pin_matches(upgrade!, '1234')).toBe(true);
		expect(await pin_matches(upgrade!, '1235')).toBe(false);
	});

	it('stays closed to a wrong PIN, with nothing to upgrade', async () => {
		expect(await check_pin_of(OLD, '1235')).toEqual({ ok: false });
	});

	it('asks for no upgrade of a PBKDF2 hash', async () => {
		const record = await hash_pin('1234', 'x', 1000);
		expect(await check_pin_of(record, '1234')).toEqual({ ok: true });
	});

	it('reads both forms, and opens a damaged hash with no PIN at all', async () => {
		expect(parse_pin_hash(OLD.pin_hash)).toEqual({ algorithm: 'sha256', hash: OLD.pin_hash });
		for (const damaged of ['', 'x', 'pbkdf2-sha256$0$' + 'a'.repeat(64), 'md5$1$abc']) {
			expect(parse_pin_hash(damaged), damaged).toBeNull();
			expect(await pin_matches({ pin_hash: damaged || 'x', pin_salt: 's' }, '1234')).toBe(false);
		}
	});
});
