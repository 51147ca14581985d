/**
 * The one list of the portal's events and their fields, as a runtime schema: the `SimEvent`
 * type (events.ts) is read off it, the lesson validator ($lib/content/event-matching.ts) reads
 * event names, fields and closed value sets from it, and a unit test checks README.md's event
 * table against it. To add an event, add it here (and a row to the README table).
 *
 * Build time and tests only: the browser needs just the type, so events.ts imports this module
 * with `import type` and valibot stays out of the site's JavaScript.
 */
import * as v from 'valibot';
import { FIELDS, RECEIVE_NAMES, STATUSES, type DossierStatus, type ReceiveMethod } from './model';
import { SCREEN_NAMES } from './screen-schema';
import { VNEID_PROCEDURE_IDS } from '../vneid/procedures';
import { APP_SCREENS } from '../vneid/state';

const event = <T extends string, E extends v.ObjectEntries>(type: T, entries: E) =>
	v.object({ type: v.literal(type), ...entries });

const text = v.string();
const count = v.number();
const flag = v.boolean();
const texts = v.array(v.string());
const status = v.picklist(Object.keys(STATUSES) as [DossierStatus, ...DossierStatus[]]);
/** The boxes of the sign-in page a lesson hears about. */
export const LOGIN_FIELDS = ['citizen-id', 'password', 'otp'] as const;
export type LoginField = (typeof LOGIN_FIELDS)[number];
const on_procedure = { procedure_id: text };
const on_dossier = { dossier_id: text };
/** whether a login step worked, how often it failed, and whether the account is now locked */
const attempt = { ok: flag, failures: count, locked: flag };

export const sim_event_schema = v.variant('type', [
	event('navigated', { location: text, screen: v.picklist(SCREEN_NAMES) }),
	event('sign-in-opened', {}),
	// matches: the text is the practice account's own (for the OTP, the newest message's code)
	event('login-typed', { field: v.picklist(LOGIN_FIELDS), filled: flag, matches: flag }),
	event('password-submitted', attempt),
	event('otp-sent', {}),
	event('otp-submitted', attempt),
	event('signed-in', {}),
	event('signed-out', {}),
	event('account-unlocked', {}),
	event('searched', { query: text, results: count, found: flag }),
	event('field-browsed', { field: v.picklist(FIELDS) }),
	event('agency-browsed', { agency_level: v.picklist(['xa', 'tinh']) }),
	event('procedure-opened', on_procedure),
	event('apply-started', on_procedure),
	event('agency-chosen', { ...on_procedure, province: text, ward: text }),
	/**
	 * one per field when a page of the e-form is saved; `value` is the option chosen in a radio
	 * or select field, "true"/"false" for a checkbox, a typed date as dd/mm/yyyy, and "" for other
	 * typed text (never sent on)
	 */
	event('field-set', { ...on_procedure, field_id: text, valid: flag, value: text }),
	event('form-errors-shown', { ...on_procedure, section_id: text, field_ids: texts }),
	event('section-completed', { ...on_procedure, section_id: text }),
	event('answers-reviewed', on_procedure),
	event('file-attached', {
		...on_procedure,
		document_id: text,
		source: v.picklist(['sample', 'device'])
	}),
	event('file-rejected', {
		...on_procedure,
		document_id: text,
		reason: v.picklist(['type', 'size'])
	}),
	event('file-removed', { ...on_procedure, document_id: text }),
	event('submit-blocked', { ...on_procedure, missing: texts }),
	event('delivery-chosen', {
		...on_procedure,
		method: v.picklist(Object.keys(RECEIVE_NAMES) as [ReceiveMethod, ...ReceiveMethod[]])
	}),
	event('payment-failed', {
		...on_procedure,
		reason: v.picklist(['insufficient-funds', 'wrong-otp'])
	}),
	event('paid', { ...on_procedure, amount: count }),
	event('submitted', { ...on_procedure, dossier_id: text, code: text }),
	event('message-opened', { message_id: text, kind: v.picklist(['sms', 'email']) }),
	event('clock-advanced', { days: count, today: text }),
	event('status-changed', { ...on_dossier, status }),
	event('status-viewed', { ...on_dossier, status }),
	event('supplement-sent', on_dossier),
	event('draft-confirmed', on_dossier),
	event('result-collected', on_dossier),
	event('withdrawn', on_dossier),
	event('result-opened', on_dossier),
	event('result-downloaded', on_dossier),
	event('tracking-viewed', on_dossier),
	event('rated', { ...on_dossier, level: text }),
	event('sandbox-reset', {}),
	// the simulated phone and its VNeID app (src/lib/vneid/), and signing in to the portal by QR
	event('phone-opened', {}),
	event('phone-closed', {}),
	event('vneid-opened', {}),
	/** the app's 6-digit passcode: to sign in to the app, or to confirm a QR sign-in */
	event('passcode-submitted', {
		ok: flag,
		failures: count,
		purpose: v.picklist(['sign-in', 'qr'])
	}),
	event('vneid-signed-in', {}),
	/** the app shows another of its screens */
	event('vneid-screen', { screen: v.picklist(APP_SCREENS) }),
	event('vneid-procedure-viewed', { procedure: v.picklist(VNEID_PROCEDURE_IDS) }),
	event('qr-shown', {}),
	event('qr-scanned', {}),
	event('qr-cancelled', {}),
	/** a choice on the simulated phone of a safety scenario (src/lib/scenarios) */
	event('scenario-choice', { step: text, choice: text, safe: flag })
]);
