/**
 * What the practice portal keeps per learner in IndexedDB. Every record carries learner_id and
 * sandbox (free practice, or one lesson: sandbox-id.ts), so one learner never sees another's
 * work, a lesson never disturbs free practice, and "Làm lại từ đầu" clears exactly one sandbox.
 * Times are simulated (the portal's clock can be fast-forwarded): ISO strings of sim time.
 */
import type { DossierStatus, ReceiveMethod } from './model';
import type { Persona } from './persona';
import type { PhoneState } from '$lib/vneid/state';

/** The learner's sign-in state and simulated clock. */
export interface PortalSession {
	learner_id: string;
	sandbox: string;
	signed_in: boolean;
	/** set after a correct password, until the OTP is typed */
	otp_pending: boolean;
	otp_code?: string;
	password_failures: number;
	otp_failures: number;
	locked: boolean;
	/** whole days the simulated clock runs ahead of the device clock (or of `clock_start`) */
	clock_offset_days: number;
	/**
	 * the practice date at offset 0, 'YYYY-MM-DD', pinned by a lesson's setup so the lesson's
	 * papers and dates agree with the portal's; absent: the device's date
	 */
	clock_start?: string;
	/** who the practice account is in a lesson's sandbox (persona.ts); absent: the learner's own */
	persona?: Persona;
	/** where the learner was in the portal, to resume there */
	location: string;
	/** where to go after signing in */
	return_to?: string;
	/**
	 * Written before version 5; no longer read: the order of receipt is now counted from the
	 * dossiers themselves, inside the filing transaction, so it can never go back.
	 */
	code_sequence?: Record<string, number>;
	/** the last dossier filed in this sandbox, so a reload right after filing shows it */
	last_filed?: { procedure_id: string; dossier_id: string; draft_id: string };
	/** the simulated phone as it was (src/lib/vneid/state.ts), so a reload shows it again */
	phone?: PhoneState;
	updated_at: number;
}

export interface Address {
	province: string;
	ward: string;
	street: string;
}

export type AnswerValue = string | boolean | Address;

export interface Attachment {
	document_id: string;
	/** a sample scan from the gallery, or a file from the device kept in the files table */
	source: 'sample' | 'device';
	name: string;
	type: string;
	size: number;
	/** static path of a sample, or the files-table id of a device file */
	ref: string;
}

export interface Payment {
	amount: number;
	method: string;
	transaction_no: string;
	paid_at: string;
}

export interface ReceiveChoice {
	method: ReceiveMethod;
	/** for postal delivery */
	address?: Address;
	recipient?: string;
	phone?: string;
}

/** A dossier being prepared (one per learner and procedure). */
export interface DossierDraft {
	id: string;
	learner_id: string;
	sandbox: string;
	procedure_id: string;
	agency?: { province: string; ward: string };
	answers: Record<string, AnswerValue>;
	attachments: Attachment[];
	receive?: ReceiveChoice;
	payment?: Payment;
	/** failed payment attempts, shown on the payment page */
	payment_failures: number;
	updated_at: number;
}

export interface SandboxFile {
	id: string;
	learner_id: string;
	sandbox: string;
	name: string;
	type: string;
	size: number;
	blob: Blob;
}

export interface StatusChange {
	status: DossierStatus;
	at: string;
	note?: string;
}

export interface Dossier {
	id: string;
	learner_id: string;
	sandbox: string;
	procedure_id: string;
	procedure_name: string;
	code: string;
	agency: { province: string; ward: string };
	answers: Record<string, AnswerValue>;
	attachments: Attachment[];
	receive: ReceiveChoice;
	payment?: Payment;
	submitted_at: string;
	/** the day the processing time counts from (the 15:00 rule) */
	received_date: string;
	appointment_date: string;
	status: DossierStatus;
	history: StatusChange[];
	supplement?: {
		document_id: string;
		message: string;
		requested_at: string;
		deadline: string;
		/** the practice deadline is not the legal one (the reference gives none) */
		deadline_unconfirmed?: boolean;
		sent_at?: string;
	};
	/** a draft of the result sent to the citizen to confirm before it is issued */
	draft_confirmation?: { document: string; sent_at: string; confirmed_at?: string };
	/** the office could not decide by the appointment and set a new one */
	delay?: { notified_at: string; previous_appointment: string; reason: string };
	/** where a result to collect in person waits (the office's name) */
	collect_at?: string;
	tracking_code?: string;
	/** the draft it was filed from: filing the same draft twice finds this dossier instead */
	draft_id?: string;
	rating?: { level: string; comment: string; at: string };
}

export interface SandboxMessage {
	id: string;
	learner_id: string;
	sandbox: string;
	kind: 'sms' | 'email';
	from: string;
	subject: string;
	body: string;
	at: string;
	read: boolean;
	dossier_id?: string;
}
