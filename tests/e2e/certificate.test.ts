import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
	answer,
	BIRTH_LESSON,
	do_login_lesson,
	expect_done,
	expect_step,
	LOGIN_LESSON,
	panel,
	start_lesson
} from './lesson-helpers';

const BASICS_LESSON = '/bai-hoc/lam-quen-cong-dich-vu-cong/nhung-dieu-can-biet/';

/** The knowledge lesson that opens the course: seven questions and one tap on the portal. */
async function do_basics_lesson(page: Page) {
	const right: Record<number, RegExp> = {
		1: /^Là làm thủ tục hành chính qua mạng/,
		3: /^Nộp được trên mạng, nhưng/,
		4: /^Trung tâm Phục vụ hành chính công/,
		6: /^Chọn nhận bản giấy/,
		7: /^Cài VNeID từ App Store/,
		8: /^Không bấm/
	};
	for (let n = 1; n <= 8; n++) {
		await expect_step(page, n);
		if (n === 2) await page.locator('[data-sim="procedure.link.dang-ky-thuong-tru"]').click();
		else if (n === 5) {
			for (const name of [/^Đỡ công/, /^Theo dõi hồ sơ/, /^Có thủ tục/]) {
				await panel(page).getByRole('checkbox', { name }).check();
			}
			await panel(page).getByRole('button', { name: 'Trả lời' }).click();
		} else await answer(page, right[n]);
	}
	await expect_done(page);
}

test('finishing every lesson of the course gives a printable certificate with the learner’s name', async ({
	page
}) => {
	test.setTimeout(150_000);
	await start_lesson(page, BASICS_LESSON, 'Bà Nguyễn Thị Tư', 'Hướng dẫn');
	await do_basics_lesson(page);
	await page.goto(LOGIN_LESSON);
	await panel(page).getByRole('radio', { name: 'Hướng dẫn' }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
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

test('retaking a finished lesson keeps it finished and keeps the certificate', async ({ page }) => {
	test.setTimeout(120_000);
	await start_lesson(page, BASICS_LESSON, 'Bà Chín', 'Hướng dẫn');
	await do_basics_lesson(page);
	await page.goto(LOGIN_LESSON);
	await panel(page).getByRole('radio', { name: 'Hướng dẫn' }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
	await do_login_lesson(page);
	await expect_done(page);
	// The other lesson, finished earlier (seeded straight into the stored progress).
	await page.evaluate(
		async (lesson_id) => {
			const learner_id = JSON.parse(localStorage.getItem('cds:learner') ?? '{}').id as string;
			const now = Date.now();
			const attempt = {
				id: 'seeded',
				started_at: now - 600_000,
				finished_at: now - 60_000,
				score: 80,
				level: 'tu-lam',
				step_started_at: now - 60_000,
				hints_shown: 0,
				mistakes: 0,
				steps: [],
				step_ids: [],
				content_version: 'seeded',
				totals: { hints: 0, mistakes: 0, time_ms: 0 },
				updated_at: now - 60_000
			};
			const record = {
				schema: 2,
				learner_id,
				lesson_id,
				status: 'completed',
				score: 80,
				completed_at: attempt.finished_at,
				started_at: attempt.started_at,
				updated_at: attempt.updated_at,
				content_version: 'seeded',
				attempts: [attempt]
			};
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('cong-dan-so');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction('progress', 'readwrite');
				tx.objectStore('progress').put(record);
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		BIRTH_LESSON.replace(/^\/bai-hoc\/|\/$/g, '')
	);

	// "Học lại bài này" asks first, saying the best result and the certificate stay.
	await panel(page).getByRole('button', { name: 'Học lại bài này' }).click();
	await expect(panel(page)).toContainText('Kết quả tốt nhất và giấy chứng nhận vẫn được giữ');
	await panel(page).getByRole('button', { name: 'Học lại từ đầu' }).click();
	await expect(panel(page).getByText(/^Bước 1\//)).toBeVisible();

	await page.goto('/chung-nhan/');
	await expect(page.locator('[data-sim="certificate"]')).toContainText('Bà Chín');
	await page.goto('/tien-do/');
	const row = page.getByRole('row', { name: /Đăng nhập Cổng Dịch vụ công/ });
	await expect(row).toContainText('Đã xong ngày');
	await expect(row).toContainText('Đã làm 1 lần');
	await expect(row).toContainText(/Đang học lại, bước 1\/\d+/);
	await expect(page.getByText('Bà Chín: đã xong 3/3 bài.')).toBeVisible();
});
