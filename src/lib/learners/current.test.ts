import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_LOCK_MINUTES, IDLE_LOCK_MS, idle_locked } from './lock';
import type { Learner } from '$lib/db/database';
import {
	ACTIVE_AT_KEY,
	current_learner,
	CURRENT_LEARNER_KEY,
	CurrentLearner,
	parse_current_learner
} from './current.svelte';

const LAN = { id: '7d1c8f3e-0000-4000-8000-000000000001', name: 'Bà Lan', avatar: 'con-ca' };

beforeEach(() => localStorage.clear());
afterEach(() => current_learner.set(null));

describe('parse_current_learner', () => {
	it('reads { id, name, avatar }', () => {
		expect(parse_current_learner(JSON.stringify(LAN))).toEqual(LAN);
	});

	it('reads a bare id stored by the earlier version, with no name yet', () => {
		expect(parse_current_learner(LAN.id)).toEqual({ id: LAN.id, name: '', avatar: '' });
	});

	it('is null for nobody and for values that name nobody', () => {
		for (const raw of [null, '', 'null', '{}', '{"id":""}', '{"id":5}', '[]', '42', 'true']) {
			expect(parse_current_learner(raw), String(raw)).toBeNull();
		}
	});

	it('keeps the id when the name or picture is damaged', () => {
		expect(parse_current_learner('{"id":"a","name":7,"avatar":null}')).toEqual({
			id: 'a',
			name: '',
			avatar: ''
		});
	});
});

describe('current_learner', () => {
	it('stores id, name, picture and that there is a PIN, and nothing else of the record', () => {
		const record: Learner = {
			...LAN,
			created_at: 1,
			last_active_at: 2,
			pin_hash: 'h',
			pin_salt: 's'
		};
		current_learner.set(record);
		expect(JSON.parse(localStorage.getItem(CURRENT_LEARNER_KEY) ?? '')).toEqual({
			...LAN,
			pin: true
		});
		expect([current_learner.id, current_learner.name, current_learner.avatar]).toEqual([
			LAN.id,
			LAN.name,
			LAN.avatar
		]);
	});

	it('load() reads back what set() stored (the next page, the next visit)', () => {
		current_learner.set(LAN);
		localStorage.setItem(CURRENT_LEARNER_KEY, JSON.stringify({ ...LAN, name: 'Bà Lan tổ 5' }));
		current_learner.load();
		expect(current_learner.name).toBe('Bà Lan tổ 5');
	});

	it('set(null) chooses nobody and forgets the stored choice', () => {
		current_learner.set(LAN);
		current_learner.set(null);
		expect(localStorage.getItem(CURRENT_LEARNER_KEY)).toBeNull();
		expect([current_learner.id, current_learner.name, current_learner.avatar]).toEqual([
			null,
			null,
			null
		]);
		current_learner.load();
		expect(current_learner.id).toBeNull();
	});

	it('loads an id stored by the earlier version', () => {
		localStorage.setItem(CURRENT_LEARNER_KEY, LAN.id);
		current_learner.load();
		expect(current_learner.id).toBe(LAN.id);
		expect(current_learner.name).toBe('');
	});

	it('follows a choice made in another tab', () => {
		current_learner.load();
		localStorage.setItem(CURRENT_LEARNER_KEY, JSON.stringify(LAN));
		window.dispatchEvent(new StorageEvent('storage', { key: CURRENT_LEARNER_KEY }));
		expect(current_learner.name).toBe('Bà Lan');
	});

	it('still switches for this visit when localStorage refuses (private mode)', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		expect(() => current_learner.set(LAN)).not.toThrow();
		expect(current_learner.name).toBe('Bà Lan');
	});
});

describe('when localStorage throws (some private modes)', () => {
	afterEach(() => vi.restoreAllMocks());

	it('keeps the chosen learner in memory for the page’s life', () => {
		const current = new CurrentLearner();
		current.load();
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('denied', 'SecurityError');
		});
		current.set(LAN);
		// the next page of the visit loads again: the learner is still chosen
		current.load();
		expect(current.name).toBe('Bà Lan');
	});

	it('keeps the choice when only writing fails and the stored value is older', () => {
		const current = new CurrentLearner();
		current.load();
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		current.set(LAN);
		current.load();
		expect(current.id).toBe(LAN.id);
	});
});

describe('a learner with a PIN locks again', () => {
	const T = 1_700_000_000_000;
	const HOA = { id: 'hoa', name: 'Chị Hoa', avatar: 'hoa-sen', pin_hash: 'h', pin_salt: 's' };

	it(`after ${IDLE_LOCK_MINUTES} minutes without input, and only with a PIN`, () => {
		expect(IDLE_LOCK_MINUTES).toBe(10);
		expect(idle_locked(true, T, T + IDLE_LOCK_MS - 1)).toBe(false);
		expect(idle_locked(true, T, T + IDLE_LOCK_MS)).toBe(true);
		expect(idle_locked(false, T, T + 100 * IDLE_LOCK_MS)).toBe(false);
		expect(idle_locked(true, null, T)).toBe(true);
		// an activity time after now (the clock was moved back) does not keep her open
		expect(idle_locked(true, T + 1, T)).toBe(true);
	});

	it('while the page is open: input keeps her, idle minutes lock her and tell the page', () => {
		const current = new CurrentLearner();
		const locked: string[] = [];
		current.on_lock((id) => locked.push(id));
		current.set(HOA, T);
		current.active(T + 9 * 60_000);
		expect(current.lock_if_idle(T + 18 * 60_000)).toBe(false);
		expect(current.id).toBe('hoa');
		expect(current.lock_if_idle(T + 19 * 60_000)).toBe(true);
		expect(current.id).toBeNull();
		expect(locked).toEqual(['hoa']);
		expect(localStorage.getItem(CURRENT_LEARNER_KEY)).toBeNull();
	});

	it('input on another tab keeps her open on this one', () => {
		const current = new CurrentLearner();
		current.set(HOA, T);
		localStorage.setItem(ACTIVE_AT_KEY, String(T + 8 * 60_000));
		expect(current.lock_if_idle(T + 12 * 60_000)).toBe(false);
		expect(current.lock_if_idle(T + 18 * 60_000)).toBe(true);
	});

	it('when the site is opened again after the idle minutes', () => {
		const first = new CurrentLearner();
		first.set(HOA, T);
		const later = new CurrentLearner();
		later.load(T + 5 * 60_000);
		expect(later.id).toBe('hoa');
		const next_day = new CurrentLearner();
		next_day.load(T + 24 * 60 * 60_000);
		expect(next_day.id).toBeNull();
		expect(localStorage.getItem(CURRENT_LEARNER_KEY)).toBeNull();
	});

	it('when someone else is chosen (choosing her again asks her PIN)', () => {
		const current = new CurrentLearner();
		const locked: string[] = [];
		current.on_lock((id) => locked.push(id));
		current.set(HOA, T);
		current.set(HOA, T); // refreshing her name is not leaving
		expect(locked).toEqual([]);
		current.set(LAN, T + 1000);
		expect(locked).toEqual(['hoa']);
		expect(current.has_pin).toBe(false);
	});

	it('never locks a learner without a PIN', () => {
		const current = new CurrentLearner();
		current.set(LAN, T);
		expect(current.lock_if_idle(T + 100 * IDLE_LOCK_MS)).toBe(false);
		current.load(T + 100 * IDLE_LOCK_MS);
		expect(current.id).toBe(LAN.id);
	});
});
