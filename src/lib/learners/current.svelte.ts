/**
 * Who is learning on this device right now: `{ id, name, avatar }` in localStorage, so the header
 * shows the learner on every page without loading the database, and switching is instant. The
 * learner's records (and their own settings) live in the database. Kept small: every page loads it.
 */
import type { Learner } from '$lib/db/database';

export const CURRENT_LEARNER_KEY = 'cds:learner';

export type CurrentLearnerRecord = Pick<Learner, 'id' | 'name' | 'avatar'>;

/**
 * Reads the stored choice; null for nobody or a damaged value. Before names were kept the value
 * was the bare id: it still counts, with an empty name until the learners page refreshes it.
 */
export function parse_current_learner(raw: string | null): CurrentLearnerRecord | null {
	try {
		const { id, name, avatar } = JSON.parse(raw ?? 'null') ?? {};
		if (typeof id === 'string' && id) {
			return {
				id,
				name: typeof name === 'string' ? name : '',
				avatar: typeof avatar === 'string' ? avatar : ''
			};
		}
	} catch {
		if (raw) return { id: raw, name: '', avatar: '' };
	}
	return null;
}

class CurrentLearner {
	#record = $state<CurrentLearnerRecord | null>(null);
	#listening = false;

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

	/** Reads the stored choice (in the browser, after hydration) and follows other tabs. */
	load() {
		try {
			this.#record = parse_current_learner(localStorage.getItem(CURRENT_LEARNER_KEY));
		} catch {
			// private mode: nobody is chosen yet
		}
		if (!this.#listening) {
			this.#listening = true;
			addEventListener('storage', (event) => {
				if (event.key === CURRENT_LEARNER_KEY || event.key === null) this.load();
			});
		}
	}

	/** Chooses a learner, or nobody (null). Only id, name and avatar are kept. */
	set(learner: CurrentLearnerRecord | null) {
		this.#record = learner && { id: learner.id, name: learner.name, avatar: learner.avatar };
		try {
			if (this.#record) localStorage.setItem(CURRENT_LEARNER_KEY, JSON.stringify(this.#record));
			else localStorage.removeItem(CURRENT_LEARNER_KEY);
		} catch {
			// private mode: the choice lasts for this visit only
		}
	}
}

export const current_learner = new CurrentLearner();
