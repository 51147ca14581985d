/**
 * How a submitted practice dossier moves on as simulated time passes, and what the citizen is
 * told at each step (SMS and e-mail). Pure: the caller passes the dossier, its procedure and
 * the simulated moment, and stores what comes back.
 *
 * One clock, one rule. The appointment ("Ngày hẹn trả", calendar.ts) and the office's work are
 * computed with the same working-day calendar, so a dossier handled normally is decided by its
 * appointment date:
 * - The office acts only in office hours (08:00–17:00 on a working day, OFFICE_OPEN and
 *   OFFICE_CLOSE); a moment outside them moves to 08:00 of the next working day.
 * - Mới đăng ký → Được tiếp nhận → Đang xử lý half an hour after filing, and never before the
 *   counting-start day (a dossier filed after 15:00 or on a day off is received the next
 *   working day at 08:00).
 * - Đã xử lý xong at 08:00 on the appointment date, or one hour after the last event when that
 *   is later (a "Trong ngày" procedure filed at 09:30 is decided at 11:00 the same day).
 * - Scenarios change this only where a procedure says so: a request for papers (the
 *   appointment is set again once the papers arrive, counted with the same rule), a draft of
 *   the result to confirm (decided only after the citizen confirms), a late decision (with the
 *   "Phiếu xin lỗi và hẹn lại ngày trả kết quả" the agency must send, PROC_1_001193.json).
 * - The result: an online result is returned with the decision; by post the practice post
 *   office delivers 2 working days later (real postal times are not confirmed); at the office
 *   the citizen must go there: "Đã trả kết quả" only after `collect_result`.
 *
 * Every event is dated after the one before it: an action of the citizen is given the
 * simulated time, moved to just after the last event when the device clock is earlier.
 */
import type { DossierStatus, Procedure } from '../model';
import type { Dossier, SandboxMessage } from '../records';
import { add_working_days, counting_start_day, is_working_day, next_working_day } from './calendar';
import { format_date } from './format';
import { add_days } from './iso';
import { make_tracking_code } from './s10';
import { can_transition, can_withdraw, explain_status, status_label } from './status';

export type LifecycleProcedure = Pick<Procedure, 'scenario' | 'documents' | 'processing_time'>;

/** A message the portal sends (the caller gives it an id and a learner). */
export type Notice = Omit<SandboxMessage, 'id' | 'learner_id' | 'sandbox' | 'read'>;

export interface Step {
	dossier: Dossier;
	notices: Notice[];
}

/** What the lifecycle needs to know beyond the dossier: the office's name for a desk result. */
export interface LifecycleContext {
	/** e.g. "Trung tâm Phục vụ hành chính công của Phường Hồng Bàng (Bộ phận Một cửa)" */
	office?: (agency: Dossier['agency']) => string;
}

const PORTAL_SENDER = 'Cổng DVC (bản tập)';
/** Practice pace for a postal delivery; the real time is not confirmed (portal-screens.md §6). */
export const POSTAL_DAYS = 2;
/** Office hours, minutes after midnight. */
export const OFFICE_OPEN = 8 * 60;
export const OFFICE_CLOSE = 17 * 60;
const ACCEPT_AFTER_MINUTES = 30;
const STEP_MINUTES = 60;

/** The plain instruction every portal message ends with: no link to tap (§5 safety advice). */
export const OPEN_PORTAL_YOURSELF =
	'Hãy tự mở Cổng Dịch vụ công (gõ dichvucong.gov.vn), đăng nhập và xem trong mục “Dịch vụ công của tôi”. Đừng bấm đường dẫn trong tin nhắn.';

// ── Moments ('YYYY-MM-DDTHH:mm', simulated local time) ──────────────────────────────────────

function date_part(at: string) {
	return at.slice(0, 10);
}

function minutes_of(at: string) {
	return Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16));
}

function stamp(day: string, minutes: number) {
	const h = String(Math.floor(minutes / 60)).padStart(2, '0');
	const m = String(minutes % 60).padStart(2, '0');
	return `${day}T${h}:${m}`;
}

/** A bare date means "the end of that day": everything dated that day has happened. */
function as_moment(now: string) {
	return now.length === 10 ? `${now}T23:59` : now.slice(0, 16);
}

/** `minutes` later, across midnight if need be. */
export function add_minutes(at: string, minutes: number): string {
	let day = date_part(at);
	let total = minutes_of(at) + minutes;
	while (total >= 24 * 60) {
		total -= 24 * 60;
		day = add_days(day, 1);
	}
	return stamp(day, total);
}

/** The same moment if the office is open then, otherwise 08:00 of the next working day. */
export function office_moment(at: string): string {
	const day = date_part(at);
	const minutes = minutes_of(at);
	if (is_working_day(day)) {
		if (minutes < OFFICE_OPEN) return stamp(day, OFFICE_OPEN);
		if (minutes < OFFICE_CLOSE) return at;
	}
	return stamp(next_working_day(day), OFFICE_OPEN);
}

const later = (a: string, b: string) => (a >= b ? a : b);

function last_at(dossier: Dossier) {
	return dossier.history[dossier.history.length - 1]?.at ?? dossier.submitted_at;
}

/**
 * The moment of a citizen's action: the simulated now, or one minute after the last event
 * when the device clock says earlier (a reply is never dated before what it answers).
 */
export function action_stamp(dossier: Dossier, now: string): string {
	const last = last_at(dossier);
	const moment = as_moment(now);
	return moment > last ? moment : add_minutes(last, 1);
}

// ── Changes and notices ─────────────────────────────────────────────────────────────────────

function change(dossier: Dossier, status: DossierStatus, at: string, note?: string): Dossier {
	if (!can_transition(dossier.status, status)) {
		throw new Error(`a dossier cannot go from ${dossier.status} to ${status}`);
	}
	return { ...dossier, status, history: [...dossier.history, { status, at, note }] };
}

/** An event that keeps the status (a draft sent or confirmed, a new appointment) in the history. */
function note(dossier: Dossier, at: string, text: string): Dossier {
	return { ...dossier, history: [...dossier.history, { status: dossier.status, at, note: text }] };
}

function notices_for(dossier: Dossier, at: string, subject: string, text: string): Notice[] {
	const body = `${text} ${OPEN_PORTAL_YOURSELF}`;
	return [
		{ kind: 'sms', from: 'DVCQG', subject, body, at, dossier_id: dossier.id },
		{
			kind: 'email',
			from: PORTAL_SENDER,
			subject: `Hồ sơ ${dossier.code}: ${subject}`,
			body,
			at,
			dossier_id: dossier.id
		}
	];
}

function status_notices(dossier: Dossier, at: string, extra = ''): Notice[] {
	const label = status_label(dossier.status);
	const text = `Hồ sơ ${dossier.code} (${dossier.procedure_name}) chuyển sang trạng thái "${label}". ${explain_status(dossier.status)}${extra ? ` ${extra}` : ''}`;
	return notices_for(dossier, at, label, text);
}

/** A stable practice tracking code derived from the dossier code's digits. */
export function tracking_code_for(dossier: Pick<Dossier, 'code'>): string {
	const digits = dossier.code.replace(/\D/g, '');
	return make_tracking_code('EB', Number(digits.slice(-8)) % 100_000_000);
}

/** Where a result is collected in person when the caller gives no name (see ../offices.ts). */
export function default_office(): string {
	return 'Trung tâm Phục vụ hành chính công của phường, xã giải quyết hồ sơ (Bộ phận Một cửa)';
}

// ── The office's schedule ───────────────────────────────────────────────────────────────────

/** When the office receives a new dossier: 30 minutes after filing, from its counting-start day. */
export function acceptance_moment(dossier: Pick<Dossier, 'submitted_at' | 'received_date'>) {
	const earliest = stamp(dossier.received_date, OFFICE_OPEN);
	return office_moment(later(add_minutes(dossier.submitted_at, ACCEPT_AFTER_MINUTES), earliest));
}

/** When the office decides: 08:00 on the appointment date, or an hour after the last event. */
export function decision_moment(dossier: Dossier): string {
	const base = stamp(dossier.appointment_date, OFFICE_OPEN);
	return office_moment(later(base, add_minutes(last_at(dossier), STEP_MINUTES)));
}

/** The appointment again once the papers arrive: the same counting rule from that moment. */
export function appointment_after(at: string, working_days: number): string {
	const start = counting_start_day({ received: date_part(at), minutes_of_day: minutes_of(at) });
	return add_working_days(start, working_days);
}

/** One transition due by `now`, or null when nothing is due. */
function next_step(
	dossier: Dossier,
	procedure: LifecycleProcedure,
	now: string,
	context: LifecycleContext
): Step | null {
	const scenario = procedure.scenario;
	const due = (at: string) => (at <= now ? at : null);

	switch (dossier.status) {
		case 'moi-dang-ky': {
			const at = due(acceptance_moment(dossier));
			if (!at) return null;
			const accepted = change(dossier, 'duoc-tiep-nhan', at);
			const processing = change(accepted, 'dang-xu-ly', at);
			return {
				dossier: processing,
				notices: status_notices(
					accepted,
					at,
					`Ngày hẹn trả kết quả: ${format_date(dossier.appointment_date)}.`
				)
			};
		}
		case 'dang-xu-ly': {
			const supplement = scenario.supplement;
			if (supplement && !dossier.supplement) {
				// A request for papers comes the next working day (an hour later for a same-day
				// procedure), always before the appointment it delays.
				const base =
					procedure.processing_time.working_days > 0
						? stamp(next_working_day(date_part(last_at(dossier))), OFFICE_OPEN)
						: add_minutes(last_at(dossier), STEP_MINUTES);
				const at = due(office_moment(base));
				if (!at) return null;
				const deadline = add_working_days(date_part(at), supplement.deadline_working_days);
				const document = procedure.documents.find((d) => d.id === supplement.document_id);
				const asked = {
					...change(dossier, 'yeu-cau-bo-sung', at, supplement.message),
					supplement: {
						document_id: supplement.document_id,
						message: supplement.message,
						requested_at: at,
						deadline,
						...(supplement.deadline_unconfirmed ? { deadline_unconfirmed: true } : {})
					}
				};
				const extra = `Cần bổ sung: ${document?.name ?? supplement.document_id}. Mở “Phiếu hướng dẫn bổ sung” trong chi tiết hồ sơ để xem hạn bổ sung (${format_date(deadline)}). Ngày hẹn trả kết quả sẽ được hẹn lại khi cơ quan nhận đủ giấy tờ.`;
				return { dossier: asked, notices: status_notices(asked, at, extra) };
			}
			const draft = scenario.draft_confirmation;
			if (draft && !dossier.draft_confirmation) {
				const at = due(office_moment(add_minutes(last_at(dossier), STEP_MINUTES)));
				if (!at) return null;
				const sent = {
					...note(dossier, at, `Cán bộ gửi bản nháp ${draft.document} để công dân xác nhận.`),
					draft_confirmation: { document: draft.document, sent_at: at }
				};
				const text = `Hồ sơ ${dossier.code}: cán bộ đã gửi bản nháp ${draft.document} để bạn kiểm tra. Hãy đọc kỹ từng dòng rồi bấm “Xác nhận bản nháp” trong chi tiết hồ sơ. Nếu bạn không trả lời trong 1 ngày, cơ quan coi như bạn đồng ý.`;
				return { dossier: sent, notices: notices_for(sent, at, 'Bản nháp cần xác nhận', text) };
			}
			if (dossier.draft_confirmation && !dossier.draft_confirmation.confirmed_at) return null;
			const late = scenario.late;
			if (late && !dossier.delay) {
				const at = due(office_moment(stamp(dossier.appointment_date, OFFICE_OPEN)));
				if (!at) return null;
				const appointment = add_working_days(dossier.appointment_date, late.extra_working_days);
				const delayed: Dossier = {
					...note(
						dossier,
						at,
						`Cơ quan gửi Phiếu xin lỗi và hẹn lại ngày trả kết quả: ${format_date(appointment)}.`
					),
					appointment_date: appointment,
					delay: {
						notified_at: at,
						previous_appointment: dossier.appointment_date,
						reason: late.reason
					}
				};
				const text = `Phiếu xin lỗi và hẹn lại ngày trả kết quả: hồ sơ ${dossier.code} chưa giải quyết xong đúng hẹn ngày ${format_date(dossier.appointment_date)}. Lý do: ${late.reason} Cơ quan xin lỗi và hẹn lại ngày trả kết quả: ${format_date(appointment)}.`;
				return {
					dossier: delayed,
					notices: notices_for(delayed, at, 'Phiếu xin lỗi và hẹn lại ngày trả kết quả', text)
				};
			}
			const at = due(decision_moment(dossier));
			if (!at) return null;
			let done = change(dossier, 'da-xu-ly-xong', at);
			switch (done.receive.method) {
				case 'online': {
					const returned = change(done, 'da-tra-ket-qua', at);
					return {
						dossier: returned,
						notices: status_notices(
							returned,
							at,
							'Kết quả điện tử đã có trong mục “Dịch vụ công của tôi”, bấm vào hồ sơ rồi bấm “Xem kết quả”.'
						)
					};
				}
				case 'post': {
					done = { ...done, tracking_code: tracking_code_for(done) };
					const extra = `Kết quả được gửi qua bưu chính công ích, mã bưu gửi tập: ${done.tracking_code}.`;
					return { dossier: done, notices: status_notices(done, at, extra) };
				}
				case 'desk': {
					const office = context.office?.(done.agency) ?? default_office();
					done = { ...done, collect_at: office };
					const extra = `Kết quả đã sẵn sàng. Mời bạn đến nhận tại ${office}, trong giờ làm việc. Khi đến, hãy đọc mã hồ sơ ${done.code} cho cán bộ.`;
					return { dossier: done, notices: status_notices(done, at, extra) };
				}
			}
			return null;
		}
		case 'yeu-cau-bo-sung': {
			const deadline = dossier.supplement?.deadline;
			if (!deadline || dossier.supplement?.sent_at) return null;
			const at = due(stamp(next_working_day(deadline), OFFICE_OPEN));
			if (!at) return null;
			const stopped = change(dossier, 'dung-xu-ly', at, 'Quá hạn bổ sung giấy tờ.');
			return {
				dossier: stopped,
				notices: status_notices(stopped, at, 'Lý do: quá hạn bổ sung giấy tờ.')
			};
		}
		case 'da-xu-ly-xong': {
			if (dossier.receive.method !== 'post') return null;
			const decided = last_at(dossier);
			const at = due(stamp(add_working_days(date_part(decided), POSTAL_DAYS), OFFICE_OPEN));
			if (!at) return null;
			const returned = change(dossier, 'da-tra-ket-qua', at);
			return {
				dossier: returned,
				notices: status_notices(
					returned,
					at,
					'Bưu điện đã giao kết quả đến địa chỉ bạn chọn (thời gian giao trong bản tập chỉ để luyện tập).'
				)
			};
		}
		default:
			return null;
	}
}

/**
 * Applies every transition due by `now` ('YYYY-MM-DDTHH:mm'; a bare 'YYYY-MM-DD' means the end
 * of that day), in order, with the notices each one sends.
 */
export function advance_dossier(
	dossier: Dossier,
	procedure: LifecycleProcedure,
	now: string,
	context: LifecycleContext = {}
): Step {
	const moment = as_moment(now);
	let current: Step = { dossier, notices: [] };
	for (let guard = 0; guard < 20; guard++) {
		const step = next_step(current.dossier, procedure, moment, context);
		if (!step) return current;
		current = { dossier: step.dossier, notices: [...current.notices, ...step.notices] };
	}
	return current;
}

// ── The citizen's actions ───────────────────────────────────────────────────────────────────

/**
 * The citizen sends the missing paper: processing resumes and the appointment is set again,
 * counted from the moment the papers arrive with the same rule as at filing.
 */
export function send_supplement(
	dossier: Dossier,
	now: string,
	procedure?: Pick<Procedure, 'processing_time'>
): Step {
	if (dossier.status !== 'yeu-cau-bo-sung' || !dossier.supplement) {
		throw new Error('this dossier has no open request for papers');
	}
	const at = action_stamp(dossier, now);
	const working_days = procedure?.processing_time.working_days;
	const appointment =
		working_days === undefined ? dossier.appointment_date : appointment_after(at, working_days);
	const resumed: Dossier = {
		...change(dossier, 'dang-xu-ly', at, 'Công dân đã gửi giấy tờ bổ sung.'),
		appointment_date: appointment,
		supplement: { ...dossier.supplement, sent_at: at }
	};
	return {
		dossier: resumed,
		notices: status_notices(
			resumed,
			at,
			`Cơ quan đã nhận giấy tờ bổ sung. Ngày hẹn trả kết quả mới: ${format_date(appointment)}.`
		)
	};
}

/** The citizen confirms the draft of the result: the office may now decide. */
export function confirm_draft(dossier: Dossier, now: string): Step {
	const draft = dossier.draft_confirmation;
	if (dossier.status !== 'dang-xu-ly' || !draft || draft.confirmed_at) {
		throw new Error('this dossier has no draft waiting for confirmation');
	}
	const at = action_stamp(dossier, now);
	const confirmed = {
		...note(dossier, at, `Công dân đã xác nhận bản nháp ${draft.document}.`),
		draft_confirmation: { ...draft, confirmed_at: at }
	};
	const text = `Bạn đã xác nhận bản nháp ${draft.document} của hồ sơ ${dossier.code}. Cơ quan sẽ cấp kết quả; ngày hẹn trả: ${format_date(dossier.appointment_date)}.`;
	return {
		dossier: confirmed,
		notices: notices_for(confirmed, at, 'Đã xác nhận bản nháp', text)
	};
}

/** The citizen has been to the office and received the paper result: "Đã trả kết quả". */
export function collect_result(dossier: Dossier, now: string): Step {
	if (dossier.status !== 'da-xu-ly-xong' || dossier.receive.method !== 'desk') {
		throw new Error('this dossier has no result waiting at the office');
	}
	const at = action_stamp(dossier, now);
	const returned = change(dossier, 'da-tra-ket-qua', at, 'Công dân đã đến nhận kết quả.');
	return {
		dossier: returned,
		notices: status_notices(
			returned,
			at,
			`Bạn đã nhận kết quả tại ${dossier.collect_at ?? default_office()}.`
		)
	};
}

/** The citizen withdraws the dossier (allowed until a decision is made). */
export function withdraw_dossier(dossier: Dossier, now: string): Step {
	if (!can_withdraw(dossier.status)) throw new Error('this dossier can no longer be withdrawn');
	const at = action_stamp(dossier, now);
	const withdrawn = change(dossier, 'cong-dan-rut-ho-so', at, 'Công dân yêu cầu rút hồ sơ.');
	return { dossier: withdrawn, notices: status_notices(withdrawn, at) };
}
