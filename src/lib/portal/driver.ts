/**
 * What a lesson may ask of the practice portal: the one narrow interface between the two.
 * Lesson code (lesson-run, the demo, the lesson player) goes through a PortalDriver and never
 * reads the portal's tables, its session or its setup internals; the portal never imports
 * lesson code. Everything a learner does reaches a lesson as an event (events.ts) through
 * `observe`.
 */
import type { CdsDatabase } from '$lib/db/database';
import type { WriteResult } from '$lib/db/writes.svelte';
import type { PracticeAccount } from './account';
import type { Persona } from './persona';
import { sim_events, type Listener } from './events';
import type { Portal } from './portal.svelte';
import type { SandboxMessage } from './records';
import { is_lesson_sandbox } from './sandbox-id';

/** Where a lesson attempt starts (a lesson's `setup:`). */
export interface ScenarioSetup {
	signed_in: boolean;
	location: string;
	/** the practice date the lesson's sandbox starts on, 'YYYY-MM-DD' (absent: the device's date) */
	practice_date?: string;
	/** who the practice account is in the lesson's sandbox (persona.ts) */
	persona?: Persona;
}

export interface PortalDriver {
	/** the learner's database: lesson progress is kept there, beside the portal's sandbox */
	readonly database: CdsDatabase;
	/**
	 * Puts the portal where a lesson attempt starts (signed in or out, on `setup.location`); in
	 * a lesson's own sandbox from an empty sandbox, elsewhere without the procedure's half-filled
	 * form.
	 */
	set_up(setup: ScenarioSetup, procedure_id?: string): Promise<WriteResult<unknown> | void>;
	/**
	 * True when a lesson's sandbox was set up (it holds a session). Attempts started before each
	 * lesson had its own sandbox (Dexie version 5) find none.
	 */
	is_set_up(): Promise<boolean>;
	/** true when this portal is a lesson's own sandbox (not free practice) */
	readonly in_lesson_sandbox: boolean;
	/** Calls `listener` for every portal event from now on; returns the function that stops it. */
	observe(listener: Listener): () => void;
	/** the practice account a demo types in */
	readonly account: PracticeAccount;
	/** the practice date, 'YYYY-MM-DD' (the fast-forwarded clock) */
	readonly today: string;
	/** the code the portal is waiting for now: the sign-in OTP, else the bank's payment OTP */
	readonly otp: string | undefined;
	/** true while the portal waits for a code sent by SMS */
	readonly waiting_for_code: boolean;
	/** the latest SMS in the practice inbox */
	readonly latest_sms: SandboxMessage | null;
	/** the message shown on the simulated phone, if any */
	readonly notification: SandboxMessage | null;
	/** Shows a message on the simulated phone again. */
	show_message(message: SandboxMessage): void;
}

/** The driver of one open portal. Reads are live: in a component they follow the portal. */
export function portal_driver(portal: Portal): PortalDriver {
	return {
		get database() {
			return portal.db;
		},
		set_up: (setup, procedure_id) => portal.apply_setup(setup, procedure_id),
		async is_set_up() {
			const { learner_id, sandbox } = portal.key;
			return Boolean(await portal.db.sandbox_sessions.get([learner_id, sandbox]));
		},
		get in_lesson_sandbox() {
			return is_lesson_sandbox(portal.sandbox);
		},
		observe: (listener) => sim_events.subscribe(listener),
		get account() {
			return portal.account;
		},
		get today() {
			return portal.today;
		},
		get otp() {
			return portal.session.otp_code ?? portal.payment_otp?.code;
		},
		get waiting_for_code() {
			return portal.session.otp_pending || Boolean(portal.payment_otp);
		},
		get latest_sms() {
			return portal.messages.find((m) => m.kind === 'sms') ?? null;
		},
		get notification() {
			return portal.notification;
		},
		show_message(message) {
			portal.notification = message;
		}
	};
}

/** A driver as it is, or the driver of a portal. */
export function as_driver(portal: Portal | PortalDriver): PortalDriver {
	return 'observe' in portal ? portal : portal_driver(portal);
}
