/** Learner names: pure rules, usable before the database is loaded. */
import type { Learner } from '$lib/db/database';
import { clean_text } from '$lib/text/clean';

/** NFC, invisible characters removed, trimmed, single spaces. */
export function clean_learner_name(name: string) {
	return clean_text(name)
		.replace(/\s+/g, ' ')
		.replace(/\p{Cc}/gu, '')
		.trim();
}

export const NAME_MAX = 40;

/** A name that cannot be used: its message is shown at the name field, not as a failed save. */
export class NameError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'NameError';
	}
}

/** A Vietnamese message when the name cannot be used, else null. */
export function check_learner_name(name: string, others: Pick<Learner, 'name'>[]): string | null {
	const clean = clean_learner_name(name);
	if (!clean) return 'Nhập tên của bạn, ví dụ: Bà Lan';
	if (clean.length > NAME_MAX) return `Tên dài quá, hãy viết không quá ${NAME_MAX} chữ cái`;
	const taken = others.some(
		(o) => clean_learner_name(o.name).toLocaleLowerCase('vi') === clean.toLocaleLowerCase('vi')
	);
	if (taken) return 'Tên này đã có trên máy. Hãy thêm một chữ cho dễ phân biệt, ví dụ: Bà Lan tổ 5';
	return null;
}
