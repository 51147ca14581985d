import { expect, test } from './fixtures';
import { expect_step, LOGIN_LESSON, panel, start_lesson } from './lesson-helpers';

test('two tabs of one learner in a lesson: each shows the other’s step without a reload', async ({
	page,
	context
}) => {
	await start_lesson(page, LOGIN_LESSON, 'Bà Năm', 'Hướng dẫn');
	const other = await context.newPage();
	await other.goto(LOGIN_LESSON);
	await expect_step(other, 1);

	await page.getByRole('link', { name: 'Đăng nhập' }).click();
	await expect_step(page, 2);
	await expect_step(other, 2);

	// The second tab goes on; the first follows and does not take it back.
	await other.getByRole('link', { name: 'Đăng nhập' }).click();
	await other
		.getByRole('textbox', { name: 'Số định danh cá nhân' })
		.fill(await other.locator('[data-sim="login.sample-id"]').innerText());
	await other.getByLabel('Mật khẩu').focus();
	await expect_step(other, 3);
	await expect_step(page, 3);
	await expect(panel(page).getByText(/^Bước 2\//)).toBeHidden();
});

test('when the browser cannot save a step, the lesson stays on it and “Thử lại” moves on', async ({
	page
}) => {
	await start_lesson(page, LOGIN_LESSON, 'Ông Sáu', 'Hướng dẫn');
	// The storage is full from now on, for lesson progress.
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		(window as unknown as { full: boolean }).full = true;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (this.name === 'progress' && (window as unknown as { full: boolean }).full) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await page.getByRole('link', { name: 'Đăng nhập' }).click();
	const problem = page.getByRole('alert').filter({ hasText: 'Chưa lưu được' });
	await expect(problem).toContainText('Máy đã hết chỗ lưu');
	await expect(panel(page).getByText(/^Bước 1\//)).toBeVisible();
	await expect(panel(page).getByText('Đúng rồi!')).toHaveCount(0);

	await page.evaluate(() => ((window as unknown as { full: boolean }).full = false));
	await problem.getByRole('button', { name: 'Thử lại' }).click();
	await expect(problem).toBeHidden();
	await expect_step(page, 2);
	await page.reload();
	await expect_step(page, 2);
});
