/**
 * The dossier status machine over the ten real statuses (portal-and-procedures.md §2.3).
 * The table says which status may follow which; everything else is forbidden.
 */

import { STATUSES, type DossierStatus } from '../model';

/** Every status, in the order of the model's STATUSES table. */
export const ALL_STATUSES = Object.keys(STATUSES) as DossierStatus[];

/**
 * Allowed moves. A status with no moves is terminal.
 * - A new dossier is accepted, refused, or withdrawn by the citizen.
 * - Once accepted it goes to processing, or first asks for papers or for a fee.
 * - While processing the officer may ask for papers or a fee, finish, or stop.
 * - After a request for papers: papers sent → processing again; deadline missed → stopped.
 * - After a request for a fee: paid → processing again; not paid → stopped.
 * - The citizen may withdraw at any time until a decision has been made.
 * - A finished dossier has its result handed over.
 */
export const TRANSITIONS: Readonly<Record<DossierStatus, readonly DossierStatus[]>> = {
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

/** One plain sentence per status, telling the citizen what it means for them. */
export const STATUS_EXPLANATIONS: Readonly<Record<DossierStatus, string>> = {
	'moi-dang-ky': 'Hồ sơ đã gửi thành công, cán bộ chưa kiểm tra.',
	'duoc-tiep-nhan': 'Cán bộ đã kiểm tra và nhận hồ sơ để giải quyết.',
	'khong-duoc-tiep-nhan':
		'Cán bộ không nhận hồ sơ này, hãy đọc lý do trong thông báo rồi nộp lại nếu cần.',
	'dang-xu-ly': 'Hồ sơ đang được cán bộ chuyên môn giải quyết.',
	'yeu-cau-bo-sung': 'Cán bộ cần thêm giấy tờ, hãy đọc thông báo và gửi bổ sung trước hạn.',
	'yeu-cau-nghia-vu-tai-chinh': 'Hồ sơ cần nộp phí, lệ phí trước khi được giải quyết tiếp.',
	'cong-dan-rut-ho-so': 'Hồ sơ đã được rút theo yêu cầu của người nộp và không giải quyết nữa.',
	'dung-xu-ly': 'Hồ sơ đã dừng giải quyết, hãy đọc lý do trong thông báo.',
	'da-xu-ly-xong': 'Hồ sơ đã giải quyết xong, kết quả đang chờ trả cho người nộp.',
	'da-tra-ket-qua': 'Kết quả đã được trả cho người nộp.'
};

/** True when a dossier may move from `from` to `to`. */
export function can_transition(from: DossierStatus, to: DossierStatus): boolean {
	return (TRANSITIONS[from] ?? []).includes(to);
}

/** The statuses that may follow `from`, in table order (empty for a terminal status). */
export function next_statuses(from: DossierStatus): DossierStatus[] {
	return [...(TRANSITIONS[from] ?? [])];
}

/** True when nothing can follow this status. */
export function is_terminal(status: DossierStatus): boolean {
	return next_statuses(status).length === 0;
}

/** True while the citizen may still withdraw the dossier ("Công dân yêu cầu rút hồ sơ"). */
export function can_withdraw(status: DossierStatus): boolean {
	return can_transition(status, 'cong-dan-rut-ho-so');
}

/** The exact Vietnamese name of a status, as the portal shows it. */
export function status_label(status: DossierStatus): string {
	return STATUSES[status];
}

/** The one-sentence explanation of a status for the citizen. */
export function explain_status(status: DossierStatus): string {
	return STATUS_EXPLANATIONS[status];
}
