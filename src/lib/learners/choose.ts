/**
 * Choosing who is learning: the header shows them, their practice opens, and the device shows
 * their own text size, contrast and reading aloud. Loaded with `await import()` (it brings the
 * database code), by the learners page and the practice page's picker alike.
 *
 * Each function writes in one transaction and changes what the device shows only after it
 * committed: when the browser refuses the write (storage full), nothing changes at all. Callers
 * run them through guarded() (src/lib/db/writes.svelte.ts).
 */
import type { CdsDatabase, Learner } from '$lib/db/database';
import {
	DEFAULT_LEARNER_PREFS,
	device_prefs,
	prefs_of,
	show_prefs,
	type LearnerPrefs
} from '$lib/settings/learner-settings';
import { current_learner } from './current.svelte';
import { ask_to_keep_data } from './keep-data';
import { add_learner, touch_learner } from './learners';
import type { PinRecord } from './pin';

/**
 * Marks the learner active and finds their prefs (saving the device's as theirs if none). Only
 * Dexie calls are awaited here: it runs inside the callers' transactions.
 */
async function open_learner(db: CdsDatabase, learner: Learner, now: number) {
	await touch_learner(db, learner.id, now);
	const saved = await db.settings.get(learner.id);
	if (saved) return prefs_of(saved);
	const prefs: LearnerPrefs = device_prefs();
	await db.settings.put({ learner_id: learner.id, ...prefs, updated_at: now });
	return prefs;
}

/** Makes `learner` the current learner, with their own display settings. */
export async function choose_learner(db: CdsDatabase, learner: Learner) {
	const prefs = await db.transaction('rw', db.learners, db.settings, () =>
		open_learner(db, learner, Date.now())
	);
	current_learner.set(learner);
	show_prefs(prefs);
}

/**
 * Adds a learner and chooses them. The first learner on a device where nobody was chosen keeps
 * the display as it is (they have just set it up themselves); a learner added after someone else
 * starts from the usual text size and contrast, not from the previous learner's. The first
 * learner on the device also asks the browser to keep the site's data (keep-data.ts). A name that
 * cannot be used rejects with its Vietnamese message, and nothing is added.
 */
export async function add_and_choose(
	db: CdsDatabase,
	name: string,
	avatar: string,
	pin?: PinRecord
) {
	const someone_chosen = current_learner.id !== null;
	const { learner, prefs, first } = await db.transaction(
		'rw',
		db.learners,
		db.settings,
		async () => {
			const now = Date.now();
			const first = (await db.learners.count()) === 0;
			const learner = await add_learner(db, name, avatar, now, pin);
			if (someone_chosen) {
				await db.settings.put({
					learner_id: learner.id,
					...DEFAULT_LEARNER_PREFS,
					updated_at: now
				});
			}
			return { learner, prefs: await open_learner(db, learner, now), first };
		}
	);
	current_learner.set(learner);
	show_prefs(prefs);
	// The first learner's practice is worth keeping: ask the browser to keep the site's data.
	// A browser that asks its user (Firefox) answers later; the answer is remembered either way.
	if (first) await Promise.race([ask_to_keep_data(), new Promise((ok) => setTimeout(ok, 1500))]);
	return learner;
}
