import type { FormField } from '../model';

/** What the portal says under a field it filled in from the signed-in account. */
export const PREFILL_NOTE = 'Cổng đã tự điền từ tài khoản định danh của bạn. Hãy kiểm tra lại.';

/**
 * The hint under an e-form field: the procedure's own hint, then, for a field the portal filled
 * in, the note that it did, unless the procedure's hint already says so in its own words (it
 * was read twice, one after the other).
 */
export function field_hint(field: Pick<FormField, 'hint' | 'prefill'>): string | undefined {
	const own = field.hint?.trim();
	const note = field.prefill && !/tự điền/i.test(own ?? '') ? PREFILL_NOTE : undefined;
	return [own, note].filter(Boolean).join(' ') || undefined;
}
