/**
 * Portal.prepare: a screen gets what it reads before it is drawn, fetched through the site's
 * data files (here a fake server), and nothing more; a failed fetch rejects and a retry works.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { parse_places } from '$lib/content/places';
import { parse_procedure } from '$lib/content/procedure-schema';
import { Portal } from '../portal.svelte';
import { DATA_PATHS, summarize } from './catalogue';
import { DataUnavailable, fetch_source } from './loader';

const file = 'content/procedures/dang-ky-khai-sinh.yaml';
const birth = parse_procedure(file, readFileSync(file, 'utf8'));
const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));
const files: Record<string, unknown> = {
	[DATA_PATHS.catalogue]: [summarize(birth)],
	[DATA_PATHS.procedure(birth.id)]: birth,
	[DATA_PATHS.places]: places
};

const opened: { db: CdsDatabase; portal: Portal }[] = [];
afterEach(() => {
	for (const { db, portal } of opened.splice(0)) {
		portal.close();
		db.close();
	}
});

async function open_portal() {
	const state = { offline: false };
	const fetch_file = vi.fn(async (path: string) => {
		if (state.offline) throw new TypeError('Failed to fetch');
		return path in files
			? new Response(JSON.stringify(files[path]))
			: new Response('', { status: 404 });
	});
	const db = create_test_database('prepare');
	const portal = await Portal.open({
		db,
		learner_id: 'lan',
		source: fetch_source(fetch_file),
		navigate: vi.fn()
	});
	opened.push({ db, portal });
	return { portal, state, fetched: () => fetch_file.mock.calls.map(([path]) => path) };
}

describe('Portal.prepare', () => {
	it('fetches only what each screen reads', async () => {
		const { portal, fetched } = await open_portal();
		expect(fetched()).toEqual([]);
		await portal.prepare({ name: 'home' });
		expect(portal.data.procedures.map((p) => p.name)).toEqual([birth.name]);
		expect(portal.procedure(birth.id)).toBeUndefined();
		await portal.prepare({ name: 'procedure', procedure_id: birth.id });
		expect(portal.procedure(birth.id)?.fields.length).toBe(birth.fields.length);
		expect(fetched()).toEqual([DATA_PATHS.catalogue, DATA_PATHS.procedure(birth.id)]);
		await portal.prepare({ name: 'agency', procedure_id: birth.id });
		expect(portal.data.places.provinces.length).toBeGreaterThan(0);
		expect(fetched()).toHaveLength(3);
		// an unknown procedure is not an error: its screen says it does not exist
		await portal.prepare({ name: 'procedure', procedure_id: 'khong-co' });
		expect(portal.procedure('khong-co')).toBeUndefined();
	});

	it('rejects while the files cannot be fetched, and succeeds when asked again', async () => {
		const { portal, state } = await open_portal();
		state.offline = true;
		const screen = { name: 'agency', procedure_id: birth.id } as const;
		await expect(portal.prepare(screen)).rejects.toBeInstanceOf(DataUnavailable);
		state.offline = false;
		await portal.prepare(screen);
		expect(portal.procedure(birth.id)?.id).toBe(birth.id);
	});
});
