/**
 * Who is learning on this device right now. The choice is a device setting (localStorage), so
 * switching learner is instant; the learner's records live in the database.
 */
export const CURRENT_LEARNER_KEY = 'cds:learner';

class CurrentLearner {
	id = $state<string | null>(null);

	load() {
		try {
			this.id = localStorage.getItem(CURRENT_LEARNER_KEY);
		} catch {
			this.id = null;
		}
	}

	set(id: string | null) {
		this.id = id;
		try {
			if (id) localStorage.setItem(CURRENT_LEARNER_KEY, id);
			else localStorage.removeItem(CURRENT_LEARNER_KEY);
		} catch {
			// private mode: the choice lasts for this visit only
		}
	}
}

export const current_learner = new CurrentLearner();
