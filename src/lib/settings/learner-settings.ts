/**
 * Settings per learner. Text size, contrast and reading aloud belong to the learner who is
 * chosen: they are saved in the database `settings` table and put into the device display prefs
 * (display.svelte.ts, which app.html applies before paint) when that learner is chosen. With
 * nobody chosen they stay device prefs only. Dexie loads on first use, never with this module.
 */
import type { CdsDatabase, LearnerSettings } from '$lib/db/database';
import { display, TEXT_SCALES, type Contrast, type TextScale } from './display.svelte';

export interface LearnerPrefs {
	text_scale: TextScale;
	contrast: Contrast;
	read_aloud: boolean;
}

export const DEFAULT_LEARNER_PREFS: LearnerPrefs = {
	text_scale: 1,
	contrast: 'normal',
	read_aloud: false
};

async function database(db?: CdsDatabase) {
	return db ?? (await import('$lib/db/database')).get_database();
}

/** A stored record as prefs, with anything out of range replaced by the default. */
export function prefs_of(record: Partial<LearnerSettings>): LearnerPrefs {
	return {
		text_scale: TEXT_SCALES.includes(record.text_scale as TextScale)
			? (record.text_scale as TextScale)
			: DEFAULT_LEARNER_PREFS.text_scale,
		contrast: record.contrast === 'high' ? 'high' : 'normal',
		read_aloud: record.read_aloud === true
	};
}

/** What the device shows now, as learner prefs. */
export function device_prefs(): LearnerPrefs {
	const { textScale, contrast, readAloud } = display.prefs;
	return { text_scale: textScale, contrast, read_aloud: readAloud };
}

/** Shows prefs on this device at once (and remembers them for the next page load). */
export function show_prefs(prefs: LearnerPrefs) {
	display.update({
		textScale: prefs.text_scale,
		contrast: prefs.contrast,
		readAloud: prefs.read_aloud
	});
}

/** A learner's saved prefs, or undefined when they never saved any. */
export async function read_learner_prefs(
	learner_id: string,
	db?: CdsDatabase
): Promise<LearnerPrefs | undefined> {
	const record = await (await database(db)).settings.get(learner_id);
	return record ? prefs_of(record) : undefined;
}

/**
 * Saves a change to a learner's prefs, on top of what they saved before (or, the first time,
 * of what the device shows). Returns the prefs now saved.
 */
export async function save_learner_prefs(
	learner_id: string,
	change: Partial<LearnerPrefs>,
	db?: CdsDatabase,
	now = Date.now()
): Promise<LearnerPrefs> {
	const store = await database(db);
	return store.transaction('rw', store.settings, async () => {
		const saved = await store.settings.get(learner_id);
		const prefs = { ...(saved ? prefs_of(saved) : device_prefs()), ...change };
		await store.settings.put({ learner_id, ...prefs, updated_at: now });
		return prefs;
	});
}

/**
 * Switching learner: shows the learner's own prefs. A learner who has none saved yet (added
 * before settings were kept per learner) keeps what the device shows, which becomes theirs.
 */
export async function apply_learner_prefs(learner_id: string, db?: CdsDatabase) {
	const saved = await read_learner_prefs(learner_id, db);
	if (!saved) return save_learner_prefs(learner_id, device_prefs(), db);
	show_prefs(saved);
	return saved;
}
