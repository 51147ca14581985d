/**
 * The VNeID app on the simulated phone and the QR sign-in, played by hand at "Hướng dẫn" on a
 * 360 × 640 phone (the QR lesson also at 200 % text): at every step the ringed thing to tap is
 * on screen between the top bar and the step bar, not covered, with the step's title in the bar;
 * the phone's screens are axe-clean; a wrong passcode gets its message and the lesson's feedback;
 * the website ends signed in. With LOOK=1 one screenshot per step is attached to the report.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { panel, set_text_scale } from './lesson-helpers';
import { account_name, expect_no_a11y_violations, sign_out } from './portal-helpers';

const APP_LESSON = '/bai-hoc/lam-quen-cong-dich-vu-cong/dung-ung-dung-vneid/';
const QR_LESSON = '/bai-hoc/lam-quen-cong-dich-vu-cong/dang-nhap-bang-ma-qr/';

test.use({
	viewport: { width: 360, height: 640 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
});

const phone = (page: Page) => page.locator('[data-sim="phone.screen"]');

async function start(page: Page, path: string, scale = 1) {
	await set_text_scale(page, scale);
	await page.goto(path);
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bà Hoa');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await panel(page).getByRole('radio', { name: 'Hướng dẫn' }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
}

/** At step `n`: the title in the bar and the ringed target seen, uncovered, between the bars. */
async function at_step(page: Page, n: number, label: string) {
	await expect(panel(page).getByText(new RegExp(`^Bước ${n}/\\d+$`))).toBeVisible({
		timeout: 20_000
	});
	const question = (await panel(page).locator('[data-sim="lesson.question"]').count()) > 0;
	if (!question) await expect(page.locator('[data-spotlight]')).toHaveCount(1);
	await expect(page.locator('[data-loading]')).toHaveCount(0);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	if (process.env.LOOK) {
		const path = test.info().outputPath(`${label}-step-${String(n).padStart(2, '0')}.png`);
		await page.screenshot({ path });
		await test.info().attach(path.split('/').pop()!, { path, contentType: 'image/png' });
	}
	const seen = await page.evaluate((question) => {
		const result: string[] = [];
		const bar_top = document
			.querySelector<HTMLElement>('[data-sim="lesson.panel"]')!
			.getBoundingClientRect().top;
		const title = document.getElementById('step-title')!.getBoundingClientRect();
		if (title.top < bar_top - 1 || title.bottom > innerHeight + 1)
			result.push('the step title is not shown in the bar');
		if (document.documentElement.scrollWidth > innerWidth + 1)
			result.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
		if (question) return result;
		const ring = document.querySelector<HTMLElement>('[data-spotlight]')!;
		const box = ring.getBoundingClientRect();
		const name = ring.dataset.sim ?? ring.id;
		const top = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) - 8;
		// a ring taller than the room between the bars (a long button at 200 %) starts in it
		const tall = box.height > bar_top - top;
		if (box.top < top - 1 || (tall ? box.top > bar_top - 48 : box.bottom > bar_top + 1))
			result.push(`${name} is not between the top and the bar (${box.top}–${box.bottom})`);
		const hit = document.elementFromPoint(
			box.left + Math.min(box.width / 2, 40),
			box.top + Math.min(box.height / 2, 24)
		);
		if (!hit || !(ring.contains(hit) || hit.contains(ring)))
			result.push(`${name} is covered by ${hit?.outerHTML.slice(0, 80)}`);
		return result;
	}, question);
	(process.env.LOOK ? expect.soft : expect)(seen, `step ${n}`).toEqual([]);
}

async function answer_right(page: Page, option: RegExp) {
	await panel(page).getByRole('radio', { name: option }).check();
	await panel(page).getByRole('button', { name: 'Trả lời' }).click();
}

async function sign_in_app(page: Page, n: number, label: string) {
	await at_step(page, n, label);
	const passcode = await phone(page).locator('[data-sim="vneid.sample-passcode"]').innerText();
	await phone(page).getByLabel('Mã passcode').fill('111111');
	await phone(page).getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await expect(phone(page).getByText('Mã passcode chưa đúng.', { exact: false })).toBeVisible();
	await expect(panel(page).locator('[data-sim="lesson.feedback"]')).toBeVisible();
	await phone(page).getByLabel('Mã passcode').fill(passcode);
	await phone(page).getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	return passcode;
}

test('the VNeID app lesson: passcode, "Thủ tục hành chính", axe-clean phone screens', async ({
	page
}) => {
	test.setTimeout(120_000); // every step checked and photographed, on a shared machine
	await start(page, APP_LESSON);
	await at_step(page, 1, 'app');
	await page.getByRole('button', { name: 'Điện thoại của bạn' }).click();
	await at_step(page, 2, 'app');
	await expect_no_a11y_violations(page, { include: '[data-sim="phone.screen"]' });
	await phone(page).getByRole('button', { name: 'VNeID' }).click();
	await sign_in_app(page, 3, 'app');
	await at_step(page, 4, 'app');
	await answer_right(page, /^Không đọc mã\. Tắt máy/);
	await at_step(page, 5, 'app');
	await expect_no_a11y_violations(page, { include: '[data-sim="phone.screen"]' });
	await phone(page).getByRole('button', { name: 'Thủ tục hành chính' }).click();
	// a new screen of the app: its heading takes focus, as a new page's would
	await expect(phone(page).getByRole('heading', { name: 'Thủ tục hành chính' })).toBeFocused();
	await at_step(page, 6, 'app');
	await phone(page)
		.getByRole('button', { name: /trẻ em dưới 6 tuổi/ })
		.click();
	await at_step(page, 7, 'app');
	await expect(phone(page).getByText('Tạo mới yêu cầu', { exact: false })).toBeVisible();
	await expect_no_a11y_violations(page, { include: '[data-sim="phone.screen"]' });
	await phone(page).getByRole('button', { name: 'Cất điện thoại' }).click();
	await expect(phone(page)).toHaveCount(0);
	await expect(panel(page).getByText('Bạn đã hoàn thành bài học!')).toBeVisible();
});

for (const scale of [1, 2]) {
	test(`the QR sign-in lesson at ${scale * 100} % text: the website signs in`, async ({ page }) => {
		test.setTimeout(120_000);
		const label = `qr-${scale * 100}`;
		await start(page, QR_LESSON, scale);
		await at_step(page, 1, label);
		await page.getByRole('button', { name: 'Đăng nhập bằng mã QR' }).click();
		await expect(page.getByRole('img', { name: 'Mã QR đăng nhập (mã tập)' })).toBeVisible();
		if (scale === 1) await expect_no_a11y_violations(page, { include: '[data-sim="login.qr"]' });
		await at_step(page, 2, label);
		await page.getByRole('button', { name: 'Điện thoại của bạn' }).click();
		await at_step(page, 3, label);
		await phone(page).getByRole('button', { name: 'VNeID' }).click();
		const passcode = await sign_in_app(page, 4, label);
		await at_step(page, 5, label);
		await phone(page).getByRole('button', { name: 'Quét mã QR' }).click();
		await at_step(page, 6, label);
		if (scale === 1)
			await expect_no_a11y_violations(page, { include: '[data-sim="phone.screen"]' });
		await phone(page).getByRole('button', { name: 'Quét mã', exact: true }).click();
		await at_step(page, 7, label);
		await phone(page).getByLabel('Mã passcode').fill(passcode);
		await phone(page).getByRole('button', { name: 'Xác nhận' }).click();
		// the phone is put away and the website is signed in, on its home page
		await expect(phone(page)).toHaveCount(0);
		await expect(account_name(page)).toHaveText(/Nguyễn Thị Lan/);
		await at_step(page, 8, label);
		await answer_right(page, /^Không quét\./);
		await at_step(page, 9, label);
		await sign_out(page);
		await expect(panel(page).getByText('Bạn đã hoàn thành bài học!')).toBeVisible();
	});
}
