import { describe, expect, it } from 'vitest';
import { procedures } from '$lib/content/procedures.server';
import type { Procedure, ReceiveMethod } from '../model';
import type { Dossier } from '../records';
import { appointment_date, counting_start_day, is_working_day } from './calendar';
import {
	OFFICE_CLOSE,
	OFFICE_OPEN,
	action_stamp,
	advance_dossier,
	collect_result,
	confirm_draft,
	office_moment,
	send_supplement,
	tracking_code_for,
	withdraw_dossier,
	type LifecycleProcedure
} from './lifecycle';
import { is_tracking_code } from './s10';

const residence_proof = { id: 'giay-to-cho-o', name: 'Giấy tờ chứng minh chỗ ở hợp pháp' };

function procedure(
	working_days: number,
	scenario: LifecycleProcedure['scenario'] = {}
): LifecycleProcedure {
	return {
		scenario,
		documents: [{ ...residence_proof, required: true }],
		processing_time: { working_days, text: `${working_days} ngày làm việc` }
	};
}

const same_day = procedure(0);
const two_days = procedure(2);
const with_supplement = procedure(2, {
	supplement: {
		document_id: 'giay-to-cho-o',
		message: 'Cần giấy tờ chứng minh chỗ ở hợp pháp.',
		deadline_working_days: 2
	}
});
const with_draft = procedure(1, { draft_confirmation: { document: 'Giấy khai sinh điện tử' } });
const late = procedure(2, {
	late: { extra_working_days: 3, reason: 'Cần xác minh thêm thông tin.' }
});

/** A dossier filed at `submitted` ('YYYY-MM-DDTHH:mm'), with the appointment the portal gives. */
function filed(
	submitted: string,
	p: Pick<LifecycleProcedure, 'processing_time'>,
	method: ReceiveMethod = 'online'
): Dossier {
	const at = {
		received: submitted.slice(0, 10),
		minutes_of_day: Number(submitted.slice(11, 13)) * 60 + Number(submitted.slice(14, 16))
	};
	return {
		id: 'd1',
		learner_id: 'l1',
		sandbox: 'practice',
		procedure_id: 'p',
		procedure_name: 'Thủ tục tập',
		code: '000.00.99.H99-261123-0001',
		agency: { province: 'hai-phong', ward: 'hong-bang' },
		answers: {},
		attachments: [],
		receive: { method },
		submitted_at: submitted,
		received_date: counting_start_day(at),
		appointment_date: appointment_date(at, p.processing_time.working_days),
		status: 'moi-dang-ky',
		history: [{ status: 'moi-dang-ky', at: submitted }]
	};
}

const at_of = (d: Dossier, status: string) => d.history.find((h) => h.status === status)?.at;
const minutes = (at: string) => Number(at.slice(11, 13)) * 60 + Number(at.slice(14, 16));

/** Every event is dated after the one before it. */
function expect_in_order(d: Dossier) {
	const stamps = d.history.map((h) => h.at);
	expect(stamps, 'history in time order').toEqual([...stamps].sort());
	// only the desk's pairs share a minute: received + passed on, decided + returned online
	const shared = stamps.filter((at, i) => i > 0 && at === stamps[i - 1]).length;
	const pairs =
		(at_of(d, 'duoc-tiep-nhan') ? 1 : 0) +
		(d.receive.method === 'online' && at_of(d, 'da-tra-ket-qua') ? 1 : 0);
	expect(shared, 'events at the same minute').toBe(pairs);
}

/** Every event of the office happens in office hours on a working day. */
function expect_office_hours(d: Dossier) {
	for (const change of d.history.slice(1)) {
		if (change.note?.startsWith('Công dân')) continue;
		expect(is_working_day(change.at.slice(0, 10)), `${change.status} on a working day`).toBe(true);
		expect(minutes(change.at)).toBeGreaterThanOrEqual(OFFICE_OPEN);
		expect(minutes(change.at)).toBeLessThan(OFFICE_CLOSE);
	}
}

describe('office hours', () => {
	it('keeps a moment in office hours and moves any other to 08:00 of the next working day', () => {
		expect(office_moment('2026-11-23T09:30')).toBe('2026-11-23T09:30');
		expect(office_moment('2026-11-23T06:45')).toBe('2026-11-23T08:00');
		expect(office_moment('2026-11-23T17:00')).toBe('2026-11-25T08:00'); // 24/11 is a day off
		expect(office_moment('2026-11-28T10:00')).toBe('2026-11-30T08:00'); // Saturday
		expect(office_moment('2026-08-22T10:00')).toBe('2026-08-22T10:00'); // make-up Saturday
	});
});

/**
 * Filing moments that exercise the calendar: before opening, at opening, the 15:00 cut-off,
 * a weekend, a holiday (Ngày Văn hóa Việt Nam, Tue 24/11/2026), the day before a holiday, the
 * Tết stretch and a make-up Saturday (22/08/2026).
 */
const MOMENTS = [
	'2026-11-23T06:30',
	'2026-11-23T08:00',
	'2026-11-23T09:30',
	'2026-11-23T14:59',
	'2026-11-23T15:00',
	'2026-11-23T16:45',
	'2026-11-24T10:00',
	'2026-11-27T11:00',
	'2026-11-28T09:00',
	'2026-11-29T20:00',
	'2026-02-13T14:00',
	'2026-02-18T10:00',
	'2026-08-21T15:30',
	'2026-08-22T09:00',
	'2026-12-31T14:00'
];

/** Runs a dossier to its result as a prompt citizen would: confirms a draft as soon as it comes. */
function run_normally(d: Dossier, p: LifecycleProcedure, until: string): Dossier {
	let current = advance_dossier(d, p, until).dossier;
	for (let guard = 0; guard < 5; guard++) {
		const draft = current.draft_confirmation;
		if (!draft || draft.confirmed_at) break;
		current = confirm_draft(current, draft.sent_at).dossier;
		current = advance_dossier(current, p, until).dossier;
	}
	return current;
}

describe('one clock, one rule: a dossier handled normally is decided on its appointment date', () => {
	const shipped: Procedure[] = procedures;

	it('ships procedures to check', () => {
		expect(shipped.length).toBeGreaterThanOrEqual(4);
	});

	for (const p of shipped) {
		// the normal course: the same procedure without a request for papers or a late decision
		const normal = { ...p, scenario: { ...p.scenario, supplement: undefined, late: undefined } };
		for (const method of p.receive_methods) {
			it(`${p.id}, result ${method}: decided on the appointment date, from every filing moment`, () => {
				for (const moment of MOMENTS) {
					const d = filed(moment, p, method);
					const day_before = run_normally(d, normal, `${d.appointment_date}T00:00`);
					expect(day_before.status, `${moment}: not decided before the appointment`).not.toBe(
						'da-xu-ly-xong'
					);
					const done = run_normally(d, normal, `${d.appointment_date}T23:59`);
					const decided = at_of(done, 'da-xu-ly-xong');
					expect(decided?.slice(0, 10), `${moment}: decided on ${d.appointment_date}`).toBe(
						d.appointment_date
					);
					if (method === 'online') {
						expect(at_of(done, 'da-tra-ket-qua')).toBe(decided);
					}
					expect_in_order(done);
					expect_office_hours(done);
				}
			});
		}
	}

	it('a "Trong ngày" certified copy filed at 09:30 on a working day is returned that day', () => {
		const copy = shipped.find((p) => p.id === 'chung-thuc-ban-sao');
		expect(copy?.processing_time.working_days).toBe(0);
		const d = filed('2026-11-23T09:30', copy as Procedure, 'online');
		expect(d.appointment_date).toBe('2026-11-23');
		const done = advance_dossier(d, copy as Procedure, '2026-11-23T12:00').dossier;
		expect(done.history.map((h) => `${h.status}@${h.at}`)).toEqual([
			'moi-dang-ky@2026-11-23T09:30',
			'duoc-tiep-nhan@2026-11-23T10:00',
			'dang-xu-ly@2026-11-23T10:00',
			'da-xu-ly-xong@2026-11-23T11:00',
			'da-tra-ket-qua@2026-11-23T11:00'
		]);
	});

	it('nothing is dated after the simulated now: events wait for their time', () => {
		const d = filed('2026-11-23T09:30', same_day);
		expect(advance_dossier(d, same_day, '2026-11-23T09:45').dossier.status).toBe('moi-dang-ky');
		expect(advance_dossier(d, same_day, '2026-11-23T10:00').dossier.status).toBe('dang-xu-ly');
	});

	it('a dossier filed before 08:00 is received at 08:00, never before it was filed', () => {
		const d = filed('2026-11-23T06:30', two_days);
		const step = advance_dossier(d, two_days, '2026-11-23T09:00');
		expect(at_of(step.dossier, 'duoc-tiep-nhan')).toBe('2026-11-23T08:00');
		expect(step.notices[0].body).toContain('Ngày hẹn trả kết quả: 26/11/2026');
	});

	it('jumping many days at once applies every step in order', () => {
		const step = advance_dossier(
			filed('2026-11-23T09:00', two_days, 'post'),
			two_days,
			'2026-12-31'
		);
		expect(step.dossier.history.map((h) => h.status)).toEqual([
			'moi-dang-ky',
			'duoc-tiep-nhan',
			'dang-xu-ly',
			'da-xu-ly-xong',
			'da-tra-ket-qua'
		]);
		expect(step.notices.map((n) => n.kind)).toEqual([
			'sms',
			'email',
			'sms',
			'email',
			'sms',
			'email'
		]);
	});
});

describe('the result', () => {
	it('by post gets a valid practice tracking code and arrives 2 working days after the decision', () => {
		const d = filed('2026-11-23T09:00', two_days, 'post');
		const done = advance_dossier(d, two_days, '2026-11-26T12:00').dossier;
		expect(done.status).toBe('da-xu-ly-xong');
		expect(is_tracking_code(done.tracking_code)).toBe(true);
		expect(done.tracking_code).toBe(tracking_code_for(done));
		// decided Thu 26/11; Fri 27/11 is 1 working day, Mon 30/11 the 2nd.
		expect(advance_dossier(done, two_days, '2026-11-29').dossier.status).toBe('da-xu-ly-xong');
		expect(advance_dossier(done, two_days, '2026-11-30T08:00').dossier.status).toBe(
			'da-tra-ket-qua'
		);
	});

	describe('at the office: the citizen must go there', () => {
		const d = filed('2026-11-23T09:00', two_days, 'desk');
		const context = { office: () => 'Trung tâm Phục vụ hành chính công của phường Hồng Bàng' };
		const step = advance_dossier(d, two_days, '2026-11-26T12:00', context);

		it('reaches "Đã xử lý xong" with a message naming the office, and stays there', () => {
			expect(step.dossier.status).toBe('da-xu-ly-xong');
			const sms = step.notices.filter((n) => n.kind === 'sms').at(-1);
			expect(sms?.subject).toBe('Đã xử lý xong');
			expect(sms?.body).toContain(
				'Kết quả đã sẵn sàng. Mời bạn đến nhận tại Trung tâm Phục vụ hành chính công của phường Hồng Bàng'
			);
			const month_later = advance_dossier(step.dossier, two_days, '2027-01-31', context);
			expect(month_later.dossier.status).toBe('da-xu-ly-xong');
			expect(month_later.notices).toEqual([]);
		});

		it('becomes "Đã trả kết quả" only when the citizen says she collected it', () => {
			const collected = collect_result(step.dossier, '2026-11-27T09:15');
			expect(collected.dossier.status).toBe('da-tra-ket-qua');
			expect(collected.dossier.history.at(-1)).toEqual({
				status: 'da-tra-ket-qua',
				at: '2026-11-27T09:15',
				note: 'Công dân đã đến nhận kết quả.'
			});
			expect(collected.notices[0].body).toContain('Bạn đã nhận kết quả tại Trung tâm');
		});

		it('cannot be collected before it is ready, nor for an online result', () => {
			expect(() => collect_result(d, '2026-11-23T10:00')).toThrow('no result waiting');
			const online = advance_dossier(
				filed('2026-11-23T09:00', two_days),
				two_days,
				'2026-11-26T12:00'
			);
			expect(() => collect_result(online.dossier, '2026-11-27T10:00')).toThrow();
		});
	});

	it('a late decision happens only in a scenario that says so, with the apology notice', () => {
		const d = filed('2026-11-23T09:00', late);
		expect(d.appointment_date).toBe('2026-11-26');
		const step = advance_dossier(d, late, '2026-11-26T12:00');
		expect(step.dossier.status).toBe('dang-xu-ly');
		expect(step.dossier.appointment_date).toBe('2026-12-01');
		expect(step.dossier.delay).toEqual({
			notified_at: '2026-11-26T08:00',
			previous_appointment: '2026-11-26',
			reason: 'Cần xác minh thêm thông tin.'
		});
		const sms = step.notices.filter((n) => n.kind === 'sms').at(-1);
		expect(sms?.subject).toBe('Phiếu xin lỗi và hẹn lại ngày trả kết quả');
		expect(sms?.body).toContain('hẹn lại ngày trả kết quả: 01/12/2026');
		const done = advance_dossier(step.dossier, late, '2026-12-01T23:59').dossier;
		expect(at_of(done, 'da-xu-ly-xong')?.slice(0, 10)).toBe('2026-12-01');
	});
});

describe('a draft of the result to confirm (birth registration online)', () => {
	const d = filed('2026-11-23T09:30', with_draft);
	const sent = advance_dossier(d, with_draft, '2026-11-23T12:00');

	it('is sent an hour after the dossier is received, with a message saying what to do', () => {
		expect(sent.dossier.draft_confirmation).toEqual({
			document: 'Giấy khai sinh điện tử',
			sent_at: '2026-11-23T11:00'
		});
		expect(sent.notices.at(-1)?.body).toContain('bấm “Xác nhận bản nháp”');
	});

	it('holds the decision until the citizen confirms', () => {
		const waiting = advance_dossier(sent.dossier, with_draft, '2026-12-31');
		expect(waiting.dossier.status).toBe('dang-xu-ly');
		expect(waiting.notices).toEqual([]);
	});

	it('once confirmed, the result comes on the appointment date', () => {
		const confirmed = confirm_draft(sent.dossier, '2026-11-23T11:20');
		expect(confirmed.dossier.draft_confirmation?.confirmed_at).toBe('2026-11-23T11:20');
		const done = advance_dossier(confirmed.dossier, with_draft, '2026-11-25T23:59').dossier;
		expect(at_of(done, 'da-tra-ket-qua')).toBe('2026-11-25T08:00');
	});

	it('a confirmation with a device clock earlier than the draft is dated after it', () => {
		const confirmed = confirm_draft(sent.dossier, '2026-11-23T07:00');
		expect(confirmed.dossier.draft_confirmation?.confirmed_at).toBe('2026-11-23T11:01');
	});
});

describe('a request for more papers', () => {
	const d = filed('2026-11-23T09:00', with_supplement);
	const step = advance_dossier(d, with_supplement, '2026-11-25T12:00');
	const asked = step.dossier;

	it('comes once, the next working day, before the appointment it delays', () => {
		expect(asked.status).toBe('yeu-cau-bo-sung');
		expect(asked.supplement).toMatchObject({
			document_id: 'giay-to-cho-o',
			requested_at: '2026-11-25T08:00',
			deadline: '2026-11-27'
		});
		expect(asked.supplement!.requested_at.slice(0, 10) <= d.appointment_date).toBe(true);
		const body = step.notices.at(-1)?.body ?? '';
		expect(body).toContain('Phiếu hướng dẫn bổ sung');
		expect(body).toContain('27/11/2026');
		expect(body).toContain('Giấy tờ chứng minh chỗ ở hợp pháp');
	});

	it('waits for the citizen until the deadline, then stops the dossier', () => {
		expect(advance_dossier(asked, with_supplement, '2026-11-27').dossier.status).toBe(
			'yeu-cau-bo-sung'
		);
		const stopped = advance_dossier(asked, with_supplement, '2026-11-30').dossier;
		expect(stopped.status).toBe('dung-xu-ly');
		expect(stopped.history.at(-1)).toMatchObject({
			at: '2026-11-30T08:00',
			note: 'Quá hạn bổ sung giấy tờ.'
		});
	});

	it('when answered, the appointment is set again with the same rule and the result comes then', () => {
		const sent = send_supplement(asked, '2026-11-26T10:00', with_supplement);
		expect(sent.dossier.status).toBe('dang-xu-ly');
		expect(sent.dossier.supplement?.sent_at).toBe('2026-11-26T10:00');
		// counted from Thu 26/11 (before 15:00): Fri 27/11, Mon 30/11
		expect(sent.dossier.appointment_date).toBe('2026-11-30');
		expect(sent.notices[0].body).toContain('Ngày hẹn trả kết quả mới: 30/11/2026');
		const done = advance_dossier(sent.dossier, with_supplement, '2026-12-10').dossier;
		expect(done.history.filter((h) => h.status === 'yeu-cau-bo-sung')).toHaveLength(1);
		expect(at_of(done, 'da-xu-ly-xong')).toBe('2026-11-30T08:00');
	});

	it('a reply typed before 08:00 is never dated before the request it answers', () => {
		const early = filed('2026-11-23T06:30', with_supplement);
		const request = advance_dossier(early, with_supplement, '2026-11-25T07:00').dossier;
		expect(request.status).toBe('dang-xu-ly'); // the request comes at 08:00
		const asked_early = advance_dossier(early, with_supplement, '2026-11-25T08:00').dossier;
		// the device clock says 07:30 (the learner fast-forwarded a day at 07:30)
		const sent = send_supplement(asked_early, '2026-11-25T07:30', with_supplement);
		expect(sent.dossier.history.at(-1)?.at).toBe('2026-11-25T08:01');
		expect_in_order(sent.dossier);
	});

	it('cannot be answered when nothing was asked', () => {
		expect(() => send_supplement(d, '2026-11-23T10:00')).toThrow(
			'this dossier has no open request for papers'
		);
	});
});

describe('the citizen’s actions', () => {
	it('are dated after the last event even when the device clock is earlier', () => {
		const d = advance_dossier(
			filed('2026-11-23T09:00', two_days),
			two_days,
			'2026-11-23T12:00'
		).dossier;
		expect(action_stamp(d, '2026-11-23T08:00')).toBe('2026-11-23T09:31');
		expect(action_stamp(d, '2026-11-23T13:00')).toBe('2026-11-23T13:00');
	});

	it('withdrawing is allowed before a decision and ends the dossier', () => {
		const step = withdraw_dossier(filed('2026-11-23T09:00', two_days), '2026-11-23T10:00');
		expect(step.dossier.status).toBe('cong-dan-rut-ho-so');
		expect(advance_dossier(step.dossier, two_days, '2026-12-31').dossier.status).toBe(
			'cong-dan-rut-ho-so'
		);
	});

	it('withdrawing is refused once the dossier is decided', () => {
		const done = advance_dossier(
			filed('2026-11-23T09:00', two_days),
			two_days,
			'2026-11-26T12:00'
		).dossier;
		expect(() => withdraw_dossier(done, '2026-11-27T10:00')).toThrow(
			'this dossier can no longer be withdrawn'
		);
	});
});

describe('messages teach the safe habit', () => {
	it('carry no link and send the citizen to “Dịch vụ công của tôi” herself', () => {
		const runs = [
			advance_dossier(
				filed('2026-11-23T09:00', with_supplement, 'desk'),
				with_supplement,
				'2026-11-25T12:00'
			),
			advance_dossier(filed('2026-11-23T09:00', late, 'post'), late, '2026-12-31'),
			advance_dossier(filed('2026-11-23T09:30', with_draft), with_draft, '2026-11-23T12:00')
		];
		const notices = runs.flatMap((r) => r.notices);
		expect(notices.length).toBeGreaterThan(6);
		for (const notice of notices) {
			expect(notice.body).not.toMatch(/https?:|www\.|:\/\//);
			expect(notice.body).toContain('“Dịch vụ công của tôi”');
			expect(notice.body).toContain('tự mở Cổng');
		}
	});
});
