/**
 * The optional 4-digit PIN of a learner. It is a light privacy gate on a shared device, so one
 * person does not open another's practice by mistake. It is not security: four digits have only
 * 10 000 values, and anyone holding the device can read the database. The PIN itself is never
 * stored, only SHA-256(salt + ':' + PIN) with a random salt per learner.
 */
import type { Learner } from '$lib/db/database';

export const PIN_LENGTH = 4;

export const PIN_MESSAGES = {
	empty: 'Nhập mã PIN gồm 4 chữ số',
	format: 'Mã PIN phải gồm đúng 4 chữ số, ví dụ: 2580',
	wrong: 'Mã PIN chưa đúng. Hãy thử lại.',
	unsupported: 'Trình duyệt này không đặt được mã PIN. Hãy để trống ô mã PIN.'
} as const;

export type PinRecord = Required<Pick<Learner, 'pin_hash' | 'pin_salt'>>;

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

function to_hex(bytes: ArrayBuffer | Uint8Array) {
	return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function digest(salt: string, pin: string) {
	if (!globalThis.crypto?.subtle) throw new Error(PIN_MESSAGES.unsupported);
	const data = new TextEncoder().encode(`${salt}:${clean_pin(pin)}`);
	return to_hex(await crypto.subtle.digest('SHA-256', data));
}

/** The stored form of a PIN. Rejects (with the Vietnamese message) a PIN that is not 4 digits. */
export async function hash_pin(
	pin: string,
	salt = to_hex(crypto.getRandomValues(new Uint8Array(16)))
): Promise<PinRecord> {
	const error = check_pin(pin, { required: true });
	if (error) throw new Error(error);
	return { pin_hash: await digest(salt, pin), pin_salt: salt };
}

/** Whether `pin` opens this learner; true for a learner without a PIN. */
export async function pin_matches(learner: Partial<PinRecord>, pin: string): Promise<boolean> {
	if (!has_pin(learner)) return true;
	if (check_pin(pin, { required: true })) return false;
	try {
		return (await digest(learner.pin_salt as string, pin)) === learner.pin_hash;
	} catch {
		return false;
	}
}
