/**
 * The project's Playwright `test`: every test fails if the page logs a console error, throws,
 * or makes a request to another origin (nothing may leave the device).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export { expect };

export interface Watch {
	console_errors: string[];
	external_requests: string[];
	/** console errors a test expects (e.g. the router reporting a 404 it was asked for) */
	allow: (pattern: RegExp) => void;
}

export const test = base.extend<{ watch: Watch }>({
	watch: [
		async ({ page, baseURL }, use) => {
			const allowed: RegExp[] = [];
			const watch: Watch = {
				console_errors: [],
				external_requests: [],
				allow: (pattern) => allowed.push(pattern)
			};
			const origin = new URL(baseURL ?? 'http://localhost').origin;
			page.on('console', (message) => {
				if (message.type() === 'error') watch.console_errors.push(message.text());
			});
			page.on('pageerror', (error) => watch.console_errors.push(String(error)));
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== origin) watch.external_requests.push(url);
			});
			await use(watch);
			expect(watch.external_requests, 'requests to another origin').toEqual([]);
			const unexpected = watch.console_errors.filter((m) => !allowed.some((re) => re.test(m)));
			expect(unexpected, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

/** Every prerendered page, as a URL path ('/', '/cai-dat/', …), read from build/. */
export function prerendered_pages(): string[] {
	const root = 'build';
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name === 'index.html') {
				pages.push(`/${relative(root, dir)}/`.replace(/\/+/g, '/'));
			}
		}
	};
	walk(root);
	return pages.sort();
}

/** Waits until the service worker controls the page (it has precached the whole site). */
export async function wait_for_service_worker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

/**
 * A working Tuesday morning in Hải Phòng. The practice portal's days and office hours follow the
 * device's clock, so a journey that fast-forwards would behave differently on a Sunday night
 * run: tests that count on office steps fix the clock here (timers still run).
 */
export const WORKDAY_MORNING = new Date('2026-11-24T09:30:00+07:00');

export async function fix_clock(page: Page) {
	await page.clock.setFixedTime(WORKDAY_MORNING);
}

/**
 * axe (WCAG 2.2 A/AA) on the page as it is now: the violations, one line each. Legacy mode runs
 * axe in the page itself; the default also opens a blank page per check to merge frame results,
 * which costs about 3 s on this machine and our pages have no cross-origin frames to merge.
 */
export async function axe_violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.setLegacyMode(true)
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}
