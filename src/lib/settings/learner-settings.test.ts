import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { add_and_choose, choose_learner } from '$lib/learners/choose';
import { current_learner } from '$lib/learners/current.svelte';
import { DEFAULT_DISPLAY, display } from './display.svelte';
import {
	apply_learner_prefs,
	DEFAULT_LEARNER_PREFS,
	prefs_of,
	read_learner_prefs,
	save_learner_prefs
} from './learner-settings';

const opened: CdsDatabase[] = [];
function fresh_db() {
	const db = create_test_database('settings');
	opened.push(db);
	return db;
}

beforeEach(() => {
	localStorage.clear();
	current_learner.set(null);
	display.update({ ...DEFAULT_DISPLAY });
});
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const shown = () => ({
	scale: document.documentElement.style.getPropertyValue('--text-scale'),
	contrast: document.documentElement.dataset.contrast ?? 'normal',
	read_aloud: display.prefs.readAloud
});

describe('prefs_of', () => {
	it('keeps good values and replaces odd ones with the defaults', () => {
		expect(prefs_of({ text_scale: 2, contrast: 'high', read_aloud: true })).toEqual({
			text_scale: 2,
			contrast: 'high',
			read_aloud: true
		});
		expect(prefs_of({ text_scale: 3, contrast: 'neon' as 'high' })).toEqual(DEFAULT_LEARNER_PREFS);
	});
});

describe('saving and reading a learner’s prefs', () => {
	it('is undefined until the learner saves, then merges each change', async () => {
		const db = fresh_db();
		expect(await read_learner_prefs('lan', db)).toBeUndefined();
		await save_learner_prefs('lan', { text_scale: 2 }, db, 1000);
		await save_learner_prefs('lan', { read_aloud: true }, db, 2000);
		expect(await read_learner_prefs('lan', db)).toEqual({
			text_scale: 2,
			contrast: 'normal',
			read_aloud: true
		});
		expect(await db.settings.get('lan')).toEqual({
			learner_id: 'lan',
			text_scale: 2,
			contrast: 'normal',
			read_aloud: true,
			updated_at: 2000
		});
	});

	it('reads a record saved before read_aloud existed', async () => {
		const db = fresh_db();
		await db.settings.put({ learner_id: 'lan', text_scale: 1.5, contrast: 'high', updated_at: 1 });
		expect(await read_learner_prefs('lan', db)).toEqual({
			text_scale: 1.5,
			contrast: 'high',
			read_aloud: false
		});
	});
});

describe('switching learner', () => {
	it('shows each learner their own text size, contrast and reading aloud', async () => {
		const db = fresh_db();
		await save_learner_prefs('lan', { text_scale: 2, contrast: 'high', read_aloud: true }, db);
		await save_learner_prefs('binh', DEFAULT_LEARNER_PREFS, db);
		await apply_learner_prefs('lan', db);
		expect(shown()).toEqual({ scale: '2', contrast: 'high', read_aloud: true });
		await apply_learner_prefs('binh', db);
		expect(shown()).toEqual({ scale: '1', contrast: 'normal', read_aloud: false });
		expect(JSON.parse(localStorage.getItem('cds:display') ?? '')).toMatchObject({
			textScale: 1,
			contrast: 'normal',
			readAloud: false
		});
	});

	it('a learner with nothing saved keeps what the device shows, which becomes theirs', async () => {
		const db = fresh_db();
		display.update({ textScale: 1.5 });
		await apply_learner_prefs('lan', db);
		expect(shown().scale).toBe('1.5');
		expect((await read_learner_prefs('lan', db))?.text_scale).toBe(1.5);
	});

	it('the first learner added where nobody was chosen keeps the display they set up', async () => {
		const db = fresh_db();
		display.update({ textScale: 2 });
		const lan = await add_and_choose(db, 'Bà Lan', 'con-ca');
		expect(current_learner.id).toBe(lan.id);
		expect(shown().scale).toBe('2');
		expect((await read_learner_prefs(lan.id, db))?.text_scale).toBe(2);
	});

	it('a learner added after someone else starts from the usual size, and each keeps theirs', async () => {
		const db = fresh_db();
		display.update({ textScale: 2 });
		const lan = await add_and_choose(db, 'Bà Lan', 'con-ca');
		const binh = await add_and_choose(db, 'Ông Bình', 'hoa-sen');
		expect(current_learner.name).toBe('Ông Bình');
		expect(shown().scale).toBe('1');
		await choose_learner(db, lan);
		expect(shown().scale).toBe('2');
		expect(current_learner.name).toBe('Bà Lan');
		await choose_learner(db, binh);
		expect(shown().scale).toBe('1');
	});
});
