import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Learner } from '$lib/db/database';
import { current_learner, CURRENT_LEARNER_KEY, parse_current_learner } from './current.svelte';

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
	it('stores id, name and picture, and nothing else of the record', () => {
		const record: Learner = {
			...LAN,
			created_at: 1,
			last_active_at: 2,
			pin_hash: 'h',
			pin_salt: 's'
		};
		current_learner.set(record);
		expect(JSON.parse(localStorage.getItem(CURRENT_LEARNER_KEY) ?? '')).toEqual(LAN);
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
