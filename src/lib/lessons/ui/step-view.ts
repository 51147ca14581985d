/** Plain helpers for what the step bar shows: no DOM, unit-tested. */
import type { LessonStep } from '../model';
import { HINT_COST, MISTAKE_COST, type StepRecord } from '../player';

/** The steps that ask for the practice account's number or password (the sign-in form). */
const ACCOUNT_TARGETS = new Set(['#login-id', '#login-password', 'login.submit']);

/** True when the step needs the practice account in front of the learner. */
export function needs_account(step: Pick<LessonStep, 'target'>) {
	return step.target !== undefined && ACCOUNT_TARGETS.has(step.target);
}

/** "97/100" in plain words: what was taken off, and why. */
export function score_in_words(records: StepRecord[]) {
	const hints = records.reduce((sum, r) => sum + r.hints_used, 0);
	const mistakes = records.reduce((sum, r) => sum + r.mistakes, 0);
	const watched = records.filter((r) => r.level === 'xem-mau' && !r.answer).length;
	const parts: string[] = [];
	if (hints) parts.push(`dùng ${hints} gợi ý (mỗi gợi ý trừ ${HINT_COST} điểm của bước đó)`);
	if (mistakes)
		parts.push(`làm sai ${mistakes} lần (mỗi lần trừ ${MISTAKE_COST} điểm của bước đó)`);
	if (watched) parts.push(`xem mẫu ${watched} bước (bước xem mẫu không được điểm)`);
	const rule = 'Mỗi bước được tối đa 100 điểm; điểm của bài là trung bình các bước.';
	if (!parts.length) return `Bạn làm đúng mọi bước mà không cần gợi ý. ${rule}`;
	return `Bạn đã ${parts.join(', ')}. ${rule}`;
}
