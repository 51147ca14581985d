/**
 * Issue 10's leftovers a learner would notice, each in the browser only where only a browser
 * shows it (the rest is unit-tested): a reload in the middle of the QR sign-in lesson brings the
 * phone back as it was, so the step she is on still makes sense.
 */
import { expect, test } from './fixtures';
import { panel, start_lesson } from './lesson-helpers';

const QR_LESSON = '/bai-hoc/lam-quen-cong-dich-vu-cong/dang-nhap-bang-ma-qr/';
const phone = (page: import('@playwright/test').Page) => page.locator('[data-sim="phone.screen"]');
const step = (page: import('@playwright/test').Page, n: number) =>
	expect(panel(page).getByText(new RegExp(`^Bước ${n}/\\d+$`))).toBeVisible({ timeout: 20_000 });

test('a reload mid-lesson keeps the phone: taken out, the app signed in, the QR code on the website', async ({
	page
}) => {
	await start_lesson(page, QR_LESSON, 'Lan', 'Hướng dẫn');
	await page.getByRole('button', { name: 'Đăng nhập bằng mã QR' }).click();
	await step(page, 2);
	await page.getByRole('button', { name: 'Điện thoại của bạn' }).click();
	await step(page, 3);
	await phone(page).getByRole('button', { name: 'VNeID' }).click();
	await step(page, 4);
	const passcode = await phone(page).locator('[data-sim="vneid.sample-passcode"]').innerText();
	await phone(page).getByLabel('Mã passcode').fill(passcode);
	await phone(page).getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await step(page, 5);
	await phone(page).getByRole('button', { name: 'Quét mã QR' }).click();
	await step(page, 6);
	const code = await page.getByRole('img', { name: 'Mã QR đăng nhập (mã tập)' }).innerHTML();

	await page.reload();
	// the same step, and what it asks for is there: the camera of the signed-in app
	await step(page, 6);
	await expect(phone(page).getByRole('button', { name: 'Quét mã', exact: true })).toBeVisible();
	// the website still shows the same code the app is about to scan
	expect(await page.getByRole('img', { name: 'Mã QR đăng nhập (mã tập)' }).innerHTML()).toBe(code);
	await phone(page).getByRole('button', { name: 'Quét mã', exact: true }).click();
	await step(page, 7);

	await page.reload();
	await step(page, 7);
	await phone(page).getByLabel('Mã passcode').fill(passcode);
	await phone(page).getByRole('button', { name: 'Xác nhận' }).click();
	await expect(phone(page)).toHaveCount(0);
	await step(page, 8);
});

test('the final test on a phone: the slim lesson bar with its way out, the portal right under it', async ({
	page
}) => {
	await page.goto('/kiem-tra-cuoi-khoa/');
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Lan');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	const bar = page.locator('[data-sim="lesson.top-bar"]');
	await expect(bar).toBeVisible();
	await expect(bar).toContainText('Bài kiểm tra cuối khóa');
	await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden();
	// a scenario starts: the portal's address bar comes up under the slim bar
	await page.locator('[data-sim="final.start"]').click();
	await expect(page.locator('[data-sim="final.task"]')).toBeVisible();
	const address = page.locator('[data-sim="browser.address"]');
	await expect.poll(async () => (await address.boundingBox())?.y).toBeGreaterThan(40);
	await expect.poll(async () => (await address.boundingBox())?.y).toBeLessThan(640 / 3);
	await bar.getByRole('link', { name: /Thoát/ }).click();
	await expect(page).toHaveURL(/\/bai-hoc\/$/);
});
