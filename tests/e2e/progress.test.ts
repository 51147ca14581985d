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
