// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { STATUSES, type DossierStatus } from '../model';
import {
	ALL_STATUSES,
	STATUS_EXPLANATIONS,
	TRANSITIONS,
	can_transition,
	can_withdraw,
	explain_status,
	is_terminal,
	next_statuses,
	status_label
} from './status';

const pairs = ALL_STATUSES.flatMap((from) => ALL_STATUSES.map((to) => [from, to] as const));

describe('the transition table', () => {
	it('covers exactly the ten statuses of the model', () => {
		expect(ALL_STATUSES).toHaveLength(10);
		expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(STATUSES).sort());
		for (const targets of Object.values(TRANSITIONS)) {
			for (const to of targets) expect(ALL_STATUSES).toContain(to);
		}
	});

	it('has 19 allowed moves out of 100 pairs', () => {
		expect(pairs).toHaveLength(100);
		expect(pairs.filter(([from, to]) => can_transition(from, to))).toHaveLength(19);
	});
});

// These lists are written out by hand from the brief, not read from TRANSITIONS, so a wrong
// table fails here.
describe('spot checks written independently of the table', () => {
	const expected: Record<DossierStatus, DossierStatus[]> = {
		'moi-dang-ky': ['duoc-tiep-nhan', 'khong-duoc-tiep-nhan', 'cong-dan-rut-ho-so'],
		'duoc-tiep-nhan': [
			'dang-xu-ly',
			'yeu-cau-bo-sung',
			'yeu-cau-nghia-vu-tai-chinh',
			'cong-dan-rut-ho-so'
		],
		'khong-duoc-tiep-nhan': [],
		'dang-xu-ly': [
			'yeu-cau-bo-sung',
			'yeu-cau-nghia-vu-tai-chinh',
			'da-xu-ly-xong',
			'dung-xu-ly',
			'cong-dan-rut-ho-so'
		],
		'yeu-cau-bo-sung': ['dang-xu-ly', 'dung-xu-ly', 'cong-dan-rut-ho-so'],
		'yeu-cau-nghia-vu-tai-chinh': ['dang-xu-ly', 'dung-xu-ly', 'cong-dan-rut-ho-so'],
		'cong-dan-rut-ho-so': [],
		'dung-xu-ly': [],
		'da-xu-ly-xong': ['da-tra-ket-qua'],
		'da-tra-ket-qua': []
	};

	it.each(Object.entries(expected))('next_statuses(%s)', (from, targets) => {
		expect(next_statuses(from as DossierStatus)).toEqual(targets);
	});

	it('follows the happy path of a dossier', () => {
		expect(can_transition('moi-dang-ky', 'duoc-tiep-nhan')).toBe(true);
		expect(can_transition('duoc-tiep-nhan', 'dang-xu-ly')).toBe(true);
		expect(can_transition('dang-xu-ly', 'da-xu-ly-xong')).toBe(true);
		expect(can_transition('da-xu-ly-xong', 'da-tra-ket-qua')).toBe(true);
	});

	it('sends papers or a payment back to processing', () => {
		expect(can_transition('yeu-cau-bo-sung', 'dang-xu-ly')).toBe(true);
		expect(can_transition('yeu-cau-nghia-vu-tai-chinh', 'dang-xu-ly')).toBe(true);
		expect(can_transition('yeu-cau-bo-sung', 'dung-xu-ly')).toBe(true);
	});

	it('forbids skipping steps, going back, and leaving an end state', () => {
		expect(can_transition('moi-dang-ky', 'dang-xu-ly')).toBe(false);
		expect(can_transition('moi-dang-ky', 'da-xu-ly-xong')).toBe(false);
		expect(can_transition('moi-dang-ky', 'dung-xu-ly')).toBe(false);
		expect(can_transition('duoc-tiep-nhan', 'da-xu-ly-xong')).toBe(false);
		expect(can_transition('duoc-tiep-nhan', 'khong-duoc-tiep-nhan')).toBe(false);
		expect(can_transition('dang-xu-ly', 'duoc-tiep-nhan')).toBe(false);
		expect(can_transition('dang-xu-ly', 'da-tra-ket-qua')).toBe(false);
		expect(can_transition('yeu-cau-bo-sung', 'da-xu-ly-xong')).toBe(false);
		expect(can_transition('da-xu-ly-xong', 'cong-dan-rut-ho-so')).toBe(false);
		expect(can_transition('da-tra-ket-qua', 'moi-dang-ky')).toBe(false);
		expect(can_transition('dung-xu-ly', 'dang-xu-ly')).toBe(false);
		expect(can_transition('cong-dan-rut-ho-so', 'moi-dang-ky')).toBe(false);
		expect(can_transition('khong-duoc-tiep-nhan', 'duoc-tiep-nhan')).toBe(false);
	});

	it('forbids staying in the same status', () => {
		for (const status of ALL_STATUSES) expect(can_transition(status, status)).toBe(false);
	});

	it('has exactly four terminal statuses', () => {
		expect(ALL_STATUSES.filter(is_terminal).sort()).toEqual([
			'cong-dan-rut-ho-so',
			'da-tra-ket-qua',
			'dung-xu-ly',
			'khong-duoc-tiep-nhan'
		]);
		expect(is_terminal('da-xu-ly-xong')).toBe(false);
	});

	it('lets the citizen withdraw only before a decision', () => {
		expect(ALL_STATUSES.filter(can_withdraw)).toEqual([
			'moi-dang-ky',
			'duoc-tiep-nhan',
			'dang-xu-ly',
			'yeu-cau-bo-sung',
			'yeu-cau-nghia-vu-tai-chinh'
		]);
	});

	it('returns a copy, so callers cannot change the table', () => {
		const list = next_statuses('moi-dang-ky');
		list.push('da-tra-ket-qua');
		expect(can_transition('moi-dang-ky', 'da-tra-ket-qua')).toBe(false);
	});
});

describe('labels and explanations', () => {
	it('uses the exact portal names', () => {
		expect(status_label('moi-dang-ky')).toBe('Mới đăng ký');
		expect(status_label('yeu-cau-bo-sung')).toBe('Yêu cầu bổ sung giấy tờ');
		expect(status_label('da-tra-ket-qua')).toBe('Đã trả kết quả');
	});

	it('explains each status in one plain sentence', () => {
		expect(explain_status('moi-dang-ky')).toBe('Hồ sơ đã gửi thành công, cán bộ chưa kiểm tra.');
		expect(explain_status('yeu-cau-bo-sung')).toBe(
			'Cán bộ cần thêm giấy tờ, hãy đọc thông báo và gửi bổ sung trước hạn.'
		);
		expect(explain_status('da-tra-ket-qua')).toBe('Kết quả đã được trả cho người nộp.');
		for (const status of ALL_STATUSES) {
			const text = STATUS_EXPLANATIONS[status];
			expect(text).toBe(text.normalize('NFC'));
			expect(text.endsWith('.')).toBe(true);
			expect(text.slice(0, -1)).not.toMatch(/[.!?]/);
		}
		expect(new Set(Object.values(STATUS_EXPLANATIONS)).size).toBe(10);
	});
});
