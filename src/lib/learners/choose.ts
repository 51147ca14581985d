/**
 * Choosing who is learning: the header shows them, their practice opens, and the device shows
 * their own text size, contrast and reading aloud. Loaded with `await import()` (it brings the
 * database code), by the learners page and the practice page's picker alike.
 */
import type { CdsDatabase, Learner } from '$lib/db/database';
import {
	apply_learner_prefs,
	DEFAULT_LEARNER_PREFS,
	save_learner_prefs
} from '$lib/settings/learner-settings';
import { current_learner } from './current.svelte';
import { add_learner, touch_learner } from './learners';
import type { PinRecord } from './pin';

/** Makes `learner` the current learner, with their own display settings. */
export async function choose_learner(db: CdsDatabase, learner: Learner) {
	await touch_learner(db, learner.id);
	current_learner.set(learner);
	await apply_learner_prefs(learner.id, db);
}

/**
 * Adds a learner and chooses them. The first learner on a device where nobody was chosen keeps
 * the display as it is (they have just set it up themselves); a learner added after someone else
 * starts from the usual text size and contrast, not from the previous learner's.
 */
export async function add_and_choose(
	db: CdsDatabase,
	name: string,
	avatar: string,
	pin?: PinRecord
) {
	const someone_chosen = current_learner.id !== null;
	const learner = await add_learner(db, name, avatar, Date.now(), pin);
	if (someone_chosen) await save_learner_prefs(learner.id, DEFAULT_LEARNER_PREFS, db);
	await choose_learner(db, learner);
	return learner;
}
