import { describe, expect, it } from 'vitest';
import type { Dossier } from '../records';
import { advance_dossier, send_supplement, tracking_code_for, withdraw_dossier } from './lifecycle';
import { is_tracking_code } from './s10';

const plain = {
	scenario: {},
	documents: [{ id: 'giay-chung-sinh', name: 'Giấy chứng sinh', required: true }]
};
const with_supplement = {
	scenario: {
		supplement: {
			document_id: 'giay-to-cho-o',
			message: 'Cần giấy tờ chứng minh chỗ ở hợp pháp.',
			deadline_working_days: 2
		}
	},
	documents: [{ id: 'giay-to-cho-o', name: 'Giấy tờ chứng minh chỗ ở hợp pháp', required: true }]
};

/** Submitted on Monday 23/11/2026 at 09:00 (Tuesday 24/11/2026 is Ngày Văn hóa Việt Nam, a day off). */
function dossier(method: 'online' | 'desk' | 'post' = 'online'): Dossier {
	return {
		id: 'd1',
		learner_id: 'l1',
		sandbox: 'practice',
		procedure_id: 'p',
		procedure_name: 'Thủ tục đăng ký khai sinh',
		code: '000.00.99.H99-261123-0001',
		agency: { province: 'Hải Phòng', ward: 'Phường Hồng Bàng' },
		answers: {},
		attachments: [],
		receive: { method },
		submitted_at: '2026-11-23T09:00',
		received_date: '2026-11-23',
		appointment_date: '2026-11-25',
		status: 'moi-dang-ky',
		history: [{ status: 'moi-dang-ky', at: '2026-11-23T09:00' }]
	};
}

const statuses = (d: Dossier) => d.history.map((h) => `${h.status}@${h.at.slice(0, 10)}`);

describe('a dossier moves on with the simulated days', () => {
	it('nothing happens on the day it was filed', () => {
		const step = advance_dossier(dossier(), plain, '2026-11-23');
		expect(step.dossier.status).toBe('moi-dang-ky');
		expect(step.notices).toEqual([]);
	});

	it('is received and processed on the next WORKING day (24/11/2026 is a holiday)', () => {
		expect(advance_dossier(dossier(), plain, '2026-11-24').dossier.status).toBe('moi-dang-ky');
		const step = advance_dossier(dossier(), plain, '2026-11-25');
		expect(statuses(step.dossier)).toEqual([
			'moi-dang-ky@2026-11-23',
			'duoc-tiep-nhan@2026-11-25',
			'dang-xu-ly@2026-11-25'
		]);
		expect(step.notices.map((n) => n.kind)).toEqual(['sms', 'email']);
		expect(step.notices[0].body).toContain('000.00.99.H99-261123-0001');
		expect(step.notices[0].body).toContain('"Được tiếp nhận"');
	});

	it('an online result is returned the day processing ends', () => {
		const step = advance_dossier(dossier(), plain, '2026-11-26');
		expect(statuses(step.dossier).slice(-2)).toEqual([
			'da-xu-ly-xong@2026-11-26',
			'da-tra-ket-qua@2026-11-26'
		]);
		expect(step.notices.at(-1)?.body).toContain('kết quả điện tử');
	});

	it('a postal result gets a valid practice tracking code and arrives 2 working days later', () => {
		const done = advance_dossier(dossier('post'), plain, '2026-11-26').dossier;
		expect(done.status).toBe('da-xu-ly-xong');
		expect(is_tracking_code(done.tracking_code)).toBe(true);
		expect(done.tracking_code).toBe(tracking_code_for(done));
		// Friday 27/11 is 1 working day; Saturday and Sunday do not count; Monday 30/11 is the 2nd.
		expect(advance_dossier(done, plain, '2026-11-29').dossier.status).toBe('da-xu-ly-xong');
		expect(advance_dossier(done, plain, '2026-11-30').dossier.status).toBe('da-tra-ket-qua');
	});

	it('jumping many days at once applies every step in order', () => {
		const step = advance_dossier(dossier('desk'), plain, '2026-12-31');
		expect(step.dossier.history.map((h) => h.status)).toEqual([
			'moi-dang-ky',
			'duoc-tiep-nhan',
			'dang-xu-ly',
			'da-xu-ly-xong',
			'da-tra-ket-qua'
		]);
		expect(step.notices).toHaveLength(6);
	});
});

describe('a request for more papers', () => {
	const asked = advance_dossier(dossier(), with_supplement, '2026-11-26').dossier;

	it('comes once, 1 working day into processing, with a deadline in working days', () => {
		expect(asked.status).toBe('yeu-cau-bo-sung');
		expect(asked.supplement).toMatchObject({
			document_id: 'giay-to-cho-o',
			requested_at: '2026-11-26T08:00',
			deadline: '2026-11-30'
		});
		const step = advance_dossier(dossier(), with_supplement, '2026-11-26');
		expect(step.notices.at(-1)?.body).toContain('Hạn bổ sung: 30/11/2026');
		expect(step.notices.at(-1)?.body).toContain('Giấy tờ chứng minh chỗ ở hợp pháp');
	});

	it('waits for the citizen until the deadline, then stops the dossier', () => {
		expect(advance_dossier(asked, with_supplement, '2026-11-30').dossier.status).toBe(
			'yeu-cau-bo-sung'
		);
		const stopped = advance_dossier(asked, with_supplement, '2026-12-01').dossier;
		expect(stopped.status).toBe('dung-xu-ly');
		expect(stopped.history.at(-1)?.note).toBe('Quá hạn bổ sung giấy tờ.');
	});

	it('resumes when the paper is sent, is not asked again, and finishes', () => {
		const sent = send_supplement(asked, '2026-11-27T10:00').dossier;
		expect(sent.status).toBe('dang-xu-ly');
		expect(sent.supplement?.sent_at).toBe('2026-11-27T10:00');
		const later = advance_dossier(sent, with_supplement, '2026-12-10').dossier;
		expect(later.history.filter((h) => h.status === 'yeu-cau-bo-sung')).toHaveLength(1);
		expect(later.status).toBe('da-tra-ket-qua');
	});

	it('cannot be answered when nothing was asked', () => {
		expect(() => send_supplement(dossier(), '2026-11-23T10:00')).toThrow(
			'this dossier has no open request for papers'
		);
	});
});

describe('withdrawing', () => {
	it('is allowed before a decision and ends the dossier', () => {
		const step = withdraw_dossier(dossier(), '2026-11-23T10:00');
		expect(step.dossier.status).toBe('cong-dan-rut-ho-so');
		expect(advance_dossier(step.dossier, plain, '2026-12-31').dossier.status).toBe(
			'cong-dan-rut-ho-so'
		);
	});

	it('is refused once the dossier is decided', () => {
		const done = advance_dossier(dossier(), plain, '2026-11-26').dossier;
		expect(() => withdraw_dossier(done, '2026-11-27T10:00')).toThrow(
			'this dossier can no longer be withdrawn'
		);
	});
});
