/**
 * One device passed around a class (issue 11): the shared-device mode set in Cài đặt sends the
 * device back to "Ai đang học?" after a few idle minutes, with nobody chosen and her lesson
 * kept; the presenter view follows the step the learner is on, in very large print.
 */
import { expect, test } from './fixtures';
import { expect_step, LOGIN_LESSON, panel, start_lesson } from './lesson-helpers';

test('shared device: the presenter shows the step in hand; idle minutes bring back "Ai đang học?" with her step kept', async ({
	page,
	context
}) => {
	await page.clock.install();
	await start_lesson(page, LOGIN_LESSON, 'Bà Lan', 'Hướng dẫn');
	await page.getByRole('link', { name: 'Đăng nhập' }).click();
	await expect_step(page, 2);

	// the presenter window, beside the lesson
	const presenter = await context.newPage();
	await presenter.goto('/trinh-chieu/');
	await expect(presenter.getByText('Bà Lan', { exact: false }).first()).toBeVisible();
	const step_title = await panel(page).getByRole('heading', { level: 2 }).innerText();
	await expect(presenter.getByText(step_title).first()).toBeVisible();
	const times = await presenter
		.getByText(step_title)
		.first()
		.evaluate(
			(element) =>
				parseFloat(getComputedStyle(element).fontSize) /
				parseFloat(getComputedStyle(document.body).fontSize)
		);
	expect(times, 'print at least twice the page’s own size').toBeGreaterThanOrEqual(1.75);
	await presenter.close();

	// the trainer turns the mode on, 3 minutes
	await page.goto('/cai-dat/');
	await page.getByRole('radio', { name: 'Có, cả lớp dùng chung máy này' }).check();
	await page.getByRole('radio', { name: '3 phút' }).check();
	await page.goto(LOGIN_LESSON);
	await expect_step(page, 2);

	// nobody touches the device for 3 minutes
	await page.clock.fastForward('03:10');
	await expect(page).toHaveURL(/\/nguoi-hoc\/$/);
	await expect(page.getByRole('banner').getByRole('link', { name: 'Ai đang học?' })).toBeVisible();

	// she taps her name again and finds her step
	await page
		.getByRole('main')
		.getByRole('button', { name: /^Bà Lan/ })
		.click();
	// her choice is stored once the header names her: opening the lesson before that found nobody
	// chosen about one run in ten under load
	await expect(
		page.getByRole('banner').getByRole('button', { name: 'Người đang học: Bà Lan' })
	).toBeVisible();
	await page.goto(LOGIN_LESSON);
	await expect_step(page, 2);
});
