/**
 * Who is learning on this device right now: `{ id, name, avatar, pin }` in localStorage, so the
 * header shows the learner on every page without loading the database, and switching is instant.
 * The learner's records (and their own settings) live in the database. Kept small: every page
 * loads it.
 *
 * A learner with a PIN locks again (lock.ts): after IDLE_LOCK_MINUTES without input (the time of
 * the last input is shared by all tabs in localStorage) and when someone else is chosen; then
 * nobody is chosen and `on_lock` listeners run. Where localStorage throws (some private modes),
 * the choice is kept in memory for the page's life instead of being forgotten at the next page.
 */
import type { Learner } from '$lib/db/database';
import { idle_locked } from './lock';

export const CURRENT_LEARNER_KEY = 'cds:learner';
/** epoch ms of the last input on any tab, while a learner with a PIN is chosen */
export const ACTIVE_AT_KEY = 'cds:active-at';
/** how often, at most, an input is written to localStorage */
const ACTIVE_WRITE_MS = 30_000;

export type CurrentLearnerRecord = Pick<Learner, 'id' | 'name' | 'avatar'> & {
	/** the learner has a PIN: the choice locks when idle */
	pin?: boolean;
};

/**
 * Reads the stored choice; null for nobody or a damaged value. Before names were kept the value
 * was the bare id: it still counts, with an empty name until the learners page refreshes it.
 */
export function parse_current_learner(raw: string | null): CurrentLearnerRecord | null {
	try {
		const { id, name, avatar, pin } = JSON.parse(raw ?? 'null') ?? {};
		if (typeof id === 'string' && id) {
			return {
				id,
				name: typeof name === 'string' ? name : '',
				avatar: typeof avatar === 'string' ? avatar : '',
				...(pin === true ? { pin: true } : {})
			};
		}
	} catch {
		if (raw) return { id: raw, name: '', avatar: '' };
	}
	return null;
}

/** The record to keep for a learner: a database record (with `pin_hash`) or a stored record. */
function record_of(learner: CurrentLearnerRecord & { pin_hash?: string }): CurrentLearnerRecord {
	const pin = learner.pin === true || Boolean(learner.pin_hash);
	return { id: learner.id, name: learner.name, avatar: learner.avatar, ...(pin ? { pin } : {}) };
}

export class CurrentLearner {
	#record = $state<CurrentLearnerRecord | null>(null);
	#listening = false;
	/** localStorage threw once: the choice lives in memory for the rest of the page's life */
	#memory_only = false;
	#active_at: number | null = null;
	#active_written = 0;
	#lock_listeners: ((id: string) => void)[] = [];

	get id() {
		return this.#record?.id ?? null;
	}
	/** '' when only the id is known (a choice stored by an older version) */
	get name() {
		return this.#record?.name ?? null;
	}
	get avatar() {
		return this.#record?.avatar ?? null;
	}
	get has_pin() {
		return this.#record?.pin === true;
	}

	#storage<T>(use: (storage: Storage) => T): T | undefined {
		if (this.#memory_only) return undefined;
		try {
			return use(localStorage);
		} catch {
			this.#memory_only = true;
			return undefined;
		}
	}

	#stored_active_at(): number | null {
		const raw = this.#storage((s) => s.getItem(ACTIVE_AT_KEY));
		const value = Number(raw);
		return raw && Number.isFinite(value) ? value : null;
	}

	/** The record changes; leaving a learner with a PIN tells the lock listeners. */
	#change(next: CurrentLearnerRecord | null) {
		const left = this.#record;
		this.#record = next;
		if (left?.pin && left.id !== next?.id)
			for (const listener of this.#lock_listeners) listener(left.id);
	}

	/** Reads the stored choice (in the browser, after hydration) and follows other tabs. */
	load(now = Date.now()) {
		if (!this.#memory_only) {
			const raw = this.#storage((s) => s.getItem(CURRENT_LEARNER_KEY));
			if (!this.#memory_only) {
				const stored = parse_current_learner(raw ?? null);
				const active_at = this.#stored_active_at();
				this.#active_at = Math.max(this.#active_at ?? 0, active_at ?? 0) || null;
				if (stored?.pin && idle_locked(true, this.#active_at, now)) {
					this.#change(null);
					this.#storage((s) => s.removeItem(CURRENT_LEARNER_KEY));
				} else {
					this.#change(stored);
				}
			}
		}
		if (!this.#listening) {
			this.#listening = true;
			addEventListener('storage', (event) => {
				if (event.key === CURRENT_LEARNER_KEY || event.key === null) this.load();
			});
		}
	}

	/** Chooses a learner, or nobody (null). Only id, name, picture and "has a PIN" are kept. */
	set(learner: (CurrentLearnerRecord & { pin_hash?: string }) | null, now = Date.now()) {
		const next = learner && record_of(learner);
		if (next && next.id !== this.#record?.id) this.#active(now, true);
		this.#change(next);
		this.#storage((s) => {
			if (next) s.setItem(CURRENT_LEARNER_KEY, JSON.stringify(next));
			else s.removeItem(CURRENT_LEARNER_KEY);
		});
	}

	#active(now: number, write: boolean) {
		this.#active_at = now;
		if (write || now - this.#active_written >= ACTIVE_WRITE_MS) {
			this.#active_written = now;
			this.#storage((s) => s.setItem(ACTIVE_AT_KEY, String(now)));
		}
	}

	/** Someone tapped, typed or pressed a key: the learner is still there. */
	active(now = Date.now()) {
		if (this.#record?.pin) this.#active(now, false);
	}

	/**
	 * Locks a learner with a PIN who has been idle IDLE_LOCK_MINUTES on every tab (nobody is
	 * chosen then). Returns whether it locked.
	 */
	lock_if_idle(now = Date.now()): boolean {
		if (!this.#record?.pin) return false;
		const last = Math.max(this.#active_at ?? 0, this.#stored_active_at() ?? 0) || null;
		if (!idle_locked(true, last, now)) return false;
		this.set(null, now);
		return true;
	}

	/** Runs `listener` when a learner with a PIN stops being the current one. */
	on_lock(listener: (id: string) => void) {
		this.#lock_listeners.push(listener);
		return () => {
			this.#lock_listeners = this.#lock_listeners.filter((other) => other !== listener);
		};
	}
}

export const current_learner = new CurrentLearner();
