/**
 * The learner's side of a class (issue 11): joining by code, "Gửi tiến độ cho người hướng dẫn"
 * (what is sent, then the file), and the whole-device backup restored on another device.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { axe_violations, expect, test } from './fixtures';

async function add_learner(page: Page, name: string) {
	await page.goto('/nguoi-hoc/');
	await page.getByRole('button', { name: /^Thêm người (mới|học)$/ }).click();
	await page.getByRole('textbox', { name: 'Tên người học' }).fill(name);
	await page.getByRole('button', { name: 'Thêm người học' }).click();
	await expect(page.getByText(`Đã thêm ${name}. Bây giờ ${name} đang học.`)).toBeVisible();
}

test('a learner joins a class by its code, sees what will be sent, and gets the file', async ({
	page
}) => {
	await add_learner(page, 'Bà Lan');
	// the class's QR code holds a link that fills the code in
	await page.goto('/lop-cua-toi/?ma=hb7-k2q');
	await expect(page.getByRole('textbox', { name: 'Mã lớp' })).toHaveValue('hb7-k2q');
	await page.getByRole('textbox', { name: 'Mã lớp' }).fill('HB7K2');
	await page.getByRole('button', { name: 'Vào lớp' }).click();
	await expect(page.getByText('Mã lớp gồm 6 chữ và số').first()).toBeVisible();
	await page.getByRole('textbox', { name: 'Mã lớp' }).fill('hb7k2q');
	await page.getByRole('button', { name: 'Vào lớp' }).click();
	await expect(page.getByText('Bạn đã vào lớp mã HB7K2Q.', { exact: false })).toBeVisible();
	// a typed code cannot carry the class's name: her class says how it will come
	await expect(page.getByText('Lớp mã HB7K2Q', { exact: true })).toBeVisible();
	await expect(
		page.getByText('Tên lớp sẽ hiện ở đây khi bạn quét mã QR của lớp trên máy người hướng dẫn.')
	).toBeVisible();
	expect(await axe_violations(page)).toEqual([]);

	// the class's QR code (a link with the name) opened later: the class gets its name
	await page.goto('/lop-cua-toi/?ma=HB7K2Q&ten=L%E1%BB%9Bp+t%E1%BB%95+5');
	await expect(
		page.getByText('Mã của lớp “Lớp tổ 5” đã được điền sẵn. Hãy xem lại rồi bấm “Vào lớp”.')
	).toBeVisible();
	await page.getByRole('button', { name: 'Vào lớp' }).click();
	await expect(
		page.getByText('Bạn đã ở trong lớp mã HB7K2Q rồi. Tên lớp: “Lớp tổ 5”.')
	).toBeVisible();
	const card = page.getByRole('listitem').filter({ hasText: 'Mã lớp: HB7K2Q' });
	await expect(card.getByText('Lớp tổ 5', { exact: true })).toBeVisible();
	await expect(card).not.toContainText('Tên lớp sẽ hiện ở đây');

	await page.getByRole('button', { name: 'Gửi tiến độ cho người hướng dẫn' }).click();
	const sent = page.getByRole('region', { name: 'Gửi tiến độ cho người hướng dẫn' });
	await expect(sent).toContainText(
		'Đây là tất cả những gì sẽ được gửi cho lớp “Lớp tổ 5” (mã HB7K2Q):'
	);
	await expect(sent.getByText('Bà Lan', { exact: true })).toBeVisible();
	await expect(sent.getByText('Bạn chưa học bài nào.')).toBeVisible();
	await expect(sent.getByRole('img', { name: /Mã QR tiến độ của Bà Lan/ })).toBeVisible();
	expect(await axe_violations(page)).toEqual([]);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		sent.getByRole('button', { name: 'Lưu tệp vào máy' }).click()
	]);
	expect(download.suggestedFilename()).toBe('tien-do-ba-lan-HB7K2Q.cds.txt');
	expect(await readFile(await download.path(), 'utf8')).toMatch(/^CDS2[:/]/);
	await expect(sent.getByText(/Đã lưu tệp “tien-do-ba-lan-HB7K2Q.cds.txt”/)).toBeVisible();
});

test('a backup restored on another device gives the same learner and class; a bad file changes nothing', async ({
	page,
	browser
}) => {
	await add_learner(page, 'Chú Tư');
	await page.goto('/lop-cua-toi/');
	await page.getByRole('textbox', { name: 'Mã lớp' }).fill('ABC234');
	await page.getByRole('button', { name: 'Vào lớp' }).click();
	await expect(page.getByText('Lớp mã ABC234', { exact: true })).toBeVisible();

	await page.goto('/cai-dat/');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Sao lưu vào một tệp' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^cong-dan-so-sao-luu-\d{4}-\d{2}-\d{2}\.json$/);
	const backup = await readFile(await download.path(), 'utf8');

	const other = await browser.newContext();
	const fresh = await other.newPage();
	await fresh.goto('/cai-dat/');
	const file = fresh.getByLabel('Chọn tệp sao lưu');
	await expect(file).toBeEnabled();
	await file.setInputFiles({
		name: 'anh.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"x":1}')
	});
	await expect(fresh.getByRole('alert')).toHaveText(
		'Đây không phải tệp sao lưu của Công dân số. Không có gì bị thay đổi.'
	);
	await file.setInputFiles({
		name: 'sao-luu.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await expect(fresh.getByText('Thêm 1 người học: Chú Tư.')).toBeVisible();
	expect(await axe_violations(fresh)).toEqual([]);
	await fresh.getByRole('button', { name: 'Khôi phục', exact: true }).click();
	await expect(fresh.getByText('Đã khôi phục xong.')).toBeVisible();

	await fresh.goto('/nguoi-hoc/');
	await fresh.getByRole('button', { name: /^Chú Tư/ }).click();
	// chosen (and stored) before the next page is opened
	await expect(fresh.getByRole('button', { name: /Người đang học:\s*Chú Tư/ })).toBeVisible();
	await fresh.goto('/lop-cua-toi/');
	await expect(fresh.getByText('Lớp mã ABC234', { exact: true })).toBeVisible();
	await other.close();
});

test('a class’s name from its link shows as text, never as markup', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await add_learner(page, 'Bà Lan');
	const hostile = '<img src=x onerror=alert(1)>';
	await page.goto(`/lop-cua-toi/?ma=ABC234&ten=${encodeURIComponent(hostile)}`);
	await page.getByRole('button', { name: 'Vào lớp' }).click();
	await expect(
		page.getByText(`Bạn đã vào lớp “${hostile}” (mã ABC234).`, { exact: false })
	).toBeVisible();
	await expect(page.locator('.class-name')).toHaveText(hostile);
	expect(await page.locator('main img').count()).toBe(0);
	expect(dialogs).toBe(0);
});
