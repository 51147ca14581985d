import { expect, test } from './fixtures';
import {
	choose_ward,
	confirm_and_attach_sample,
	expect_no_a11y_violations,
	go_my_dossiers,
	next_page,
	open_procedure,
	read_otp,
	sign_in,
	start_as
} from './portal-helpers';

// Runs on the phone and the desktop viewport: every screen of the practice portal axe-clean on
// the phone; on the desktop one screen of each kind (signed-in home, a form, a payment, a
// message page), the rest of the way being the same templates.

test.use({ workday_clock: true });

test('every practice-portal screen has no WCAG 2.2 A/AA violations, a refused payment and a wrong OTP included', async ({
	page
}, info) => {
	// the whole citizen journey in one test: search to result (or every screen, axe-checked)
	test.setTimeout(120_000);
	const phone = info.project.name !== 'desktop';
	const on_phone = async () => {
		if (phone) await expect_no_a11y_violations(page);
	};
	await page.goto('/thuc-hanh/');
	await expect(page.getByRole('heading', { name: 'Ai đang học?' })).toBeVisible();
	await on_phone();
	await start_as(page, 'Người kiểm tra');
	await on_phone();

	await page.getByRole('link', { name: 'Hộp thư' }).click();
	await expect(page.getByRole('heading', { name: /Hộp thư/ })).toBeVisible();
	await on_phone();

	await page.getByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }).click();
	await page.getByRole('link', { name: 'Tư pháp' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lĩnh vực' })).toContainText('Tư pháp');
	await on_phone();

	// the practice account locked after five wrong passwords (what it says, and that it stays
	// locked: tests/unit/portal-journeys.svelte.test.ts)
	if (phone) {
		await page.getByRole('link', { name: 'Đăng nhập' }).click();
		for (let i = 0; i < 5; i++) {
			await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('031399123456');
			await page.getByLabel('Mật khẩu').fill(`sai${i}`);
			await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
		}
		await expect(page.getByRole('alert')).toContainText('Tài khoản tạm thời bị khóa');
		await expect_no_a11y_violations(page);
		await page.getByRole('button', { name: /Mở khóa tài khoản tập/ }).click();
	}
	await sign_in(page);
	await expect_no_a11y_violations(page);
	await open_procedure(
		page,
		'chứng thực',
		'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận'
	);
	await page.getByRole('button', { name: 'Nộp trực tuyến' }).first().click();
	await expect(page.getByRole('heading', { name: 'Chọn cơ quan thực hiện' })).toBeVisible();
	await expect_no_a11y_violations(page);
	await choose_ward(page);
	await next_page(page);
	await page.getByRole('textbox', { name: 'Tên giấy tờ cần chứng thực' }).fill('Học bạ');
	await page.getByRole('textbox', { name: 'Số trang của giấy tờ' }).fill('2');
	await page.getByRole('textbox', { name: 'Số bản sao cần chứng thực' }).fill('1');
	await next_page(page);
	await confirm_and_attach_sample(page);
	await expect(page.getByRole('heading', { name: 'Hình thức nhận kết quả' })).toBeVisible();
	await page.getByRole('radio', { name: 'Nhận tại nhà qua dịch vụ bưu chính công ích' }).check();
	// the address is prefilled from the account; emptied, it is asked for
	const street = page.getByRole('textbox', { name: 'Số nhà, đường, thôn, tổ dân phố' });
	await street.fill('');
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.locator('.error-summary')).toContainText(
		'Nhập số nhà, đường, thôn, tổ dân phố'
	);
	await on_phone();
	await street.fill('Số 5, tổ dân phố 2');
	await page.getByRole('button', { name: 'Tiếp tục' }).click();

	// the fee follows the pages (what it is for each case: src/lib/portal/logic/fees.test.ts);
	// the practice wallet is too small, then the bank asks for its OTP and refuses a wrong one
	await expect(page.locator('[data-sim="pay.total"]')).toHaveText('4.000 đ');
	await page.getByRole('radio', { name: /Ví điện tử tập/ }).check();
	await page.getByRole('button', { name: 'Thanh toán' }).click();
	await expect(page.locator('[data-sim="pay.failed"]')).toContainText('số dư trong ví không đủ');
	await on_phone();
	await page.getByRole('radio', { name: /Ngân hàng tập/ }).check();
	await page.getByRole('button', { name: 'Thanh toán' }).click();
	await expect(page.getByRole('textbox', { name: 'Mã OTP của ngân hàng' })).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('textbox', { name: 'Mã OTP của ngân hàng' }).fill('000000');
	await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
	await expect(page.locator('.error-summary')).toContainText('Mã OTP không đúng');
	await page.getByRole('textbox', { name: 'Mã OTP của ngân hàng' }).fill(await read_otp(page));
	await page.getByRole('button', { name: 'Xác nhận thanh toán' }).click();
	await expect(page.getByRole('heading', { name: 'Thanh toán thành công' })).toBeVisible();
	await expect(page.locator('[data-sim="pay.receipt"]')).toContainText('4.000 đ');
	await on_phone();

	await go_my_dossiers(page);
	await expect(page.getByText('Bạn chưa nộp hồ sơ nào trong bản tập.')).toBeVisible();
	await on_phone();

	// the app's own 404 inside the portal
	await page.goto('/thuc-hanh/?p=%2Fkhong-co');
	await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
	await expect_no_a11y_violations(page);
});
