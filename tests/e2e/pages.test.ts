import { expect, main_menu, test } from './fixtures';

test('the home page explains the site, marks it as practice and leads to what exists', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tập làm dịch vụ công trực tuyến'
	);
	await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
	await expect(page.getByRole('banner')).toContainText('BẢN TẬP');
	const footer = page.getByRole('contentinfo');
	await expect(footer).toContainText('Đây là trang để tập');
	await expect(footer).toContainText('dichvucong.gov.vn');
	await page.getByRole('link', { name: 'Dịch vụ công trực tuyến là gì?' }).click();
	await expect(page).toHaveURL(/\/tim-hieu\/dich-vu-cong-truc-tuyen-la-gi\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Dịch vụ công trực tuyến là gì?'
	);
});

test('the reading explains levels 1–4, toàn trình and một phần, and lists its sources', async ({
	page
}, info) => {
	test.skip(info.project.name === 'desktop', 'what the page says: the phone run reads it');
	await page.goto('/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/');
	const main = page.getByRole('main');
	await expect(main.getByRole('heading', { name: 'Các mức độ cũ: từ 1 đến 4' })).toBeVisible();
	await expect(main).toContainText('Toàn trình');
	await expect(main).toContainText('Một phần');
	await expect(main.getByRole('heading', { name: 'Nguồn thông tin' })).toBeVisible();
	await expect(main).toContainText('Nghị định 43/2011/NĐ-CP');
	await expect(main).toContainText('Cập nhật: 28/11/2026');
});

test('the navigation marks the current page and reaches every section', async ({ page }) => {
	await page.goto('/');
	let nav = await main_menu(page);
	await expect(nav.getByRole('link', { name: 'Trang chủ' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await nav.getByRole('link', { name: 'Cài đặt' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt');
	nav = await main_menu(page);
	await expect(nav.getByRole('link', { name: 'Cài đặt' })).toHaveAttribute('aria-current', 'page');
	await nav.getByRole('link', { name: 'Tìm hiểu' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm hiểu');
	// a learner told "vào Lớp của tôi" finds it in the main menu, not only under her name
	nav = await main_menu(page);
	await nav.getByRole('link', { name: 'Lớp của tôi' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lớp của tôi');
	nav = await main_menu(page);
	await expect(nav.getByRole('link', { name: 'Lớp của tôi' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expect(nav.getByRole('link', { name: 'Lớp học' })).not.toHaveAttribute('aria-current');
});

test.describe('on a phone', () => {
	test.skip(({ isMobile }) => !isMobile, 'a wide screen shows the menu in one row');

	test('the main menu folds behind one button, so the page starts near the top', async ({
		page
	}) => {
		await page.goto('/');
		const banner = page.getByRole('banner');
		const button = banner.getByRole('button', { name: 'Mục chính' });
		const nav = page.getByRole('navigation', { name: 'Mục chính' });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		await expect(nav).toBeHidden();
		// the heading of the page is in the top half of a 640 px screen
		const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
		expect(heading!.y).toBeLessThan(320);

		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(nav.getByRole('link', { name: 'Từ điển' })).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(nav).toBeHidden();
		await expect(button).toBeFocused();

		await button.click();
		await nav.getByRole('link', { name: 'Từ điển' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Từ điển nhỏ');
		await expect(nav).toBeHidden();
		await expect(button).toHaveAttribute('aria-expanded', 'false');
	});
});

test('the skip link is the first thing the keyboard reaches and moves to the content', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a plain "page not found" with a way home', async ({
	page,
	watch
}, info) => {
	test.skip(info.project.name === 'desktop', 'what the page says: the phone run reads it');
	// The browser and the router report the 404 that this test asks for; nothing else may fail.
	watch.allow(/404 \(Not Found\)|Not found: \/khong-co-trang-nay\//);
	const response = await page.goto('/khong-co-trang-nay/');
	expect(response?.status()).toBe(404);
	// the static server's 404 status is expected; nothing else may fail
	watch.console_errors.splice(0);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy trang');
	await page.getByRole('link', { name: 'Về trang chủ' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Tập làm dịch vụ công trực tuyến'
	);
});

test('every touch target in the header, footer and main is at least 48 px tall', async ({
	page
}) => {
	for (const path of ['/', '/cai-dat/']) {
		await page.goto(path);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll('a, button, input, select, label')]
				.filter((el) => {
					const box = el.getBoundingClientRect();
					if (!box.width) return false;
					if (el.matches('main p a, main li a, .skip-link, .visually-hidden *')) return false;
					if (el instanceof HTMLInputElement && ['radio', 'checkbox'].includes(el.type)) {
						return false; // the label next to it is the 48 px target
					}
					if (el instanceof HTMLInputElement && el.type === 'file' && el.labels?.length) {
						return false; // a hidden file input: its label is the 48 px button
					}
					return box.height < 47.5;
				})
				.map(
					(el) => `${el.tagName} "${el.textContent?.trim()}" ${el.getBoundingClientRect().height}`
				)
		);
		expect(small, path).toEqual([]);
	}
});
