import { expect, test } from './fixtures';
import { do_login_lesson, expect_done, LOGIN_LESSON, panel, start_lesson } from './lesson-helpers';
import { expect_no_a11y_violations } from './portal-helpers';

// Axe runs per page on the phone, and once per page template on the desktop (a11y.test.ts
// has the lesson page's introduction there; this adds the lesson under way beside the portal).
test('a lesson page is axe-clean from the introduction to the end, and the progress page follows', async ({
	page
}, info) => {
	if (info.project.name === 'desktop') {
		await start_lesson(page, LOGIN_LESSON, 'Người kiểm tra', 'Hướng dẫn');
		await panel(page)
			.getByRole('button', { name: /^Gợi ý/ })
			.click();
		await expect_no_a11y_violations(page);
		return;
	}
	test.setTimeout(120_000);
	await page.goto(LOGIN_LESSON);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID'
	);
	await expect_no_a11y_violations(page);
	await start_lesson(page, LOGIN_LESSON, 'Người kiểm tra', 'Hướng dẫn');
	await expect_no_a11y_violations(page);
	await panel(page)
		.getByRole('button', { name: /^Gợi ý/ })
		.click();
	await expect_no_a11y_violations(page);
	await do_login_lesson(page);
	await expect_done(page);
	await expect_no_a11y_violations(page);

	await page.goto('/tien-do/');
	await expect(page.getByText(/^Người kiểm tra: đã xong 1\/\d+ bài\.$/)).toBeVisible();
	await expect(page.getByRole('row', { name: /Đăng nhập Cổng Dịch vụ công/ })).toContainText(
		'Đã xong'
	);
	await expect_no_a11y_violations(page);
	await page.goto('/chung-nhan/');
	await expect(
		page.getByText(
			'Để nhận giấy chứng nhận, bạn cần học xong các bài sau và đạt bài kiểm tra cuối khóa:'
		)
	).toBeVisible();
	await expect_no_a11y_violations(page);
});

test('projector mode puts the lesson beside the portal at 150 % text', async ({ page }) => {
	// A projector or a laptop: side by side needs room; a phone only gets the bigger text.
	await page.setViewportSize({ width: 1024, height: 768 });
	await start_lesson(page, LOGIN_LESSON, 'Tổ trưởng', 'Hướng dẫn');
	await page.getByRole('button', { name: 'Chế độ máy chiếu' }).click();
	await expect(page.getByRole('button', { name: 'Chế độ máy chiếu' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('27px');
	const portal = await page.locator('[data-sim="browser.address"]').boundingBox();
	const lesson = await panel(page).boundingBox();
	expect(lesson && portal && lesson.x > portal.x).toBe(true);
	await page.reload();
	await expect(page.getByRole('button', { name: 'Chế độ máy chiếu' })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('the instructions never cover the highlighted target, and fold away on a phone', async ({
	page
}) => {
	await start_lesson(page, LOGIN_LESSON, 'Bà Sáu', 'Hướng dẫn');
	const uncovered = async () => {
		const ring = page.locator('[data-spotlight]');
		await expect(ring).toBeInViewport();
		const [target, sheet] = await Promise.all([ring.boundingBox(), panel(page).boundingBox()]);
		if (!target || !sheet) throw new Error('no ring or no panel');
		const beside = sheet.x >= target.x + target.width || sheet.y + sheet.height <= target.y;
		expect(beside || target.y + target.height <= sheet.y, 'the ring is under the panel').toBe(true);
	};
	await uncovered();
	await page.getByRole('link', { name: 'Đăng nhập' }).click();
	await expect(page.locator('[data-spotlight]')).toHaveAttribute('id', 'login-id');
	await uncovered();
	const fold = panel(page).getByRole('button', { name: 'Thu gọn' });
	if (await fold.isVisible()) {
		await fold.click();
		await expect(panel(page).getByRole('button', { name: 'Mở hướng dẫn' })).toHaveAttribute(
			'aria-expanded',
			'false'
		);
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeHidden();
		await panel(page).getByRole('button', { name: 'Mở hướng dẫn' }).click();
		await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
	}
});
