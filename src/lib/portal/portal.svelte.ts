/**
 * The practice portal for one learner in one sandbox (free practice, or one lesson), and every
 * action a learner can take. Screens stay thin: they read from here and call these methods.
 *
 * The database is the only truth. Every action writes only what it changes (sandbox.ts) through
 * `guarded()`, so a refused write shows the learner a message with "Thử lại" and the action
 * reports `ok: false` (or 'not-saved') without changing what the screen shows or emitting its
 * SimEvent; what the screen shows is then set from what was stored. Live queries keep the
 * session, the open draft, the dossiers and the messages in step with the database, so a change
 * made in another tab shows here without a reload and is never written back over.
 */
import { createContext } from 'svelte';
import { liveQuery, type Subscription } from 'dexie';
import { SANDBOX_TABLES, type CdsDatabase } from '$lib/db/database';
import { guarded, type WriteResult } from '$lib/db/writes.svelte';
import { clean_text } from '$lib/text/clean';
import { make_otp, type PracticeAccount } from './account';
import { account_for, type Persona } from './persona';
import type { Places } from '$lib/content/places';
import type { ProcedureSummary } from './data/catalogue';
import { memory_source, type PortalData, type PortalSource } from './data/loader';
import { PortalStore } from './data/store.svelte';
import type { LoginField } from './event-schema';
import { sim_events, type SimEvent } from './events';
import { sim_now, to_iso_date } from './logic/clock';
import type { Notice, Step } from './logic/lifecycle';
import type { Procedure, ReceiveMethod, RequiredDocument } from './model';
import type { Screen, ScreenName } from './routes';
import type {
	Address,
	AnswerValue,
	Attachment,
	Dossier,
	DossierDraft,
	PortalSession,
	ReceiveChoice,
	SandboxFile,
	SandboxMessage
} from './records';
import { office_name } from './offices';
import * as sandbox from './sandbox';
import { is_lesson_sandbox, PRACTICE_SANDBOX } from './sandbox-id';
import { phone_off, phone_restored, type PhoneState } from '$lib/vneid/state';

export const MAX_TRIES = 5;
export const MAX_FILE_BYTES = 6 * 1024 * 1024;
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'application/pdf'];
/** The practice wallet holds too little on purpose, so a learner meets a failed payment. */
export const WALLET_BALANCE = 1_000;

export type { PortalData, PortalSource };

/** Where a portal gets its procedures and places: fetched when needed, or all given up front. */
/** What screens read of the course's data: the catalogue, and the places. */
export interface LoadedData {
	readonly procedures: ProcedureSummary[];
	readonly places: Places;
}

type DataOption = { source: PortalSource; data?: undefined } | { data: PortalData; source?: never };

export type Navigate = (location: string, options?: { replace?: boolean }) => void;

/** What an action that could not save returns to its screen (the message is already shown). */
export const NOT_SAVED = 'not-saved' as const;
/** Beside the paper whose file could not be kept (the banner says why). */
export const NOT_ATTACHED =
	'Tệp chưa được đính kèm vì máy chưa lưu được. Xem thông báo ở đầu trang.';

/** Text a learner typed, stored as NFC without invisible characters (src/lib/text/clean.ts). */
function clean_answer(value: AnswerValue): AnswerValue {
	if (typeof value === 'string') return clean_text(value);
	if (typeof value === 'object' && value) {
		return {
			province: clean_text(value.province),
			ward: clean_text(value.ward),
			street: clean_text(value.street)
		};
	}
	return value;
}

function clean_receive(choice: ReceiveChoice): ReceiveChoice {
	const cleaned: ReceiveChoice = { ...choice };
	if (choice.address) cleaned.address = clean_answer(choice.address) as Address;
	if (choice.recipient !== undefined) cleaned.recipient = clean_text(choice.recipient);
	if (choice.phone !== undefined) cleaned.phone = clean_text(choice.phone);
	return cleaned;
}

export class Portal {
	readonly db: CdsDatabase;
	readonly learner_id: string;
	/** which of the learner's sandboxes this is (sandbox-id.ts) */
	readonly sandbox: string;
	readonly key: sandbox.SandboxKey;
	/** the catalogue and places loaded so far (screens read them once prepare() has run) */
	readonly data: LoadedData;
	readonly #store: PortalStore;
	/** every full procedure loaded so far, by id */
	readonly procedures: Map<string, Procedure>;
	#navigate: Navigate;
	#watching: Subscription[] = [];
	#draft_watch: Subscription | undefined;
	#filing: Promise<WriteResult<Dossier>> | undefined;

	session = $state<PortalSession>() as PortalSession;
	draft = $state<DossierDraft | null>(null);
	/** false while the open draft is a new one nothing was written to yet */
	draft_saved = $state(false);
	dossiers = $state<Dossier[]>([]);
	messages = $state<SandboxMessage[]>([]);
	/** the latest SMS, shown as a notification on the simulated phone */
	notification = $state<SandboxMessage | null>(null);
	/** true while the payment page waits for the bank's OTP */
	payment_otp = $state<{ code: string; method: string } | null>(null);
	/** the simulated phone and its VNeID app (src/lib/vneid/phone.ts acts on it) */
	phone = $state<PhoneState>(phone_off());

	constructor(
		options: {
			db: CdsDatabase;
			learner_id: string;
			sandbox?: string;
			session: PortalSession;
			navigate: Navigate;
		} & DataOption
	) {
		this.db = options.db;
		this.learner_id = options.learner_id;
		this.sandbox = options.sandbox ?? PRACTICE_SANDBOX;
		this.key = { learner_id: this.learner_id, sandbox: this.sandbox };
		this.#store = new PortalStore(options.data ? memory_source(options.data) : options.source);
		this.data = this.#store;
		this.session = options.session;
		// the phone as it was before a reload (put away when nothing was stored)
		this.phone = phone_restored(options.session.phone);
		this.#navigate = options.navigate;
		this.procedures = this.#store.loaded;
	}

	/**
	 * Opens a learner's sandbox: their session, dossiers moved on to today, messages, then
	 * follows the database so changes from another tab show here. Call close() when done.
	 */
	static async open(
		options: {
			db: CdsDatabase;
			learner_id: string;
			sandbox?: string;
			navigate: Navigate;
		} & DataOption
	) {
		const key = { learner_id: options.learner_id, sandbox: options.sandbox ?? PRACTICE_SANDBOX };
		const session = await sandbox.load_session(options.db, key);
		const portal = new Portal({ ...options, session });
		await portal.refresh();
		portal.#watch();
		return portal;
	}

	#watch() {
		const { db, key } = this;
		const follow = <T>(query: () => Promise<T>, next: (value: T) => void) =>
			liveQuery(query).subscribe({
				next,
				error: (error) => console.warn('the portal stopped following the database', error)
			});
		this.#watching.push(
			follow(
				() => db.sandbox_sessions.get([key.learner_id, key.sandbox]),
				(stored) => {
					// an answer to a query that started before this tab's own last write: skip it,
					// the answer for that write follows
					if (stored && stored.updated_at < this.session.updated_at) return;
					this.session = stored ?? sandbox.new_session(key);
				}
			),
			follow(
				() => sandbox.list_dossiers(db, key),
				(list) => (this.dossiers = list)
			),
			follow(
				() => sandbox.list_messages(db, key),
				(list) => (this.messages = list)
			)
		);
	}

	/** Stops following the database (the page closed, or another learner was chosen). */
	close() {
		for (const subscription of this.#watching.splice(0)) subscription.unsubscribe();
		this.#draft_watch?.unsubscribe();
		this.#draft_watch = undefined;
	}

	emit(event: SimEvent) {
		sim_events.emit(event);
	}

	/** Simulated now: the device clock moved on by the fast-forwarded days. */
	now() {
		return now_of(this.session);
	}

	get today() {
		return to_iso_date(now_of(this.session));
	}

	/**
	 * The practice account: the learner's own, or the person a lesson asked for (persona.ts).
	 * Only a change of persona changes it (the same object otherwise), so what reads it (a
	 * lesson's demo) does not start again whenever the session is saved.
	 */
	get account(): PracticeAccount {
		const persona = this.#persona;
		if (!this.#account || this.#account.persona !== persona) {
			this.#account = { persona, account: account_for(this.learner_id, persona) };
		}
		return this.#account.account;
	}
	#persona = $derived(this.session.persona);
	#account: { persona: Persona | undefined; account: PracticeAccount } | undefined;

	get unread() {
		return this.messages.filter((m) => !m.read).length;
	}

	/** Moves the dossiers on to `now` (simulated 'YYYY-MM-DDTHH:mm', a write, guarded), then reads the lists again. */
	async refresh(now = sandbox.sim_stamp(this.now())) {
		await this.#dossier_data();
		const moved = await guarded(() =>
			sandbox.advance_dossiers(this.db, this.key, this.procedures, now, this.#lifecycle_context())
		);
		if (moved.ok) this.#announce(moved.value);
		await this.#read_lists();
	}

	/**
	 * What the dossier rules need to know of this portal: the name of each ward's office (left
	 * to the rules' own wording in the rare case the places could not be loaded).
	 */
	#lifecycle_context() {
		if (!this.#store.has_places) return {};
		const places = this.data.places;
		return { office: (agency: Dossier['agency']) => office_name(places, agency) };
	}

	/**
	 * Loads what moving the dossiers on needs: each dossier's procedure and the places. Never
	 * fails: a dossier whose procedure could not be loaded (offline before the service worker
	 * kept it) simply waits for the next time.
	 */
	async #dossier_data() {
		const dossiers = await sandbox.list_dossiers(this.db, this.key);
		if (dossiers.length === 0) return;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, not state
		const ids = new Set(dossiers.map((d) => d.procedure_id));
		await Promise.allSettled([
			this.#store.need_places(),
			...[...ids].map((id) => this.#store.need_procedure(id))
		]);
	}

	/**
	 * Loads what a screen reads before it is drawn: the catalogue for the home page and search,
	 * a procedure's full data for its page, its application steps and its dossiers, and the
	 * places where a ward is chosen or named. Throws DataUnavailable when a file could not be
	 * fetched (the screen then offers "Thử lại").
	 */
	async prepare(screen: Screen): Promise<void> {
		const store = this.#store;
		if (screen.name === 'home' || screen.name === 'search') return store.need_catalogue();
		if (screen.name === 'procedure') {
			await store.need_procedure(screen.procedure_id);
			return;
		}
		const procedure_id =
			'procedure_id' in screen
				? screen.procedure_id
				: 'dossier_id' in screen
					? this.dossier(screen.dossier_id)?.procedure_id
					: undefined;
		if (procedure_id === undefined) return;
		await Promise.all([store.need_procedure(procedure_id), store.need_places()]);
	}

	async #read_lists() {
		[this.dossiers, this.messages] = await Promise.all([
			sandbox.list_dossiers(this.db, this.key),
			sandbox.list_messages(this.db, this.key)
		]);
	}

	#announce(changed: Dossier[]) {
		for (const dossier of changed) {
			this.emit({ type: 'status-changed', dossier_id: dossier.id, status: dossier.status });
		}
	}

	/**
	 * Stores the simulated phone as it is now with the session (src/lib/vneid/phone.ts calls it
	 * after each change), so a reload in the middle of a lesson shows it again.
	 */
	async keep_phone() {
		return this.#change_session({ phone: $state.snapshot(this.phone) });
	}

	/** Changes only the given fields of the stored session; the screen shows what was stored. */
	async #change_session(change: Partial<PortalSession>) {
		const saved = await guarded(() => sandbox.change_session(this.db, this.key, change));
		if (saved.ok) this.session = saved.value;
		return saved;
	}

	async #notify(notices: Notice[]) {
		const added = await guarded(() => sandbox.add_messages(this.db, this.key, notices));
		if (!added.ok) return added;
		await this.#read_lists();
		const sms = added.value.find((m) => m.kind === 'sms');
		if (sms) this.notification = sms;
		return added;
	}

	// ── navigation ───────────────────────────────────────────────────────────────

	go(location: string, options?: { replace?: boolean }) {
		this.#navigate(location, options);
	}

	/** Called by the page whenever the location changes (links, back button, reload). */
	async visited(location: string, screen: ScreenName) {
		if (this.session.location !== location) await this.#change_session({ location });
		this.emit({ type: 'navigated', location, screen });
	}

	// ── signing in ───────────────────────────────────────────────────────────────

	/** Sends a learner who is not signed in to the sign-in page, then back here. */
	async require_sign_in(return_to: string) {
		if (this.session.signed_in) return true;
		// Even if the return address could not be kept, signing in is still the way on.
		await this.#change_session({ return_to });
		this.go('/dang-nhap', { replace: true });
		return false;
	}

	/** Whether `value`, typed in a sign-in box, is what the practice account holds there (for
	 * the OTP, the code of the newest message). Spaces in the numbers do not count. */
	#login_matches(field: LoginField, value: string) {
		if (field === 'password') return value === this.account.password;
		const expected = field === 'citizen-id' ? this.account.citizen_id : this.session.otp_code;
		return value.replace(/\s/g, '') === expected;
	}

	/**
	 * Something was typed in a sign-in box. Said to lessons when the learner leaves the box, and
	 * as she types once the box holds the right text (`as_typed`), so a lesson step moves on
	 * without her having to tap elsewhere first.
	 */
	login_typed(field: LoginField, value: string, { as_typed = false } = {}) {
		const matches = this.#login_matches(field, value);
		if (as_typed && !matches) return;
		this.emit({ type: 'login-typed', field, filled: value.trim() !== '', matches });
	}

	async submit_password(citizen_id: string, password: string) {
		if (this.session.locked) return 'locked' as const;
		const ok =
			this.#login_matches('citizen-id', citizen_id) && this.#login_matches('password', password);
		if (ok) {
			if (!(await this.#change_session({ password_failures: 0 })).ok) return NOT_SAVED;
			this.emit({ type: 'password-submitted', ok, failures: 0, locked: false });
			return (await this.send_otp()) ? ('ok' as const) : NOT_SAVED;
		}
		const saved = await this.#change_session({
			password_failures: this.session.password_failures + 1,
			locked: this.session.password_failures + 1 >= MAX_TRIES
		});
		if (!saved.ok) return NOT_SAVED;
		const { password_failures: failures, locked } = saved.value;
		this.emit({ type: 'password-submitted', ok, failures, locked });
		return locked ? ('locked' as const) : ('wrong' as const);
	}

	/** Sends the sign-in OTP by SMS; false when it could not be saved. */
	async send_otp() {
		const code = make_otp();
		const saved = await this.#change_session({
			otp_pending: true,
			otp_code: code,
			otp_failures: 0
		});
		if (!saved.ok) return false;
		const sent = await this.#notify([
			{
				kind: 'sms',
				from: 'VNeID',
				subject: 'Mã OTP đăng nhập',
				body: `Ma OTP dang nhap Cong DVC cua ban la ${code}. Tuyet doi KHONG cung cap ma nay cho bat ky ai, ke ca nguoi xung la cong an, can bo. (Ban tap)`,
				at: sandbox.sim_stamp(this.now())
			}
		]);
		if (!sent.ok) return false;
		this.emit({ type: 'otp-sent' });
		return true;
	}

	async submit_otp(code: string) {
		if (this.session.locked) return 'locked' as const;
		const ok = this.#login_matches('otp', code);
		if (ok) {
			const return_to = this.session.return_to ?? '/';
			const saved = await this.#change_session({
				signed_in: true,
				otp_pending: false,
				otp_code: undefined,
				otp_failures: 0,
				return_to: undefined
			});
			if (!saved.ok) return NOT_SAVED;
			this.notification = null;
			this.emit({ type: 'otp-submitted', ok, failures: 0, locked: false });
			this.emit({ type: 'signed-in' });
			this.go(return_to, { replace: true });
			return 'ok' as const;
		}
		const saved = await this.#change_session({
			otp_failures: this.session.otp_failures + 1,
			locked: this.session.otp_failures + 1 >= MAX_TRIES
		});
		if (!saved.ok) return NOT_SAVED;
		const { otp_failures: failures, locked } = saved.value;
		this.emit({ type: 'otp-submitted', ok, failures, locked });
		return locked ? ('locked' as const) : ('wrong' as const);
	}

	/**
	 * The VNeID app confirmed a sign-in by QR code (src/lib/vneid/phone.ts): the website is
	 * signed in and goes where the learner was heading.
	 */
	async sign_in_by_app() {
		const return_to = this.session.return_to ?? '/';
		const saved = await this.#change_session({
			signed_in: true,
			otp_pending: false,
			otp_code: undefined,
			return_to: undefined
		});
		if (!saved.ok) return NOT_SAVED;
		this.emit({ type: 'signed-in' });
		this.go(return_to, { replace: true });
		return 'ok' as const;
	}

	async cancel_otp() {
		return this.#change_session({ otp_pending: false, otp_code: undefined, otp_failures: 0 });
	}

	/** Practice only: the real portal unlocks after a wait or through the hotline. */
	async unlock() {
		const saved = await this.#change_session({
			locked: false,
			password_failures: 0,
			otp_failures: 0,
			otp_pending: false,
			otp_code: undefined
		});
		if (saved.ok) this.emit({ type: 'account-unlocked' });
		return saved;
	}

	async sign_out() {
		const saved = await this.#change_session({
			signed_in: false,
			otp_pending: false,
			otp_code: undefined
		});
		if (!saved.ok) return saved;
		this.emit({ type: 'signed-out' });
		this.go('/');
		return saved;
	}

	/**
	 * Puts the portal where a lesson attempt starts: signed in or out, on the lesson's first
	 * screen. In a lesson's own sandbox a new attempt starts from an empty sandbox (free
	 * practice is never touched), on the lesson's practice date when it pins one; elsewhere only
	 * the half-filled form of the lesson's procedure goes, and dossiers already filed stay.
	 */
	async apply_setup(
		setup: { signed_in: boolean; location: string; practice_date?: string; persona?: Persona },
		procedure_id?: string
	) {
		const { db, key } = this;
		const fresh = is_lesson_sandbox(this.sandbox);
		const start: Partial<PortalSession> = {
			signed_in: setup.signed_in,
			otp_pending: false,
			otp_code: undefined,
			locked: false,
			password_failures: 0,
			otp_failures: 0,
			return_to: undefined,
			phone: undefined,
			location: setup.location,
			// a lesson's own sandbox starts on the lesson's practice date (free practice keeps its clock)
			...(fresh ? { clock_start: setup.practice_date, persona: setup.persona } : {})
		};
		const tables = SANDBOX_TABLES.map((name) => db.table(name));
		const saved = await guarded(() =>
			db.transaction('rw', tables, async () => {
				if (fresh) await sandbox.reset_sandbox(db, key);
				else if (procedure_id && (await sandbox.find_draft(db, key, procedure_id))) {
					// detaching first deletes its device files with it
					const emptied = await sandbox.change_draft(db, key, procedure_id, (d) => {
						d.attachments = [];
					});
					await db.drafts.delete(emptied.id);
				}
				return sandbox.change_session(db, key, start);
			})
		);
		if (!saved.ok) return saved;
		this.session = saved.value;
		if (fresh || this.draft?.procedure_id === procedure_id) this.#forget_draft();
		this.notification = null;
		this.payment_otp = null;
		this.phone = phone_off();
		await this.#read_lists();
		this.go(setup.location, { replace: true });
		return saved;
	}

	// ── preparing a dossier ──────────────────────────────────────────────────────

	procedure(id: string) {
		return this.#store.procedure(id);
	}

	/** Loads (or starts) this learner's draft for a procedure, and follows it. */
	async open_draft(procedure_id: string) {
		if (this.draft?.procedure_id === procedure_id) return this.draft;
		const stored = await sandbox.find_draft(this.db, this.key, procedure_id);
		this.draft = stored ?? sandbox.new_draft(this.key, procedure_id);
		this.draft_saved = Boolean(stored);
		this.#follow_draft(procedure_id);
		return this.draft;
	}

	#follow_draft(procedure_id: string) {
		this.#draft_watch?.unsubscribe();
		this.#draft_watch = liveQuery(() =>
			sandbox.find_draft(this.db, this.key, procedure_id)
		).subscribe({
			next: (stored) => {
				if (this.draft?.procedure_id !== procedure_id) return;
				if (stored) {
					const shown = this.draft;
					if (shown.id === stored.id && stored.updated_at < shown.updated_at) return;
					this.draft = stored;
					this.draft_saved = true;
				} else if (this.draft_saved) {
					// filed or cleared elsewhere: what is on screen is a new, empty form
					this.draft = sandbox.new_draft(this.key, procedure_id);
					this.draft_saved = false;
				}
			},
			error: (error) => console.warn('the portal stopped following the draft', error)
		});
	}

	#forget_draft() {
		this.#draft_watch?.unsubscribe();
		this.#draft_watch = undefined;
		this.draft = null;
		this.draft_saved = false;
	}

	/**
	 * Changes the open draft as stored now (not the copy on screen, which another tab may have
	 * changed since); the screen then shows what was stored.
	 */
	async #change_draft(
		change: (draft: DossierDraft) => void,
		file?: SandboxFile
	): Promise<WriteResult<DossierDraft>> {
		const draft = this.draft;
		if (!draft) return { ok: false, error: new Error('no draft is open') };
		const saved = await guarded(() =>
			sandbox.change_draft(this.db, this.key, draft.procedure_id, change, file)
		);
		if (saved.ok && this.draft?.procedure_id === draft.procedure_id) {
			this.draft = saved.value;
			this.draft_saved = true;
		}
		return saved;
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
		if (!procedure || draft.agency || Object.keys(draft.answers).length > 0) return;
		let started = false;
		const saved = await this.#change_draft((stored) => {
			if (stored.agency || Object.keys(stored.answers).length > 0) return;
			stored.answers = this.prefilled(procedure);
			started = true;
		});
		if (saved.ok && started) this.emit({ type: 'apply-started', procedure_id });
	}

	async choose_agency(province: string, ward: string) {
		const saved = await this.#change_draft((d) => (d.agency = { province, ward }));
		if (saved.ok) {
			const procedure_id = saved.value.procedure_id;
			this.emit({ type: 'agency-chosen', procedure_id, province, ward });
		}
		return saved;
	}

	/** Saves the answers given (and only those), as NFC without invisible characters. */
	async set_answers(values: Record<string, AnswerValue>) {
		const cleaned = Object.fromEntries(
			Object.entries($state.snapshot(values)).map(([id, value]) => [id, clean_answer(value)])
		);
		return this.#change_draft((d) => (d.answers = { ...d.answers, ...cleaned }));
	}

	async attach(document: RequiredDocument, chosen: Attachment, file?: SandboxFile) {
		const attachment = $state.snapshot(chosen);
		const saved = await this.#change_draft((d) => {
			d.attachments = [...d.attachments.filter((a) => a.document_id !== document.id), attachment];
		}, file);
		if (saved.ok) {
			this.emit({
				type: 'file-attached',
				procedure_id: saved.value.procedure_id,
				document_id: document.id,
				source: attachment.source
			});
		}
		return saved;
	}

	/**
	 * Checks and keeps a file from the device (the file and the draft in one transaction, the
	 * replaced file deleted with it); returns a Vietnamese message when refused or not saved.
	 */
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
		const record = sandbox.file_record(this.key, file);
		const attachment: Attachment = {
			document_id: document.id,
			source: 'device',
			name: clean_text(file.name),
			type: file.type,
			size: file.size,
			ref: record.id
		};
		const saved = await this.attach(document, attachment, record);
		return saved.ok ? null : NOT_ATTACHED;
	}

	async attach_sample(document: RequiredDocument, path: string) {
		return this.attach(document, sample_attachment(document, path));
	}

	/** "Bỏ tệp này": detaches the file and deletes a device file from storage, together. */
	async remove_attachment(document_id: string) {
		const saved = await this.#change_draft((d) => {
			d.attachments = d.attachments.filter((a) => a.document_id !== document_id);
		});
		if (saved.ok) {
			const procedure_id = saved.value.procedure_id;
			this.emit({ type: 'file-removed', procedure_id, document_id });
		}
		return saved;
	}

	/** Keeps a device file for a supplement (sent with send_supplement). */
	async store_file(file: File) {
		return guarded(() => sandbox.save_file(this.db, this.key, file));
	}

	/**
	 * Chooses a paper for a supplement: a file from the device is checked and kept (sent later
	 * with send_supplement). Emits `file-rejected` or `file-attached` as the e-form's own
	 * attaching does; returns the attachment, or why there is none (a refused file's message;
	 * null when it could not be kept, which the storage banner explains).
	 */
	async choose_supplement_file(
		dossier: Dossier,
		document: RequiredDocument,
		file: File
	): Promise<{ attachment: Attachment } | { problem: string | null }> {
		const { procedure_id } = dossier;
		const problem = check_file(file);
		if (problem) {
			this.emit({
				type: 'file-rejected',
				procedure_id,
				document_id: document.id,
				reason: problem.reason
			});
			return { problem: problem.message };
		}
		const stored = await this.store_file(file);
		if (!stored.ok) return { problem: null };
		this.emit({ type: 'file-attached', procedure_id, document_id: document.id, source: 'device' });
		return {
			attachment: {
				document_id: document.id,
				source: 'device',
				name: clean_text(file.name),
				type: file.type,
				size: file.size,
				ref: stored.value.id
			}
		};
	}

	/** Chooses the sample scan of a document for a supplement (emits `file-attached`). */
	choose_supplement_sample(dossier: Dossier, document: RequiredDocument, path: string): Attachment {
		this.emit({
			type: 'file-attached',
			procedure_id: dossier.procedure_id,
			document_id: document.id,
			source: 'sample'
		});
		return sample_attachment(document, path);
	}

	async choose_receive(choice: ReceiveChoice) {
		const cleaned = clean_receive($state.snapshot(choice));
		const saved = await this.#change_draft((d) => (d.receive = cleaned));
		if (saved.ok) {
			this.emit({
				type: 'delivery-chosen',
				procedure_id: saved.value.procedure_id,
				method: cleaned.method as ReceiveMethod
			});
		}
		return saved;
	}

	/** Starts a payment; the practice wallet cannot cover more than WALLET_BALANCE. */
	async start_payment(procedure: Procedure, method: string, amount: number) {
		if (method === 'vi-dien-tu' && amount > WALLET_BALANCE) {
			const saved = await this.#change_draft((d) => (d.payment_failures += 1));
			if (!saved.ok) return NOT_SAVED;
			this.emit({
				type: 'payment-failed',
				procedure_id: procedure.id,
				reason: 'insufficient-funds'
			});
			return 'insufficient-funds' as const;
		}
		const code = make_otp();
		const sent = await this.#notify([
			{
				kind: 'sms',
				from: 'NGAN HANG TAP',
				subject: 'Mã OTP thanh toán',
				body: `Ma OTP xac nhan thanh toan ${amount.toLocaleString('vi-VN')} VND cho ho so dich vu cong la ${code}. Khong cung cap ma nay cho bat ky ai. (Ban tap)`,
				at: sandbox.sim_stamp(this.now())
			}
		]);
		if (!sent.ok) return NOT_SAVED;
		this.payment_otp = { code, method };
		return 'otp' as const;
	}

	async confirm_payment(procedure: Procedure, code: string, amount: number) {
		const pending = this.payment_otp;
		if (!this.draft || !pending) return 'wrong' as const;
		if (code.replace(/\s/g, '') !== pending.code) {
			const saved = await this.#change_draft((d) => (d.payment_failures += 1));
			if (!saved.ok) return NOT_SAVED;
			this.emit({ type: 'payment-failed', procedure_id: procedure.id, reason: 'wrong-otp' });
			return 'wrong' as const;
		}
		const payment = {
			amount,
			method: pending.method,
			transaction_no: `TAP${Date.now().toString().slice(-9)}`,
			paid_at: sandbox.sim_stamp(this.now())
		};
		const saved = await this.#change_draft((d) => (d.payment = payment));
		if (!saved.ok) return NOT_SAVED;
		this.payment_otp = null;
		this.notification = null;
		this.emit({ type: 'paid', procedure_id: procedure.id, amount });
		return 'ok' as const;
	}

	cancel_payment() {
		this.payment_otp = null;
	}

	/**
	 * Files the open draft, once: a second call while the first runs gets the same answer, and
	 * filing a draft that was filed already (another tab) finds that dossier instead of filing
	 * it again. On success the dossier page shows the receipt.
	 */
	submit(procedure: Procedure): Promise<WriteResult<Dossier>> {
		this.#filing ??= this.#submit(procedure).finally(() => (this.#filing = undefined));
		return this.#filing;
	}

	async #submit(procedure: Procedure): Promise<WriteResult<Dossier>> {
		const draft = this.draft;
		if (!draft) return { ok: false, error: new Error('no draft is open') };
		// The screen's follow-up is part of the action, so "Thử lại" after a refused write also
		// shows the receipt, and the screen never stays on a form that was filed.
		return guarded(async () => {
			const filed = await sandbox.submit_draft(this.db, this.key, draft.id, procedure, this.now());
			await this.#show_filed(procedure, filed.dossier, filed.filed_now);
			return filed.dossier;
		});
	}

	async #show_filed(procedure: Procedure, dossier: Dossier, filed_now: boolean) {
		if (this.draft?.procedure_id === procedure.id) this.#forget_draft();
		await this.#read_lists();
		if (filed_now) {
			const sms = this.messages.find((m) => m.kind === 'sms' && m.dossier_id === dossier.id);
			if (sms) this.notification = sms;
			this.emit({
				type: 'submitted',
				procedure_id: procedure.id,
				dossier_id: dossier.id,
				code: dossier.code
			});
		}
		this.go(`/ho-so/${dossier.id}`);
	}

	/**
	 * The dossier just filed from this procedure's form, while the form on screen has not been
	 * started again (no office chosen): after a reload right after "Nộp hồ sơ", or when another
	 * tab filed it. The filing screen shows that dossier instead of an empty form.
	 */
	just_filed(procedure_id: string) {
		if (this.draft?.procedure_id !== procedure_id || this.draft.agency) return undefined;
		const last = this.session.last_filed;
		return last?.procedure_id === procedure_id ? this.dossier(last.dossier_id) : undefined;
	}

	// ── after submission ─────────────────────────────────────────────────────────

	dossier(id: string) {
		return this.dossiers.find((d) => d.id === id);
	}

	/**
	 * Moves the simulated clock on `days` from the day on screen (never back, and a second tap
	 * before the first is shown does not skip a day). The dossiers move in the same transaction
	 * and the new date shows last, so whatever the screen says about the date is already true.
	 */
	async fast_forward(days = 1) {
		const target = this.session.clock_offset_days + days;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, not state
		const before = new Set(this.messages.map((m) => m.id));
		await this.#dossier_data();
		const moved = await guarded(() =>
			sandbox.advance_clock(
				this.db,
				this.key,
				target,
				this.procedures,
				stamp_at,
				this.#lifecycle_context()
			)
		);
		if (!moved.ok) return moved;
		await this.#read_lists();
		this.session = moved.value.session;
		this.#announce(moved.value.changed);
		this.emit({ type: 'clock-advanced', days, today: this.today });
		const sms = this.messages.find((m) => m.kind === 'sms' && !before.has(m.id));
		if (sms) this.notification = sms;
		return moved;
	}

	async #change_dossier(dossier: Dossier, action: (stored: Dossier) => Step) {
		const saved = await guarded(() =>
			sandbox.change_dossier(this.db, this.key, dossier.id, action)
		);
		if (saved.ok) await this.#read_lists();
		return saved;
	}

	async send_supplement(dossier: Dossier, chosen: Attachment) {
		const { send_supplement } = await import('./logic/lifecycle');
		const attachment = $state.snapshot(chosen); // IndexedDB cannot store a screen's proxy
		const at = sandbox.sim_stamp(this.now());
		const saved = await this.#change_dossier(dossier, (stored) =>
			send_supplement(
				{ ...stored, attachments: [...stored.attachments, attachment] },
				at,
				this.procedure(dossier.procedure_id)
			)
		);
		if (saved.ok) this.emit({ type: 'supplement-sent', dossier_id: dossier.id });
		return saved;
	}

	async withdraw(dossier: Dossier) {
		const { withdraw_dossier } = await import('./logic/lifecycle');
		const at = sandbox.sim_stamp(this.now());
		const saved = await this.#change_dossier(dossier, (stored) => withdraw_dossier(stored, at));
		if (saved.ok) this.emit({ type: 'withdrawn', dossier_id: dossier.id });
		return saved;
	}

	/** The citizen confirms the draft result the office sent (e.g. the draft birth certificate). */
	async confirm_draft(dossier: Dossier) {
		const { confirm_draft } = await import('./logic/lifecycle');
		const at = sandbox.sim_stamp(this.now());
		const saved = await this.#change_dossier(dossier, (stored) => confirm_draft(stored, at));
		if (saved.ok) this.emit({ type: 'draft-confirmed', dossier_id: dossier.id });
		return saved;
	}

	/** "Tôi đã đến nhận": the citizen collected the paper result at the office. */
	async collect_result(dossier: Dossier) {
		const { collect_result } = await import('./logic/lifecycle');
		const at = sandbox.sim_stamp(this.now());
		const saved = await this.#change_dossier(dossier, (stored) => collect_result(stored, at));
		if (saved.ok) this.emit({ type: 'result-collected', dossier_id: dossier.id });
		return saved;
	}

	async rate(dossier: Dossier, level: string, comment: string) {
		const rating = { level, comment: clean_text(comment), at: sandbox.sim_stamp(this.now()) };
		const saved = await this.#change_dossier(dossier, (stored) => ({
			dossier: { ...stored, rating },
			notices: []
		}));
		if (saved.ok) this.emit({ type: 'rated', dossier_id: dossier.id, level });
		return saved;
	}

	async read_message(message: SandboxMessage) {
		if (!message.read) {
			const saved = await guarded(() => this.db.messages.update(message.id, { read: true }));
			if (!saved.ok) return saved;
			this.messages = this.messages.map((m) => (m.id === message.id ? { ...m, read: true } : m));
		}
		this.emit({ type: 'message-opened', message_id: message.id, kind: message.kind });
		return { ok: true, value: message } as const;
	}

	dismiss_notification() {
		this.notification = null;
	}

	/** "Làm lại từ đầu": this sandbox of this learner only (free practice, or this lesson). */
	async reset() {
		const { db, key } = this;
		const tables = SANDBOX_TABLES.map((name) => db.table(name));
		// the fresh session is stored, so a lesson's sandbox that was set up always has one
		// (src/lib/lessons/ui/lost-sandbox.ts tells an attempt from before sandboxes by its absence)
		const cleared = await guarded(() =>
			db.transaction('rw', tables, async () => {
				await sandbox.reset_sandbox(db, key);
				return sandbox.change_session(db, key, {});
			})
		);
		if (!cleared.ok) return cleared;
		this.session = cleared.value;
		this.#forget_draft();
		this.notification = null;
		this.payment_otp = null;
		this.phone = phone_off();
		await this.#read_lists();
		this.emit({ type: 'sandbox-reset' });
		this.go('/', { replace: true });
		return cleared;
	}
}

/** The simulated moment of a session: its pinned date or the device's, moved on by its offset. */
function now_of(session: Pick<PortalSession, 'clock_offset_days' | 'clock_start'>) {
	return sim_now(new Date(), {
		offset_days: session.clock_offset_days,
		start: session.clock_start
	});
}

/** The simulated moment ('YYYY-MM-DDTHH:mm') of a stored session. */
function stamp_at(session: PortalSession) {
	return sandbox.sim_stamp(now_of(session));
}

/** A document's sample scan (a static file stamped MẪU) as an attachment. */
function sample_attachment(document: RequiredDocument, path: string): Attachment {
	return {
		document_id: document.id,
		source: 'sample',
		name: path.split('/').pop() ?? path,
		type: 'image/png',
		size: 0,
		ref: path
	};
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
