/**
 * The shape of one procedure file, content/procedures/<id>.yaml: the one definition of a
 * procedure. The portal's `Procedure` type (model.ts) is this schema's output, so the two cannot
 * differ. Pure valibot, no file access: the parser and the rules across fields are in
 * procedure-schema.ts.
 */
import * as v from 'valibot';
import { FIELDS } from '$lib/portal/model';
import { nonblank_text, slug, snake_id, source_schema } from './content-values';

/** Whole đồng. */
const amount = v.pipe(
	v.number(),
	v.integer('expected a whole number of đồng (no dots or commas)'),
	v.minValue(0, 'must not be negative')
);

const whole = (min: number) =>
	v.pipe(
		v.number(),
		v.integer('expected a whole number'),
		v.minValue(min, `must be at least ${min}`)
	);

/** A sample scan: a plain file name in static/samples/. */
const sample_name = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9]+(-[a-z0-9]+)*\.(png|jpg)$/,
		'expected a file name in static/samples/ like "giay-chung-sinh.png"'
	)
);

/** How a fee is set. Amounts are whole đồng. */
const fee_schema = v.variant('kind', [
	v.strictObject({ kind: v.literal('free'), note: v.optional(nonblank_text) }),
	v.strictObject({ kind: v.literal('fixed'), amount, note: v.optional(nonblank_text) }),
	/** e.g. certified copies: 2.000 đ for pages 1–2, 1.000 đ from page 3, at most 200.000 đ a copy */
	v.strictObject({
		kind: v.literal('per-page'),
		first_pages: whole(1),
		first_page_amount: amount,
		later_page_amount: amount,
		cap_per_copy: amount,
		/** the e-form fields that give the number of pages and of copies */
		pages_field: snake_id,
		copies_field: snake_id,
		note: v.optional(nonblank_text)
	}),
	/** the province sets the amount (UNCONFIRMED in our reference): never invent one */
	v.strictObject({ kind: v.literal('province'), note: nonblank_text }),
	/**
	 * the reference does not say whether there is a fee (UNCONFIRMED): the portal says "hãy kiểm
	 * tra trên Cổng Dịch vụ công quốc gia" and charges nothing in practice
	 */
	v.strictObject({ kind: v.literal('unconfirmed'), note: v.optional(nonblank_text) })
]);

const document_schema = v.strictObject({
	id: snake_id,
	name: nonblank_text,
	required: v.boolean(),
	note: v.optional(nonblank_text),
	/** file name under static/samples/ of a sample scan stamped MẪU */
	sample: v.optional(sample_name)
});

export const FIELD_TYPES = [
	'text',
	'number',
	'date',
	'select',
	'radio',
	'checkbox',
	'citizen-id',
	'phone',
	'address'
] as const;

export const PREFILLS = ['full_name', 'citizen_id', 'date_of_birth', 'phone', 'address'] as const;

/** Option values: lowercase letters and digits joined by - or _. */
const option_value = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+([-_][a-z0-9]+)*$/, 'expected a lowercase value like "nam" or "ong-ba"')
);

const field_schema = v.strictObject({
	id: snake_id,
	label: nonblank_text,
	hint: v.optional(nonblank_text),
	type: v.picklist(FIELD_TYPES),
	required: v.boolean(),
	/** page of the e-form this field is on (one topic per page on phones) */
	section: snake_id,
	options: v.optional(v.array(v.strictObject({ value: option_value, label: nonblank_text }))),
	/** filled from the practice account, as the real portal fills it from national databases */
	prefill: v.optional(v.picklist(PREFILLS)),
	min: v.optional(v.number()),
	max: v.optional(v.number()),
	min_length: v.optional(whole(0)),
	max_length: v.optional(whole(1)),
	/** date rules, in days relative to "today" of the simulated clock */
	not_in_future: v.optional(v.boolean()),
	max_age_days: v.optional(whole(1)),
	/**
	 * what a learner might type, used by the generated filing test (tests/contract): text, a
	 * number, a date dd/mm/yyyy, an option's value, true for a tick box; for an address, the
	 * street part (the test picks the ward). A date with max_age_days needs none: the test types
	 * a recent date.
	 */
	sample: v.optional(v.union([v.string(), v.number(), v.boolean()]))
});

/**
 * What happens to a dossier after submission beyond the normal course (logic/lifecycle.ts):
 * without a scenario, a dossier is decided by its appointment date.
 */
const scenario_schema = v.strictObject({
	/** ask for a missing paper once the dossier is being processed */
	supplement: v.optional(
		v.strictObject({
			document_id: snake_id,
			message: nonblank_text,
			deadline_working_days: whole(1),
			/**
			 * true when the reference gives no deadline for this procedure: the number only drives
			 * the practice clock and must not be shown as the legal deadline (the message tells the
			 * learner to read the deadline on the notice instead)
			 */
			deadline_unconfirmed: v.optional(v.boolean())
		})
	),
	/**
	 * online filing: the office sends a draft of the result to check and confirm before issuing
	 * it (e.g. the draft e-birth certificate, PROC_1_001193.json); decided only once confirmed
	 */
	draft_confirmation: v.optional(
		/** `document`: what the draft is, e.g. "Giấy khai sinh điện tử" */
		v.strictObject({ document: nonblank_text })
	),
	/**
	 * the office cannot decide by the appointment: on that day it sends the "Phiếu xin lỗi và
	 * hẹn lại ngày trả kết quả" (PROC_1_001193.json) with a new date this many working days later
	 */
	late: v.optional(v.strictObject({ extra_working_days: whole(1), reason: nonblank_text }))
});

/** Toàn trình (fully online) or một phần (partly online), Decree 42/2022. */
export const ONLINE_LEVELS = ['toan-trinh', 'mot-phan'] as const;
export const RECEIVE_METHODS = ['online', 'desk', 'post'] as const;
/**
 * Who issues a result: the commune People's Committee (UBND cấp xã), the commune police, the
 * receiving lower-secondary school (school transfer), or "co-quan" where the reference does not
 * confirm which body decides after 01/07/2025 (the paper then names no invented office).
 */
export const RESULT_ISSUERS = ['ubnd-xa', 'cong-an-xa', 'truong-thcs', 'co-quan'] as const;

/** One procedure: what the portal shows of it, its e-form and its scenario. */
export const procedure_schema = v.strictObject({
	/** slug, e.g. "dang-ky-khai-sinh" */
	id: slug,
	name: nonblank_text,
	/** national code d.dddddd, only where the reference confirms it */
	code: v.optional(
		v.pipe(
			v.string(),
			v.regex(
				/^\d\.\d{6}$/,
				(issue) =>
					`expected the national code form d.dddddd (e.g. "1.001193"), got ${JSON.stringify(issue.input)}`
			)
		)
	),
	/** why the code is not shown, or that it came from a secondary source */
	code_note: v.optional(nonblank_text),
	field: v.picklist(FIELDS),
	level: v.picklist(ONLINE_LEVELS),
	agency: nonblank_text,
	agency_level: v.picklist(['xa', 'tinh']),
	processing_time: v.strictObject({ working_days: whole(0), text: nonblank_text }),
	fee: fee_schema,
	documents: v.pipe(v.array(document_schema), v.minLength(1, 'list at least one document')),
	result: nonblank_text,
	/** who signs the result: the commune People's Committee or the commune police */
	result_issuer: v.picklist(RESULT_ISSUERS),
	/**
	 * the sentence the result states, with {field_id} replaced by the dossier's answers, e.g.
	 * "Đăng ký thường trú cho {applicant_full_name} tại địa chỉ: {new_address}."
	 */
	result_statement: nonblank_text,
	/** the e-form fields the result lists under its statement (default: none) */
	result_fields: v.optional(v.array(snake_id)),
	receive_methods: v.pipe(
		v.array(v.picklist(RECEIVE_METHODS)),
		v.minLength(1, 'list at least one method')
	),
	legal_basis: v.pipe(v.array(nonblank_text), v.minLength(1, 'list at least one legal text')),
	sources: v.pipe(v.array(source_schema), v.minLength(1, 'list at least one source')),
	sections: v.pipe(
		v.array(v.strictObject({ id: snake_id, title: nonblank_text })),
		v.minLength(1, 'list at least one section')
	),
	fields: v.pipe(v.array(field_schema), v.minLength(1, 'list at least one field')),
	scenario: scenario_schema,
	summary: nonblank_text,
	keywords: v.optional(v.array(nonblank_text))
});
