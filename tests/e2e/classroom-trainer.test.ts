/**
 * The trainer's "Lớp học" in a browser: what only a browser shows. A learner's file imported
 * after its preview, the dashboard showing her (a name like markup as text), the app's QR code
 * read back from a screenshot, a code held to the (mocked) camera imported, a refused camera.
 * The rules themselves are unit-tested (src/lib/classroom/trainer/*.test.ts).
 */
import type { Page } from '@playwright/test';
import jsqr from 'jsqr';
import { encode } from 'uqr';
import { file_text, summary_texts } from '../../src/lib/classroom/chunks';
import { lesson_key, step_key, type LearnerSummary } from '../../src/lib/classroom/summary';
import { axe_violations, expect, test } from './fixtures';

const LOGIN = 'lam-quen-cong-dich-vu-cong/dang-nhap-vneid';
const HOSTILE = '<img src=x onerror=alert(1)>';

function learner(class_code: string, name: string): LearnerSummary {
	return {
		class_code,
		learner_id: '0b7f2d4c-1e2a-4c3b-9d8e-5f6a7b8c9d0e',
		name,
		sent_at: Date.UTC(2026, 10, 28, 9, 30, 0),
		lessons: [
			{
				key: lesson_key(LOGIN),
				status: 'completed',
				score: 85,
				level: 'tu-lam',
				attempts: 2,
				finished: 1,
				minutes: 12,
				steps: [{ key: step_key('go-ma-otp'), hints: 2, mistakes: 1 }]
			}
		]
	};
}

/** How far the page scrolls sideways, in CSS pixels (0: not at all). */
function sideways(page: Page) {
	return page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
}

/** A learner's block in the class dashboard as a phone shows it (the matrix is for wide screens). */
function learner_block(page: Page, name: string) {
	return page
		.getByRole('list', { name: 'Tiến độ từng người học, theo từng bài' })
		.locator('summary', { hasText: name });
}

async function make_class(page: Page) {
	await page.goto('/lop-hoc/');
	await page.getByLabel('Tên lớp').fill('Lớp tổ 5');
	await page.getByRole('button', { name: 'Tạo lớp' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lớp tổ 5' })).toBeVisible();
	const code = (await page.locator('.big-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	return code;
}

test('a learner’s file is previewed, then saved; the dashboard shows her name as text', async ({
	page
}) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	const code = await make_class(page);
	const text = file_text(await summary_texts(learner(code, HOSTILE)));
	const file = { name: 'tien-do.txt', mimeType: 'text/plain', buffer: Buffer.from(text) };

	await page.getByLabel('Chọn tệp…').setInputFiles(file);
	const preview = page.getByRole('region', { name: 'Xem trước khi lưu' });
	await expect(preview).toContainText(`Thêm người học mới: ${HOSTILE}.`);
	await expect(preview).toContainText('Chưa có gì được lưu');
	await expect(page.getByText('Lớp chưa có tiến độ của người học nào.')).toBeVisible();
	await page.getByRole('button', { name: 'Lưu vào lớp' }).click();
	// in view: the preview she pressed "Lưu vào lớp" in has closed under her finger
	await expect(page.getByText('Đã lưu tiến độ của 1 người học vào lớp.')).toBeInViewport();
	await expect(page.getByText('1/1 người đã bắt đầu học.')).toBeVisible();
	// a phone: one block a learner, in words, where the matrix of 26 columns scrolled sideways
	const matrix = page.getByRole('table', { name: 'Tiến độ từng người học, theo từng bài' });
	const blocks = page.getByRole('list', { name: 'Tiến độ từng người học, theo từng bài' });
	await expect(matrix).toBeHidden();
	const her = learner_block(page, HOSTILE);
	await expect(her).toContainText(/Đã xong 1\/\d+ bài\./);
	await her.click();
	await expect(blocks.getByText('Đã xong, điểm cao nhất 85, mức trợ giúp: Tự làm.')).toBeVisible();
	await expect(blocks.getByText('Cần giúp: 2 lần xem gợi ý, 1 lần làm sai.')).toBeVisible();
	expect(await sideways(page), 'the dashboard scrolls sideways on a phone').toBeLessThanOrEqual(0);
	// a laptop or a projector: the matrix, as it was
	const phone = page.viewportSize()!;
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(blocks).toBeHidden();
	await expect(
		page.getByRole('rowheader', { name: new RegExp(`^${HOSTILE.replace(/[()]/g, '\\$&')}`) })
	).toBeVisible();
	await expect(page.getByRole('cell', { name: /Đã xong\s*85/ })).toBeVisible();
	await page.setViewportSize(phone);
	// the hard step links to its lesson
	await expect(
		page.getByRole('link', { name: 'Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID' }).first()
	).toHaveAttribute('href', new RegExp(`^/bai-hoc/${LOGIN}/?$`));

	// the same file again: nothing new, nothing to save
	await page.getByLabel('Chọn tệp…').setInputFiles(file);
	await expect(preview).toContainText('Không có gì mới để lưu.');
	await expect(page.getByRole('button', { name: 'Lưu vào lớp' })).toBeDisabled();
	await page.getByRole('button', { name: 'Bỏ, không lưu' }).click();

	// a file for another class is refused with its reason
	const other = file_text(await summary_texts(learner('ZZZZZZ', 'Bà Lan')));
	await page.getByLabel('Chọn tệp…').setInputFiles({ ...file, buffer: Buffer.from(other) });
	await expect(preview).toContainText('gửi cho lớp có mã ZZZZZZ, không phải lớp này');
	await page.getByRole('button', { name: 'Bỏ, không lưu' }).click();

	expect(await page.locator('main img').count()).toBe(0);
	expect(dialogs).toBe(0);
	expect(await axe_violations(page)).toEqual([]);

	// the class is kept on the device, listed apart from "Ai đang học?"
	await page.goto('/lop-hoc/');
	await expect(page.getByRole('link', { name: /Lớp tổ 5/ })).toContainText(
		'1 người học đã gửi tiến độ'
	);
	await page.goto('/nguoi-hoc/');
	await expect(page.getByText(HOSTILE)).toHaveCount(0);
});

/** The PNG's pixels, decoded by the browser (Node has no PNG decoder of its own). */
async function png_pixels(page: Page, png: Buffer) {
	return page.evaluate(async (base64) => {
		const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]);
		const bitmap = await createImageBitmap(blob);
		const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
		const context = canvas.getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
		return { width: image.width, height: image.height, data: Array.from(image.data) };
	}, png.toString('base64'));
}

test('the class QR code reads back; codes held to the camera are imported part by part', async ({
	page
}) => {
	const code = await make_class(page);
	const qr = page.getByRole('img', { name: `Mã QR để vào lớp ${code}` });
	await expect(qr).toBeVisible();
	const { width, height, data } = await png_pixels(page, await qr.screenshot());
	// the code and the class's name, which the learner who scans it then sees
	expect(jsqr(Uint8ClampedArray.from(data), width, height)?.data).toMatch(
		new RegExp(`/lop-cua-toi/\\?ma=${code}&ten=L%E1%BB%9Bp\\+t%E1%BB%95\\+5$`)
	);

	// The camera: a canvas that shows the learner's codes one after another (as her phone does).
	const parts = await summary_texts(learner(code, 'Bà Nguyễn Thị Lan'), 3);
	expect(parts.length).toBeGreaterThan(1);
	const matrices = parts.map((text) => encode(text, { ecc: 'M', border: 4 }).data);
	await page.evaluate((frames) => {
		const canvas = document.createElement('canvas');
		canvas.width = canvas.height = 480;
		const context = canvas.getContext('2d')!;
		let shown = 0;
		const draw = () => {
			const frame = frames[Math.floor(shown++ / 8) % frames.length];
			const scale = Math.floor(480 / frame.length);
			context.fillStyle = '#fff';
			context.fillRect(0, 0, 480, 480);
			context.fillStyle = '#000';
			frame.forEach((row, y) =>
				row.forEach((dark, x) => dark && context.fillRect(x * scale, y * scale, scale, scale))
			);
		};
		draw();
		setInterval(draw, 100);
		navigator.mediaDevices.getUserMedia = async () => canvas.captureStream(10);
	}, matrices);
	await page.getByRole('button', { name: 'Bật máy ảnh để quét mã QR' }).click();
	await expect(page.getByText(new RegExp(`Đã quét 1/${parts.length} phần`))).toBeVisible();
	await expect(
		page.getByText('Đã đọc tiến độ của Bà Nguyễn Thị Lan.', { exact: false })
	).toBeVisible();
	await page.getByRole('button', { name: 'Tắt máy ảnh' }).click();
	await page.getByRole('button', { name: 'Lưu vào lớp' }).click();
	await expect(learner_block(page, 'Bà Nguyễn Thị Lan')).toBeVisible();
});

test('a class not on this device, and a refused camera, say what to do', async ({ page }) => {
	await page.goto('/lop-hoc/?ma=ZZZZZZ');
	await expect(page.getByRole('heading', { level: 1, name: 'Không thấy lớp này' })).toBeVisible();
	await expect(page.getByText('Máy này không có lớp nào mang mã ZZZZZZ.')).toBeVisible();
	await make_class(page);
	await page.evaluate(() => {
		navigator.mediaDevices.getUserMedia = () =>
			Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
	});
	await page.getByRole('button', { name: 'Bật máy ảnh để quét mã QR' }).click();
	await expect(page.getByRole('alert')).toContainText('Trang chưa được phép dùng máy ảnh');
	await expect(page.getByRole('button', { name: 'Bật máy ảnh để quét mã QR' })).toBeEnabled();
});

test('a screenshot of a learner’s QR code, sent as a picture, is imported; a picture without one says so', async ({
	page,
	browser,
	baseURL
}) => {
	const code = await make_class(page);

	// the learner, on her own phone, joins and shows her code; she sends a screenshot of it
	const phone = await browser.newContext({
		baseURL,
		viewport: { width: 360, height: 640 },
		isMobile: true,
		serviceWorkers: 'block'
	});
	const learner_page = await phone.newPage();
	await learner_page.goto('/nguoi-hoc/');
	await learner_page.getByRole('button', { name: /^Thêm người (mới|học)$/ }).click();
	await learner_page.getByRole('textbox', { name: 'Tên người học' }).fill('Bà Hoa');
	await learner_page.getByRole('button', { name: 'Thêm người học' }).click();
	await expect(learner_page.getByText('Đã thêm Bà Hoa.', { exact: false })).toBeVisible();
	await learner_page.goto(`/lop-cua-toi/?ma=${code}`);
	await learner_page.getByRole('button', { name: 'Vào lớp' }).click();
	await learner_page.getByRole('button', { name: 'Gửi tiến độ cho người hướng dẫn' }).click();
	const qr = learner_page.getByRole('img', { name: /Mã QR tiến độ của Bà Hoa/ });
	await expect(qr).toBeVisible();
	await qr.scrollIntoViewIfNeeded();
	const screenshot = await learner_page.screenshot();
	const header = await learner_page.getByRole('banner').screenshot();
	await phone.close();

	const picture = (name: string, buffer: Buffer) => ({ name, mimeType: 'image/png', buffer });
	await page
		.getByLabel('Chọn tệp…')
		.setInputFiles([picture('zalo-1.png', screenshot), picture('zalo-2.png', header)]);
	const preview = page.getByRole('region', { name: 'Xem trước khi lưu' });
	await expect(preview).toContainText('Thêm người học mới: Bà Hoa.');
	await expect(preview).toContainText('Không thấy mã QR nào trong ảnh này.');
	await page.getByRole('button', { name: 'Lưu vào lớp' }).click();
	await expect(learner_block(page, 'Bà Hoa')).toBeVisible();
});

test('a class is corrected, and removed from this device only once the trainer confirms', async ({
	page
}) => {
	const code = await make_class(page);
	await page.getByRole('button', { name: 'Sửa thông tin lớp' }).click();
	await page.getByRole('textbox', { name: 'Tên lớp' }).fill(' ');
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByRole('link', { name: /Nhập tên lớp/ })).toBeVisible();
	await page.getByRole('textbox', { name: 'Tên lớp' }).fill('Lớp tổ 6');
	await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Lớp tổ 6' })).toBeVisible();
	await expect(page.getByText('Đã lưu thông tin lớp. Mã lớp vẫn giữ nguyên.')).toBeVisible();
	await expect(page.locator('.big-code')).toHaveText(code);
	expect(await axe_violations(page)).toEqual([]);

	await page.getByRole('button', { name: 'Xóa lớp này' }).click();
	const question = page.getByText('Xóa lớp “Lớp tổ 6” khỏi máy này?');
	await expect(question).toBeVisible();
	await page.getByRole('button', { name: 'Không xóa' }).click();
	await expect(question).toBeHidden();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Lớp tổ 6' })).toBeVisible();

	await page.getByRole('button', { name: 'Xóa lớp này' }).click();
	await page.getByRole('button', { name: 'Xóa hẳn lớp này' }).click();
	await expect(page).toHaveURL(/\/lop-hoc\/$/);
	await expect(page.getByRole('link', { name: /Lớp tổ 6/ })).toHaveCount(0);
	await page.goto(`/lop-hoc/?ma=${code}`);
	await expect(page.getByRole('heading', { level: 1, name: 'Không thấy lớp này' })).toBeVisible();
});
