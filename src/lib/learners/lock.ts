/**
 * When a learner with a PIN locks again: when someone else is chosen (choosing her again asks
 * the PIN), and after `IDLE_LOCK_MINUTES` without a tap, key press or typing on any open tab of
 * the site, so the next person on a shared device does not find her practice open. Learners
 * without a PIN never lock: there is nothing to open. Pure: time is passed in.
 */
export const IDLE_LOCK_MINUTES = 10;
export const IDLE_LOCK_MS = IDLE_LOCK_MINUTES * 60_000;

/** Whether a learner (with a PIN or not) last active at `active_at` is locked at `now`. */
export function idle_locked(has_pin: boolean, active_at: number | null, now: number): boolean {
	if (!has_pin) return false;
	if (active_at === null || active_at > now) return true;
	return now - active_at >= IDLE_LOCK_MS;
}
