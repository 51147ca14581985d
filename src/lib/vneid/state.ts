/**
 * The simulated phone and its VNeID app, as the portal keeps them (Portal.phone): in memory
 * only, like a real phone's open app. A reload or a new lesson attempt starts with the phone put
 * away and the app signed out. Types and the starting state only: the portal loads this with its
 * first screen, the phone itself (phone.ts, ui/phone/) only when it is first taken out.
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
