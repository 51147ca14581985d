/**
 * A safety scenario on a 360 × 640 phone: the practice phone takes the portal's place, its choices
 * and the step's instruction are on screen without scrolling, a wrong choice shows (as a
 * simulation) what would have happened and lets her choose again, the safe one moves on, and the
 * end shows the official advice with its source. What every scenario's choices do to its lesson
 * is tested without a browser (src/lib/scenarios/scenarios.content.test.ts).
 *
 * With LOOK=1 a second test plays every scenario at 200 % text and attaches a screenshot of each
 * step, the wrong choice and the end, for a person to look at.
 */
import type { Page } from '@playwright/test';
import { content_lessons } from './content';
import { expect, test } from './fixtures';
import { panel, set_text_scale } from './lesson-helpers';

test.use({
	viewport: { width: 360, height: 640 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
});

const CALL = '/bai-hoc/an-toan-thong-tin/cuoc-goi-gia-danh-cong-an/';
const phone = (page: Page) => page.locator('[data-sim="scenario.phone"]');

async function start(page: Page, path: string, level: string, scale = 1) {
	await set_text_scale(page, scale);
	await page.goto(path);
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bà Lan');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await panel(page).getByRole('radio', { name: level }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
}

/** The choices, the phone's screen and the instruction are in view, nothing covering them. */
async function on_screen(page: Page) {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)))
	);
	return page.evaluate(() => {
		const problems: string[] = [];
		const bar = document.querySelector('[data-sim="lesson.panel"]')!.getBoundingClientRect();
		const header = document.querySelector('.site-header')?.getBoundingClientRect();
		const top =
			header && getComputedStyle(document.querySelector('.site-header')!).position === 'sticky'
				? header.bottom
				: 0;
		const buttons = [...document.querySelectorAll<HTMLElement>('[data-sim^="scenario.choice."]')];
		if (!buttons.length) problems.push('no choice on the phone');
		buttons.forEach((button, i) => {
			const box = button.getBoundingClientRect();
			if (box.top < top - 1 || box.bottom > bar.top + 1)
				problems.push(`choice ${i} is not between the bars (${box.top}–${box.bottom})`);
			if (box.height < 48 || box.width < 48) problems.push(`choice ${i} is smaller than 48 px`);
			const next = buttons[i + 1]?.getBoundingClientRect();
			if (next && next.top - box.bottom < 8)
				problems.push(`choices ${i} and ${i + 1} are closer than 8 px`);
		});
		const screen = document.querySelector('[data-sim="scenario.screen"]')!.getBoundingClientRect();
		if (screen.top < top - 1 || screen.height < 40) problems.push('the phone screen is hidden');
		const instruction = document.getElementById('step-instruction')!.getBoundingClientRect();
		if (instruction.height < 20 || instruction.top < bar.top - 1 || instruction.top > innerHeight)
			problems.push('the instruction is not in the step bar');
		if (document.documentElement.scrollWidth > innerWidth + 1)
			problems.push('the page scrolls sideways');
		return problems;
	});
}

test('a scenario on a phone: a wrong choice shows what would happen, the safe one finishes', async ({
	page
}) => {
	await start(page, CALL, 'Hướng dẫn');
	await expect(panel(page).getByText(/^Bước 1\/2$/)).toBeVisible();
	// the phone is in the portal's place; the portal is out of sight
	await expect(phone(page)).toBeVisible();
	await expect(page.locator('[data-sim="browser.address"]')).toBeHidden();
	await expect(phone(page)).toContainText('Tài khoản VNeID của bác phải cập nhật sau sáp nhập.');
	expect(await on_screen(page)).toEqual([]);

	await phone(page).getByRole('button', { name: 'Đọc số căn cước và mã OTP cho họ' }).click();
	const happened = phone(page).locator('[data-sim="scenario.happened"]');
	await expect(happened).toContainText('MÔ PHỎNG');
	await expect(happened).toContainText('Kẻ gian đã đăng nhập vào tài khoản của bạn');
	await expect(panel(page).locator('[data-sim="lesson.feedback"]')).toContainText(
		'Không đưa thông tin cá nhân hay mã OTP qua điện thoại.'
	);
	await expect(panel(page).getByText(/^Bước 1\/2$/)).toBeVisible();
	// she may look at the call again, and choose again
	await happened.getByRole('button', { name: 'Xem lại màn hình' }).click();
	await expect(happened).toBeHidden();
	await expect(phone(page)).toContainText('Số lạ');

	await phone(page).getByRole('button', { name: 'Tắt máy' }).click();
	await expect(panel(page).getByText(/^Bước 2\/2$/)).toBeVisible();
	await expect(phone(page)).toContainText('Cuộc gọi đến');
	expect(await on_screen(page)).toEqual([]);
	await phone(page).getByRole('button', { name: 'Từ chối cuộc gọi' }).click();

	await expect(panel(page).getByText('Bạn đã hoàn thành bài học!')).toBeVisible();
	const advice = phone(page).locator('[data-sim="scenario.advice"]');
	await expect(advice).toContainText('Công an không kích hoạt hay sửa lỗi VNeID qua điện thoại.');
	await expect(advice).toContainText('Nguồn:');
	await expect(phone(page).locator('[data-sim^="scenario.choice."]')).toHaveCount(0);
	// one mistake, no hint: 95 points, recorded like any lesson's
	await expect(panel(page).locator('[data-sim="lesson.score"]')).toHaveText('95/100');
});

// screenshots for a person to look at, declared only with LOOK=1 (a skipped test still costs a page)
const LOOK_LESSONS = process.env.LOOK
	? content_lessons().filter((l) => l.id.startsWith('an-toan-thong-tin/'))
	: [];
for (const [n, lesson] of LOOK_LESSONS.entries()) {
	test(`"${lesson.title}" at 200 % text, photographed`, async ({ page }) => {
		const snap = async (name: string) => {
			const path = test.info().outputPath(name);
			await page.screenshot({ path });
			await test.info().attach(name, { path, contentType: 'image/png' });
		};
		await start(page, lesson.path, 'Tự làm', Number(process.env.LOOK_SCALE ?? 2));
		for (let i = 1; i <= lesson.step_ids.length; i++) {
			await expect(panel(page).getByText(new RegExp(`^Bước ${i}/`))).toBeVisible();
			expect.soft(await on_screen(page), `${lesson.id} step ${i}`).toEqual([]);
			await snap(`${n + 1}-${i}-a.png`);
			const choices = phone(page).locator('[data-sim^="scenario.choice."]');
			// each choice in turn until the step moves on: the wrong ones show what would happen
			for (let c = 0; c < (await choices.count()); c++) {
				await choices.nth(c).click();
				await page.waitForTimeout(300);
				if (!(await phone(page).locator('[data-sim="scenario.happened"]').isVisible())) break;
				await snap(`${n + 1}-${i}-b-wrong-${c}.png`);
			}
		}
		await expect(panel(page).getByText('Bạn đã hoàn thành bài học!')).toBeVisible();
		await snap(`${n + 1}-end.png`);
	});
}
