/** Steps a learner takes in the practice portal, written the way a person would do them. */
import { expect, type Page } from '@playwright/test';

export async function start_as(page: Page, name: string) {
	await page.goto('/thuc-hanh/');
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill(name);
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await expect(page.getByText(`Đang tập: ${name}`)).toBeVisible();
}

/** Reads the 6-digit code out of the latest SMS on the simulated phone. */
export async function read_otp(page: Page) {
	const text = await page.locator('[data-sim="phone.sms-text"]').innerText();
	const code = /(\d{6})/.exec(text)?.[1];
	expect(code, `an OTP in "${text}"`).toBeTruthy();
	return code as string;
}

/** Signs in with the practice account shown on the screen, then the OTP from the SMS. */
export async function sign_in(page: Page) {
	if (!(await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).isVisible())) {
		await page.getByRole('link', { name: 'Đăng nhập' }).click();
	}
	const id = await page.locator('[data-sim="login.sample-id"]').innerText();
	const password = await page.locator('[data-sim="login.sample-password"]').innerText();
	await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill(id);
	await page.getByLabel('Mật khẩu').fill(password);
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await page.getByRole('textbox', { name: 'Mã OTP' }).fill(await read_otp(page));
	await page.getByRole('button', { name: 'Xác nhận' }).click();
}

export async function open_procedure(page: Page, query: string, name: string) {
	await page.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).click();
	await page.getByRole('searchbox', { name: 'Tìm thủ tục' }).fill(query);
	await page.getByRole('button', { name: 'Tìm kiếm' }).click();
	await page.getByRole('link', { name, exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

export async function choose_ward(page: Page, ward = 'Phường Hồng Bàng') {
	await page
		.getByRole('combobox', { name: 'Tỉnh, thành phố' })
		.selectOption({ label: 'Thành phố Hải Phòng' });
	await page.getByRole('combobox', { name: 'Phường, xã' }).selectOption({ label: ward });
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
}

export async function next_page(page: Page) {
	await page.getByRole('button', { name: 'Lưu và tiếp tục' }).click();
}

/** dd/mm/yyyy of a day `days_ago` before the simulated today shown on screen. */
export async function sim_date(page: Page, days_ago: number) {
	const today = await page.locator('[data-sim="clock.today"]').innerText();
	const [d, m, y] = today.split('/').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d - days_ago));
	return `${String(date.getUTCDate()).padStart(2, '0')}/${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
}

export async function fast_forward(page: Page, days: number) {
	for (let i = 0; i < days; i++) {
		const before = await page.locator('[data-sim="clock.today"]').innerText();
		await page.getByRole('button', { name: 'Tua nhanh 1 ngày' }).click();
		await expect(page.locator('[data-sim="clock.today"]')).not.toHaveText(before);
	}
}

/** axe (WCAG 2.2 A/AA) on the screen as it is now. */
export async function expect_no_a11y_violations(page: Page, options: { include?: string } = {}) {
	const { axe_violations } = await import('./fixtures');
	expect(await axe_violations(page, options)).toEqual([]);
}

export async function status_is(page: Page, status: string) {
	await expect(page.locator('.facts [data-sim="dossier.status"]')).toHaveText(status);
}

/** The account name on the portal's red bar: it opens "Thông tin cá nhân" and "Đăng xuất". */
export const account_name = (page: Page) => page.locator('[data-sim="portal.account"]');

/** As on the real portal: the account name → "Thông tin cá nhân" → "Dịch vụ công của tôi". */
export async function go_my_dossiers(page: Page) {
	await account_name(page).click();
	await page.getByRole('link', { name: 'Dịch vụ công của tôi', exact: true }).click();
}

export async function sign_out(page: Page) {
	await account_name(page).click();
	await page.getByRole('button', { name: 'Đăng xuất' }).click();
}

export async function open_my_dossier(page: Page, procedure_name: string) {
	await go_my_dossiers(page);
	await page.getByRole('link', { name: procedure_name }).first().click();
}

/**
 * Presses "Tua nhanh 1 ngày" until the dossier shows `status` (weekends and holidays pass
 * without change, so the number of presses depends on today's date).
 */
export async function forward_until(page: Page, status: string, max_days = 12) {
	const current = page.locator('.facts [data-sim="dossier.status"]');
	for (let day = 0; day <= max_days; day++) {
		if ((await current.innerText()) === status) return;
		await fast_forward(page, 1);
	}
	await expect(current).toHaveText(status);
}

/** From "Xem lại" to "Hình thức nhận kết quả": confirm the answers, attach the sample scan. */
export async function confirm_and_attach_sample(page: Page) {
	await page.getByRole('button', { name: 'Xác nhận và tiếp tục' }).click();
	await page
		.getByRole('button', { name: /Dùng ảnh mẫu/ })
		.first()
		.click();
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
}

export async function receive_online(page: Page) {
	await page.getByRole('radio', { name: 'Nhận kết quả trực tuyến (bản điện tử)' }).check();
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
}

/** Pays with the practice bank card and the OTP from the bank's SMS. */
export async function pay_by_bank(page: Page) {
	await page.getByRole('radio', { name: /Ngân hàng tập/ }).check();
	await page.getByRole('button', { name: 'Thanh toán' }).click();
	await page.getByRole('textbox', { name: 'Mã OTP của ngân hàng' }).fill(await read_otp(page));
	await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
	await expect(page.getByRole('heading', { name: 'Thanh toán thành công' })).toBeVisible();
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
}

/** Ticks the declaration and files the dossier. */
export async function declare_and_submit(page: Page) {
	await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	await expect(page.getByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeVisible();
}
