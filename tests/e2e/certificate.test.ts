/**
 * The certificate and the retake. Finished lessons are seeded into the stored progress (as the
 * lesson run saves them) instead of being played: playing every lesson is the job of
 * lessons-demo.test.ts, and what each step saves is tested in tests/contract/.
 */
import type { Page } from '@playwright/test';
import { content_lessons } from './content';
import { expect, test } from './fixtures';
import { panel, seed_finished } from './lesson-helpers';

const LESSONS = content_lessons();
/** The final test, stored like a lesson: the certificate needs it passed (80 points or more). */
const FINAL = { id: 'kiem-tra-cuoi-khoa/bai-kiem-tra', step_ids: ['cau-hoi'] };
const MISSING =
	'Để nhận giấy chứng nhận, bạn cần học xong các bài sau và đạt bài kiểm tra cuối khóa:';

/** A new learner named on a lesson page, its introduction on screen: progress is then seeded. */
async function new_learner(page: Page, path: string, name: string) {
	await page.goto(path);
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill(name);
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await expect(panel(page).getByRole('button', { name: 'Bắt đầu học' })).toBeVisible();
}

test('finishing every lesson and passing the final test gives a printable certificate with the learner’s name', async ({
	page
}) => {
	await new_learner(page, LESSONS[0].path, 'Bà Nguyễn Thị Tư');
	await page.goto('/chung-nhan/');
	await expect(page.getByText(MISSING)).toBeVisible();
	// every lesson but the last: still no certificate
	await seed_finished(page, LESSONS.slice(0, -1));
	await page.reload();
	await expect(page.getByText(MISSING)).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: LESSONS.at(-1)!.title })).toBeVisible();
	await expect(page.locator('[data-sim="certificate"]')).toHaveCount(0);

	// every lesson, and the final test under its pass mark: still none
	await seed_finished(page, LESSONS.slice(-1));
	await seed_finished(page, [FINAL], 75);
	await page.reload();
	await expect(page.getByText(MISSING)).toBeVisible();
	await expect(page.locator('main').getByRole('listitem')).toHaveText([
		/Bài kiểm tra cuối khóa.*đạt từ 80 điểm/
	]);
	await expect(page.locator('[data-sim="certificate"]')).toHaveCount(0);

	await seed_finished(page, [FINAL], 90);
	await page.reload();
	const certificate = page.locator('[data-sim="certificate"]');
	await expect(certificate).toContainText('Bà Nguyễn Thị Tư');
	for (const lesson of LESSONS) await expect(certificate).toContainText(lesson.title);
	await expect(certificate).toContainText('không có giá trị pháp lý');
	await expect(certificate).toContainText(/Ngày hoàn thành: \d{2}\/\d{2}\/\d{4}/);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('button', { name: 'In giấy chứng nhận' })).toBeHidden();
});

test('the final test passed first: the page says so and lists only the lessons left', async ({
	page
}) => {
	await new_learner(page, LESSONS[0].path, 'Bác Sơn');
	await seed_finished(page, [FINAL], 90);
	await page.goto('/chung-nhan/');
	await expect(
		page.getByText('Bạn đã đạt bài kiểm tra cuối khóa.', { exact: false })
	).toBeVisible();
	await expect(page.getByText(MISSING)).toHaveCount(0);
	await expect(page.locator('main').getByRole('listitem')).toHaveCount(LESSONS.length);
	await expect(
		page.locator('main').getByRole('listitem').filter({ hasText: 'Bài kiểm tra cuối khóa' })
	).toHaveCount(0);
});

test('retaking a finished lesson keeps it finished and keeps the certificate', async ({ page }) => {
	const [first] = LESSONS;
	await new_learner(page, first.path, 'Bà Chín');
	await seed_finished(page, [...LESSONS, FINAL]);
	await page.reload();
	await expect(panel(page).getByText('Bạn đã hoàn thành bài học!')).toBeVisible();

	// "Học lại bài này" asks first, saying the best result and the certificate stay.
	await panel(page).getByRole('button', { name: 'Học lại bài này' }).click();
	await expect(panel(page)).toContainText('Kết quả tốt nhất và giấy chứng nhận vẫn được giữ');
	await panel(page).getByRole('button', { name: 'Học lại từ đầu' }).click();
	await expect(panel(page).getByText(/^Bước 1\//)).toBeVisible();

	await page.goto('/chung-nhan/');
	await expect(page.locator('[data-sim="certificate"]')).toContainText('Bà Chín');
	await page.goto('/tien-do/');
	const row = page.getByRole('row', { name: new RegExp(first.title.slice(0, 20)) });
	await expect(row).toContainText('Đã xong ngày');
	await expect(row).toContainText('Đã làm 1 lần');
	await expect(row).toContainText(/Đang học lại, bước 1\/\d+/);
	await expect(
		page.getByText(`Bà Chín: đã xong ${LESSONS.length}/${LESSONS.length} bài.`)
	).toBeVisible();
});

test('a certificate once earned stays when the course gains a lesson, which is shown as one more to learn', async ({
	page
}) => {
	const [added, ...before] = [LESSONS.at(-1)!, ...LESSONS.slice(0, -1)];
	await new_learner(page, before[0].path, 'Ông Mười');
	await seed_finished(page, before);
	// The certificate she earned when the course had one lesson fewer, as the site stored it then.
	await page.evaluate(
		async ({ lessons }) => {
			const learner_id = JSON.parse(localStorage.getItem('cds:learner') ?? '{}').id as string;
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('cong-dan-so');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction('certificates', 'readwrite');
				tx.objectStore('certificates').put({
					schema: 1,
					id: `${learner_id} earlier`,
					learner_id,
					earned_at: Date.UTC(2026, 9, 1, 3),
					issued_at: Date.UTC(2026, 9, 1, 3),
					lessons
				});
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ lessons: before.map(({ id, title }) => ({ id, title })) }
	);

	await page.goto('/chung-nhan/');
	const certificate = page.locator('[data-sim="certificate"]');
	await expect(certificate).toContainText('Ông Mười');
	await expect(certificate).toContainText('Ngày hoàn thành: 01/10/2026');
	await expect(certificate).not.toContainText(added.title);
	const more = page.locator('[data-sim="certificate.added"]');
	await expect(more).toContainText('Giấy chứng nhận bạn đã có vẫn được giữ nguyên');
	await expect(more.getByRole('link', { name: added.title })).toBeVisible();

	// Finishing the new lesson and passing the final test earn a certificate for the whole course.
	await seed_finished(page, [added, FINAL]);
	await page.reload();
	await expect(certificate).toContainText(added.title);
	await expect(more).toHaveCount(0);
	await page.goto('/tien-do/');
	await expect(page.getByRole('link', { name: 'Xem giấy chứng nhận' })).toBeVisible();
});
