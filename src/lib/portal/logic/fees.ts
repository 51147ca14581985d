/**
 * The fee for a dossier from the procedure's FeeRule and the learner's e-form answers.
 * Per-page example, certified copies (Circular 226/2016/TT-BTC): 2.000 đ a page for pages 1–2,
 * 1.000 đ a page from page 3, at most 200.000 đ a copy.
 */

import type { FeeRule } from '../model';
import { format_money } from './format';

/** One line of the fee breakdown; the lines add up to the amount. */
export interface FeeLine {
	label: string;
	amount: number;
}

/** The fee to show and pay. */
export interface FeeResult {
	/** whole đồng; null when the province sets it or the answers are not usable */
	amount: number | null;
	lines: FeeLine[];
	/** one or two plain sentences for the learner */
	explanation: string;
	/** what to fix in the e-form before a fee can be worked out; null when nothing */
	error: string | null;
}

/** Explanation when the province sets the amount. */
export const PROVINCE_FEE_EXPLANATION =
	'Mức phí do tỉnh, thành phố quy định nên mỗi nơi một khác. Khi làm thật, hãy xem mức phí trên Cổng Dịch vụ công.';
/** Explanation when the reference does not say whether there is a fee. */
export const UNCONFIRMED_FEE_EXPLANATION =
	'Có phí, lệ phí hay không, khi làm thật hãy kiểm tra trên Cổng Dịch vụ công quốc gia. Bản tập không thu phí thủ tục này.';
/** Error when the number of pages is missing or not a whole number of at least 1. */
export const PAGES_ERROR = 'Nhập số trang bằng chữ số, ít nhất là 1, ví dụ 3';
/** Error when the number of copies is missing or not a whole number of at least 1. */
export const COPIES_ERROR = 'Nhập số bản cần làm bằng chữ số, ít nhất là 1, ví dụ 1';
/** Error when the procedure's fixed amount is not usable (a content mistake). */
export const AMOUNT_ERROR = 'Chưa có mức phí cho thủ tục này, hãy hỏi người hướng dẫn';

/** A count typed in the e-form: a whole number ≥ 1 (as a number or digits), else null. */
function read_count(value: unknown): number | null {
	let n: number;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) n = Number(value);
	else return null;
	return Number.isSafeInteger(n) && n >= 1 ? n : null;
}

function error_result(message: string): FeeResult {
	return { amount: null, lines: [], explanation: message, error: message };
}

function is_amount(n: unknown): n is number {
	return typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
}

/** 'Trang 3' or 'Trang 3–5'. */
function page_range(first: number, last: number): string {
	return first === last ? `Trang ${first}` : `Trang ${first}–${last}`;
}

function per_page_fee(
	rule: Extract<FeeRule, { kind: 'per-page' }>,
	answers: Record<string, unknown>
) {
	const pages = read_count(answers[rule.pages_field]);
	if (pages === null) return error_result(PAGES_ERROR);
	const copies = read_count(answers[rule.copies_field]);
	if (copies === null) return error_result(COPIES_ERROR);
	const amounts = [
		rule.first_pages,
		rule.first_page_amount,
		rule.later_page_amount,
		rule.cap_per_copy
	];
	if (!amounts.every(is_amount)) return error_result(AMOUNT_ERROR);

	const first_count = Math.min(pages, rule.first_pages);
	const later_count = pages - first_count;
	const uncapped = first_count * rule.first_page_amount + later_count * rule.later_page_amount;
	const per_copy = Math.min(uncapped, rule.cap_per_copy);
	const amount = per_copy * copies;
	const times_copies = copies > 1 ? ` × ${copies} bản` : '';

	const lines: FeeLine[] = [];
	if (uncapped > rule.cap_per_copy) {
		lines.push({
			label: `${pages} trang, tính mức tối đa ${format_money(rule.cap_per_copy)} một bản${times_copies}`,
			amount
		});
	} else {
		if (first_count > 0) {
			lines.push({
				label: `${page_range(1, first_count)}: ${first_count} trang × ${format_money(rule.first_page_amount)}${times_copies}`,
				amount: first_count * rule.first_page_amount * copies
			});
		}
		if (later_count > 0) {
			lines.push({
				label: `${page_range(first_count + 1, pages)}: ${later_count} trang × ${format_money(rule.later_page_amount)}${times_copies}`,
				amount: later_count * rule.later_page_amount * copies
			});
		}
	}
	const explanation =
		`Phí tính theo số trang: ${format_money(rule.first_page_amount)} một trang cho ` +
		`${rule.first_pages} trang đầu, ${format_money(rule.later_page_amount)} một trang từ trang ` +
		`${rule.first_pages + 1}, tối đa ${format_money(rule.cap_per_copy)} một bản. ` +
		`${pages} trang, ${copies} bản: ${format_money(amount)}.`;
	return { amount, lines, explanation, error: null };
}

/**
 * Works out the fee. free → 0; fixed → the amount; per-page → pages and copies read from the
 * answers under the rule's field ids; province → amount null with an explanation that the
 * province sets it. Missing or unusable counts give an error result (amount null, `error` set),
 * never NaN.
 */
export function compute_fee(rule: FeeRule, answers: Record<string, unknown>): FeeResult {
	switch (rule.kind) {
		case 'free':
			return { amount: 0, lines: [], explanation: 'Thủ tục này không mất phí.', error: null };
		case 'fixed':
			if (!is_amount(rule.amount)) return error_result(AMOUNT_ERROR);
			return {
				amount: rule.amount,
				lines: [{ label: 'Phí, lệ phí', amount: rule.amount }],
				explanation: `Phí, lệ phí của thủ tục này là ${format_money(rule.amount)}.`,
				error: null
			};
		case 'per-page':
			return per_page_fee(rule, answers);
		case 'province':
			return { amount: null, lines: [], explanation: PROVINCE_FEE_EXPLANATION, error: null };
		case 'unconfirmed':
			return { amount: null, lines: [], explanation: UNCONFIRMED_FEE_EXPLANATION, error: null };
	}
}
