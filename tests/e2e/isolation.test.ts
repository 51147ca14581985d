/**
 * The fixtures keep a worker's page between tests (tests/e2e/fixtures.ts): the next test must
 * still start as a new visitor. These two run in order, in one worker.
 */
import { expect, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

test('a test leaves a learner, a stored value and a script value behind', async ({ page }) => {
	await page.goto('/bai-hoc/lam-quen-cong-dich-vu-cong/dang-nhap-vneid/');
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bác Để Lại');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	// she is on this device: the lesson offers its start
	await expect(page.getByRole('button', { name: 'Bắt đầu học' })).toBeVisible();
	await page.evaluate(() => {
		localStorage.setItem('left-behind', '1');
		(window as unknown as { left_behind: number }).left_behind = 1;
	});
});

test('the next test gets the same page blank, and the site knows no one', async ({ page }) => {
	expect(page.url()).toBe('about:blank');
	await page.goto('/nguoi-hoc/');
	await expect(page.getByText('Chưa có ai trên máy này.')).toBeVisible();
	await expect(page.getByText('Bác Để Lại')).toHaveCount(0);
	expect(
		await page.evaluate(() => [
			localStorage.getItem('left-behind'),
			(window as unknown as { left_behind?: number }).left_behind
		])
	).toEqual([null, undefined]);
});
