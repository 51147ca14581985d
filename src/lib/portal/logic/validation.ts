/**
 * E-form validation. Each message says what to do, in plain Vietnamese, GOV.UK style:
 * "Nhập …" for something to type, "Chọn …" for a choice, "Đánh dấu …" for a tick box.
 * Text is normalised to NFC and trimmed before it is checked, so lengths count letters, not
 * the code points of an NFD keyboard, and white space alone counts as empty.
 */

import type { FormField } from '../model';
import { check_practice_id } from './citizen-id';
import { format_date, parse_vn_date } from './format';
import { add_days, is_iso_date } from './iso';

/** What validation needs to know about the world. */
export interface ValidationContext {
	/** today on the simulated clock, 'YYYY-MM-DD' */
	today: string;
}

/** The value of an address field. */
export interface AddressValue {
	province: string;
	ward: string;
	street: string;
}

/** One error, for the error summary and the field. */
export interface FieldError {
	field_id: string;
	message: string;
}

/** Example shown when a date is typed in the wrong form. */
export const DATE_EXAMPLE = '05/03/2025';
/** Example shown when a phone number is typed in the wrong form. */
export const PHONE_EXAMPLE = '0912 345 678';

/** The label as written, in NFC, to quote it inside “…”. */
function label_quoted(label: string): string {
	return `“${label.normalize('NFC').trim()}”`;
}

/** The label with a lower-case first letter, unless it starts with an abbreviation (CCCD). */
function label_in_sentence(label: string): string {
	const chars = Array.from(label.normalize('NFC').trim());
	if (chars.length > 1 && chars[1] !== chars[1].toLowerCase()) return chars.join('');
	return chars.length ? chars[0].toLowerCase() + chars.slice(1).join('') : '';
}

/** The label with an upper-case first letter, to start a sentence. */
function label_at_start(label: string): string {
	const chars = Array.from(label.normalize('NFC').trim());
	return chars.length ? chars[0].toUpperCase() + chars.slice(1).join('') : '';
}

/** A typed value as NFC text without white space at either end ('' for non-text). */
function text_of(value: unknown): string {
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	return typeof value === 'string' ? value.normalize('NFC').trim() : '';
}

function validate_text(field: FormField, text: string): string | null {
	const length = Array.from(text).length;
	if (field.min_length !== undefined && length < field.min_length) {
		return `${label_at_start(field.label)} cần có ít nhất ${field.min_length} ký tự`;
	}
	if (field.max_length !== undefined && length > field.max_length) {
		return `${label_at_start(field.label)} không được dài quá ${field.max_length} ký tự`;
	}
	return null;
}

function validate_number(field: FormField, value: unknown, text: string): string | null {
	const n = typeof value === 'number' ? value : /^-?\d+$/.test(text) ? Number(text) : NaN;
	if (!Number.isSafeInteger(n)) {
		return `Nhập ${label_in_sentence(field.label)} bằng số nguyên, ví dụ ${field.min ?? 1}`;
	}
	const { min, max } = field;
	const too_small = min !== undefined && n < min;
	const too_big = max !== undefined && n > max;
	if (!too_small && !too_big) return null;
	const label = label_at_start(field.label);
	if (min !== undefined && max !== undefined) return `${label} phải từ ${min} đến ${max}`;
	if (too_small) return `${label} phải từ ${min} trở lên`;
	return `${label} phải từ ${max} trở xuống`;
}

function validate_date(field: FormField, text: string, ctx: ValidationContext): string | null {
	const iso = parse_vn_date(text);
	if (!iso) {
		if (/^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}$/.test(text)) {
			return `Ngày ${text} không có thật, hãy kiểm tra lại ngày và tháng`;
		}
		return `Nhập ${label_in_sentence(field.label)} theo dạng ngày/tháng/năm, ví dụ ${DATE_EXAMPLE}`;
	}
	const label = label_at_start(field.label);
	if (field.not_in_future && iso > ctx.today) {
		return `${label} phải là hôm nay hoặc một ngày trước đó`;
	}
	if (field.max_age_days !== undefined) {
		const earliest = add_days(ctx.today, -field.max_age_days);
		if (iso < earliest) {
			return (
				`${label} phải từ ngày ${format_date(earliest)} trở đi, ` +
				`tức là trong vòng ${field.max_age_days} ngày tính đến hôm nay`
			);
		}
	}
	return null;
}

function validate_choice(field: FormField, text: string): string | null {
	const allowed = (field.options ?? []).some((option) => option.value === text);
	return allowed ? null : `Chọn ${label_in_sentence(field.label)} trong các lựa chọn có sẵn`;
}

function validate_checkbox(field: FormField, value: unknown): string | null {
	if (!field.options?.length) {
		return field.required && value !== true ? `Đánh dấu vào ô ${label_quoted(field.label)}` : null;
	}
	const ticked = Array.isArray(value) ? value : [];
	const allowed = new Set(field.options.map((option) => option.value));
	if (!ticked.every((v) => allowed.has(v))) return 'Chỉ đánh dấu các ô có trong danh sách';
	if (field.required && ticked.length === 0) {
		return `Đánh dấu ít nhất một ô ở mục ${label_quoted(field.label)}`;
	}
	return null;
}

function validate_phone(field: FormField, text: string): string | null {
	if (/^0\d{9}$/.test(text.replace(/[\s.]/g, ''))) return null;
	return (
		`Nhập ${label_in_sentence(field.label)} gồm 10 chữ số, bắt đầu bằng số 0, ` +
		`ví dụ ${PHONE_EXAMPLE}`
	);
}

function validate_address(field: FormField, value: unknown): string | null {
	// anything that is not an object simply has no parts
	const parts = (value ?? {}) as Partial<Record<keyof AddressValue, unknown>>;
	const province = text_of(parts.province);
	const ward = text_of(parts.ward);
	const street = text_of(parts.street);
	const label = label_in_sentence(field.label);
	if (!province && !ward && !street) return field.required ? `Nhập ${label}` : null;
	// once any part is given, all three are needed for an address to be usable
	if (!province) return `Chọn tỉnh, thành phố cho ${label}`;
	if (!ward) return `Chọn phường, xã cho ${label}`;
	if (!street) return `Nhập số nhà, tên đường hoặc thôn, tổ dân phố cho ${label}`;
	return null;
}

/**
 * Checks one answer against its field. Returns the Vietnamese error message, or null when the
 * answer is acceptable. An empty optional field is always acceptable.
 */
export function validate_field(
	field: FormField,
	value: unknown,
	ctx: ValidationContext
): string | null {
	if (!is_iso_date(ctx.today)) {
		throw new RangeError(`validate_field: expected ctx.today as 'YYYY-MM-DD', got '${ctx.today}'`);
	}
	switch (field.type) {
		case 'checkbox':
			return validate_checkbox(field, value);
		case 'address':
			return validate_address(field, value);
	}
	const text = text_of(value);
	if (text === '') {
		if (!field.required) return null;
		const verb = field.type === 'select' || field.type === 'radio' ? 'Chọn' : 'Nhập';
		return `${verb} ${label_in_sentence(field.label)}`;
	}
	switch (field.type) {
		case 'text':
			return validate_text(field, text);
		case 'number':
			return validate_number(field, value, text);
		case 'date':
			return validate_date(field, text, ctx);
		case 'select':
		case 'radio':
			return validate_choice(field, text);
		case 'citizen-id':
			return check_practice_id(text, ctx.today);
		case 'phone':
			return validate_phone(field, text);
	}
}

/** Checks every field; the errors come back in the order of `fields`. */
export function validate_fields(
	fields: FormField[],
	answers: Record<string, unknown>,
	ctx: ValidationContext
): FieldError[] {
	const errors: FieldError[] = [];
	for (const field of fields) {
		const message = validate_field(field, answers[field.id], ctx);
		if (message !== null) errors.push({ field_id: field.id, message });
	}
	return errors;
}
