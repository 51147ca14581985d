/**
 * Where the browser cannot store (IndexedDB missing, throwing or never answering; localStorage
 * throwing), every page that needs storage says so within a few seconds, and the chosen learner
 * is kept for the page's life.
 */
import type { Page } from '@playwright/test';
import { expect, main_menu, test } from './fixtures';

const STORAGE_PAGES = [
	'/thuc-hanh/',
	'/bai-hoc/lam-quen-cong-dich-vu-cong/nop-ho-so-khai-sinh/',
	'/bai-hoc/',
	'/nguoi-hoc/',
	'/tien-do/',
	'/chung-nhan/',
	'/cai-dat/'
];

const MODES = {
	/** no IndexedDB at all (some in-app browsers) */
	missing: () => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	},
	/** open() throws (some private modes) */
	throwing: () => {
		IDBFactory.prototype.open = () => {
			throw new DOMException(
				'The user denied permission to access the database.',
				'InvalidStateError'
			);
		};
	},
	/**
	 * open() returns a request that never answers (a known Safari bug), for a returning learner:
	 * the browser lists the site's database and a learner is chosen.
	 */
	hanging: () => {
		IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
		IDBFactory.prototype.databases = async () => [{ name: 'cong-dan-so', version: 30 }];
		localStorage.setItem(
			'cds:learner',
			JSON.stringify({
				id: '7d1c8f3e-0000-4000-8000-000000000001',
				name: 'Bà Lan',
				avatar: 'con-ca'
			})
		);
	}
} as const;

const notice = (page: Page) => page.getByTestId('database-notice');

for (const [mode, script] of Object.entries(MODES)) {
	test(`with IndexedDB ${mode}, every page that needs storage says so within 5 s`, async ({
		page
	}) => {
		await page.addInitScript(script);
		// A database that never answers is given up after the site's own timeout: the page's
		// clock runs those 5 s at once instead of the test waiting them out on every page.
		if (mode === 'hanging') await page.clock.install();
		// Every page asks one gateway for the database (src/lib/db/status.svelte.ts): each page once for
		// the mode that takes the longest path (a request that never answers), two for the others.
		for (const path of mode === 'hanging' ? STORAGE_PAGES : STORAGE_PAGES.slice(0, 2)) {
			await page.goto(path);
			if (mode === 'hanging') await page.clock.runFor(5000);
			await expect(notice(page), path).toBeVisible({ timeout: 5000 });
			await expect(notice(page)).toContainText('Trình duyệt này không cho trang lưu bài');
			await expect(notice(page)).toContainText('Vẫn dùng được: đọc các bài trong mục Tìm hiểu.');
			// said once, and nothing waits forever or offers practice that cannot be saved
			await expect(notice(page)).toHaveCount(1);
			await expect(page.getByText('Đang mở bản tập…')).toHaveCount(0, { timeout: 5000 });
			await expect(page.getByRole('button', { name: 'Bắt đầu tập' })).toHaveCount(0);
			await expect(page.getByRole('button', { name: /^Thêm người/ })).toHaveCount(0);
		}
		// reading pages do not need storage and say nothing about it
		await page.goto('/tim-hieu/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(notice(page)).toHaveCount(0);
	});
}

test('where localStorage throws, the chosen learner stays chosen for the visit', async ({
	page
}) => {
	// as in Safari's older private mode: reading finds nothing, writing throws
	await page.addInitScript(() => {
		for (const method of ['setItem', 'removeItem'] as const) {
			Storage.prototype[method] = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		}
	});
	await page.goto('/nguoi-hoc/');
	await page.getByRole('button', { name: 'Thêm người học' }).click();
	await page.getByRole('textbox', { name: 'Tên người học' }).fill('Bà Lan');
	await page.getByRole('button', { name: 'Thêm người học' }).click();
	await expect(page.getByText('Đã thêm Bà Lan. Bây giờ Bà Lan đang học.')).toBeVisible();

	// the next pages of the visit: still Bà Lan, her practice opens
	await (await main_menu(page)).getByRole('link', { name: 'Thực hành' }).click();
	await expect(page).toHaveURL(/\/thuc-hanh\/$/);
	await expect(page.getByText('Đang tập: Bà Lan')).toBeVisible();
	await (await main_menu(page)).getByRole('link', { name: 'Tìm hiểu' }).click();
	await expect(
		page.getByRole('banner').getByRole('button', { name: 'Người đang học: Bà Lan' })
	).toBeVisible();
});
