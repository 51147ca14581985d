/**
 * The answer a procedure's e-form gets from its sample values (the `sample` of each field in
 * content/procedures/*.yaml), as a learner would type it: what the generated filing test
 * (tests/contract/procedures.contract.test.ts) submits, and what the content check validates.
 */
import type { FormField } from '../model';
import { add_days } from './iso';
import type { AddressValue } from './validation';

/** Where a sample address is: a ward the course features (content/places.yaml ids). */
export const SAMPLE_PLACE = { province: 'hai-phong', ward: 'hong-an' } as const;

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
function vn_date(iso: string): string {
	return iso.split('-').reverse().join('/');
}

/**
 * The sample answer of one field on the practice date `today` ('YYYY-MM-DD'), or undefined when
 * the field has no sample (left empty, or filled by the portal from the account). A date that
 * must be recent (max_age_days) gets the day before `today`.
 */
export function sample_answer(
	field: FormField,
	today: string
): string | boolean | AddressValue | undefined {
	if (field.type === 'date' && field.max_age_days !== undefined) {
		return vn_date(add_days(today, -1));
	}
	if (field.sample === undefined) return undefined;
	if (field.type === 'address') return { ...SAMPLE_PLACE, street: String(field.sample) };
	// the form keeps what is typed as text, numbers too
	return typeof field.sample === 'number' ? String(field.sample) : field.sample;
}

/** Every sample answer of a form (fields without one are left out). */
export function sample_answers(
	fields: FormField[],
	today: string
): Record<string, string | boolean | AddressValue> {
	const answers: Record<string, string | boolean | AddressValue> = {};
	for (const field of fields) {
		const value = sample_answer(field, today);
		if (value !== undefined) answers[field.id] = value;
	}
	return answers;
}
