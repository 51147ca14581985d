import { expect, test } from './fixtures';
import {
	choose_ward,
	expect_no_a11y_violations,
	go_my_dossiers,
	account_name,
	next_page,
	forward_until,
	open_procedure,
	sign_in,
	sim_date,
	start_as,
	status_is
} from './portal-helpers';

const CODE = /^000\.00\.99\.H99-\d{6}-\d{4}$/;

test.use({ workday_clock: true });

// The residence registration's request for papers, the practice account's lock and a result
// collected in person are journeys through the portal's screens with nothing only a browser
// shows: tests/unit/portal-journeys.svelte.test.ts plays them in jsdom.

test('a birth registration from search to the e-birth certificate, with mistakes on the way', async ({
	page
}) => {
	// the whole citizen journey in one test: search to result (or every screen, axe-checked)
	test.setTimeout(120_000);
	await start_as(page, 'Bà Lan'); // this screen's axe check: portal-a11y.test.ts

	// search ignores diacritics and spaces
	await open_procedure(page, 'khaisinh', 'Thủ tục đăng ký khai sinh');
	await expect(page.getByText('Toàn trình').first()).toBeVisible();
	await expect(page.getByText('1.001193').first()).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('button', { name: 'Nộp trực tuyến' }).first().click();

	// not signed in: the portal asks first, with a wrong password on the way
	await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('textbox', { name: 'Số định danh cá nhân' }).fill('031399000000');
	await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
	await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Bạn còn 4 lần thử');
	await sign_in(page);

	// back where the learner was going: choose the ward
	await expect(page.getByRole('heading', { name: 'Chọn cơ quan thực hiện' })).toBeVisible();
	// (toHaveText waits for the places to load; a read at once found the list still empty)
	await expect(page.getByRole('combobox', { name: 'Phường, xã' }).locator('option')).toHaveText([
		'-- Chọn Phường/ Xã --'
	]);
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.getByRole('link', { name: 'Chọn tỉnh, thành phố' })).toBeVisible();
	await page
		.getByRole('combobox', { name: 'Tỉnh, thành phố' })
		.selectOption({ label: 'Thành phố Hải Phòng' });
	const wards = page.getByRole('combobox', { name: 'Phường, xã' }).locator('option');
	await expect(wards.nth(1)).toHaveText('Phường Hồng Bàng');
	await expect(wards.nth(2)).toHaveText('Phường Hồng An');
	await choose_ward(page, 'Phường Hồng An');

	// the child: an empty submit shows the error summary, which takes focus
	await expect(
		page.getByRole('heading', { name: 'Kê khai: Thông tin người được khai sinh' })
	).toBeVisible();
	await next_page(page);
	const summary = page.locator('.error-summary');
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link')).toHaveText([
		'Nhập họ, chữ đệm và tên của bé',
		'Nhập ngày, tháng, năm sinh',
		'Chọn giới tính',
		'Nhập nơi sinh'
	]);
	await expect_no_a11y_violations(page);
	await summary.getByRole('link', { name: 'Nhập họ, chữ đệm và tên của bé' }).click();
	await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' })).toBeFocused();
	await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' }).fill('Nguyễn Minh Khang');
	await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).fill('31/02/2026');
	await page.getByRole('radio', { name: 'Nam' }).check();
	await page.getByRole('textbox', { name: 'Nơi sinh' }).fill('Bệnh viện Phụ sản Hải Phòng');
	await next_page(page);
	await expect(summary).toContainText('Ngày 31/02/2026 không có thật');
	await page.getByRole('textbox', { name: 'Ngày, tháng, năm sinh' }).fill(await sim_date(page, 3));
	await next_page(page);

	// the mother: filled in from the practice account
	await expect(page.getByRole('heading', { name: 'Kê khai: Thông tin người mẹ' })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của mẹ' })).toHaveValue(
		'Nguyễn Thị Lan'
	);
	await next_page(page);
	await expect(page.getByRole('heading', { name: 'Kê khai: Thông tin người cha' })).toBeVisible();
	await next_page(page);
	await page.getByRole('radio', { name: 'Mẹ của bé' }).check();
	await next_page(page);

	// check your answers, with a change link that comes back
	await expect(page.getByRole('heading', { name: 'Xem lại tờ khai' })).toBeVisible();
	await expect(page.getByText('Nguyễn Minh Khang')).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('button', { name: 'Xác nhận và tiếp tục' }).click();

	// documents: a missing required paper blocks the way
	await expect(page.getByRole('heading', { name: 'Thành phần hồ sơ' })).toBeVisible();
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.locator('.error-summary')).toContainText('Đính kèm giấy chứng sinh');
	await page.getByRole('button', { name: 'Dùng ảnh mẫu cho Giấy chứng sinh' }).click();
	await expect(page.getByText('Đã đính kèm: giay-chung-sinh.png')).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('button', { name: 'Tiếp tục' }).click();

	await page.getByRole('radio', { name: 'Nhận kết quả trực tuyến (bản điện tử)' }).check();
	await page.getByRole('button', { name: 'Tiếp tục' }).click();

	// submit: the declaration must be ticked
	await expect(page.getByRole('heading', { name: 'Nộp hồ sơ' })).toBeVisible();
	await expect(page.getByText('Miễn phí')).toBeVisible();
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
	await expect(page.locator('.error-summary')).toContainText('Đánh dấu vào ô cam đoan');
	await page.getByRole('checkbox', { name: /Tôi xin cam đoan/ }).check();
	await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();

	await expect(page.getByRole('heading', { name: 'Nộp hồ sơ thành công' })).toBeVisible();
	const code = await page.locator('[data-sim="dossier.code"]').innerText();
	expect(code).toMatch(CODE);
	await expect(page.locator('[data-sim="phone.sms-text"]')).toContainText(code);
	await status_is(page, 'Mới đăng ký');
	await expect_no_a11y_violations(page);

	// days pass: received, a draft to confirm, processed, returned
	await forward_until(page, 'Đang xử lý');
	await page.reload();
	await status_is(page, 'Đang xử lý');
	const draft = page.locator('[data-sim="dossier.draft"]');
	await expect(draft).toContainText('Bản nháp Giấy khai sinh điện tử cần bạn xác nhận');
	await expect(draft.locator('[data-sim="dossier.draft-document"]')).toContainText(
		'Nguyễn Minh Khang'
	);
	await page.getByRole('button', { name: 'Xác nhận bản nháp', exact: true }).click();
	await expect(draft).toHaveCount(0);
	await forward_until(page, 'Đã trả kết quả');
	await expect(page.locator('[data-sim="dossier.timeline"]')).toContainText('Được tiếp nhận');

	await page.getByRole('link', { name: 'Xem kết quả' }).click();
	const paper = page.locator('[data-sim="result.document"]');
	await expect(paper).toContainText('GIẤY KHAI SINH');
	await expect(paper).toContainText('Nguyễn Minh Khang');
	await expect(paper).toContainText('MẪU – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ');
	await expect(paper).toContainText('Ủy ban nhân dân phường Hồng An, Thành phố Hải Phòng');
	await expect_no_a11y_violations(page);
	// "In" prints only the result: the page around it is gone, and it fits one A4 page
	await page.emulateMedia({ media: 'print' });
	await expect(paper).toBeVisible();
	await expect(page.locator('[data-sim="browser.address"]')).toBeHidden();
	await expect(page.getByRole('button', { name: 'In' })).toBeHidden();
	await expect(page.locator('[data-sim="clock.today"]')).toBeHidden();
	await page.screenshot({ path: 'test-results/print-result.png', fullPage: true });
	const pdf = await page.pdf({ format: 'A4' }).catch(() => null);
	if (pdf) expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
	await page.emulateMedia({ media: 'screen' });
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Tải về bản mẫu' }).click();
	expect((await download).suggestedFilename()).toBe(`ket-qua-MAU-${code}.html`);

	await page.getByRole('button', { name: 'Quay lại trang trước' }).click();
	await page.getByRole('link', { name: 'Đánh giá mức độ hài lòng' }).click();
	await page.getByRole('radio', { name: 'Rất hài lòng' }).check();
	await page.getByRole('button', { name: 'Gửi đánh giá' }).click();
	await expect(page.getByText('Bạn đã đánh giá: Rất hài lòng')).toBeVisible();

	// everything is still there after a reload
	await page.reload();
	await expect(page.getByText('Bạn đã đánh giá: Rất hài lòng')).toBeVisible();
	await status_is(page, 'Đã trả kết quả');
});

test('a reload in the middle of the form keeps the answers', async ({ page }) => {
	await start_as(page, 'Cô Mai');
	await sign_in(page);
	await open_procedure(page, 'khai sinh', 'Thủ tục đăng ký khai sinh');
	await page.getByRole('button', { name: 'Nộp trực tuyến' }).first().click();
	await choose_ward(page);
	await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' }).fill('Trần Bảo Ngọc');
	await page.getByRole('textbox', { name: 'Nơi sinh' }).fill('Trạm y tế phường');
	await page.waitForTimeout(300);
	await page.reload();
	await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' })).toHaveValue(
		'Trần Bảo Ngọc'
	);
	await expect(page.getByRole('textbox', { name: 'Nơi sinh' })).toHaveValue('Trạm y tế phường');
	// reopening the practice page later resumes on the same screen
	await page.goto('/');
	await page.goto('/thuc-hanh/');
	await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' })).toHaveValue(
		'Trần Bảo Ngọc'
	);
});

test('two learners on one device never see each other’s dossiers, and starting over clears only one', async ({
	page
}) => {
	await start_as(page, 'Bà Lan');
	await sign_in(page);
	await open_procedure(page, 'khai sinh', 'Thủ tục đăng ký khai sinh');
	await page.getByRole('button', { name: 'Nộp trực tuyến' }).first().click();
	await choose_ward(page);
	await page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' }).fill('Bé của bà Lan');
	await page.waitForTimeout(300);

	await page.getByRole('button', { name: 'Đổi người học' }).click();
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Ông Bình');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await expect(page.getByText('Đang tập: Ông Bình')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
	await sign_in(page);
	await go_my_dossiers(page);
	await expect(page.getByText('Bạn chưa nộp hồ sơ nào trong bản tập.')).toBeVisible();

	await page.getByRole('button', { name: 'Đổi người học' }).click();
	await page.getByRole('main').getByRole('button', { name: 'Bà Lan' }).click();
	await expect(page.getByText('Đang tập: Bà Lan')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Họ, chữ đệm và tên của bé' })).toHaveValue(
		'Bé của bà Lan'
	);

	await page.getByRole('button', { name: 'Làm lại từ đầu' }).click();
	await page.getByRole('button', { name: 'Xóa và làm lại' }).click();
	await expect(page.getByRole('link', { name: 'Đăng nhập' })).toBeVisible();
	await expect(page.locator('[data-sim="clock.today"]')).toBeVisible();

	await page.getByRole('button', { name: 'Đổi người học' }).click();
	await page.getByRole('main').getByRole('button', { name: 'Ông Bình' }).click();
	await expect(account_name(page)).toBeVisible();
});
