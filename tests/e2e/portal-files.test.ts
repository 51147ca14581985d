import { expect, test } from './fixtures';
import { choose_ward, open_procedure, sign_in, start_as } from './portal-helpers';

// A 1×1 PNG, as a phone photo would arrive (real type, tiny size).
const PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64'
);

test('a paper from the device: wrong type and oversize files are refused, a photo is kept on this device only', async ({
	page
}) => {
	await start_as(page, 'Chị Ngọc');
	await sign_in(page);
	await open_procedure(page, 'khai sinh', 'Thủ tục đăng ký khai sinh');
	await page.getByRole('button', { name: 'Nộp trực tuyến' }).first().click();
	await choose_ward(page);
	await page.goto('/thuc-hanh/?p=%2Fnop%2Fdang-ky-khai-sinh%2Fgiay-to');
	const input = page.getByLabel('Chọn tệp từ máy cho Giấy chứng sinh');

	await input.setInputFiles({
		name: 'ghi-chu.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('xin chào')
	});
	await expect(
		page.getByText('Tệp này không đúng loại. Hãy chọn ảnh JPG, PNG hoặc tệp PDF.')
	).toBeVisible();
	await expect(page.getByText('Đã đính kèm')).toHaveCount(0);

	await input.setInputFiles({
		name: 'anh-rat-lon.jpg',
		mimeType: 'image/jpeg',
		buffer: Buffer.alloc(6 * 1024 * 1024 + 1)
	});
	await expect(page.getByText('Tệp lớn hơn 6 MB.', { exact: false })).toBeVisible();

	await input.setInputFiles({ name: 'giay-chung-sinh.png', mimeType: 'image/png', buffer: PNG });
	await expect(page.getByText('Đã đính kèm: giay-chung-sinh.png')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Đã đính kèm: giay-chung-sinh.png')).toBeVisible();
	await page.getByRole('button', { name: 'Bỏ tệp này khỏi Giấy chứng sinh' }).click();
	await expect(page.getByText('Đã đính kèm')).toHaveCount(0);
});
