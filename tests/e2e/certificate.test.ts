import { expect, test } from './fixtures';
import {
	BIRTH_LESSON,
	do_login_lesson,
	expect_done,
	LOGIN_LESSON,
	panel,
	start_lesson
} from './lesson-helpers';

test('finishing every lesson of the course gives a printable certificate with the learner’s name', async ({
	page
}) => {
	test.setTimeout(150_000);
	await start_lesson(page, LOGIN_LESSON, 'Bà Nguyễn Thị Tư', 'Hướng dẫn');
	await do_login_lesson(page);
	await expect_done(page);
	await page.goto(BIRTH_LESSON);
	await panel(page).getByRole('radio', { name: 'Xem mẫu' }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
	await panel(page)
		.getByRole('radio', { name: /^Để tra cứu, theo dõi hồ sơ/ })
		.check({ timeout: 90_000 });
	await panel(page).getByRole('button', { name: 'Trả lời' }).click();
	await expect_done(page);

	await page.goto('/chung-nhan/');
	const certificate = page.locator('[data-sim="certificate"]');
	await expect(certificate).toContainText('Bà Nguyễn Thị Tư');
	await expect(certificate).toContainText('Nộp hồ sơ đăng ký khai sinh trực tuyến');
	await expect(certificate).toContainText('không có giá trị pháp lý');
	await expect(certificate).toContainText(/Ngày hoàn thành: \d{2}\/\d{2}\/\d{4}/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('button', { name: 'In giấy chứng nhận' })).toBeHidden();
});
