import { expect, test } from './fixtures';

test('text size 200 % applies at once, survives a reload and keeps the page within 360 px', async ({
	page
}) => {
	await page.goto('/cai-dat/');
	const size = () => page.evaluate(() => getComputedStyle(document.body).fontSize);
	expect(await size()).toBe('18px');
	await page.getByRole('radio', { name: '200 %' }).check();
	expect(await size()).toBe('36px');
	await page.reload();
	expect(await size()).toBe('36px');
	await expect(page.getByRole('radio', { name: '200 %' })).toBeChecked();
	for (const path of ['/', '/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/', '/cai-dat/']) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${path} scrolls sideways at 200 %`).toBeLessThanOrEqual(0);
	}
});

test('high contrast switches the colours and is remembered', async ({ page }) => {
	await page.goto('/cai-dat/');
	await page.getByRole('radio', { name: /Tương phản cao/ }).check();
	await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
	expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
	await page.goto('/cai-dat/');
	await page.getByRole('radio', { name: 'Bình thường' }).check();
	await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');
});

test('English covers the interface, sets <html lang> and persists; Vietnamese comes back', async ({
	page
}) => {
	await page.goto('/cai-dat/');
	await page.getByRole('radio', { name: 'English' }).check();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Practise online public services'
	);
	await expect(page.getByRole('banner')).toContainText('PRACTICE');
	await page.getByRole('button', { name: 'Tiếng Việt' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tập làm dịch vụ công trực tuyến'
	);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tập làm dịch vụ công trực tuyến'
	);
});

test('the settings page says whether the browser keeps the practice data', async ({ page }) => {
	await page.goto('/cai-dat/');
	await expect(page.getByText('Kho dữ liệu tập trên máy đang hoạt động.')).toBeVisible();
	await expect(
		page.getByText(/Trình duyệt (đã đồng ý giữ|chưa hứa giữ|này không cho biết)/)
	).toBeVisible();
});

test('where IndexedDB is blocked, the learner is told plainly and the page stays readable', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/cai-dat/');
	await expect(
		page.getByRole('alert').filter({ hasText: 'Trình duyệt này không cho trang lưu bài' })
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
});
