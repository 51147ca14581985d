/**
 * The GOV.UK Frontend field contract: hint id `${id}-hint`, error id `${id}-error`, and
 * aria-describedby listing the hint then the error, so screen readers read both in order.
 */
export function field_ids(id: string, has_hint: boolean, has_error: boolean) {
	const hint_id = `${id}-hint`;
	const error_id = `${id}-error`;
	const described_by = [has_hint ? hint_id : '', has_error ? error_id : ''].filter(Boolean);
	return { hint_id, error_id, described_by: described_by.join(' ') || undefined };
}

export interface FieldError {
	/** the id of the input (or of the first input of a group) the message is about */
	field_id: string;
	message: string;
}
