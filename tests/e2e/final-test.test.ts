/**
 * The final test on a phone: the scenarios show only their task, the portal is set up as each
 * scenario says (the grandmother signed in as herself), the questions are answered, the score is
 * shown and kept, and a retake starts again. How actions in the portal are scored is tested
 * without a browser (src/lib/final-test/score.test.ts, tests/contract/final-test.contract.test.ts).
 */
import { expect, test } from './fixtures';

const panel = (page: import('@playwright/test').Page) => page.locator('[data-sim="final.panel"]');

test('the final test: two tasks with no guidance, questions, a score kept for a retake', async ({
	page
}) => {
	await page.goto('/kiem-tra-cuoi-khoa/');
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bác Sơn');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await panel(page).getByRole('button', { name: 'Bắt đầu làm bài' }).click();

	// scenario 1: only the task; the portal is signed in as the grandmother of the task
	await expect(panel(page).getByText('Tình huống 1/2')).toBeVisible();
	await expect(panel(page).getByText(/Cháu của bạn vừa chào đời/)).toBeVisible();
	await expect(page.getByRole('button', { name: /Tài khoản: Nguyễn Thị Hoa/ })).toBeVisible();
	await expect(panel(page).getByRole('button', { name: /Xem gợi ý|Trả lời/ })).toHaveCount(0);
	// "Tôi đã làm xong" asks once more, and "Chưa" keeps her in the scenario
	await panel(page).getByRole('button', { name: 'Tôi đã làm xong' }).click();
	await panel(page).getByRole('button', { name: 'Chưa, làm tiếp' }).click();
	await expect(panel(page).getByText('Tình huống 1/2')).toBeVisible();
	await panel(page).getByRole('button', { name: 'Tôi đã làm xong' }).click();
	await panel(page).getByRole('button', { name: 'Đúng, sang phần sau' }).click();

	// scenario 2: the learner's own account again
	await expect(panel(page).getByText('Tình huống 2/2')).toBeVisible();
	await expect(page.getByRole('button', { name: /Tài khoản: Nguyễn Thị Lan/ })).toBeVisible();
	await panel(page).getByRole('button', { name: 'Tôi đã làm xong' }).click();
	await panel(page).getByRole('button', { name: 'Đúng, sang phần sau' }).click();

	// the questions: handing in with one unanswered is refused
	const questions = panel(page).locator('fieldset');
	await expect(questions).toHaveCount(5);
	for (let i = 0; i < 4; i++) await questions.nth(i).getByRole('radio').first().check();
	await panel(page).getByRole('button', { name: 'Nộp bài' }).click();
	await expect(panel(page).getByText('Hãy trả lời đủ các câu hỏi')).toBeVisible();
	await questions.nth(4).getByRole('radio').first().check();
	await panel(page).getByRole('button', { name: 'Nộp bài' }).click();

	// nothing done in the portal: only the questions' 30 points, not a pass
	await expect(panel(page).locator('[data-sim="final.score"]')).toHaveText('30/100');
	await expect(panel(page).getByText('Bạn chưa đạt')).toBeVisible();
	await expect(panel(page).getByText('Chưa làm: Nộp hồ sơ')).toHaveCount(2);
	await expect(panel(page).locator('[data-sim="final.best"]')).toContainText('30/100');

	// kept: back on the page later, the best result is shown; a retake starts at scenario 1
	await page.reload();
	await expect(panel(page).locator('[data-sim="final.best"]')).toContainText('30/100');
	await panel(page).getByRole('button', { name: 'Bắt đầu làm bài' }).click();
	await expect(panel(page).getByText('Tình huống 1/2')).toBeVisible();
});
