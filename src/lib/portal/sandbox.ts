/**
 * The practice portal's records in the sandbox database: one learner's session, drafts, files,
 * dossiers and messages in one sandbox (free practice, or one lesson: sandbox-id.ts). Every
 * query is scoped to a learner and a sandbox.
 *
 * Every write reads the stored record and changes only what it changes, inside one transaction
 * (IndexedDB runs read-write transactions on the same tables one after another, also across
 * tabs), so a tab holding an older copy never writes it back over newer data: the practice
 * clock and the order of receipt never go back, and answers typed in another tab stay. Writes
 * that touch more than one record (filing, attaching a file) run in one transaction, so a closed
 * tab never leaves half a dossier behind. Callers pass plain objects: IndexedDB cannot store
 * Svelte's proxies.
 */
import { delete_sandbox_records, type CdsDatabase } from '$lib/db/database';
import type { Procedure } from './model';
import type {
	Attachment,
	Dossier,
	DossierDraft,
	PortalSession,
	SandboxFile,
	SandboxMessage
} from './records';
import { received_at, to_iso_date } from './logic/clock';
import type { LifecycleContext, Notice, Step } from './logic/lifecycle';

/** One learner's sandbox: free practice or one lesson (sandbox-id.ts). */
export interface SandboxKey {
	learner_id: string;
	sandbox: string;
}

// Filing and moving dossiers on need the calendar, code and lifecycle rules; they load when a
// learner first files or has dossiers, so opening the portal stays light. They are loaded before
// a transaction starts: awaiting an import inside one would let IndexedDB commit it early.
const filing_rules = () =>
	Promise.all([
		import('./logic/calendar'),
		import('./logic/dossier-code'),
		import('./logic/format'),
		import('./logic/lifecycle')
	]).then(([calendar, code, format, lifecycle]) => ({
		...calendar,
		...code,
		...format,
		OPEN_PORTAL_YOURSELF: lifecycle.OPEN_PORTAL_YOURSELF
	}));

// ── sessions ────────────────────────────────────────────────────────────────────

export function new_session(key: SandboxKey): PortalSession {
	return {
		learner_id: key.learner_id,
		sandbox: key.sandbox,
		signed_in: false,
		otp_pending: false,
		password_failures: 0,
		otp_failures: 0,
		locked: false,
		clock_offset_days: 0,
		location: '/',
		updated_at: Date.now()
	};
}

export async function load_session(db: CdsDatabase, key: SandboxKey) {
	return (await db.sandbox_sessions.get([key.learner_id, key.sandbox])) ?? new_session(key);
}

/**
 * A session with a change applied. The practice clock only moves forward: a change that would
 * set it back (from a tab that had not seen the newer day yet) keeps the later day.
 */
export function merge_session(current: PortalSession, change: Partial<PortalSession>) {
	const next: PortalSession = { ...current, ...change, updated_at: Date.now() };
	next.clock_offset_days = Math.max(current.clock_offset_days, change.clock_offset_days ?? 0);
	next.learner_id = current.learner_id;
	next.sandbox = current.sandbox;
	for (const name of Object.keys(change) as (keyof PortalSession)[]) {
		if (change[name] === undefined) delete next[name];
	}
	return next;
}

/** Changes only the given fields of the stored session (made when none is stored yet). */
export async function change_session(
	db: CdsDatabase,
	key: SandboxKey,
	change: Partial<PortalSession> | ((current: PortalSession) => Partial<PortalSession>)
) {
	return db.transaction('rw', db.sandbox_sessions, async () => {
		const current = await load_session(db, key);
		const next = merge_session(current, typeof change === 'function' ? change(current) : change);
		await db.sandbox_sessions.put(next);
		return next;
	});
}

// ── drafts and files ────────────────────────────────────────────────────────────

export function new_draft(key: SandboxKey, procedure_id: string): DossierDraft {
	return {
		id: crypto.randomUUID(),
		learner_id: key.learner_id,
		sandbox: key.sandbox,
		procedure_id,
		answers: {},
		attachments: [],
		payment_failures: 0,
		updated_at: Date.now()
	};
}

/** The stored draft for a procedure, if any. */
export async function find_draft(db: CdsDatabase, key: SandboxKey, procedure_id: string) {
	return db.drafts
		.where('[learner_id+sandbox+procedure_id]')
		.equals([key.learner_id, key.sandbox, procedure_id])
		.first();
}

/** The stored draft for a procedure, or a new one (not stored until something is written). */
export async function load_draft(db: CdsDatabase, key: SandboxKey, procedure_id: string) {
	return (await find_draft(db, key, procedure_id)) ?? new_draft(key, procedure_id);
}

const device_refs = (attachments: Attachment[]) =>
	attachments.filter((a) => a.source === 'device').map((a) => a.ref);

/**
 * Changes the stored draft of a procedure (made when none is stored yet): `change` gets a copy
 * of what is stored now and edits only what the learner changed. A device file given as
 * `add_file` is stored in the same transaction, and files the change detached ("Bỏ tệp này",
 * attaching another) are deleted with it, so none stays behind.
 */
export async function change_draft(
	db: CdsDatabase,
	key: SandboxKey,
	procedure_id: string,
	change: (draft: DossierDraft) => void,
	add_file?: SandboxFile
) {
	return db.transaction('rw', [db.drafts, db.files], async () => {
		const current = await load_draft(db, key, procedure_id);
		const next = structuredClone(current);
		change(next);
		next.updated_at = Date.now();
		if (add_file) await db.files.add(add_file);
		const kept = new Set(device_refs(next.attachments));
		const dropped = device_refs(current.attachments).filter((ref) => !kept.has(ref));
		if (dropped.length) await delete_files(db, key, dropped);
		await db.drafts.put(next);
		return next;
	});
}

async function delete_files(db: CdsDatabase, key: SandboxKey, ids: string[]) {
	const files = await db.files.bulkGet(ids);
	const mine = files.filter(
		(file): file is SandboxFile =>
			file?.learner_id === key.learner_id && file.sandbox === key.sandbox
	);
	await db.files.bulkDelete(mine.map((file) => file.id));
}

/** A device file as a record of this sandbox (stored by change_draft or save_file). */
export function file_record(key: SandboxKey, file: File): SandboxFile {
	return {
		id: crypto.randomUUID(),
		learner_id: key.learner_id,
		sandbox: key.sandbox,
		name: file.name,
		type: file.type,
		size: file.size,
		blob: file
	};
}

export async function save_file(db: CdsDatabase, key: SandboxKey, file: File) {
	const record = file_record(key, file);
	await db.files.add(record);
	return record;
}

export async function load_file(db: CdsDatabase, learner_id: string, id: string) {
	const file = await db.files.get(id);
	return file?.learner_id === learner_id ? file : undefined;
}

// ── dossiers and messages ───────────────────────────────────────────────────────

export async function list_dossiers(db: CdsDatabase, key: SandboxKey) {
	const dossiers = await db.dossiers
		.where('[learner_id+sandbox]')
		.equals([key.learner_id, key.sandbox])
		.toArray();
	return dossiers.sort((a, b) => b.submitted_at.localeCompare(a.submitted_at));
}

export async function load_dossier(db: CdsDatabase, learner_id: string, id: string) {
	const dossier = await db.dossiers.get(id);
	return dossier?.learner_id === learner_id ? dossier : undefined;
}

export async function list_messages(db: CdsDatabase, key: SandboxKey) {
	const messages = await db.messages
		.where('[learner_id+sandbox]')
		.equals([key.learner_id, key.sandbox])
		.toArray();
	return messages.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

function to_messages(key: SandboxKey, notices: Notice[]): SandboxMessage[] {
	return notices.map((notice) => ({
		...notice,
		id: crypto.randomUUID(),
		learner_id: key.learner_id,
		sandbox: key.sandbox,
		read: false
	}));
}

export async function add_messages(db: CdsDatabase, key: SandboxKey, notices: Notice[]) {
	const messages = to_messages(key, notices);
	await db.messages.bulkAdd(messages);
	return messages;
}

/** 'YYYY-MM-DDTHH:mm' of a simulated moment, in local (Vietnam) time. */
export function sim_stamp(now: Date) {
	const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
	return `${to_iso_date(now)}T${time}`;
}

const same_office = (a: Dossier['agency'], b: Dossier['agency']) =>
	a.province === b.province && a.ward === b.ward;

/**
 * Files the stored draft `draft_id`: issues the dossier code, computes the appointment, sends
 * the receipt by SMS and e-mail, removes the draft and remembers the filing in the session, all
 * in one transaction. It runs once per draft: when the draft is gone because it was filed
 * already (a second click, another tab), it changes nothing and returns that dossier with
 * `filed_now: false`.
 *
 * The code is the receiving office's practice code, the day and that office's order of receipt
 * that day, counted from every dossier this learner holds (in every sandbox), so no two are
 * alike and the count can never go back.
 */
export async function submit_draft(
	db: CdsDatabase,
	key: SandboxKey,
	draft_id: string,
	procedure: Procedure,
	now: Date
): Promise<{ dossier: Dossier; filed_now: boolean }> {
	const rules = await filing_rules();
	const tables = [db.sandbox_sessions, db.drafts, db.dossiers, db.messages];
	return db.transaction('rw', tables, async () => {
		const draft = await db.drafts.get(draft_id);
		const mine = await db.dossiers.where({ learner_id: key.learner_id }).toArray();
		if (!draft || draft.learner_id !== key.learner_id || draft.sandbox !== key.sandbox) {
			const filed = mine.find((d) => d.draft_id === draft_id);
			if (filed) return { dossier: filed, filed_now: false };
			throw new Error('the draft does not exist');
		}
		if (!draft.agency || !draft.receive) throw new Error('the draft is not complete');
		const agency = draft.agency;
		const day = to_iso_date(now);
		const issued = mine.map((d) => d.code);
		// The office's practice code: the one it had before, else the first no office has.
		const used = new Set(issued.map((c) => rules.parse_dossier_code(c)?.agency_code));
		let office_code = rules.parse_dossier_code(
			mine.find((d) => same_office(d.agency, agency))?.code
		)?.agency_code;
		for (let office = 0; !office_code; office++) {
			const candidate = rules.practice_agency_code(office);
			if (!used.has(candidate)) office_code = candidate;
		}
		const code = rules.next_dossier_code({ agency_code: office_code, date: day, issued });
		const submitted_at = sim_stamp(now);
		const dossier: Dossier = {
			id: crypto.randomUUID(),
			learner_id: key.learner_id,
			sandbox: key.sandbox,
			procedure_id: procedure.id,
			procedure_name: procedure.name,
			code,
			agency,
			answers: draft.answers,
			attachments: draft.attachments,
			receive: draft.receive,
			payment: draft.payment,
			submitted_at,
			received_date: rules.counting_start_day(received_at(now)),
			appointment_date: rules.appointment_date(
				received_at(now),
				procedure.processing_time.working_days
			),
			status: 'moi-dang-ky',
			history: [{ status: 'moi-dang-ky', at: submitted_at }],
			draft_id
		};
		if (!dossier.payment) delete dossier.payment;
		await db.dossiers.add(dossier);
		await db.drafts.delete(draft.id);
		await change_session(db, key, {
			last_filed: { procedure_id: procedure.id, dossier_id: dossier.id, draft_id }
		});
		const text = `Hồ sơ ${procedure.name} đã nộp thành công. Mã hồ sơ: ${code}. Ngày hẹn trả kết quả: ${rules.format_date(dossier.appointment_date)}. ${rules.OPEN_PORTAL_YOURSELF} Đây là tin nhắn của bản tập.`;
		await db.messages.bulkAdd(
			to_messages(key, [
				{
					kind: 'sms',
					from: 'DVCQG',
					subject: 'Nộp hồ sơ thành công',
					body: text,
					at: submitted_at,
					dossier_id: dossier.id
				},
				{
					kind: 'email',
					from: 'Cổng DVC (bản tập)',
					subject: `Biên nhận hồ sơ ${code}`,
					body: text,
					at: submitted_at,
					dossier_id: dossier.id
				}
			])
		);
		return { dossier, filed_now: true };
	});
}

type AdvanceDossier = typeof import('./logic/lifecycle').advance_dossier;

/**
 * Moves every dossier of a sandbox on to `now` ('YYYY-MM-DDTHH:mm' simulated; a bare date means
 * the end of that day); returns the dossiers that changed.
 */
export async function advance_dossiers(
	db: CdsDatabase,
	key: SandboxKey,
	procedures: Map<string, Procedure>,
	now: string,
	context: LifecycleContext = {}
): Promise<Dossier[]> {
	if ((await list_dossiers(db, key)).length === 0) return [];
	const { advance_dossier } = await import('./logic/lifecycle');
	return db.transaction('rw', [db.dossiers, db.messages], () =>
		advance_stored(db, key, procedures, now, context, advance_dossier)
	);
}

/** The moving on itself, inside the caller's transaction (rules loaded before it started). */
async function advance_stored(
	db: CdsDatabase,
	key: SandboxKey,
	procedures: Map<string, Procedure>,
	now: string,
	context: LifecycleContext,
	advance_dossier: AdvanceDossier
) {
	const changed: Dossier[] = [];
	for (const dossier of await list_dossiers(db, key)) {
		const procedure = procedures.get(dossier.procedure_id);
		if (!procedure) continue;
		const step = advance_dossier(dossier, procedure, now, context);
		if (step.dossier.history.length === dossier.history.length) continue;
		await store_step(db, step);
		changed.push(step.dossier);
	}
	return changed;
}

/**
 * "Tua nhanh": moves the practice clock on to `offset_days` (never back) and every dossier of
 * the sandbox on to that moment, in one transaction, so whatever the screen says about the date
 * is already true of the dossiers. `stamp_at` gives the simulated moment of a stored session.
 */
export async function advance_clock(
	db: CdsDatabase,
	key: SandboxKey,
	offset_days: number,
	procedures: Map<string, Procedure>,
	stamp_at: (session: PortalSession) => string,
	context: LifecycleContext = {}
) {
	const { advance_dossier } = await import('./logic/lifecycle');
	const tables = [db.sandbox_sessions, db.dossiers, db.messages];
	return db.transaction('rw', tables, async () => {
		const session = await change_session(db, key, { clock_offset_days: offset_days });
		const now = stamp_at(session);
		const changed = await advance_stored(db, key, procedures, now, context, advance_dossier);
		return { session, changed };
	});
}

/** Saves a dossier after an action (supplement, withdrawal, rating) with its notices. */
export async function store_step(db: CdsDatabase, step: Step) {
	const key = step.dossier;
	await db.transaction('rw', [db.dossiers, db.messages], async () => {
		await db.dossiers.put(structuredClone(step.dossier));
		await db.messages.bulkAdd(to_messages(key, step.notices));
	});
}

/**
 * Applies a learner's action (supplement, withdrawal, rating) to the dossier as it is stored
 * now, not to an older copy on screen, and stores the result with its notices.
 */
export async function change_dossier(
	db: CdsDatabase,
	key: SandboxKey,
	dossier_id: string,
	action: (dossier: Dossier) => Step
) {
	return db.transaction('rw', [db.dossiers, db.messages], async () => {
		const dossier = await db.dossiers.get(dossier_id);
		if (!dossier || dossier.learner_id !== key.learner_id || dossier.sandbox !== key.sandbox) {
			throw new Error('the dossier does not exist');
		}
		const step = action(dossier);
		await store_step(db, step);
		return step.dossier;
	});
}

/** "Làm lại từ đầu": removes this sandbox of this learner, and nothing else. */
export async function reset_sandbox(db: CdsDatabase, key: SandboxKey) {
	await delete_sandbox_records(db, key.learner_id, key.sandbox);
}
