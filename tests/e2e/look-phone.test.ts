/**
 * A look, by hand, at what a learner sees on a 360 × 640 phone at every step of the lessons that
 * have no phone check of their own (the filing lessons, one safety lesson) and the final test, at
 * 100 % and 200 % text. Not part of CI (it is long): it runs only with LOOK=1, e.g.
 *
 *   npm run build && LOOK=1 TEST_PORT=4185 npx playwright test look-phone --project=phone
 *
 * Each lesson is played at "Xem mẫu" at its normal pace, and the screen is photographed as each
 * step starts, before the demo acts: the step bar, the ring and the portal are then as "Hướng dẫn"
 * shows them (only the bar's second button differs). The pictures go to
 * test-results/playwright/<test>/; what the simple checks find is printed, for a person to weigh.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { answer_correctly, panel, set_text_scale } from './lesson-helpers';

test.skip(!process.env.LOOK, 'a look by hand: LOOK=1');
test.use({
	viewport: { width: 360, height: 640 },
	isMobile: true,
	hasTouch: true,
	deviceScaleFactor: 2
});
test.setTimeout(600_000);

const LESSONS = [
	['chung-thuc', '/bai-hoc/nop-ho-so/chung-thuc-ban-sao/'],
	['thuong-tru', '/bai-hoc/nop-ho-so/dang-ky-thuong-tru/'],
	['xay-dung', '/bai-hoc/nop-ho-so/xin-giay-phep-xay-dung/'],
	['khai-sinh-chau', '/bai-hoc/nop-ho-so/ong-ba-khai-sinh-cho-chau/'],
	['cuoc-goi', '/bai-hoc/an-toan-thong-tin/cuoc-goi-gia-danh-cong-an/'],
	['vneid', '/bai-hoc/lam-quen-cong-dich-vu-cong/dung-ung-dung-vneid/'],
	['ma-qr', '/bai-hoc/lam-quen-cong-dich-vu-cong/dang-nhap-bang-ma-qr/']
] as const;

async function snap(page: Page, name: string) {
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await page.screenshot({ path: test.info().outputPath(name) });
}

/** What a simple look finds wrong on the screen now (the ring out of sight or covered). */
function problems(page: Page) {
	return page.evaluate(() => {
		const found: string[] = [];
		const bar = document.querySelector<HTMLElement>('[data-sim="lesson.panel"]');
		const bar_top = bar?.getBoundingClientRect().top ?? innerHeight;
		const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
		if (bar_top - top < innerHeight / 3) found.push(`portal ${Math.round(bar_top - top)} px`);
		const ring = document.querySelector<HTMLElement>('[data-spotlight]');
		if (ring) {
			const box = ring.getBoundingClientRect();
			if (box.top < top - 1 || box.top > bar_top - 24)
				found.push(`ring ${ring.dataset.sim} at ${Math.round(box.top)}–${Math.round(box.bottom)}`);
			const hit = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + 12);
			if (hit && !ring.contains(hit) && !hit.contains(ring))
				found.push(`ring covered by ${hit.outerHTML.slice(0, 60)}`);
		}
		if (document.documentElement.scrollWidth > innerWidth + 1) found.push('scrolls sideways');
		return found;
	});
}

for (const scale of [1, 2]) {
	for (const [label, path] of LESSONS) {
		test(`${label} at ${scale * 100} %`, async ({ page }) => {
			await set_text_scale(page, scale);
			await page.goto(path);
			await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Lan');
			await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
			await panel(page).getByRole('radio', { name: 'Xem mẫu' }).check();
			await snap(page, 'intro.png');
			await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
			const report: string[] = [];
			const done = panel(page).getByText('Bạn đã hoàn thành bài học!').first();
			const shown = async () =>
				Number((await panel(page).locator('.count').first().innerText()).match(/\d+/)?.[0] ?? 0);
			// each new step, photographed as it starts (a quick demo may move past one unseen)
			for (let last = 0; ;) {
				await expect
					.poll(async () => (await done.isVisible()) || (await shown().catch(() => 0)) > last, {
						timeout: 60_000
					})
					.toBe(true);
				if (await done.isVisible()) break;
				last = await shown();
				await expect(page.locator('[data-loading]')).toHaveCount(0);
				await page.waitForTimeout(300);
				await snap(page, `step-${String(last).padStart(2, '0')}.png`);
				const found = await problems(page);
				if (found.length) report.push(`step ${last}: ${found.join('; ')}`);
				if (await panel(page).locator('[data-sim="lesson.question"]').count())
					await answer_correctly(page);
			}
			await snap(page, 'done.png');
			console.log(`${label} ${scale * 100} %:\n${report.join('\n') || 'nothing found'}`);
		});
	}

	test(`final test at ${scale * 100} %`, async ({ page }) => {
		await set_text_scale(page, scale);
		await page.goto('/kiem-tra-cuoi-khoa/');
		await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Lan');
		await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
		await expect(page.locator('[data-sim="final.start"]')).toBeVisible();
		await snap(page, 'intro.png');
		await page.locator('[data-sim="final.start"]').click();
		await expect(page.locator('[data-sim="final.task"]')).toBeVisible();
		await snap(page, 'scenario-1.png');
		await page.mouse.wheel(0, 300);
		await snap(page, 'scenario-1-scrolled.png');
	});
}
