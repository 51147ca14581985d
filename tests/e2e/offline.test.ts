import { expect, main_menu, prerendered_pages, test, wait_for_service_worker } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every page loads with the network cut', async ({ page, context }) => {
	await page.goto('/');
	await wait_for_service_worker(page);
	await context.setOffline(true);
	for (const path of prerendered_pages()) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		await expect(page.getByRole('contentinfo'), path).toContainText('dichvucong.gov.vn');
	}
	// and moving around by links works too
	await page.goto('/');
	await (await main_menu(page)).getByRole('link', { name: 'Cài đặt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
});
