/**
 * Wrong PINs slow down. The first `FREE_TRIES` wrong tries cost nothing (a finger slips); then
 * the prompt waits 30 s, and each further wrong try doubles the wait (1 min, 2 min, 4 min …) up
 * to one hour. Trying all 10 000 PINs on the device then takes months. The count and the time
 * the wait ends are stored on the learner record (`pin_failures`, `pin_locked_until`), so a
 * reload does not reset them; the right PIN clears both. Pure functions: time is passed in.
 */
import type { Learner } from '$lib/db/database';

export const FREE_TRIES = 5;
export const FIRST_WAIT_MS = 30_000;
export const LONGEST_WAIT_MS = 60 * 60_000;

export type PinLockState = Pick<Learner, 'pin_failures' | 'pin_locked_until'>;

/** How long the prompt waits after the `failures`-th wrong try in a row. */
export function wait_after(failures: number): number {
	if (failures < FREE_TRIES) return 0;
	return Math.min(FIRST_WAIT_MS * 2 ** (failures - FREE_TRIES), LONGEST_WAIT_MS);
}

/**
 * Milliseconds until the PIN may be tried again; 0 when it may be tried now. A stored end time
 * further away than the schedule allows (the device clock was moved back) counts as the
 * schedule's wait, so nobody is locked out for longer than it says.
 */
export function wait_left(state: PinLockState, now: number): number {
	const until = state.pin_locked_until ?? 0;
	if (until <= now) return 0;
	return Math.min(until - now, wait_after(state.pin_failures ?? 0));
}

/** The state after one more wrong try at `now`. */
export function after_wrong_try(state: PinLockState, now: number): Required<PinLockState> {
	const failures = (state.pin_failures ?? 0) + 1;
	return { pin_failures: failures, pin_locked_until: now + wait_after(failures) };
}

/** The wait in plain Vietnamese: "30 giây", "1 phút 30 giây", "2 phút". */
export function format_wait(ms: number): string {
	const seconds = Math.max(1, Math.ceil(ms / 1000));
	const minutes = Math.floor(seconds / 60);
	const rest = seconds % 60;
	if (!minutes) return `${rest} giây`;
	return rest ? `${minutes} phút ${rest} giây` : `${minutes} phút`;
}

/** What the prompt says while it waits (the countdown below it shows how long). */
export const WAIT_MESSAGE = 'Đã nhập sai nhiều lần. Hãy chờ hết thời gian bên dưới rồi thử lại.';
