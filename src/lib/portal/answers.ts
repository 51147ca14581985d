/** How an e-form answer reads on the "Xem lại" page, the receipt and the result. */
import type { Places } from '$lib/content/places';
import { group_thousands } from './logic/format';
import type { FormField } from './model';
import type { Address, AnswerValue } from './records';

export function place_names(places: Places, province_id: string, ward_id: string) {
	const province = places.provinces.find((p) => p.id === province_id);
	const ward = province?.wards.find((w) => w.id === ward_id);
	return { province: province?.name ?? province_id, ward: ward?.name ?? ward_id };
}

export function address_text(places: Places, address: Address) {
	const names = place_names(places, address.province, address.ward);
	return [address.street, names.ward, names.province].filter(Boolean).join(', ');
}

export function answer_text(field: FormField, value: AnswerValue | undefined, places: Places) {
	if (value === undefined || value === '') return 'Chưa điền';
	if (field.type === 'checkbox') return value === true ? 'Có' : 'Không';
	if (typeof value === 'object') {
		return value.province || value.ward || value.street ? address_text(places, value) : 'Chưa điền';
	}
	if (field.type === 'radio' || field.type === 'select') {
		return field.options?.find((o) => o.value === value)?.label ?? String(value);
	}
	// a number is read back as written in Vietnam: 50000000 → 50.000.000
	if (field.type === 'number' && /^\d+$/.test(String(value))) {
		return group_thousands(String(value));
	}
	return String(value);
}
