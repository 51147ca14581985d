/**
 * Everything a learner does in the practice portal, as typed events on one channel. Lessons
 * (and anything else) subscribe here; the portal never imports lesson code.
 */
import type { FieldId, ReceiveMethod, DossierStatus } from './model';

export type SimEvent =
	| { type: 'navigated'; location: string; screen: string }
	| { type: 'sign-in-opened' }
	| { type: 'login-typed'; field: 'citizen-id' | 'password' | 'otp'; filled: boolean }
	| { type: 'password-submitted'; ok: boolean; failures: number; locked: boolean }
	| { type: 'otp-sent' }
	| { type: 'otp-submitted'; ok: boolean; failures: number; locked: boolean }
	| { type: 'signed-in' }
	| { type: 'signed-out' }
	| { type: 'account-unlocked' }
	| { type: 'searched'; query: string; results: number; found: boolean }
	| { type: 'field-browsed'; field: FieldId }
	| { type: 'agency-browsed'; agency_level: 'xa' | 'tinh' }
	| { type: 'procedure-opened'; procedure_id: string }
	| { type: 'apply-started'; procedure_id: string }
	| { type: 'agency-chosen'; procedure_id: string; province: string; ward: string }
	/**
	 * one per field when a page of the e-form is saved; `value` is the option chosen in a radio
	 * or select field, "true"/"false" for a checkbox, a typed date as dd/mm/yyyy, and "" for other
	 * typed text (never sent on)
	 */
	| { type: 'field-set'; procedure_id: string; field_id: string; valid: boolean; value: string }
	| { type: 'form-errors-shown'; procedure_id: string; section_id: string; field_ids: string[] }
	| { type: 'section-completed'; procedure_id: string; section_id: string }
	| { type: 'answers-reviewed'; procedure_id: string }
	| {
			type: 'file-attached';
			procedure_id: string;
			document_id: string;
			source: 'sample' | 'device';
	  }
	| { type: 'file-rejected'; procedure_id: string; document_id: string; reason: 'type' | 'size' }
	| { type: 'file-removed'; procedure_id: string; document_id: string }
	| { type: 'submit-blocked'; procedure_id: string; missing: string[] }
	| { type: 'delivery-chosen'; procedure_id: string; method: ReceiveMethod }
	| { type: 'payment-failed'; procedure_id: string; reason: 'insufficient-funds' | 'wrong-otp' }
	| { type: 'paid'; procedure_id: string; amount: number }
	| { type: 'submitted'; procedure_id: string; dossier_id: string; code: string }
	| { type: 'message-opened'; message_id: string; kind: 'sms' | 'email' }
	| { type: 'clock-advanced'; days: number; today: string }
	| { type: 'status-changed'; dossier_id: string; status: DossierStatus }
	| { type: 'status-viewed'; dossier_id: string; status: DossierStatus }
	| { type: 'supplement-sent'; dossier_id: string }
	| { type: 'draft-confirmed'; dossier_id: string }
	| { type: 'result-collected'; dossier_id: string }
	| { type: 'withdrawn'; dossier_id: string }
	| { type: 'result-opened'; dossier_id: string }
	| { type: 'result-downloaded'; dossier_id: string }
	| { type: 'tracking-viewed'; dossier_id: string }
	| { type: 'rated'; dossier_id: string; level: string }
	| { type: 'sandbox-reset' };

export type SimEventType = SimEvent['type'];

type FieldsOf<T extends SimEventType> = Exclude<keyof Extract<SimEvent, { type: T }>, 'type'>;

/**
 * Every event type with the fields it carries, for checking lesson content at build time
 * (a lesson that waits for an event that does not exist must not build).
 */
export const SIM_EVENT_FIELDS = {
	navigated: ['location', 'screen'],
	'sign-in-opened': [],
	'login-typed': ['field', 'filled'],
	'password-submitted': ['ok', 'failures', 'locked'],
	'otp-sent': [],
	'otp-submitted': ['ok', 'failures', 'locked'],
	'signed-in': [],
	'signed-out': [],
	'account-unlocked': [],
	searched: ['query', 'results', 'found'],
	'field-browsed': ['field'],
	'agency-browsed': ['agency_level'],
	'procedure-opened': ['procedure_id'],
	'apply-started': ['procedure_id'],
	'agency-chosen': ['procedure_id', 'province', 'ward'],
	'field-set': ['procedure_id', 'field_id', 'valid', 'value'],
	'form-errors-shown': ['procedure_id', 'section_id', 'field_ids'],
	'section-completed': ['procedure_id', 'section_id'],
	'answers-reviewed': ['procedure_id'],
	'file-attached': ['procedure_id', 'document_id', 'source'],
	'file-rejected': ['procedure_id', 'document_id', 'reason'],
	'file-removed': ['procedure_id', 'document_id'],
	'submit-blocked': ['procedure_id', 'missing'],
	'delivery-chosen': ['procedure_id', 'method'],
	'payment-failed': ['procedure_id', 'reason'],
	paid: ['procedure_id', 'amount'],
	submitted: ['procedure_id', 'dossier_id', 'code'],
	'message-opened': ['message_id', 'kind'],
	'clock-advanced': ['days', 'today'],
	'status-changed': ['dossier_id', 'status'],
	'status-viewed': ['dossier_id', 'status'],
	'supplement-sent': ['dossier_id'],
	'draft-confirmed': ['dossier_id'],
	'result-collected': ['dossier_id'],
	withdrawn: ['dossier_id'],
	'result-opened': ['dossier_id'],
	'result-downloaded': ['dossier_id'],
	'tracking-viewed': ['dossier_id'],
	rated: ['dossier_id', 'level'],
	'sandbox-reset': []
} as const satisfies { [K in SimEventType]: readonly FieldsOf<K>[] };
export type Listener = (event: SimEvent) => void;

export function create_event_channel() {
	const listeners = new Set<Listener>();
	return {
		/** Calls `listener` for every event from now on; returns the function that stops it. */
		subscribe(listener: Listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
		emit(event: SimEvent) {
			for (const listener of [...listeners]) listener(event);
		}
	};
}

/** The one channel of the practice portal. */
export const sim_events = create_event_channel();
