import { expect, test } from './fixtures';
import { LOGIN_LESSON, panel, start_lesson } from './lesson-helpers';
import { expect_no_a11y_violations } from './portal-helpers';

// Axe runs per page on the phone, and once per page template on the desktop (a11y.test.ts
// has the lesson page's introduction there; this adds the lesson under way beside the portal).
// On the phone, the lesson under way, its hint, its end, the progress page and the certificate
// page are axe-checked on the way through the keyboard test (lessons.test.ts).
test('a lesson under way beside the portal, with a hint open, is axe-clean', async ({
	page
}, info) => {
	test.skip(info.project.name !== 'desktop', 'the phone: lessons.test.ts');
	await start_lesson(page, LOGIN_LESSON, 'Người kiểm tra', 'Hướng dẫn');
	await panel(page)
		.getByRole('button', { name: /^Gợi ý/ })
		.click();
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
