/**
 * What the learner does with the simulated phone and its VNeID app, and the QR sign-in to the
 * portal's website: the phone's part of the portal façade. Each action changes the portal's
 * phone state (Portal.phone) and emits its portal event, so lessons can wait for it; the
 * website is signed in through the portal itself (Portal.sign_in_by_app).
 *
 * Facts (../shared/domain/portal-screens.md §1.3 and §3, portal-and-procedures.md §2.2):
 * the passcode has 6 digits and confirms actions in the app; the portal's login screen shows a
 * QR code, scanned with the scan-QR icon on the app's home screen; the Hưng Yên guide adds a
 * passcode step after scanning. The reference says nothing about how many wrong passcodes the
 * real app allows, so the practice copy sets no limit and says so.
 */
import type { Portal } from '$lib/portal/portal.svelte';
import { VNEID_PROCEDURES, type VneidProcedureId } from './procedures';
import { phone_restored, type AppScreen } from './state';
import { make_qr_token, passcode_problem } from './passcode';

export type PasscodeAnswer =
	| { ok: true }
	| { ok: false; message: string }
	/** the website could not be signed in (the storage banner says why) */
	| { ok: false; message: null };

export const WRONG_PASSCODE =
	'Mã passcode chưa đúng. Hãy xem lại mã passcode tập và gõ lại. Trên bản tập, bạn được gõ lại bao nhiêu lần cũng được.';

export class VneidPhone {
	readonly #portal: Portal;

	constructor(portal: Portal) {
		this.#portal = portal;
	}

	get #state() {
		return this.#portal.phone;
	}

	/**
	 * Stores the phone as it now is (the screen already shows it), then emits the events a
	 * lesson waits for. A refused write shows the storage banner, emits nothing (the lesson does
	 * not move on) and puts the phone back as it was last stored, so the same tap can be made
	 * again; resolves to whether it was stored.
	 */
	async #keep(...events: Parameters<Portal['emit']>[0][]): Promise<boolean> {
		const saved = await this.#portal.keep_phone();
		if (!saved.ok) {
			this.#portal.phone = phone_restored(this.#portal.session.phone);
			return false;
		}
		for (const event of events) this.#portal.emit(event);
		return true;
	}

	/** Takes the phone out: it shows what it showed when it was put away. */
	open() {
		this.#state.open = true;
		return this.#keep({ type: 'phone-opened' });
	}

	/** Puts the phone away (the app stays as it was, as on a real phone). */
	close() {
		this.#state.open = false;
		return this.#keep({ type: 'phone-closed' });
	}

	/** Taps the VNeID icon: the passcode screen, or the app's home when already signed in. */
	open_app() {
		this.#state.screen = this.#state.app_signed_in ? 'home' : 'passcode';
		return this.#keep({ type: 'vneid-opened' });
	}

	/** Shows one of the app's screens (the phone's own home screen is 'launcher'). */
	show(screen: AppScreen) {
		this.#go(screen);
		return this.#keep({ type: 'vneid-screen', screen: this.#state.screen });
	}

	#go(screen: AppScreen) {
		const signed_out = !this.#state.app_signed_in && screen !== 'launcher';
		this.#state.screen = signed_out ? 'passcode' : screen;
	}

	async view_procedure(id: VneidProcedureId) {
		if (!VNEID_PROCEDURES.some((p) => p.id === id)) return false;
		this.#state.procedure = id;
		this.#go('procedure');
		return this.#keep(
			{ type: 'vneid-screen', screen: this.#state.screen },
			{ type: 'vneid-procedure-viewed', procedure: id }
		);
	}

	/**
	 * Checks the passcode typed; a format problem changes nothing and emits nothing. Its event
	 * is returned, to be emitted once the phone is stored.
	 */
	#check(typed: string, purpose: 'sign-in' | 'qr') {
		const problem = passcode_problem(typed);
		if (problem) return { answer: { ok: false, message: problem } as PasscodeAnswer };
		const state = this.#state;
		const ok = typed.replace(/\s/g, '') === this.#portal.account.passcode;
		state.passcode_failures = ok ? 0 : state.passcode_failures + 1;
		const event = {
			type: 'passcode-submitted',
			ok,
			failures: state.passcode_failures,
			purpose
		} as const;
		const answer: PasscodeAnswer = ok ? { ok } : { ok, message: WRONG_PASSCODE };
		return { answer, event };
	}

	/** Signs in to the app with the passcode. */
	async sign_in(typed: string): Promise<PasscodeAnswer> {
		const { answer, event } = this.#check(typed, 'sign-in');
		if (!event) return answer;
		if (answer.ok) {
			this.#state.app_signed_in = true;
			this.#state.screen = 'home';
		}
		const kept = answer.ok
			? await this.#keep(event, { type: 'vneid-signed-in' })
			: await this.#keep(event);
		return kept ? answer : { ok: false, message: null };
	}

	// ── signing in to the website with a QR code ───────────────────────────────────

	/** The website's login screen shows a sign-in QR code (a new one each time). */
	show_qr(random: () => number = Math.random) {
		this.#state.qr = { token: make_qr_token(random), scanned: false };
		return this.#keep({ type: 'qr-shown' });
	}

	/** The website's login screen was left: its code is gone, quietly. */
	async forget_qr() {
		if (!this.#state.qr) return true;
		this.#state.qr = null;
		if (this.#state.screen === 'confirm') this.#state.screen = 'home';
		return this.#keep();
	}

	/** "Quay lại" on the website, or "Từ chối" in the app: no sign-in. */
	cancel_qr() {
		this.#state.qr = null;
		if (this.#state.screen === 'confirm') this.#state.screen = 'home';
		return this.#keep({ type: 'qr-cancelled' });
	}

	/** The app's camera reads the code on the website; false when the website shows none. */
	async scan(): Promise<boolean> {
		const qr = this.#state.qr;
		if (!qr || !this.#state.app_signed_in) return false;
		qr.scanned = true;
		this.#state.screen = 'confirm';
		return this.#keep({ type: 'qr-scanned' });
	}

	/**
	 * Confirms the scanned sign-in with the passcode: the website is then signed in and the
	 * phone put away, so the learner sees the website.
	 */
	async confirm_qr(typed: string): Promise<PasscodeAnswer> {
		if (!this.#state.qr?.scanned) return { ok: false, message: null };
		const { answer, event } = this.#check(typed, 'qr');
		if (!event) return answer;
		if (!(await this.#keep(event))) return { ok: false, message: null };
		if (!answer.ok) return answer;
		const signed = await this.#portal.sign_in_by_app();
		if (signed !== 'ok') return { ok: false, message: null };
		this.#state.qr = null;
		this.#state.screen = 'home';
		this.#state.open = false;
		await this.#keep({ type: 'phone-closed' });
		return answer;
	}
}

const phones = new WeakMap<Portal, VneidPhone>();

/** The phone of this portal (one per open portal). */
export function phone_of(portal: Portal): VneidPhone {
	let phone = phones.get(portal);
	if (!phone) phones.set(portal, (phone = new VneidPhone(portal)));
	return phone;
}
