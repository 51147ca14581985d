/**
 * The checks every page of the site gets (a11y.test.ts on the phone, every page; a11y-desktop.test.ts
 * on the desktop, one page per template).
 *
 * The pages are checked one after another in one tab per worker, reached the way a learner
 * reaches them: by a link, which the app's router follows without reloading. axe then stays
 * loaded in the tab; loading it again for each page was two thirds of a page's check
 * (CI of 29/11/2026: 38 pages, 6.7 s each). The first page of a worker, and any page the router
 * does not take, are loaded in full. Each page as first served, without JavaScript, is checked
 * by no-js.test.ts.
 */
import type { Page } from '@playwright/test';
import { axe_violations, expect, follow_link, prerendered_pages, test as base } from './fixtures';

export const pages = prerendered_pages();

/** One page per template: its first segment and its depth (every lesson page is one template). */
export const one_per_template = [
	...new Map(
		pages.map((path) => {
			const parts = path.split('/').filter(Boolean);
			return [`${parts[0] ?? ''}/${parts.length}`, path] as const;
		})
	).values()
];

const test = base.extend({
	// The tab's own watch (checks_tab) replaces the per-test one, which would open a page per test.
	// Only a test-scoped fixture is replaced: the workers stay those of the other test files.
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
	watch: async ({}, use) => {
		await use({ console_errors: [], external_requests: [], allow: () => {} });
	}
});

/** Moves the tab to `path` by a link, as a tap would; loads it in full the first time. */
async function visit(page: Page, path: string) {
	const in_app = await page.evaluate(() => 'axe' in window).catch(() => false);
	if (!in_app) {
		await page.goto(path);
		return;
	}
	await follow_link(page, path);
	// the router has rendered the page once the next frame is drawn
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
}

export function check_page(path: string) {
	test(`${path} has no WCAG 2.2 A/AA violations, one main, a title and no sideways scroll`, async ({
		checks_tab: tab
	}) => {
		const { page } = tab;
		tab.problems.length = 0;
		await visit(page, path);
		await expect(page.locator('main')).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(page).toHaveTitle(/Công dân số/);
		expect(await axe_violations(page)).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
		expect(tab.problems, 'console errors and requests to another origin').toEqual([]);
	});
}
