/**
 * A page's own data must not grow with the number of procedures: every prerendered page's
 * data comes from its +page.server.ts load() (inlined in its HTML and written to its
 * __data.json), so each load is run with the course's procedures and again with 50 (the
 * real ones plus copies), and the gzip size of what it returns must stay the same, except on the
 * catalogue page /thu-tuc/, which lists them all and must stay under a bound. The
 * catalogue file is measured the same way to show the 50 procedures really were there.
 * Runs in the unit tests (no second build); figures are printed.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { Procedure } from '$lib/portal/model';

type ServerModule = {
	load?: (event: { params: Record<string, string> }) => unknown;
	entries?: () => Record<string, string>[];
	GET?: (event: { params: Record<string, string> }) => Response;
};

const page_modules = Object.keys(import.meta.glob('./**/+page.server.ts'));
/** "Các thủ tục có thể tập": the one page whose data is the list of procedures. */
const CATALOGUE_PAGE = './thu-tuc/+page.server.ts';

/** Loads every page's server module again with `count` procedures in the course. */
async function with_procedures(count: number) {
	vi.resetModules();
	vi.doMock('$lib/content/procedures.server', async (original) => {
		const real = await original<typeof import('$lib/content/procedures.server')>();
		const all: Procedure[] = [...real.procedures];
		for (let i = all.length; i < count; i++) {
			const model = real.procedures[i % real.procedures.length];
			all.push({ ...model, id: `${model.id}-ban-sao-${i}`, name: `${model.name} (bản sao ${i})` });
		}
		return {
			...real,
			procedures: all,
			get_procedure: (id: string) => all.find((p) => p.id === id)
		};
	});
	const sizes: Record<string, number> = {};
	for (const path of page_modules) {
		const module = (await import(/* @vite-ignore */ path)) as ServerModule;
		const params = module.entries?.()[0] ?? {};
		sizes[path] = gzip_size(await module.load?.({ params }));
	}
	const catalogue = (await import('./du-lieu/thu-tuc.json/+server')) as ServerModule;
	const lines = (await catalogue.GET!({ params: {} }).json()) as unknown[];
	vi.doUnmock('$lib/content/procedures.server');
	return { sizes, catalogue_size: gzip_size(lines), catalogue_lines: lines.length };
}

const gzip_size = (data: unknown) => gzipSync(JSON.stringify(data ?? null), { level: 9 }).length;

describe("page data with the course's procedures and with 50", () => {
	it('stays the same size on every page', { timeout: 60_000 }, async () => {
		const few = await with_procedures(0);
		const many = await with_procedures(50);
		console.log(`page data (gzip bytes), ${few.catalogue_lines} → 50 procedures:`);
		for (const path of page_modules) {
			console.log(`  ${path.padEnd(40)} ${few.sizes[path]} → ${many.sizes[path]}`);
		}
		console.log(
			`  ${'catalogue /du-lieu/thu-tuc.json'.padEnd(40)} ${few.catalogue_size} → ${many.catalogue_size}`
		);
		// the fake procedures were really there: the catalogue lists them all
		expect(few.catalogue_lines).toBeLessThan(50);
		expect(many.catalogue_lines).toBe(50);
		expect(many.catalogue_size).toBeGreaterThan(few.catalogue_size);
		expect(page_modules.length).toBeGreaterThan(3);
		for (const path of page_modules.filter((p) => p !== CATALOGUE_PAGE)) {
			expect(many.sizes[path], path).toBe(few.sizes[path]);
		}
		// the catalogue page lists every procedure by design: it grows with the course, and with 50
		// procedures it still stays well under the page budget of npm run measure (30 KB gzip)
		expect(many.sizes[CATALOGUE_PAGE]).toBeGreaterThan(few.sizes[CATALOGUE_PAGE]);
		expect(many.sizes[CATALOGUE_PAGE]).toBeLessThan(20 * 1024);
	});
});
