import { axe_violations, expect, prerendered_pages, test } from './fixtures';

const pages = prerendered_pages();

/**
 * One page per template (its first segment and its depth: every lesson page is one template,
 * every article another), for the desktop; the phone checks every page.
 */
const one_per_template = [
	...new Map(
		pages.map((path) => {
			const parts = path.split('/').filter(Boolean);
			return [`${parts[0] ?? ''}/${parts.length}`, path] as const;
		})
	).values()
];

test('the build holds every page of the site', () => {
	expect(pages).toEqual(
		expect.arrayContaining([
			'/',
			'/cai-dat/',
			'/tim-hieu/',
			'/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/'
		])
	);
});

for (const path of pages) {
	test.describe(path, () => {
		// Decided before the test's page is made: a skip inside a test still costs a browser page.
		test.skip(
			({ isMobile }) => !isMobile && !one_per_template.includes(path),
			'the desktop checks one page per template'
		);
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
	});
}
