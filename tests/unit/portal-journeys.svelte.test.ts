/**
 * Citizen journeys through the practice portal's own screens, in jsdom: a real Portal on
 * fake-indexeddb in its shell, driven the way a person drives it (links, fields, buttons), with
 * the screen following the address as Kit's router does. What only a browser shows (layout,
 * printing, downloads, colour contrast) stays in tests/e2e; this is the rest of each journey.
 * The device clock is Monday 23/11/2026 09:00 (Tuesday 24/11 is a day off in the practice).
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { go, url_now } from './harness/address.svelte';

vi.mock('$app/state', () => ({
	page: {
		get url() {
			return url_now();
		}
	}
}));
vi.mock('$app/navigation', () => ({
	goto: async (href: string) => go(href),
	afterNavigate: () => {}
}));

const { create_test_database } = await import('$lib/db/database');
const { writes_settled } = await import('$lib/db/writes.svelte');
const { Portal } = await import('$lib/portal/portal.svelte');
const { procedures } = await import('$lib/content/procedures.server');
const { parse_places } = await import('$lib/content/places');
const { default: PortalJourney } = await import('./harness/PortalJourney.svelte');

const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));

type Database = ReturnType<typeof create_test_database>;
let db: Database;
let portal: InstanceType<typeof Portal> | undefined;
let user: UserEvent;
/** Each test is a learner of its own: the portal follows other tabs of the same learner, and a
 * test must not hear the last one's. */
let runs = 0;

beforeEach(() => {
	vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0), toFake: ['Date'] });
	go('/thuc-hanh/');
	db = create_test_database(`portal-journeys-${++runs}`);
	user = userEvent.setup();
});

afterEach(async () => {
	await close();
	vi.useRealTimers();
	await db.delete();
});

/** Opens Bà Lan's practice portal on this device, where she left it (as a page load does);
 * `signed_in`: she signed in before (signing in on the screen is the lock test's subject). */
async function open({ signed_in = false } = {}) {
	portal = await Portal.open({
		db,
		learner_id: `lan-${runs}`,
		data: { procedures, places },
		navigate: (location) => {
			go(`/thuc-hanh/?p=${encodeURIComponent(location)}`);
		}
	});
	if (signed_in) {
		await portal.submit_password(portal.account.citizen_id, portal.account.password);
		await portal.submit_otp(portal.session.otp_code ?? '');
	}
	const learner = { id: `lan-${runs}`, name: 'Bà Lan', created_at: '2026-11-23T09:00' } as never;
	render(PortalJourney, { portal, learner });
	await screen.findByRole('heading', { level: 2 });
}

/** Closes the page: its screens gone, its last writes done. */
async function close() {
	cleanup();
	portal?.close();
	portal = undefined;
	await writes_settled();
}

const sim = (name: string) => document.querySelector<HTMLElement>(`[data-sim="${name}"]`);
const text_of = async (name: string) =>
	waitFor(() => {
		const element = sim(name);
		if (!element) throw new Error(`no [data-sim="${name}"] on the screen`);
		return element.textContent?.trim() ?? '';
	});
const status = () => text_of('dossier.status');

/** Taps the button (or link) of that name: the first, where the screen has several. */
async function tap(name: string | RegExp, role: 'button' | 'link' = 'button') {
	await user.click((await screen.findAllByRole(role, { name }))[0]);
	// she reads the new screen before she acts: what opening it stores is stored by then
	await writes_settled();
}

/** Fills a box: cleared, then typed. */
async function fill(box: HTMLElement, value: string) {
	await user.clear(box);
	await user.type(box, value);
}

async function type_in(name: string | RegExp, value: string) {
	await fill(await screen.findByRole('textbox', { name }), value);
}

async function sign_in() {
	if (!screen.queryByRole('textbox', { name: 'Số định danh cá nhân' }))
		await tap('Đăng nhập', 'link');
	await type_in('Số định danh cá nhân', await text_of('login.sample-id'));
	await fill(screen.getByLabelText('Mật khẩu'), await text_of('login.sample-password'));
	await tap('Đăng nhập');
	await type_in('Mã OTP', /(\d{6})/.exec(await text_of('phone.sms-text'))![1]);
	await tap('Xác nhận');
	await waitFor(() => expect(sim('portal.account')).not.toBeNull());
}

async function open_procedure(query: string, name: string) {
	await tap('Cổng Dịch vụ công quốc gia', 'link');
	await fill(await screen.findByRole('searchbox', { name: 'Tìm thủ tục' }), query);
	await tap('Tìm kiếm');
	await tap(name, 'link');
	await screen.findByRole('heading', { level: 2, name });
}

async function choose(name: string, option: string) {
	const list = await screen.findByRole('combobox', { name });
	await user.selectOptions(list, within(list).getByRole('option', { name: option }));
}

async function choose_ward() {
	await choose('Tỉnh, thành phố', 'Thành phố Hải Phòng');
	await choose('Phường, xã', 'Phường Hồng Bàng');
	await tap('Tiếp tục');
}

/** Presses "Tua nhanh 1 ngày" until the dossier shows `wanted` (days off pass unchanged). */
async function forward_until(wanted: string, max_days = 12) {
	for (let day = 0; day < max_days && (await status()) !== wanted; day++) {
		const before = await text_of('clock.today');
		await tap('Tua nhanh 1 ngày');
		await waitFor(() => expect(sim('clock.today')?.textContent?.trim()).not.toBe(before));
	}
	await waitFor(async () => expect(await status()).toBe(wanted));
}

/** A residence registration, filled in and paid, up to "Nộp hồ sơ". */
async function to_filing() {
	await open_procedure('thuong tru', 'Đăng ký thường trú');
	await tap('Nộp trực tuyến');
	await choose_ward();
	await tap('Lưu và tiếp tục');
	await choose('Tỉnh, thành phố', 'Thành phố Hải Phòng');
	await choose('Phường, xã', 'Phường Hồng An');
	await type_in('Số nhà, đường, thôn, tổ dân phố', 'Số 8, tổ dân phố 1');
	await choose('Bạn ở nhà này theo hình thức nào?', 'Nhà của tôi');
	await tap('Lưu và tiếp tục');
	await tap('Xác nhận và tiếp tục');
	await tap(/Dùng ảnh mẫu/);
	await tap('Tiếp tục');
	await user.click(
		await screen.findByRole('radio', { name: 'Nhận kết quả trực tuyến (bản điện tử)' })
	);
	await tap('Tiếp tục');
	await user.click(await screen.findByRole('radio', { name: /Ngân hàng tập/ }));
	await tap('Thanh toán');
	await waitFor(() => expect(sim('phone.sms-text')?.textContent).toMatch(/ngân hàng|OTP/i));
	await type_in('Mã OTP của ngân hàng', /(\d{6})/.exec(await text_of('phone.sms-text'))![1]);
	await tap('Xác nhận thanh toán');
	await screen.findByRole('heading', { name: 'Thanh toán thành công' });
	await tap('Tiếp tục');
	await screen.findByRole('heading', { name: 'Nộp hồ sơ' });
}

async function declare_and_submit() {
	await user.click(await screen.findByRole('checkbox', { name: /Tôi xin cam đoan/ }));
	await tap('Nộp hồ sơ');
	await screen.findByRole('heading', { name: 'Nộp hồ sơ thành công' });
}

/** How many dossiers and drafts the database holds. */
const stored = async () => ({
	dossiers: await db.dossiers.count(),
	drafts: await db.drafts.count()
});

describe('a new screen', () => {
	it('takes the focus to its heading, unless she is already in one of its fields', async () => {
		// the frames are run by hand: what the shell does on the next one comes after her tap
		const frames: FrameRequestCallback[] = [];
		vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => {
			frames.push(callback);
			return frames.length;
		});
		const next_frame = () => {
			for (const callback of frames.splice(0)) callback(performance.now());
		};
		await open();

		await user.click((await screen.findAllByRole('link', { name: 'Đăng nhập' }))[0]);
		const id = await screen.findByRole('textbox', { name: 'Số định danh cá nhân' });
		await user.click(id);
		next_frame();
		expect(id).toHaveFocus();
		await user.keyboard('0313');
		expect(id).toHaveValue('0313');

		// nothing tapped yet on the new screen: its heading, as a new page would
		await user.click(
			(await screen.findAllByRole('link', { name: 'Cổng Dịch vụ công quốc gia' }))[0]
		);
		const heading = await screen.findByRole('heading', { level: 2, name: /Cổng Dịch vụ công/ });
		next_frame();
		expect(heading).toHaveFocus();
	});
});

describe('the practice account', () => {
	it('five wrong passwords lock it, with a plain explanation; it stays locked when reopened, until she unlocks it', async () => {
		await open();
		await tap('Đăng nhập', 'link');
		await type_in('Số định danh cá nhân', '031399123456');
		for (let i = 0; i < 5; i++) {
			await fill(screen.getByLabelText('Mật khẩu'), `sai${i}`);
			await tap('Đăng nhập');
			if (i === 0) expect(await screen.findByRole('alert')).toHaveTextContent('Bạn còn 4 lần thử');
		}
		const alert = await screen.findByRole('alert');
		await waitFor(() => expect(alert).toHaveTextContent('Tài khoản tạm thời bị khóa'));
		expect(alert).toHaveTextContent('18001096');

		await close();
		await open();
		expect(await screen.findByRole('alert')).toHaveTextContent('Tài khoản tạm thời bị khóa');
		await tap(/Mở khóa tài khoản tập/);
		await sign_in();
	});
});

describe('a residence registration', () => {
	it('answers a request for more papers before its deadline, then gets its result', async () => {
		await open({ signed_in: true });
		await to_filing();
		await declare_and_submit();

		await forward_until('Yêu cầu bổ sung giấy tờ');
		expect(await text_of('dossier.supplement-request')).toContain('Hạn bổ sung');
		// the reference does not confirm this deadline: the date is said to be the practice's own
		expect(await text_of('dossier.supplement-request')).toContain('Đây là hạn trong bản tập.');
		expect(await text_of('dossier.appointment')).toContain('Sẽ hẹn lại');
		await user.click(screen.getByText('Mở Phiếu hướng dẫn bổ sung'));
		expect(await text_of('dossier.supplement-slip')).toContain('PHIẾU HƯỚNG DẪN BỔ SUNG HỒ SƠ');

		await tap('Bổ sung hồ sơ', 'link');
		await tap('Gửi bổ sung');
		expect(await screen.findByText(/Đính kèm .* trước khi gửi/)).toBeVisible();
		// what was chosen, and the button to send it, are brought into view under the thumb: jsdom
		// has no layout, so this checks that the screen asks for it, on the part holding both
		const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
		await tap('Dùng ảnh mẫu');
		await waitFor(() => expect(scrolled).toHaveBeenCalled());
		const shown = scrolled.mock.contexts.at(-1) as Element;
		expect(shown).toContainElement(sim('supplement.chosen'));
		expect(shown).toContainElement(screen.getByRole('button', { name: 'Gửi bổ sung' }));
		await tap('Gửi bổ sung');
		await waitFor(async () => expect(await status()).toBe('Đang xử lý'));
		expect(await text_of('dossier.supplement-received')).toContain('Ngày hẹn trả kết quả mới');
		expect(await text_of('dossier.timeline')).toContain('Công dân đã gửi giấy tờ bổ sung.');

		await forward_until('Đã trả kết quả');
		await tap('Xem kết quả', 'link');
		const result = await text_of('result.document');
		expect(result).toContain('Công an phường Hồng Bàng');
		expect(result).toContain('Số 8, tổ dân phố 1, Phường Hồng An');
	});
});

describe('a birth registration to collect in person', () => {
	it('waits at the office until the citizen says she collected it', async () => {
		await open({ signed_in: true });
		await open_procedure('khai sinh', 'Thủ tục đăng ký khai sinh');
		await tap('Nộp trực tuyến');
		await choose_ward();
		await type_in('Họ, chữ đệm và tên của bé', 'Lê Văn Phúc');
		await type_in('Ngày, tháng, năm sinh', '22/11/2026');
		await user.click(screen.getByRole('radio', { name: 'Nam' }));
		await type_in('Nơi sinh', 'Hải Phòng');
		await tap('Lưu và tiếp tục');
		await screen.findByRole('heading', { name: 'Kê khai: Thông tin người mẹ' });
		await tap('Lưu và tiếp tục');
		await screen.findByRole('heading', { name: 'Kê khai: Thông tin người cha' });
		await tap('Lưu và tiếp tục');
		await user.click(await screen.findByRole('radio', { name: 'Ông hoặc bà của bé' }));
		await tap('Lưu và tiếp tục');
		await tap('Xác nhận và tiếp tục');
		await tap('Dùng ảnh mẫu cho Giấy chứng sinh');
		await tap('Tiếp tục');
		await user.click(await screen.findByRole('radio', { name: /Nhận trực tiếp/ }));
		await tap('Tiếp tục');
		await declare_and_submit();
		await forward_until('Đang xử lý');
		await tap('Xác nhận bản nháp');
		await forward_until('Đã xử lý xong');
		expect(await text_of('dossier.collect')).toContain(
			'Trung tâm Phục vụ hành chính công của phường Hồng Bàng, Thành phố Hải Phòng'
		);
		// days pass, and the result still waits for her at the office
		for (let day = 0; day < 3; day++) {
			const before = await text_of('clock.today');
			await tap('Tua nhanh 1 ngày');
			await waitFor(() => expect(sim('clock.today')?.textContent?.trim()).not.toBe(before));
		}
		expect(await status()).toBe('Đã xử lý xong');
		await tap('Tôi đã đến nhận');
		await waitFor(async () => expect(await status()).toBe('Đã trả kết quả'));
		expect(await text_of('dossier.timeline')).toContain('Công dân đã đến nhận kết quả.');
		await tap('Xem kết quả', 'link');
		expect(await text_of('result.document')).toContain('Lê Văn Phúc');
	});
});

describe('filing on a full device', () => {
	it('"Nộp hồ sơ" shows the message and does not move on; "Thử lại" files it, once', async () => {
		await open({ signed_in: true });
		await to_filing();
		await user.click(await screen.findByRole('checkbox', { name: /Tôi xin cam đoan/ }));
		// the browser refuses to store the dossier, as it does when the device is full
		let full = true;
		const add = IDBObjectStore.prototype.add;
		vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
			this: IDBObjectStore,
			...args: Parameters<typeof add>
		) {
			if (full && this.name === 'dossiers')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return add.apply(this, args);
		});
		await tap('Nộp hồ sơ');
		const problem = await screen.findByTestId('save-problem');
		expect(problem).toHaveTextContent('Máy đã hết chỗ lưu');
		expect(screen.getByRole('heading', { name: 'Nộp hồ sơ' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Nộp hồ sơ' })).toBeEnabled();
		expect(await stored()).toEqual({ dossiers: 0, drafts: 1 });

		// room again: "Thử lại" files it, once
		full = false;
		await user.click(within(problem).getByRole('button', { name: 'Thử lại' }));
		await screen.findByRole('heading', { name: 'Nộp hồ sơ thành công' });
		expect(await stored()).toEqual({ dossiers: 1, drafts: 0 });
	});
});
