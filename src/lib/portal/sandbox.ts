/**
 * The practice portal's records in the sandbox database: one learner's session, drafts,
 * files, dossiers and messages. Every query is scoped to a learner id; every write that
 * touches more than one record runs in one transaction, so a closed tab never leaves half a
 * dossier behind. Callers pass plain objects (`$state.snapshot` of any reactive state):
 * IndexedDB cannot store Svelte's proxies.
 */
import { delete_sandbox_records, type CdsDatabase } from '$lib/db/database';
import type { Procedure } from './model';
import type { Dossier, DossierDraft, PortalSession, SandboxFile, SandboxMessage } from './records';
import { received_at, to_iso_date } from './logic/clock';
import type { LifecycleContext, Notice, Step } from './logic/lifecycle';

// Filing and moving dossiers on need the calendar, code and lifecycle rules; they load when a
// learner first files or has dossiers, so opening the portal stays light.
const filing_rules = () =>
	Promise.all([
		import('./logic/calendar'),
		import('./logic/dossier-code'),
		import('./logic/format')
	]).then(([calendar, code, format]) => ({ ...calendar, ...code, ...format }));

export function new_session(learner_id: string): PortalSession {
	return {
		learner_id,
		signed_in: false,
		otp_pending: false,
		password_failures: 0,
		otp_failures: 0,
		locked: false,
		clock_offset_days: 0,
		location: '/',
		code_sequence: {},
		updated_at: Date.now()
	};
}

export async function load_session(db: CdsDatabase, learner_id: string) {
	return (await db.sessions.get(learner_id)) ?? new_session(learner_id);
}

export async function save_session(db: CdsDatabase, session: PortalSession) {
	await db.sessions.put({ ...session, updated_at: Date.now() });
}

export function new_draft(learner_id: string, procedure_id: string): DossierDraft {
	return {
		id: crypto.randomUUID(),
		learner_id,
		procedure_id,
		answers: {},
		attachments: [],
		payment_failures: 0,
		updated_at: Date.now()
	};
}

export async function load_draft(db: CdsDatabase, learner_id: string, procedure_id: string) {
	return (
		(await db.drafts.where({ learner_id, procedure_id }).first()) ??
		new_draft(learner_id, procedure_id)
	);
}

export async function save_draft(db: CdsDatabase, draft: DossierDraft) {
	await db.drafts.put({ ...structuredClone(draft), updated_at: Date.now() });
}

export async function save_file(db: CdsDatabase, learner_id: string, file: File) {
	const record: SandboxFile = {
		id: crypto.randomUUID(),
		learner_id,
		name: file.name,
		type: file.type,
		size: file.size,
		blob: file
	};
	await db.files.add(record);
	return record;
}

export async function load_file(db: CdsDatabase, learner_id: string, id: string) {
	const file = await db.files.get(id);
	return file?.learner_id === learner_id ? file : undefined;
}

export async function list_dossiers(db: CdsDatabase, learner_id: string) {
	const dossiers = await db.dossiers.where({ learner_id }).toArray();
	return dossiers.sort((a, b) => b.submitted_at.localeCompare(a.submitted_at));
}

export async function load_dossier(db: CdsDatabase, learner_id: string, id: string) {
	const dossier = await db.dossiers.get(id);
	return dossier?.learner_id === learner_id ? dossier : undefined;
}

export async function list_messages(db: CdsDatabase, learner_id: string) {
	const messages = await db.messages.where({ learner_id }).toArray();
	return messages.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
}

function to_messages(learner_id: string, notices: Notice[]): SandboxMessage[] {
	return notices.map((notice) => ({
		...notice,
		id: crypto.randomUUID(),
		learner_id,
		read: false
	}));
}

export async function add_messages(db: CdsDatabase, learner_id: string, notices: Notice[]) {
	const messages = to_messages(learner_id, notices);
	await db.messages.bulkAdd(messages);
	return messages;
}

/** 'YYYY-MM-DDTHH:mm' of a simulated moment, in local (Vietnam) time. */
export function sim_stamp(now: Date) {
	const time = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
	return `${to_iso_date(now)}T${time}`;
}

/**
 * Files a draft: issues the dossier code (agency code, date, that day's sequence), computes
 * the appointment, sends the receipt by SMS and e-mail and removes the draft, all at once.
 */
export async function submit_draft(
	db: CdsDatabase,
	draft: DossierDraft,
	procedure: Procedure,
	now: Date
): Promise<Dossier> {
	if (!draft.agency || !draft.receive) throw new Error('the draft is not complete');
	const { appointment_date, counting_start_day, format_date, make_dossier_code } =
		await filing_rules();
	const agency = draft.agency;
	const receive = draft.receive;
	return db.transaction('rw', [db.sessions, db.drafts, db.dossiers, db.messages], async () => {
		const session = await load_session(db, draft.learner_id);
		const day = to_iso_date(now);
		const sequence = (session.code_sequence[day] ?? 0) + 1;
		const code = make_dossier_code({ date: day, sequence });
		const submitted_at = sim_stamp(now);
		const dossier: Dossier = {
			id: crypto.randomUUID(),
			learner_id: draft.learner_id,
			procedure_id: procedure.id,
			procedure_name: procedure.name,
			code,
			agency,
			answers: structuredClone(draft.answers),
			attachments: structuredClone(draft.attachments),
			receive: structuredClone(receive),
			payment: draft.payment && structuredClone(draft.payment),
			submitted_at,
			received_date: counting_start_day(received_at(now)),
			appointment_date: appointment_date(received_at(now), procedure.processing_time.working_days),
			status: 'moi-dang-ky',
			history: [{ status: 'moi-dang-ky', at: submitted_at }]
		};
		await db.dossiers.add(dossier);
		await db.drafts.delete(draft.id);
		await db.sessions.put({
			...session,
			code_sequence: { ...session.code_sequence, [day]: sequence },
			updated_at: Date.now()
		});
		const text = `Hồ sơ ${procedure.name} đã nộp thành công. Mã hồ sơ: ${code}. Ngày hẹn trả kết quả: ${format_date(dossier.appointment_date)}. Đây là tin nhắn của bản tập.`;
		await db.messages.bulkAdd(
			to_messages(draft.learner_id, [
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
		return dossier;
	});
}

/**
 * Moves every dossier of a learner on to `now` ('YYYY-MM-DDTHH:mm' simulated; a bare date means
 * the end of that day); returns the dossiers that changed.
 */
export async function advance_dossiers(
	db: CdsDatabase,
	learner_id: string,
	procedures: Map<string, Procedure>,
	now: string,
	context: LifecycleContext = {}
): Promise<Dossier[]> {
	const dossiers = await db.dossiers.where({ learner_id }).toArray();
	if (dossiers.length === 0) return [];
	const { advance_dossier } = await import('./logic/lifecycle');
	return db.transaction('rw', [db.dossiers, db.messages], async () => {
		const changed: Dossier[] = [];
		for (const dossier of await db.dossiers.where({ learner_id }).toArray()) {
			const procedure = procedures.get(dossier.procedure_id);
			if (!procedure) continue;
			const step = advance_dossier(dossier, procedure, now, context);
			if (step.dossier.history.length === dossier.history.length) continue;
			await store_step(db, step);
			changed.push(step.dossier);
		}
		return changed;
	});
}

/** Saves a dossier after an action (supplement, withdrawal, rating) with its notices. */
export async function store_step(db: CdsDatabase, step: Step) {
	await db.transaction('rw', [db.dossiers, db.messages], async () => {
		await db.dossiers.put(structuredClone(step.dossier));
		await db.messages.bulkAdd(to_messages(step.dossier.learner_id, step.notices));
	});
}

/** "Làm lại từ đầu": removes this learner's sandbox, and nobody else's. */
export async function reset_sandbox(db: CdsDatabase, learner_id: string) {
	await delete_sandbox_records(db, learner_id);
}
