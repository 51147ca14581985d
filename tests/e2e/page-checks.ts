/**
 * The checks every page of the site gets (a11y.test.ts on the phone, every page; a11y-desktop.test.ts
 * on the desktop, one page per template).
 */
import { axe_violations, expect, prerendered_pages, test } from './fixtures';

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

export function check_page(path: string) {
	test(`${path} has no WCAG 2.2 A/AA violations, one main, a title and no sideways scroll`, async ({
		page
	}) => {
		await page.goto(path);
		await expect(page.locator('main')).toHaveCount(1);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		expect(await page.title()).toMatch(/Công dân số/);
		expect(await axe_violations(page)).toEqual([]);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
	});
}
