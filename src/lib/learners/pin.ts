/**
 * The optional 4-digit PIN of a learner: it keeps others on a shared device out of her practice.
 * It is not a bank-grade lock: four digits have only 10 000 values, and anyone holding the device
 * can copy the database. So the PIN itself is never stored, only a slow hash of it:
 * PBKDF2-HMAC-SHA-256 from the browser's Web Crypto, `PIN_ITERATIONS` rounds, a random 16-byte
 * salt per learner, written as `pbkdf2-sha256$<iterations>$<hex>` so the algorithm and the
 * iteration count travel with the hash. Trying all 10 000 PINs on a copy then takes ~10 000 slow
 * derivations instead of milliseconds; on the device itself wrong tries wait longer each time
 * (pin-lock.ts).
 *
 * Records written before (a bare 64-hex SHA-256 of `salt:PIN`) still open with the right PIN, and
 * are then rewritten as PBKDF2 (`check_pin_of` returns the upgrade).
 */
import type { Learner } from '$lib/db/database';

export const PIN_LENGTH = 4;

/**
 * PBKDF2 rounds for a new hash. 300 000 takes ~0.1 s on a laptop and well under 2 s on an old
 * phone (once per unlock), and is above the 200 000 floor this project set.
 */
export const PIN_ITERATIONS = 300_000;

export const PIN_MESSAGES = {
	empty: 'Nhập mã PIN gồm 4 chữ số',
	format: 'Mã PIN phải gồm đúng 4 chữ số, ví dụ: 2580',
	wrong: 'Mã PIN chưa đúng. Hãy thử lại.',
	unsupported: 'Trình duyệt này không đặt được mã PIN. Hãy để trống ô mã PIN.'
} as const;

/** What a PIN does and does not do, shown wherever a PIN is set or asked for. */
export const PIN_PURPOSE =
	'Mã PIN giúp người khác dùng chung máy không mở được phần tập của bạn. Đây không phải khóa bảo mật như mật khẩu ngân hàng.';

export type PinRecord = Required<Pick<Learner, 'pin_hash' | 'pin_salt'>>;

/** A stored hash, read: the current PBKDF2 form, or the SHA-256 form of earlier versions. */
export type ParsedPinHash =
	| { algorithm: 'pbkdf2-sha256'; iterations: number; hash: string }
	| { algorithm: 'sha256'; hash: string };

/** The PIN as typed, without surrounding spaces. */
export function clean_pin(pin: string) {
	return pin.trim();
}

/**
 * A Vietnamese message when `pin` cannot be used, else null. An empty PIN is fine when the PIN
 * is optional (setting one up), and asked for when it is required (unlocking).
 */
export function check_pin(pin: string, { required = false } = {}): string | null {
	const clean = clean_pin(pin);
	if (!clean) return required ? PIN_MESSAGES.empty : null;
	return new RegExp(`^[0-9]{${PIN_LENGTH}}$`).test(clean) ? null : PIN_MESSAGES.format;
}

export function has_pin(learner: Partial<PinRecord>): boolean {
	return Boolean(learner.pin_hash && learner.pin_salt);
}

/** Reads a stored hash; null for a value neither form matches (then no PIN opens it). */
export function parse_pin_hash(stored: string): ParsedPinHash | null {
	const pbkdf2 = /^pbkdf2-sha256\$([1-9][0-9]{0,9})\$([0-9a-f]{64})$/.exec(stored);
	if (pbkdf2) return { algorithm: 'pbkdf2-sha256', iterations: Number(pbkdf2[1]), hash: pbkdf2[2] };
	if (/^[0-9a-f]{64}$/.test(stored)) return { algorithm: 'sha256', hash: stored };
	return null;
}

function to_hex(bytes: ArrayBuffer | Uint8Array) {
	return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

function subtle() {
	if (!globalThis.crypto?.subtle) throw new Error(PIN_MESSAGES.unsupported);
	return crypto.subtle;
}

async function pbkdf2(salt: string, pin: string, iterations: number) {
	const key = await subtle().importKey(
		'raw',
		new TextEncoder().encode(clean_pin(pin)),
		'PBKDF2',
		false,
		['deriveBits']
	);
	const bits = await subtle().deriveBits(
		{ name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations },
		key,
		256
	);
	return to_hex(bits);
}

/** The hash of earlier versions: SHA-256 of `salt:PIN`. Only read, never written. */
async function sha256(salt: string, pin: string) {
	const data = new TextEncoder().encode(`${salt}:${clean_pin(pin)}`);
	return to_hex(await subtle().digest('SHA-256', data));
}

/** The stored form of a PIN. Rejects (with the Vietnamese message) a PIN that is not 4 digits. */
export async function hash_pin(
	pin: string,
	salt = to_hex(crypto.getRandomValues(new Uint8Array(16))),
	iterations = PIN_ITERATIONS
): Promise<PinRecord> {
	const error = check_pin(pin, { required: true });
	if (error) throw new Error(error);
	return {
		pin_hash: `pbkdf2-sha256$${iterations}$${await pbkdf2(salt, pin, iterations)}`,
		pin_salt: salt
	};
}

/**
 * Whether `pin` opens this learner (true for a learner without a PIN), and, when the right PIN
 * opened a hash of an earlier form, the PBKDF2 record to store in its place.
 */
export async function check_pin_of(
	learner: Partial<PinRecord>,
	pin: string
): Promise<{ ok: boolean; upgrade?: PinRecord }> {
	if (!has_pin(learner)) return { ok: true };
	if (check_pin(pin, { required: true })) return { ok: false };
	const parsed = parse_pin_hash(learner.pin_hash as string);
	if (!parsed) return { ok: false };
	const salt = learner.pin_salt as string;
	try {
		if (parsed.algorithm === 'pbkdf2-sha256') {
			return { ok: (await pbkdf2(salt, pin, parsed.iterations)) === parsed.hash };
		}
		if ((await sha256(salt, pin)) !== parsed.hash) return { ok: false };
		return { ok: true, upgrade: await hash_pin(pin) };
	} catch {
		return { ok: false };
	}
}

/** Whether `pin` opens this learner; true for a learner without a PIN. */
export async function pin_matches(learner: Partial<PinRecord>, pin: string): Promise<boolean> {
	return (await check_pin_of(learner, pin)).ok;
}
