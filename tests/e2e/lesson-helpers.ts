/** Steps a learner takes in a lesson. */
import { expect, type Page } from '@playwright/test';
import { go_my_dossiers, sign_out } from './portal-helpers';

export const LOGIN_LESSON = '/bai-hoc/lam-quen-cong-dich-vu-cong/dang-nhap-vneid/';
export const BIRTH_LESSON = '/bai-hoc/lam-quen-cong-dich-vu-cong/nop-ho-so-khai-sinh/';

export const panel = (page: Page) => page.locator('[data-sim="lesson.panel"]');

/** Opens a lesson as a new learner and starts it at a help level. */
export async function start_lesson(page: Page, path: string, name: string, level: string) {
	await page.goto(path);
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill(name);
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await panel(page).getByRole('radio', { name: level }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
	await expect(panel(page).getByText(/^Bước 1\//)).toBeVisible();
}

export async function expect_step(page: Page, n: number, title?: string | RegExp) {
	await expect(panel(page).getByText(new RegExp(`^Bước ${n}/\\d+$`))).toBeVisible({
		timeout: 20_000
	});
	if (title) await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(title);
}

/** Answers the knowledge check with the option whose text matches. */
export async function answer(page: Page, option: string | RegExp) {
	await panel(page).getByRole('radio', { name: option }).check();
	await panel(page).getByRole('button', { name: 'Trả lời' }).click();
}

/** Answers the current knowledge check, trying the options in order until one is right. */
export async function answer_correctly(page: Page) {
	const options = panel(page).locator('[data-sim="lesson.question"] input');
	const count = await options.count();
	const before = await panel(page).locator('.count').innerText();
	for (let i = 0; i < count; i++) {
		await options.nth(i).check();
		await panel(page).getByRole('button', { name: 'Trả lời' }).click();
		await page.waitForTimeout(150);
		if (
			(await panel(page)
				.locator('.count')
				.innerText()
				.catch(() => '')) !== before
		)
			return;
		if (await panel(page).getByText('Bạn đã hoàn thành bài học!').isVisible()) return;
		await options
			.nth(i)
			.uncheck()
			.catch(() => {});
	}
	throw new Error('no option was accepted');
}

export async function expect_done(page: Page) {
	await expect(panel(page).getByText('Bạn đã hoàn thành bài học!')).toBeVisible({
		timeout: 60_000
	});
	return Number((await panel(page).locator('[data-sim="lesson.score"]').innerText()).split('/')[0]);
}

/** Does the login lesson's portal actions by hand (any help level). */
export async function do_login_lesson(page: Page, options: { mistakes?: boolean } = {}) {
	await page.getByRole('link', { name: 'Đăng nhập' }).click();
	await expect_step(page, 2);
	const id = await page.locator('[data-sim="login.sample-id"]').innerText();
	const password = await page.locator('[data-sim="login.sample-password"]').innerText();
	await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill(id);
	await page.getByLabel('Mật khẩu').focus();
	await expect_step(page, 3);
	await page.getByLabel('Mật khẩu').fill(options.mistakes ? 'sai-mat-khau' : password);
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).focus();
	await expect_step(page, 4);
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	if (options.mistakes) {
		await expect(panel(page).getByRole('alert')).toBeVisible();
		await page.getByLabel('Mật khẩu').fill(password);
		await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	}
	await expect_step(page, 5);
	const sms = await page.locator('[data-sim="phone.sms-text"]').innerText();
	await page.getByRole('textbox', { name: 'Mã OTP' }).fill(/(\d{6})/.exec(sms)?.[1] ?? '');
	await page.getByRole('button', { name: 'Xác nhận' }).focus();
	await expect_step(page, 6);
	await page.getByRole('button', { name: 'Xác nhận' }).click();
	await expect_step(page, 7);
	await answer(page, /^Không đọc mã\. Tắt máy/);
	await expect_step(page, 8);
	await go_my_dossiers(page);
	await expect_step(page, 9);
	await sign_out(page);
}

/** Makes "Xem mẫu" play without its pauses for the eye in this page (see src/lib/lessons/demo.ts). */
export async function seed_fast_demo(page: Page) {
	await page.addInitScript(() => localStorage.setItem('cds:demo-pace', 'fast'));
}

/**
 * Stores these lessons as finished by the current learner (one attempt, every step done at
 * "Tự làm" without help), in the shape of src/lib/progress/model.ts, as if she had played them.
 */
export async function seed_finished(
	page: Page,
	lessons: { id: string; step_ids: string[] }[],
	score = 100
) {
	await page.waitForFunction(() => JSON.parse(localStorage.getItem('cds:learner') ?? '{}').id);
	await page.evaluate(
		async ({ lessons, score }) => {
			const learner_id = JSON.parse(localStorage.getItem('cds:learner') ?? '{}').id as string;
			if (!learner_id) throw new Error('no learner chosen yet');
			const now = Date.now();
			// the lesson's content version, as model.ts computes it (FNV-1a of the step ids)
			const version = (ids: string[]) => {
				let hash = 0x811c9dc5;
				for (const char of ids.join('\n')) {
					hash ^= char.codePointAt(0) ?? 0;
					hash = Math.imul(hash, 0x01000193) >>> 0;
				}
				return hash.toString(16).padStart(8, '0');
			};
			const records = lessons.map(({ id, step_ids }) => {
				const started_at = now - 600_000;
				const finished_at = now - 60_000;
				const attempt = {
					id: `seeded-${id}`,
					started_at,
					finished_at,
					score,
					level: 'tu-lam',
					step_started_at: finished_at,
					hints_shown: 0,
					mistakes: 0,
					steps: step_ids.map((step_id, i) => ({
						step_id,
						level: 'tu-lam',
						completed_at: started_at + (i + 1) * 1000,
						time_ms: 1000,
						hints_used: 0,
						mistakes: 0
					})),
					step_ids,
					content_version: version(step_ids),
					totals: { hints: 0, mistakes: 0, time_ms: step_ids.length * 1000 },
					updated_at: finished_at
				};
				return {
					schema: 2,
					learner_id,
					lesson_id: id,
					status: 'completed',
					score,
					completed_at: finished_at,
					started_at,
					updated_at: finished_at,
					content_version: version(step_ids),
					attempts: [attempt]
				};
			});
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('cong-dan-so');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			await new Promise((resolve, reject) => {
				const tx = db.transaction('progress', 'readwrite');
				for (const record of records) tx.objectStore('progress').put(record);
				tx.oncomplete = resolve;
				tx.onerror = () => reject(tx.error);
			});
			db.close();
		},
		{ lessons, score }
	);
}

/** Sets the site's text size (1 = 100 %, 2 = 200 %) on this device, as "Cài đặt" would. */
export async function set_text_scale(page: Page, scale: number) {
	if (scale === 1) return;
	await page.goto('/cai-dat/');
	await page.evaluate(
		(scale) =>
			localStorage.setItem(
				'cds:display',
				JSON.stringify({ lang: 'vi', textScale: scale, contrast: 'normal', readAloud: false })
			),
		scale
	);
}
