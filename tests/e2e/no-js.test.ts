import { expect, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('the home page and readings can be read with JavaScript off', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tập làm dịch vụ công trực tuyến'
	);
	await expect(page.getByRole('contentinfo')).toContainText('dichvucong.gov.vn');
	await page.getByRole('link', { name: 'Dịch vụ công trực tuyến là gì?' }).click();
	await expect(
		page.getByRole('heading', { name: 'Hai loại: toàn trình và một phần' })
	).toBeVisible();
	await page.getByRole('link', { name: 'Tìm hiểu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm hiểu');
});
