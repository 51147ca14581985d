/**
 * The practice portal's state for one learner, and every action a learner can take. Each
 * action updates the state, writes it to the sandbox database and emits a SimEvent. Screens
 * stay thin: they read from here and call these methods.
 */
import { createContext } from 'svelte';
import type { CdsDatabase } from '$lib/db/database';
import type { Places } from '$lib/content/places';
import { make_otp, practice_account, type PracticeAccount } from './account';
import { sim_events, type SimEvent } from './events';
import { sim_now, to_iso_date } from './logic/clock';
import type { Notice } from './logic/lifecycle';
import type { Procedure, ReceiveMethod, RequiredDocument } from './model';
import type {
	Address,
	AnswerValue,
	Attachment,
	Dossier,
	DossierDraft,
	PortalSession,
	ReceiveChoice,
	SandboxMessage
} from './records';
import { office_name } from './offices';
import * as sandbox from './sandbox';

export const MAX_TRIES = 5;
export const MAX_FILE_BYTES = 6 * 1024 * 1024;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
/** The practice wallet holds too little on purpose, so a learner meets a failed payment. */
export const WALLET_BALANCE = 1_000;

export interface PortalData {
	procedures: Procedure[];
	places: Places;
}

export type Navigate = (location: string, options?: { replace?: boolean }) => void;

export class Portal {
	readonly db: CdsDatabase;
	readonly learner_id: string;
	readonly data: PortalData;
	readonly account: PracticeAccount;
	readonly procedures: Map<string, Procedure>;
	#navigate: Navigate;

	session = $state<PortalSession>() as PortalSession;
	draft = $state<DossierDraft | null>(null);
	dossiers = $state<Dossier[]>([]);
	messages = $state<SandboxMessage[]>([]);
	/** the latest SMS, shown as a notification on the simulated phone */
	notification = $state<SandboxMessage | null>(null);
	/** true while the payment page waits for the bank's OTP */
	payment_otp = $state<{ code: string; method: string } | null>(null);

	constructor(options: {
		db: CdsDatabase;
		learner_id: string;
		data: PortalData;
		session: PortalSession;
		navigate: Navigate;
	}) {
		this.db = options.db;
		this.learner_id = options.learner_id;
		this.data = options.data;
		this.session = options.session;
		this.#navigate = options.navigate;
		this.account = practice_account(options.learner_id);
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once, never changed
		this.procedures = new Map(options.data.procedures.map((p) => [p.id, p]));
	}

	/** Opens a learner's portal: their session, dossiers moved on to today, messages. */
	static async open(options: {
		db: CdsDatabase;
		learner_id: string;
		data: PortalData;
		navigate: Navigate;
	}) {
		const session = await sandbox.load_session(options.db, options.learner_id);
		const portal = new Portal({ ...options, session });
		await portal.refresh();
		return portal;
	}

	emit(event: SimEvent) {
		sim_events.emit(event);
	}

	/** Simulated now: the device clock moved on by the fast-forwarded days. */
	now() {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
		return sim_now(new Date(), { offset_days: this.session.clock_offset_days });
	}

	get today() {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
		return to_iso_date(sim_now(new Date(), { offset_days: this.session.clock_offset_days }));
	}

	get unread() {
		return this.messages.filter((m) => !m.read).length;
	}

	/** Moves the dossiers on to `now` (simulated 'YYYY-MM-DDTHH:mm'), then reloads them. */
	async refresh(now = sandbox.sim_stamp(this.now())) {
		const changed = await sandbox.advance_dossiers(this.db, this.learner_id, this.procedures, now, {
			office: (agency) => office_name(this.data.places, agency)
		});
		for (const dossier of changed) {
			this.emit({ type: 'status-changed', dossier_id: dossier.id, status: dossier.status });
		}
		this.dossiers = await sandbox.list_dossiers(this.db, this.learner_id);
		this.messages = await sandbox.list_messages(this.db, this.learner_id);
	}

	async #save_session(change: Partial<PortalSession>) {
		this.session = { ...this.session, ...change };
		await sandbox.save_session(this.db, $state.snapshot(this.session));
	}

	async #notify(notices: Notice[]) {
		const added = await sandbox.add_messages(this.db, this.learner_id, notices);
		this.messages = [...added.reverse(), ...this.messages];
		const sms = added.find((m) => m.kind === 'sms');
		if (sms) this.notification = sms;
	}

	// ── navigation ───────────────────────────────────────────────────────────────

	go(location: string, options?: { replace?: boolean }) {
		this.#navigate(location, options);
	}

	/** Called by the page whenever the location changes (links, back button, reload). */
	async visited(location: string, screen: string) {
		if (this.session.location !== location) await this.#save_session({ location });
		this.emit({ type: 'navigated', location, screen });
	}

	// ── signing in ───────────────────────────────────────────────────────────────

	/** Sends a learner who is not signed in to the sign-in page, then back here. */
	async require_sign_in(return_to: string) {
		if (this.session.signed_in) return true;
		await this.#save_session({ return_to });
		this.go('/dang-nhap', { replace: true });
		return false;
	}

	async submit_password(citizen_id: string, password: string) {
		if (this.session.locked) return 'locked' as const;
		const ok =
			citizen_id.replace(/\s/g, '') === this.account.citizen_id &&
			password === this.account.password;
		if (ok) {
			await this.#save_session({ password_failures: 0 });
			this.emit({ type: 'password-submitted', ok, failures: 0, locked: false });
			await this.send_otp();
			return 'ok' as const;
		}
		const failures = this.session.password_failures + 1;
		const locked = failures >= MAX_TRIES;
		await this.#save_session({ password_failures: failures, locked });
		this.emit({ type: 'password-submitted', ok, failures, locked });
		return locked ? ('locked' as const) : ('wrong' as const);
	}

	async send_otp() {
		const code = make_otp();
		await this.#save_session({ otp_pending: true, otp_code: code, otp_failures: 0 });
		await this.#notify([
			{
				kind: 'sms',
				from: 'VNeID',
				subject: 'Mã OTP đăng nhập',
				body: `Ma OTP dang nhap Cong DVC cua ban la ${code}. Tuyet doi KHONG cung cap ma nay cho bat ky ai, ke ca nguoi xung la cong an, can bo. (Ban tap)`,
				at: sandbox.sim_stamp(this.now())
			}
		]);
		this.emit({ type: 'otp-sent' });
	}

	async submit_otp(code: string) {
		if (this.session.locked) return 'locked' as const;
		const ok = code.replace(/\s/g, '') === this.session.otp_code;
		if (ok) {
			const return_to = this.session.return_to ?? '/';
			await this.#save_session({
				signed_in: true,
				otp_pending: false,
				otp_code: undefined,
				otp_failures: 0,
				return_to: undefined
			});
			this.notification = null;
			this.emit({ type: 'otp-submitted', ok, failures: 0, locked: false });
			this.emit({ type: 'signed-in' });
			this.go(return_to, { replace: true });
			return 'ok' as const;
		}
		const failures = this.session.otp_failures + 1;
		const locked = failures >= MAX_TRIES;
		await this.#save_session({ otp_failures: failures, locked });
		this.emit({ type: 'otp-submitted', ok, failures, locked });
		return locked ? ('locked' as const) : ('wrong' as const);
	}

	async cancel_otp() {
		await this.#save_session({ otp_pending: false, otp_code: undefined, otp_failures: 0 });
	}

	/** Practice only: the real portal unlocks after a wait or through the hotline. */
	async unlock() {
		await this.#save_session({
			locked: false,
			password_failures: 0,
			otp_failures: 0,
			otp_pending: false,
			otp_code: undefined
		});
		this.emit({ type: 'account-unlocked' });
	}

	async sign_out() {
		await this.#save_session({ signed_in: false, otp_pending: false, otp_code: undefined });
		this.emit({ type: 'signed-out' });
		this.go('/');
	}

	/**
	 * Puts the portal where a lesson starts: signed in or out, no half-filled form for the
	 * lesson's procedure, on the lesson's first screen. Dossiers already filed stay.
	 */
	async apply_setup(setup: { signed_in: boolean; location: string }, procedure_id?: string) {
		await this.#save_session({
			signed_in: setup.signed_in,
			otp_pending: false,
			otp_code: undefined,
			locked: false,
			password_failures: 0,
			otp_failures: 0,
			return_to: undefined
		});
		if (procedure_id) {
			await this.db.drafts.where({ learner_id: this.learner_id, procedure_id }).delete();
			if (this.draft?.procedure_id === procedure_id) this.draft = null;
		}
		this.notification = null;
		this.payment_otp = null;
		this.go(setup.location, { replace: true });
	}

	// ── preparing a dossier ──────────────────────────────────────────────────────

	procedure(id: string) {
		return this.procedures.get(id);
	}

	/** Loads (or starts) this learner's draft for a procedure. */
	async open_draft(procedure_id: string) {
		if (this.draft?.procedure_id === procedure_id) return this.draft;
		this.draft = await sandbox.load_draft(this.db, this.learner_id, procedure_id);
		return this.draft;
	}

	async #save_draft() {
		if (this.draft) await sandbox.save_draft(this.db, $state.snapshot(this.draft));
	}

	/** The answers with the practice account's data filled in where the portal would. */
	prefilled(procedure: Procedure): Record<string, AnswerValue> {
		const answers: Record<string, AnswerValue> = {};
		const account = this.account;
		const values: Record<string, AnswerValue> = {
			full_name: account.full_name,
			citizen_id: account.citizen_id,
			date_of_birth: account.date_of_birth.split('-').reverse().join('/'),
			phone: account.phone,
			address: { ...account.address }
		};
		for (const field of procedure.fields) {
			if (field.prefill) answers[field.id] = values[field.prefill];
		}
		return answers;
	}

	/** Opens the draft; a new one gets the prefilled answers and announces the start. */
	async start_application(procedure_id: string) {
		const draft = await this.open_draft(procedure_id);
		const procedure = this.procedure(procedure_id);
		if (procedure && !draft.agency && Object.keys(draft.answers).length === 0) {
			draft.answers = this.prefilled(procedure);
			await this.#save_draft();
			this.emit({ type: 'apply-started', procedure_id });
		}
	}

	async choose_agency(province: string, ward: string) {
		if (!this.draft) return;
		this.draft.agency = { province, ward };
		await this.#save_draft();
		this.emit({ type: 'agency-chosen', procedure_id: this.draft.procedure_id, province, ward });
	}

	async set_answers(values: Record<string, AnswerValue>) {
		if (!this.draft) return;
		this.draft.answers = { ...this.draft.answers, ...values };
		await this.#save_draft();
	}

	async attach(document: RequiredDocument, attachment: Attachment) {
		if (!this.draft) return;
		this.draft.attachments = [
			...this.draft.attachments.filter((a) => a.document_id !== document.id),
			attachment
		];
		await this.#save_draft();
		this.emit({
			type: 'file-attached',
			procedure_id: this.draft.procedure_id,
			document_id: document.id,
			source: attachment.source
		});
	}

	/** Checks and keeps a file from the device; returns a Vietnamese message when refused. */
	async attach_device_file(document: RequiredDocument, file: File): Promise<string | null> {
		const problem = check_file(file);
		if (problem) {
			if (this.draft) {
				this.emit({
					type: 'file-rejected',
					procedure_id: this.draft.procedure_id,
					document_id: document.id,
					reason: problem.reason
				});
			}
			return problem.message;
		}
		const stored = await sandbox.save_file(this.db, this.learner_id, file);
		await this.attach(document, {
			document_id: document.id,
			source: 'device',
			name: file.name,
			type: file.type,
			size: file.size,
			ref: stored.id
		});
		return null;
	}

	async attach_sample(document: RequiredDocument, path: string) {
		await this.attach(document, {
			document_id: document.id,
			source: 'sample',
			name: path.split('/').pop() ?? path,
			type: 'image/png',
			size: 0,
			ref: path
		});
	}

	async remove_attachment(document_id: string) {
		if (!this.draft) return;
		this.draft.attachments = this.draft.attachments.filter((a) => a.document_id !== document_id);
		await this.#save_draft();
		this.emit({ type: 'file-removed', procedure_id: this.draft.procedure_id, document_id });
	}

	async choose_receive(choice: ReceiveChoice) {
		if (!this.draft) return;
		this.draft.receive = choice;
		await this.#save_draft();
		this.emit({
			type: 'delivery-chosen',
			procedure_id: this.draft.procedure_id,
			method: choice.method as ReceiveMethod
		});
	}

	/** Starts a payment; the practice wallet cannot cover more than WALLET_BALANCE. */
	async start_payment(procedure: Procedure, method: string, amount: number) {
		if (method === 'vi-dien-tu' && amount > WALLET_BALANCE) {
			if (this.draft) {
				this.draft.payment_failures += 1;
				await this.#save_draft();
			}
			this.emit({
				type: 'payment-failed',
				procedure_id: procedure.id,
				reason: 'insufficient-funds'
			});
			return 'insufficient-funds' as const;
		}
		const code = make_otp();
		this.payment_otp = { code, method };
		await this.#notify([
			{
				kind: 'sms',
				from: 'NGAN HANG TAP',
				subject: 'Mã OTP thanh toán',
				body: `Ma OTP xac nhan thanh toan ${amount.toLocaleString('vi-VN')} VND cho ho so dich vu cong la ${code}. Khong cung cap ma nay cho bat ky ai. (Ban tap)`,
				at: sandbox.sim_stamp(this.now())
			}
		]);
		return 'otp' as const;
	}

	async confirm_payment(procedure: Procedure, code: string, amount: number) {
		if (!this.draft || !this.payment_otp) return 'wrong' as const;
		if (code.replace(/\s/g, '') !== this.payment_otp.code) {
			this.draft.payment_failures += 1;
			await this.#save_draft();
			this.emit({ type: 'payment-failed', procedure_id: procedure.id, reason: 'wrong-otp' });
			return 'wrong' as const;
		}
		this.draft.payment = {
			amount,
			method: this.payment_otp.method,
			transaction_no: `TAP${Date.now().toString().slice(-9)}`,
			paid_at: sandbox.sim_stamp(this.now())
		};
		this.payment_otp = null;
		this.notification = null;
		await this.#save_draft();
		this.emit({ type: 'paid', procedure_id: procedure.id, amount });
		return 'ok' as const;
	}

	cancel_payment() {
		this.payment_otp = null;
	}

	/** Files the draft; the dossier page shows the receipt. */
	async submit(procedure: Procedure) {
		if (!this.draft) return null;
		const dossier = await sandbox.submit_draft(
			this.db,
			$state.snapshot(this.draft),
			procedure,
			this.now()
		);
		this.draft = null;
		await this.refresh();
		const sms = this.messages.find((m) => m.kind === 'sms' && m.dossier_id === dossier.id);
		if (sms) this.notification = sms;
		this.emit({
			type: 'submitted',
			procedure_id: procedure.id,
			dossier_id: dossier.id,
			code: dossier.code
		});
		this.go(`/ho-so/${dossier.id}`);
		return dossier;
	}

	// ── after submission ─────────────────────────────────────────────────────────

	dossier(id: string) {
		return this.dossiers.find((d) => d.id === id);
	}

	/**
	 * Moves the simulated clock on. The dossiers move first and the new date shows last, so
	 * whatever the screen says about the date is already true of the dossiers.
	 */
	async fast_forward(days = 1) {
		const offset_days = this.session.clock_offset_days + days;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
		const today = to_iso_date(sim_now(new Date(), { offset_days }));
		await sandbox.save_session(this.db, {
			...$state.snapshot(this.session),
			clock_offset_days: offset_days
		});
		const before = this.messages.length;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a moment, not state
		await this.refresh(sandbox.sim_stamp(sim_now(new Date(), { offset_days })));
		this.session = { ...this.session, clock_offset_days: offset_days };
		this.emit({ type: 'clock-advanced', days, today });
		const sms = this.messages.slice(0, this.messages.length - before).find((m) => m.kind === 'sms');
		if (sms) this.notification = sms;
	}

	async send_supplement(dossier: Dossier, attachment: Attachment) {
		const { send_supplement } = await import('./logic/lifecycle');
		const plain = $state.snapshot({
			...dossier,
			attachments: [...dossier.attachments, attachment]
		});
		const step = send_supplement(
			plain,
			sandbox.sim_stamp(this.now()),
			this.procedure(dossier.procedure_id)
		);
		await sandbox.store_step(this.db, step);
		await this.refresh();
		this.emit({ type: 'supplement-sent', dossier_id: dossier.id });
	}

	async withdraw(dossier: Dossier) {
		const { withdraw_dossier } = await import('./logic/lifecycle');
		const step = withdraw_dossier($state.snapshot(dossier), sandbox.sim_stamp(this.now()));
		await sandbox.store_step(this.db, step);
		await this.refresh();
		this.emit({ type: 'withdrawn', dossier_id: dossier.id });
	}

	async rate(dossier: Dossier, level: string, comment: string) {
		const rated = {
			...$state.snapshot(dossier),
			rating: { level, comment, at: sandbox.sim_stamp(this.now()) }
		};
		await sandbox.store_step(this.db, { dossier: rated, notices: [] });
		await this.refresh();
		this.emit({ type: 'rated', dossier_id: dossier.id, level });
	}

	async read_message(message: SandboxMessage) {
		if (!message.read) {
			await this.db.messages.update(message.id, { read: true });
			this.messages = this.messages.map((m) => (m.id === message.id ? { ...m, read: true } : m));
		}
		this.emit({ type: 'message-opened', message_id: message.id, kind: message.kind });
	}

	dismiss_notification() {
		this.notification = null;
	}

	/** "Làm lại từ đầu": this learner's sandbox only. */
	async reset() {
		await sandbox.reset_sandbox(this.db, this.learner_id);
		this.session = sandbox.new_session(this.learner_id);
		this.draft = null;
		this.notification = null;
		this.payment_otp = null;
		await this.refresh();
		this.emit({ type: 'sandbox-reset' });
		this.go('/', { replace: true });
	}
}

/** Why a file from the device cannot be attached, or null. */
export function check_file(file: { type: string; size: number; name: string }) {
	const by_name = /\.(jpe?g|png|pdf)$/i.test(file.name);
	if (!ACCEPTED_TYPES.includes(file.type) && !by_name) {
		return {
			reason: 'type' as const,
			message: 'Tệp này không đúng loại. Hãy chọn ảnh JPG, PNG hoặc tệp PDF.'
		};
	}
	if (file.size > MAX_FILE_BYTES) {
		return {
			reason: 'size' as const,
			message: 'Tệp lớn hơn 6 MB. Hãy chụp lại ảnh nhỏ hơn hoặc chọn tệp khác.'
		};
	}
	if (file.size === 0) {
		return { reason: 'size' as const, message: 'Tệp này trống. Hãy chọn tệp khác.' };
	}
	return null;
}

export const [get_portal, set_portal] = createContext<Portal>();

export type { Address };
