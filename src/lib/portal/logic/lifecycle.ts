/**
 * How a submitted practice dossier moves on as simulated days pass, and what the citizen is
 * told at each step (SMS and e-mail). Pure: the caller passes the dossier, its procedure and
 * the simulated date, and stores what comes back.
 *
 * Pace (one rule for every procedure, so a class can follow along):
 * - Mới đăng ký → Được tiếp nhận after `accept_after_days` working days (default 1), and
 *   straight on to Đang xử lý the same day (the desk passes it to the specialist).
 * - With a supplement scenario, the officer asks once for the missing paper 1 working day into
 *   processing, with a deadline in working days; the citizen's answer is `send_supplement`.
 *   A deadline passed without an answer stops the dossier (Dừng xử lý).
 * - Đang xử lý → Đã xử lý xong after `process_days` working days (default 1).
 * - Đã xử lý xong → Đã trả kết quả: the same day for an online result; 1 working day for the
 *   one-stop desk; 2 working days by post (practice pace: real postal times are not confirmed).
 */
import type { DossierStatus, Procedure } from '../model';
import type { Dossier, SandboxMessage } from '../records';
import { add_working_days } from './calendar';
import { format_date } from './format';
import { make_tracking_code } from './s10';
import { can_transition, can_withdraw, explain_status, status_label } from './status';

export type LifecycleProcedure = Pick<Procedure, 'scenario' | 'documents'>;

/** A message the portal sends (the caller gives it an id and a learner). */
export type Notice = Omit<SandboxMessage, 'id' | 'learner_id' | 'sandbox' | 'read'>;

export interface Step {
	dossier: Dossier;
	notices: Notice[];
}

const PORTAL_SENDER = 'Cổng DVC (bản tập)';
const POSTAL_DAYS = 2;

/** The simulated moment of a change on a given day: offices act at 08:00. */
function at_morning(iso_date: string) {
	return `${iso_date}T08:00`;
}

function date_part(at: string) {
	return at.slice(0, 10);
}

function change(dossier: Dossier, status: DossierStatus, at: string, note?: string): Dossier {
	if (!can_transition(dossier.status, status)) {
		throw new Error(`a dossier cannot go from ${dossier.status} to ${status}`);
	}
	return { ...dossier, status, history: [...dossier.history, { status, at, note }] };
}

function status_notices(dossier: Dossier, at: string, extra = ''): Notice[] {
	const label = status_label(dossier.status);
	const text = `Hồ sơ ${dossier.code} (${dossier.procedure_name}) chuyển sang trạng thái "${label}". ${explain_status(dossier.status)}${extra ? ` ${extra}` : ''}`;
	return [
		{ kind: 'sms', from: 'DVCQG', subject: label, body: text, at, dossier_id: dossier.id },
		{
			kind: 'email',
			from: PORTAL_SENDER,
			subject: `Hồ sơ ${dossier.code}: ${label}`,
			body: text,
			at,
			dossier_id: dossier.id
		}
	];
}

/** A stable practice tracking code derived from the dossier code's digits. */
export function tracking_code_for(dossier: Pick<Dossier, 'code'>): string {
	const digits = dossier.code.replace(/\D/g, '');
	return make_tracking_code('EB', Number(digits.slice(-8)) % 100_000_000);
}

/** One transition due on or before `today`, or null when nothing is due. */
function next_step(dossier: Dossier, procedure: LifecycleProcedure, today: string): Step | null {
	const last = dossier.history[dossier.history.length - 1];
	const since = date_part(last?.at ?? dossier.submitted_at);
	const scenario = procedure.scenario;
	const due = (days: number) => {
		const day = add_working_days(since, days);
		return day <= today ? day : null;
	};

	switch (dossier.status) {
		case 'moi-dang-ky': {
			const day = due(scenario.accept_after_days ?? 1);
			if (!day) return null;
			const at = at_morning(day);
			const accepted = change(dossier, 'duoc-tiep-nhan', at);
			const processing = change(accepted, 'dang-xu-ly', at);
			return { dossier: processing, notices: status_notices(accepted, at) };
		}
		case 'dang-xu-ly': {
			const supplement = scenario.supplement;
			if (supplement && !dossier.supplement) {
				const day = due(1);
				if (!day) return null;
				const at = at_morning(day);
				const deadline = add_working_days(day, supplement.deadline_working_days);
				const document = procedure.documents.find((d) => d.id === supplement.document_id);
				const asked = {
					...change(dossier, 'yeu-cau-bo-sung', at, supplement.message),
					supplement: {
						document_id: supplement.document_id,
						message: supplement.message,
						requested_at: at,
						deadline
					}
				};
				const extra = `Cần bổ sung: ${document?.name ?? supplement.document_id}. ${supplement.message} Hạn bổ sung: ${format_date(deadline)}.`;
				return { dossier: asked, notices: status_notices(asked, at, extra) };
			}
			const day = due(scenario.process_days ?? 1);
			if (!day) return null;
			const at = at_morning(day);
			let done = change(dossier, 'da-xu-ly-xong', at);
			let extra = '';
			if (done.receive.method === 'post') {
				done = { ...done, tracking_code: tracking_code_for(done) };
				extra = `Kết quả được gửi qua bưu chính công ích, mã bưu gửi tập: ${done.tracking_code}.`;
			}
			return { dossier: done, notices: status_notices(done, at, extra) };
		}
		case 'yeu-cau-bo-sung': {
			const deadline = dossier.supplement?.deadline;
			if (!deadline || dossier.supplement?.sent_at) return null;
			const day = add_working_days(deadline, 1);
			if (day > today) return null;
			const at = at_morning(day);
			const stopped = change(dossier, 'dung-xu-ly', at, 'Quá hạn bổ sung giấy tờ.');
			return {
				dossier: stopped,
				notices: status_notices(stopped, at, 'Lý do: quá hạn bổ sung giấy tờ.')
			};
		}
		case 'da-xu-ly-xong': {
			const days = { online: 0, desk: 1, post: POSTAL_DAYS }[dossier.receive.method];
			const day = due(days);
			if (!day) return null;
			const at = at_morning(day);
			const returned = change(dossier, 'da-tra-ket-qua', at);
			const extra =
				dossier.receive.method === 'online'
					? 'Bạn xem kết quả điện tử trong mục "Dịch vụ công của tôi".'
					: dossier.receive.method === 'post'
						? 'Bưu điện đã giao kết quả đến địa chỉ bạn chọn.'
						: 'Bạn đã nhận kết quả tại Bộ phận Một cửa.';
			return { dossier: returned, notices: status_notices(returned, at, extra) };
		}
		default:
			return null;
	}
}

/** Applies every transition due by `today`, in order, with the notices each one sends. */
export function advance_dossier(
	dossier: Dossier,
	procedure: LifecycleProcedure,
	today: string
): Step {
	let current: Step = { dossier, notices: [] };
	for (let guard = 0; guard < 20; guard++) {
		const step = next_step(current.dossier, procedure, today);
		if (!step) return current;
		current = { dossier: step.dossier, notices: [...current.notices, ...step.notices] };
	}
	return current;
}

/** The citizen sends the missing paper: processing resumes. */
export function send_supplement(dossier: Dossier, now: string): Step {
	if (dossier.status !== 'yeu-cau-bo-sung' || !dossier.supplement) {
		throw new Error('this dossier has no open request for papers');
	}
	const resumed = {
		...change(dossier, 'dang-xu-ly', now, 'Công dân đã gửi giấy tờ bổ sung.'),
		supplement: { ...dossier.supplement, sent_at: now }
	};
	return {
		dossier: resumed,
		notices: status_notices(resumed, now, 'Giấy tờ bổ sung đã được gửi.')
	};
}

/** The citizen withdraws the dossier (allowed until a decision is made). */
export function withdraw_dossier(dossier: Dossier, now: string): Step {
	if (!can_withdraw(dossier.status)) throw new Error('this dossier can no longer be withdrawn');
	const withdrawn = change(dossier, 'cong-dan-rut-ho-so', now, 'Công dân yêu cầu rút hồ sơ.');
	return { dossier: withdrawn, notices: status_notices(withdrawn, now) };
}
