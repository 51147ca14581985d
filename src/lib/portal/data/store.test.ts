/** What a portal has loaded: the catalogue only, until a screen asks for more. */
import { describe, expect, it, vi } from 'vitest';
import type { Places } from '$lib/content/places';
import type { Procedure } from '../model';
import type { PortalSource } from './loader';
import { PortalStore } from './store.svelte';

const birth = {
	id: 'dang-ky-khai-sinh',
	name: 'Đăng ký khai sinh',
	field: 'ho-tich',
	level: 'toan-trinh',
	agency_level: 'xa',
	summary: 'Khai sinh cho trẻ.',
	fees: []
} as unknown as Procedure;
const places = { note: 'ghi chú', provinces: [] } as unknown as Places;

function source(): PortalSource {
	return {
		catalogue: vi.fn(async () => [birth]),
		procedure: vi.fn(async (id: string) => (id === birth.id ? birth : undefined)),
		places: vi.fn(async () => places)
	};
}

describe('PortalStore', () => {
	it('loads each thing once, when it is first needed', async () => {
		const from = source();
		const store = new PortalStore(from);
		expect(store.procedures).toEqual([]);
		expect(() => store.places).toThrow();
		await store.need_catalogue();
		await store.need_catalogue();
		expect(store.procedures.map((p) => p.id)).toEqual([birth.id]);
		expect(await store.need_procedure(birth.id)).toBe(birth);
		expect(await store.need_procedure(birth.id)).toBe(birth);
		expect(store.procedure(birth.id)).toBe(birth);
		expect(await store.need_procedure('khong-co')).toBeUndefined();
		expect(await store.need_procedure('khong-co')).toBeUndefined();
		await store.need_places();
		expect(store.places).toBe(places);
		expect(from.catalogue).toHaveBeenCalledTimes(1);
		expect(from.procedure).toHaveBeenCalledTimes(2);
	});
});
