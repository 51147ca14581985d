/**
 * The simulated phone's VNeID app and the QR sign-in, through the portal façade, without a
 * browser: what each action changes, and the portal events it emits, in order.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Places } from '$lib/content/places';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { sim_events, type SimEvent } from '$lib/portal/events';
import { Portal } from '$lib/portal/portal.svelte';
import { lesson_sandbox } from '$lib/portal/sandbox-id';
import { phone_of, WRONG_PASSCODE } from './phone';
import { phone_off, phone_restored } from './state';

const places = { provinces: [] } as unknown as Places;

let db: CdsDatabase;
let portal: Portal;
let events: SimEvent[];
let stop: () => void;
let went: string[];

beforeEach(async () => {
	vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0), toFake: ['Date'] });
	db = create_test_database('phone');
	went = [];
	portal = await Portal.open({
		db,
		learner_id: 'lan',
		sandbox: lesson_sandbox('dang-nhap-bang-ma-qr'),
		data: { procedures: [], places },
		navigate: (location) => went.push(location)
	});
	events = [];
	stop = sim_events.subscribe((event) => events.push(event));
});

afterEach(async () => {
	stop();
	portal.close();
	save_problem.clear();
	vi.useRealTimers();
	vi.restoreAllMocks();
	await db.delete();
});

const types = () => events.map((e) => ('purpose' in e ? `${e.type}:${e.purpose}:${e.ok}` : e.type));

describe('the VNeID app', async () => {
	it('opens on the passcode screen; a wrong passcode is refused and counted, the right one signs in', async () => {
		const phone = phone_of(portal);
		expect(phone_of(portal)).toBe(phone);
		expect(portal.phone.open).toBe(false);
		await phone.open();
		expect(portal.phone).toMatchObject({ open: true, screen: 'launcher' });
		await phone.open_app();
		expect(portal.phone.screen).toBe('passcode');

		// not six digits: a message, nothing counted, no event
		events = [];
		expect(await phone.sign_in('123')).toEqual({
			ok: false,
			message: 'Mã passcode có đúng 6 chữ số. Bạn đã gõ 3 chữ số.'
		});
		expect(events).toEqual([]);

		expect(await phone.sign_in('000000')).toEqual({ ok: false, message: WRONG_PASSCODE });
		expect(await phone.sign_in('111111')).toEqual({ ok: false, message: WRONG_PASSCODE });
		expect(portal.phone).toMatchObject({ app_signed_in: false, screen: 'passcode' });
		expect(events.at(-1)).toEqual({
			type: 'passcode-submitted',
			ok: false,
			failures: 2,
			purpose: 'sign-in'
		});

		events = [];
		expect(await phone.sign_in(portal.account.passcode)).toEqual({ ok: true });
		expect(portal.phone).toMatchObject({
			app_signed_in: true,
			screen: 'home',
			passcode_failures: 0
		});
		expect(types()).toEqual(['passcode-submitted:sign-in:true', 'vneid-signed-in']);
		// the website is not signed in by the app
		expect(portal.session.signed_in).toBe(false);
	});

	it('shows "Thủ tục hành chính" and a procedure only once signed in', async () => {
		const phone = phone_of(portal);
		await phone.open();
		await phone.show('procedures');
		expect(portal.phone.screen).toBe('passcode');
		await phone.sign_in(portal.account.passcode);
		events = [];
		await phone.show('procedures');
		await phone.view_procedure('lien-thong-khai-sinh');
		expect(portal.phone).toMatchObject({ screen: 'procedure', procedure: 'lien-thong-khai-sinh' });
		expect(events).toEqual([
			{ type: 'vneid-screen', screen: 'procedures' },
			{ type: 'vneid-screen', screen: 'procedure' },
			{ type: 'vneid-procedure-viewed', procedure: 'lien-thong-khai-sinh' }
		]);
		// put away and taken out again, the app is where it was
		await phone.close();
		await phone.open();
		expect(portal.phone.screen).toBe('procedure');
		await phone.open_app();
		expect(portal.phone.screen).toBe('home');
	});
});

describe('signing in to the website by QR code', async () => {
	async function scanned() {
		const phone = phone_of(portal);
		await phone.open();
		await phone.open_app();
		await phone.sign_in(portal.account.passcode);
		await phone.show_qr();
		await phone.show('scan');
		expect(await phone.scan()).toBe(true);
		return phone;
	}

	it('scans the code the website shows, confirms with the passcode, and the website signs in', async () => {
		const phone = phone_of(portal);
		await phone.open();
		await phone.open_app();
		await phone.sign_in(portal.account.passcode);
		// nothing to scan before the website shows a code
		expect(await phone.scan()).toBe(false);
		events = [];
		await phone.show_qr();
		expect(portal.phone.qr?.token).toMatch(/^[0-9a-z]{12}$/);
		await phone.show('scan');
		expect(await phone.scan()).toBe(true);
		expect(portal.phone.screen).toBe('confirm');

		expect(await phone.confirm_qr('999999')).toEqual({ ok: false, message: WRONG_PASSCODE });
		expect(portal.session.signed_in).toBe(false);
		expect(await phone.confirm_qr(portal.account.passcode)).toEqual({ ok: true });
		expect(types()).toEqual([
			'qr-shown',
			'vneid-screen',
			'qr-scanned',
			'passcode-submitted:qr:false',
			'passcode-submitted:qr:true',
			'signed-in',
			'phone-closed'
		]);
		expect(portal.session.signed_in).toBe(true);
		expect(went.at(-1)).toBe('/');
		expect(portal.phone).toMatchObject({ open: false, qr: null, screen: 'home' });
		// stored: another tab, or a reload, finds the website signed in
		expect((await db.sandbox_sessions.get(['lan', portal.sandbox]))?.signed_in).toBe(true);
	});

	it('goes back where the learner was heading before the sign-in page', async () => {
		await portal.require_sign_in('/ho-so-cua-toi');
		const phone = await scanned();
		await phone.confirm_qr(portal.account.passcode);
		expect(went.at(-1)).toBe('/ho-so-cua-toi');
	});

	it('"Từ chối" signs nothing in; leaving the sign-in page takes its code away', async () => {
		let phone = await scanned();
		events = [];
		await phone.cancel_qr();
		expect(types()).toEqual(['qr-cancelled']);
		expect(portal.phone).toMatchObject({ qr: null, screen: 'home' });
		expect(await phone.confirm_qr(portal.account.passcode)).toEqual({ ok: false, message: null });
		expect(portal.session.signed_in).toBe(false);

		phone = await scanned();
		events = [];
		await phone.forget_qr();
		expect(events).toEqual([]);
		expect(portal.phone.qr).toBeNull();
		await phone.show('scan');
		expect(await phone.scan()).toBe(false);
	});

	it('a refused write keeps the website signed out and the phone where it was', async () => {
		const phone = await scanned();
		vi.spyOn(db.sandbox_sessions, 'put').mockRejectedValue(new Error('QuotaExceededError'));
		expect(await phone.confirm_qr(portal.account.passcode)).toEqual({ ok: false, message: null });
		expect(portal.session.signed_in).toBe(false);
		expect(portal.phone).toMatchObject({ open: true, screen: 'confirm' });
		expect(events.some((e) => e.type === 'signed-in')).toBe(false);
	});

	it('a new lesson attempt or "Làm lại từ đầu" puts the phone away, signed out', async () => {
		await scanned();
		await portal.apply_setup({ signed_in: false, location: '/dang-nhap' });
		expect(portal.phone).toMatchObject({ open: false, app_signed_in: false, qr: null });
		await scanned();
		await portal.reset();
		expect(portal.phone).toMatchObject({ open: false, app_signed_in: false, qr: null });
	});
});

describe('a reload in the middle of a lesson', () => {
	const reopen = () =>
		Portal.open({
			db,
			learner_id: 'lan',
			sandbox: portal.sandbox,
			data: { procedures: [], places },
			navigate: (location) => went.push(location)
		});

	it('shows the phone as it was: taken out, the app signed in, the same screen and code', async () => {
		const phone = phone_of(portal);
		await phone.open();
		await phone.open_app();
		await phone.sign_in(portal.account.passcode);
		await phone.show_qr();
		await phone.show('scan');
		await phone.scan();
		const token = portal.phone.qr?.token;
		portal.close();

		portal = await reopen();
		expect(portal.phone).toMatchObject({
			open: true,
			app_signed_in: true,
			screen: 'confirm',
			qr: { token, scanned: true }
		});
		// and the step she is on still works: the passcode confirms the sign-in
		expect(await phone_of(portal).confirm_qr(portal.account.passcode)).toEqual({ ok: true });
		expect(portal.session.signed_in).toBe(true);
	});

	it('a new attempt after the reload starts with the phone put away, signed out', async () => {
		const phone = phone_of(portal);
		await phone.open();
		await phone.open_app();
		await phone.sign_in(portal.account.passcode);
		await portal.apply_setup({ signed_in: false, location: '/' });
		portal.close();
		portal = await reopen();
		expect(portal.phone).toEqual(phone_off());
	});

	it('a refused write shows the banner and emits nothing, so the lesson does not move on', async () => {
		const phone = phone_of(portal);
		vi.spyOn(db.sandbox_sessions, 'put').mockRejectedValue(new Error('QuotaExceededError'));
		expect(await phone.open()).toBe(false);
		expect(events).toEqual([]);
		expect(save_problem.current).not.toBeNull();
		// the phone is back as it was stored: the same tap can be made again
		expect(portal.phone.open).toBe(false);
	});

	it('reads back only what it understands', () => {
		expect(phone_restored(undefined)).toEqual(phone_off());
		expect(phone_restored({ open: 'yes', screen: 'nowhere', qr: { token: 3 } })).toEqual(
			phone_off()
		);
		// the app's screens need the app signed in
		expect(phone_restored({ open: true, screen: 'home', app_signed_in: false })).toMatchObject({
			open: true,
			screen: 'passcode'
		});
	});
});
