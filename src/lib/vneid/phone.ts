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
import type { AppScreen } from './state';
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

	#emit(...args: Parameters<Portal['emit']>) {
		this.#portal.emit(...args);
	}

	/** Takes the phone out: it shows what it showed when it was put away. */
	open() {
		this.#state.open = true;
		this.#emit({ type: 'phone-opened' });
	}

	/** Puts the phone away (the app stays as it was, as on a real phone). */
	close() {
		this.#state.open = false;
		this.#emit({ type: 'phone-closed' });
	}

	/** Taps the VNeID icon: the passcode screen, or the app's home when already signed in. */
	open_app() {
		this.#state.screen = this.#state.app_signed_in ? 'home' : 'passcode';
		this.#emit({ type: 'vneid-opened' });
	}

	/** Shows one of the app's screens (the phone's own home screen is 'launcher'). */
	show(screen: AppScreen) {
		const signed_out = !this.#state.app_signed_in && screen !== 'launcher';
		this.#state.screen = signed_out ? 'passcode' : screen;
		this.#emit({ type: 'vneid-screen', screen: this.#state.screen });
	}

	view_procedure(id: VneidProcedureId) {
		if (!VNEID_PROCEDURES.some((p) => p.id === id)) return;
		this.#state.procedure = id;
		this.show('procedure');
		this.#emit({ type: 'vneid-procedure-viewed', procedure: id });
	}

	/** Checks the passcode typed; a format problem changes nothing and emits nothing. */
	#check(typed: string, purpose: 'sign-in' | 'qr'): PasscodeAnswer {
		const problem = passcode_problem(typed);
		if (problem) return { ok: false, message: problem };
		const state = this.#state;
		const ok = typed.replace(/\s/g, '') === this.#portal.account.passcode;
		state.passcode_failures = ok ? 0 : state.passcode_failures + 1;
		this.#emit({
			type: 'passcode-submitted',
			ok,
			failures: state.passcode_failures,
			purpose
		});
		return ok ? { ok } : { ok, message: WRONG_PASSCODE };
	}

	/** Signs in to the app with the passcode. */
	sign_in(typed: string): PasscodeAnswer {
		const answer = this.#check(typed, 'sign-in');
		if (!answer.ok) return answer;
		this.#state.app_signed_in = true;
		this.#state.screen = 'home';
		this.#emit({ type: 'vneid-signed-in' });
		return answer;
	}

	// ── signing in to the website with a QR code ───────────────────────────────────

	/** The website's login screen shows a sign-in QR code (a new one each time). */
	show_qr(random: () => number = Math.random) {
		this.#state.qr = { token: make_qr_token(random), scanned: false };
		this.#emit({ type: 'qr-shown' });
	}

	/** The website's login screen was left: its code is gone, quietly. */
	forget_qr() {
		if (!this.#state.qr) return;
		this.#state.qr = null;
		if (this.#state.screen === 'confirm') this.#state.screen = 'home';
	}

	/** "Quay lại" on the website, or "Từ chối" in the app: no sign-in. */
	cancel_qr() {
		this.#state.qr = null;
		if (this.#state.screen === 'confirm') this.#state.screen = 'home';
		this.#emit({ type: 'qr-cancelled' });
	}

	/** The app's camera reads the code on the website; false when the website shows none. */
	scan(): boolean {
		const qr = this.#state.qr;
		if (!qr || !this.#state.app_signed_in) return false;
		qr.scanned = true;
		this.#state.screen = 'confirm';
		this.#emit({ type: 'qr-scanned' });
		return true;
	}

	/**
	 * Confirms the scanned sign-in with the passcode: the website is then signed in and the
	 * phone put away, so the learner sees the website.
	 */
	async confirm_qr(typed: string): Promise<PasscodeAnswer> {
		if (!this.#state.qr?.scanned) return { ok: false, message: null };
		const answer = this.#check(typed, 'qr');
		if (!answer.ok) return answer;
		const signed = await this.#portal.sign_in_by_app();
		if (signed !== 'ok') return { ok: false, message: null };
		this.#state.qr = null;
		this.#state.screen = 'home';
		this.close();
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
