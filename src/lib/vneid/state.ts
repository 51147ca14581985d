/**
 * The simulated phone and its VNeID app, as the portal keeps them (Portal.phone). The portal
 * stores them with its session (PortalSession.phone), so a reload in the middle of a lesson
 * shows the phone as it was (taken out, the app signed in, the same screen) and the step she is
 * on still makes sense. A new lesson attempt or "Làm lại từ đầu" puts the phone away, signed
 * out. Types, the starting state and reading a stored state back only: the portal loads this
 * with its first screen, the phone itself (phone.ts, ui/phone/) only when it is first taken out.
 */

/** The screens of the phone: its own home screen with the app icon, then the app's screens. */
export const APP_SCREENS = [
	'launcher',
	'passcode',
	'home',
	'procedures',
	'procedure',
	'scan',
	'confirm'
] as const;
export type AppScreen = (typeof APP_SCREENS)[number];

export interface PhoneState {
	/** taken out (shown over the portal), or put away */
	open: boolean;
	screen: AppScreen;
	/** signed in to the app with the passcode */
	app_signed_in: boolean;
	/** wrong passcodes typed so far (the practice copy sets no limit) */
	passcode_failures: number;
	/** the procedure open in "Thủ tục hành chính" */
	procedure?: string;
	/** the sign-in QR code the portal's website shows, and whether the app has scanned it */
	qr: { token: string; scanned: boolean } | null;
}

export function phone_off(): PhoneState {
	return {
		open: false,
		screen: 'launcher',
		app_signed_in: false,
		passcode_failures: 0,
		qr: null
	};
}

/**
 * The phone as stored with a session, read back: anything missing or not understood (a session
 * stored before the phone was kept, or by an older version) starts from the phone put away.
 */
export function phone_restored(stored: unknown): PhoneState {
	const state = phone_off();
	if (!stored || typeof stored !== 'object') return state;
	const saved = stored as Partial<Record<keyof PhoneState, unknown>>;
	if (typeof saved.open === 'boolean') state.open = saved.open;
	if (typeof saved.app_signed_in === 'boolean') state.app_signed_in = saved.app_signed_in;
	if ((APP_SCREENS as readonly unknown[]).includes(saved.screen)) {
		state.screen = saved.screen as AppScreen;
	}
	if (typeof saved.passcode_failures === 'number' && saved.passcode_failures >= 0) {
		state.passcode_failures = Math.floor(saved.passcode_failures);
	}
	if (typeof saved.procedure === 'string') state.procedure = saved.procedure;
	const qr = saved.qr as { token?: unknown; scanned?: unknown } | null | undefined;
	if (qr && typeof qr.token === 'string' && typeof qr.scanned === 'boolean') {
		state.qr = { token: qr.token, scanned: qr.scanned };
	}
	// the app's own screens need the app signed in; signed out, it asks for the passcode
	if (!state.app_signed_in && state.screen !== 'launcher') state.screen = 'passcode';
	// a scanned code waits on the confirm screen only
	if (state.qr?.scanned && state.screen !== 'confirm') state.qr.scanned = false;
	return state;
}
