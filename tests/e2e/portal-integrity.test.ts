/**
 * What the learner sees matches what was stored: two tabs, a reload while filing. A full disk on
 * "Nộp hồ sơ" is played in jsdom (tests/unit/portal-journeys.svelte.test.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	choose_ward,
	confirm_and_attach_sample,
	next_page,
	open_procedure,
	pay_by_bank,
	receive_online,
	sign_in,
	start_as
} from './portal-helpers';

/** From the portal's home to the "Nộp hồ sơ" screen of a residence registration. */
async function to_filing(page: Page) {
	await open_procedure(page, 'thuong tru', 'Đăng ký thường trú');
	await page.getByRole('button', { name: 'Nộp trực tuyến' }).first().click();
	await choose_ward(page);
	await next_page(page);
	await page
		.getByRole('combobox', { name: 'Tỉnh, thành phố' })
		.selectOption({ label: 'Thành phố Hải Phòng' });
	await page
		.getByRole('combobox', { name: 'Phường, xã' })
		.selectOption({ label: 'Phường Hồng An' });
	await page
		.getByRole('textbox', { name: 'Số nhà, đường, thôn, tổ dân phố' })
		.fill('Số 8, tổ dân phố 1');
	await page
		.getByRole('combobox', { name: 'Bạn ở nhà này theo hình thức nào?' })
		.selectOption({ label: 'Nhà của tôi' });
	await next_page(page);
	await confirm_and_attach_sample(page);
	await receive_online(page);
	await pay_by_bank(page);
	await expect(page.getByRole('heading', { name: 'Nộp hồ sơ' })).toBeVisible();
	await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
}

/** How many dossiers and drafts the database holds, read straight from IndexedDB. */
function stored(page: Page) {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('cong-dan-so');
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(request.error);
		});
		const count = (name: string) =>
			new Promise<number>((resolve) => {
				const request = db.transaction(name).objectStore(name).count();
				request.onsuccess = () => resolve(request.result);
			});
		const counts = { dossiers: await count('dossiers'), drafts: await count('drafts') };
		db.close();
		return counts;
	});
}

const filed_heading = (page: Page) => page.getByRole('heading', { name: 'Nộp hồ sơ thành công' });
const not_filed = (page: Page) => page.getByText('Chưa nộp được: hồ sơ còn thiếu');

test('two tabs of one learner each see the other’s changes without a reload', async ({
	page,
	context
}) => {
	await start_as(page, 'Bà Lan');
	await sign_in(page);
	const other = await context.newPage();
	await other.goto('/thuc-hanh/?p=%2Fho-so-cua-toi');
	await expect(other.getByText('Đang tập: Bà Lan')).toBeVisible();
	await expect(other.getByRole('heading', { name: 'Dịch vụ công của tôi' })).toBeVisible();

	// the learner works in the first tab (a tab behind another draws no frames: each tap on it
	// waited about a second)
	await page.bringToFront();
	await to_filing(page);
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	await expect(filed_heading(page)).toBeVisible();
	const code = await page.locator('[data-sim="dossier.code"]').innerText();
	// the other tab lists it, with no reload
	await expect(other.locator('[data-sim="my.code"]')).toHaveText([code]);

	// a day fast-forwarded in the other tab shows here too, and nothing is undone
	const day = await page.locator('[data-sim="clock.today"]').innerText();
	await other.getByRole('button', { name: 'Tua nhanh 1 ngày' }).click();
	await expect(page.locator('[data-sim="clock.today"]')).not.toHaveText(day);
	// a tab in the background is throttled: read the database from the one in front
	await page.bringToFront();
	expect(await stored(page)).toEqual({ dossiers: 1, drafts: 0 });
});

test('a reload at once after "Nộp hồ sơ" leaves the screen and the data in agreement', async ({
	page
}) => {
	await start_as(page, 'Bà Lan');
	await sign_in(page);
	await to_filing(page);
	const filing = page.url();
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	await page.reload();
	await expect(
		filed_heading(page).or(page.getByRole('button', { name: 'Nộp hồ sơ' }))
	).toBeVisible();
	const counts = await stored(page);
	if (counts.dossiers === 1) await expect(filed_heading(page)).toBeVisible();
	else expect(counts).toEqual({ dossiers: 0, drafts: 1 });
	await expect(not_filed(page)).toHaveCount(0);

	// back on the filing address after it was filed: the dossier, never an empty form
	if (counts.dossiers === 0) {
		await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
		await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
		await expect(filed_heading(page)).toBeVisible();
	}
	await page.goto(filing);
	await expect(filed_heading(page)).toBeVisible();
	await expect(not_filed(page)).toHaveCount(0);
	expect((await stored(page)).dossiers).toBe(1);
});
