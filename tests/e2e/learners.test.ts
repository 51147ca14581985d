/** Learners on one shared device: who is learning, switching, PINs, removal, settings per learner. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expect_no_a11y_violations } from './portal-helpers';

/** Who is learning, in the header: "Ai đang học?" (a link), or her name (a menu button). */
const who_link = (page: Page) => page.getByRole('banner').locator('.learner');

/** Her name in the header, the button that opens her menu. */
const learner_menu = (page: Page) =>
	page.getByRole('banner').getByRole('button', { name: /^Người đang học: / });

/**
 * To the "Ai đang học?" page from the header, with a learner chosen: her name's menu → "Đổi người
 * học". The header names her once it has read the stored choice; until then it is the prerendered
 * "Ai đang học?" link, which a tap a moment later would find turned into her menu button.
 */
async function open_learners(page: Page) {
	await current_name(page);
	await learner_menu(page).click();
	await page.getByRole('banner').getByRole('link', { name: 'Đổi người học' }).click();
}

/**
 * The learner the header names once it has read the stored choice (until then the prerendered
 * header says "Ai đang học?").
 */
async function current_name(page: Page) {
	const button = learner_menu(page);
	await expect(button).toBeVisible();
	return (await button.innerText()).trim();
}

async function expect_current(page: Page, name: string | null) {
	if (name) {
		await expect(
			page.getByRole('banner').getByRole('button', { name: `Người đang học: ${name}` })
		).toBeVisible();
	} else {
		await expect(
			page.getByRole('banner').getByRole('link', { name: 'Ai đang học?' })
		).toBeVisible();
	}
}

/** Adds a learner on the "Ai đang học?" page (it becomes the current learner). */
async function add_learner(page: Page, name: string, pin = '') {
	if (!page.url().includes('/nguoi-hoc/')) await page.goto('/nguoi-hoc/');
	await page.getByRole('button', { name: /^Thêm người (mới|học)$/ }).click();
	await page.getByRole('textbox', { name: 'Tên người học' }).fill(name);
	if (pin) await page.getByRole('textbox', { name: /Mã PIN/ }).fill(pin);
	await page.getByRole('button', { name: 'Thêm người học' }).click();
	await expect(page.getByText(`Đã thêm ${name}. Bây giờ ${name} đang học.`)).toBeVisible();
}

/** The big "choose" button of a learner on the learners page (not "Sửa …" or "Xóa …"). */
const learner_button = (page: Page, name: string) =>
	page
		.getByRole('main')
		.getByRole('button', { name: new RegExp(`^${name}( Đang học)?( Có mã PIN)?$`) });

const body_size = (page: Page) => page.evaluate(() => getComputedStyle(document.body).fontSize);

test('switching learner takes three taps from any page (name, Đổi người học, her name), and comes back to that page', async ({
	page
}) => {
	await add_learner(page, 'Bà Lan');
	await add_learner(page, 'Ông Bình');
	for (const path of ['/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/', '/cai-dat/', '/']) {
		await page.goto(path);
		const next = (await current_name(page)).includes('Bà Lan') ? 'Ông Bình' : 'Bà Lan';
		await open_learners(page); // taps 1 and 2 (the name's menu → Đổi người học)
		await learner_button(page, next).click(); // tap 3
		await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
		await expect_current(page, next);
	}
	// on the practice page, the portal opens for the learner chosen in the header
	await page.goto('/thuc-hanh/');
	const now = (await current_name(page)).includes('Bà Lan') ? 'Bà Lan' : 'Ông Bình';
	await expect(page.getByText(`Đang tập: ${now}`)).toBeVisible();
});

test('a long name fits the header at 360 px and 200 % text, on every page', async ({ page }) => {
	await page.goto('/cai-dat/');
	await page.getByRole('radio', { name: '200 %' }).check();
	await add_learner(page, 'Bà Nguyễn Thị Thanh Hương tổ dân phố 12');
	for (const path of [
		'/',
		'/nguoi-hoc/',
		'/cai-dat/',
		'/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/'
	]) {
		await page.goto(path);
		expect(await body_size(page)).toBe('36px');
		await expect(who_link(page)).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
		const box = await who_link(page).boundingBox();
		expect(box!.height, 'the learner button is a 48 px target').toBeGreaterThanOrEqual(48);
	}
});

// Adding, renaming, removing (asked first, only that learner), a wrong PIN and the wait after five
// are tested on the learners page itself in tests/unit/learners.svelte.test.ts, and that removing
// takes every record of that learner and no one else's in src/lib/learners/learners.test.ts;
// here, the practice page's own picker asks for the same PIN.
test('on the practice page, a PIN is asked before switching; a wrong PIN switches nothing', async ({
	page
}) => {
	await add_learner(page, 'Chị Hoa', '2580');
	await add_learner(page, 'Ông Bình');
	await expect(learner_button(page, 'Chị Hoa')).toContainText('Có mã PIN');

	await page.goto('/thuc-hanh/');
	await expect(page.getByText('Đang tập: Ông Bình')).toBeVisible();
	await page.getByRole('button', { name: 'Đổi người học' }).click();
	await page.getByRole('button', { name: /^Chị Hoa/ }).click();
	const pin = page.getByLabel('Mã PIN, 4 chữ số');
	await expect(pin).toBeFocused();
	await pin.fill('9999');
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.getByRole('alert')).toContainText('Mã PIN chưa đúng');
	await expect_current(page, 'Ông Bình');
	await pin.fill('2580');
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.getByText('Đang tập: Chị Hoa')).toBeVisible();
	await expect_current(page, 'Chị Hoa');
	await page.reload();
	await expect_current(page, 'Chị Hoa');
});

test('text size and contrast follow the learner when switching', async ({ page }) => {
	await add_learner(page, 'Bà Lan');
	await page.goto('/cai-dat/');
	await expect(
		page.getByText('Cỡ chữ, độ tương phản và đọc to được lưu riêng cho Bà Lan.')
	).toBeVisible();
	await page.getByRole('radio', { name: '200 %' }).check();
	await page.getByRole('radio', { name: /Tương phản cao/ }).check();
	expect(await body_size(page)).toBe('36px');

	// a new learner starts with the usual size, not Bà Lan's
	await add_learner(page, 'Ông Bình');
	expect(await body_size(page)).toBe('18px');
	await expect(page.locator('html')).not.toHaveAttribute('data-contrast', 'high');

	// three taps back to Bà Lan: her text size and contrast come back, also after a reload
	await page.goto('/tim-hieu/');
	await open_learners(page);
	await learner_button(page, 'Bà Lan').click();
	await expect_current(page, 'Bà Lan');
	expect(await body_size(page)).toBe('36px');
	await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high');
	await page.reload();
	expect(await body_size(page)).toBe('36px');
	await page.goto('/cai-dat/');
	await expect(page.getByRole('radio', { name: '200 %' })).toBeChecked();

	await open_learners(page);
	await learner_button(page, 'Ông Bình').click();
	await expect(page).toHaveURL(/\/cai-dat\/$/);
	await expect(page.getByRole('radio', { name: '100 %' })).toBeChecked();
	expect(await body_size(page)).toBe('18px');
});

test('without a Vietnamese voice, reading aloud is not offered and the page says how to add one', async ({
	page
}) => {
	await page.goto('/cai-dat/');
	await expect(
		page.getByText('Máy này chưa có giọng đọc tiếng Việt, nên chưa đọc to được.')
	).toBeVisible();
	await expect(page.getByText(/Chuyển văn bản thành giọng nói/)).toBeVisible();
	await expect(page.getByRole('group', { name: 'Đọc to bài học' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Nghe thử' })).toHaveCount(0);
});

test('with a Vietnamese voice, reading aloud can be turned on, per learner, and tried', async ({
	page
}) => {
	// a device whose speech engine has a Vietnamese voice (headless Chromium has none)
	await page.addInitScript(() => {
		const spoken: { text: string; lang: string; rate: number; voice: string }[] = [];
		(window as unknown as { spoken: typeof spoken }).spoken = spoken;
		const voices = [
			{ name: 'English', lang: 'en-US', localService: true },
			{ name: 'Linh', lang: 'vi-VN', localService: true }
		];
		class Utterance {
			voice: { name: string } | null = null;
			lang = '';
			rate = 1;
			constructor(public text: string) {}
		}
		Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
		Object.defineProperty(window, 'speechSynthesis', {
			value: {
				getVoices: () => voices,
				cancel: () => {},
				speak: (u: Utterance) =>
					spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? '' }),
				addEventListener: () => {},
				removeEventListener: () => {}
			}
		});
	});
	await add_learner(page, 'Bà Lan');
	await page.goto('/cai-dat/');
	const group = page.getByRole('group', { name: 'Đọc to bài học' });
	await expect(group.getByRole('radio', { name: 'Tắt' })).toBeChecked();
	await group.getByRole('radio', { name: 'Bật' }).check();
	await page.getByRole('button', { name: 'Nghe thử' }).click();
	expect(await page.evaluate(() => (window as unknown as { spoken: unknown[] }).spoken)).toEqual([
		{
			text: 'Xin chào. Đây là giọng đọc tiếng Việt trên máy của bạn.',
			lang: 'vi-VN',
			rate: 0.9,
			voice: 'Linh'
		}
	]);
	await add_learner(page, 'Ông Bình');
	await page.goto('/cai-dat/');
	await expect(group.getByRole('radio', { name: 'Tắt' })).toBeChecked();
	await open_learners(page);
	await learner_button(page, 'Bà Lan').click();
	await expect(group.getByRole('radio', { name: 'Bật' })).toBeChecked();
});

test('the learners page has no WCAG 2.2 A/AA violations with its forms and questions open', async ({
	page
}) => {
	await page.goto('/nguoi-hoc/');
	await expect(page.getByText('Chưa có ai trên máy này.')).toBeVisible();
	await expect_no_a11y_violations(page);

	await page.getByRole('button', { name: 'Thêm người học' }).click();
	await expect(page.getByRole('textbox', { name: 'Tên người học' })).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('textbox', { name: /Mã PIN/ }).fill('1');
	await page.getByRole('button', { name: 'Thêm người học' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
	await expect_no_a11y_violations(page);
	await page.getByRole('button', { name: 'Hủy' }).click();

	await add_learner(page, 'Chị Hoa', '2580');
	await add_learner(page, 'Ông Bình');
	await expect_no_a11y_violations(page);

	await learner_button(page, 'Chị Hoa').click();
	await page.getByLabel('Mã PIN, 4 chữ số').fill('0000');
	await page.getByRole('button', { name: 'Tiếp tục' }).click();
	await expect(page.getByRole('alert')).toContainText('Mã PIN chưa đúng');
	await expect_no_a11y_violations(page);
	await page.getByRole('button', { name: 'Hủy' }).click();

	await page.getByRole('button', { name: 'Xóa Ông Bình' }).click();
	await expect(page.getByRole('heading', { name: 'Xóa Ông Bình khỏi máy này?' })).toBeVisible();
	await expect_no_a11y_violations(page);

	await page.goto('/cai-dat/');
	await expect(page.getByText(/chưa có giọng đọc tiếng Việt/)).toBeVisible();
	await expect_no_a11y_violations(page);
});

test('on a slow phone, a text size tapped before the page’s code has loaded still applies', async ({
	page
}) => {
	// hold the app's code back until the tap has happened
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/entry\/app\./, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/cai-dat/', { waitUntil: 'domcontentloaded' });
	await page.getByRole('radio', { name: '200 %' }).check();
	expect(await body_size(page)).toBe('18px');
	release();
	await expect.poll(() => body_size(page)).toBe('36px');
	await expect(page.getByRole('radio', { name: '200 %' })).toBeChecked();
	await page.reload();
	expect(await body_size(page)).toBe('36px');
});

test('on a phone, the learner menu and the main menu never stand open together', async ({
	page
}) => {
	await add_learner(page, 'Bà Lan');
	await page.goto('/thu-tuc/');
	const banner = page.getByRole('banner');
	const main_button = banner.getByRole('button', { name: 'Mục chính' });
	const name_button = banner.getByRole('button', { name: 'Người đang học: Bà Lan' });
	await main_button.click();
	await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeVisible();
	await name_button.click();
	await expect(banner.getByRole('link', { name: 'Đổi người học' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeHidden();
	await main_button.click();
	await expect(page.getByRole('navigation', { name: 'Mục chính' })).toBeVisible();
	await expect(banner.getByRole('link', { name: 'Đổi người học' })).toBeHidden();
});
