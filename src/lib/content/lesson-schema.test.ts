import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Procedure } from '$lib/portal/model';
import {
	build_lesson_index,
	has_body,
	parse_lesson_meta,
	parse_step,
	step_id_from_file,
	type LessonIndexInput
} from './lesson-schema';
import {
	empty_targets,
	scan_portal_targets,
	scan_svelte_source,
	type KnownTargets
} from './portal-targets';
import { procedures as real_procedures } from './procedures.server';

// ── Fixtures ────────────────────────────────────────────────────────────────────────────────

const procedure: Procedure = {
	id: 'thu-a',
	name: 'Thủ tục A',
	field: 'tu-phap',
	level: 'toan-trinh',
	agency: 'UBND xã',
	agency_level: 'xa',
	processing_time: { working_days: 1, text: '1 ngày' },
	fee: { kind: 'free' },
	documents: [{ id: 'giay_a', name: 'Giấy A', required: true }],
	result: 'Giấy kết quả',
	result_issuer: 'ubnd-xa',
	result_statement: 'Kết quả cho {ho_ten}.',
	receive_methods: ['online'],
	legal_basis: ['Luật A'],
	sources: [{ title: 'Nguồn', url: 'https://example.gov.vn' }],
	sections: [{ id: 'nguoi', title: 'Người làm' }],
	fields: [
		{ id: 'ho_ten', label: 'Họ tên', type: 'text', required: true, section: 'nguoi' },
		{ id: 'dia_chi', label: 'Địa chỉ', type: 'address', required: true, section: 'nguoi' },
		{
			id: 'gioi_tinh',
			label: 'Giới tính',
			type: 'radio',
			required: true,
			section: 'nguoi',
			options: [
				{ value: 'nam', label: 'Nam' },
				{ value: 'nu', label: 'Nữ' }
			]
		}
	],
	scenario: {},
	summary: 'Thủ tục để thử.'
};
const procedures = [procedure, { ...procedure, id: 'thu-b', name: 'Thủ tục B' }];

const known: KnownTargets = {
	names: new Set(['login.submit', 'login.citizen-id', 'login.password', 'form.next']),
	prefixes: ['documents.sample.', 'procedure.link.', 'browse.field.', 'inbox.message.', 'x.'],
	kinds: {
		'documents.sample.': 'document',
		'procedure.link.': 'procedure',
		'browse.field.': 'portal-field',
		'inbox.message.': 'message-kind',
		'x.': 'unknown'
	},
	ids: new Set(['login-id', 'login-password', 'agency-province']),
	id_templates: [
		{ prefix: '', kind: 'field', suffix: '' },
		{ prefix: '', kind: 'field', suffix: '-ward' },
		{ prefix: 'doc-', kind: 'document', suffix: '' }
	]
};

const chapter = { title: 'Bắt đầu', description: 'Làm quen với Cổng.' };

const lesson = {
	title: 'Đăng nhập bằng VNeID',
	description: 'Đăng nhập vào bản tập.',
	minutes: 5,
	procedure: 'thu-a',
	objectives: ['Đăng nhập an toàn'],
	help_levels: ['xem-mau', 'huong-dan', 'tu-lam'],
	setup: { signed_in: false, location: '/dang-nhap' }
};

const action = {
	title: 'Nhập số định danh',
	target: '#login-id',
	complete: [{ event: 'login-typed', where: { field: 'citizen-id', filled: true } }],
	hints: ['Gõ 12 chữ số trên thẻ căn cước.'],
	mistakes: [
		{ event: 'password-submitted', where: { ok: false }, feedback: 'Mật khẩu chưa đúng.' }
	],
	demo: [{ fill: '#login-id', value: '{account.citizen_id}' }, { click: 'login.submit' }]
};

const question = {
	title: 'Kiểm tra nhanh',
	question: {
		kind: 'single',
		prompt: 'Có nên đọc mã OTP cho người gọi điện không?',
		options: [
			{ text: 'Có', correct: false, explanation: 'Không ai được hỏi mã OTP của bạn.' },
			{ text: 'Không', correct: true, explanation: 'Đúng: mã OTP chỉ mình bạn biết.' }
		]
	}
};

const STEP = 'content/lessons/01-bat-dau/01-dang-nhap/02-nhap-so.md';
const LESSON = 'content/lessons/01-bat-dau/01-dang-nhap/index.md';
const context = { procedure, procedures, help_levels: lesson.help_levels as never };

const step = (metadata: unknown, body = true, ctx: object = context) =>
	parse_step(STEP, metadata, body, known, ctx);

/** A small course: keys as import.meta.glob gives them. */
function course(overrides: Partial<LessonIndexInput> = {}): LessonIndexInput {
	const s = (metadata: unknown) => ({ metadata, has_body: true });
	return {
		chapters: {
			'/content/lessons/10-nang-cao/index.md': { ...chapter, title: 'Nâng cao' },
			'/content/lessons/2-bat-dau/index.md': chapter
		},
		lessons: {
			'/content/lessons/2-bat-dau/01-dang-nhap/index.md': lesson,
			'/content/lessons/2-bat-dau/02-tim-thu-tuc/index.md': { ...lesson, title: 'Tìm thủ tục' },
			'/content/lessons/10-nang-cao/01-dang-nhap/index.md': { ...lesson, title: 'Nộp hồ sơ' }
		},
		steps: {
			'/content/lessons/2-bat-dau/01-dang-nhap/10-kiem-tra.md': s(question),
			'/content/lessons/2-bat-dau/01-dang-nhap/2-nhap-so.md': s(action),
			'/content/lessons/2-bat-dau/02-tim-thu-tuc/01-tim.md': s(action),
			'/content/lessons/10-nang-cao/01-dang-nhap/01-nop.md': s(action)
		},
		procedures,
		known,
		...overrides
	};
}

// ── Steps ───────────────────────────────────────────────────────────────────────────────────

describe('a step file', () => {
	it('reads a good action step, with its id and file', () => {
		expect(step(action)).toEqual({
			id: 'nhap-so',
			file: STEP,
			title: 'Nhập số định danh',
			target: '#login-id',
			complete: action.complete,
			hints: action.hints,
			mistakes: action.mistakes,
			demo: action.demo
		});
		expect(step_id_from_file('content/lessons/a/b/02-nhap-so-dinh-danh.md')).toBe(
			'nhap-so-dinh-danh'
		);
	});

	it('reads a good knowledge check (no complete, no hints)', () => {
		const parsed = step(question);
		expect(parsed.question).toEqual(question.question);
		expect(parsed).toMatchObject({ complete: [], hints: [], mistakes: [], demo: [] });
	});

	it('accepts every kind of demo action and the placeholders', () => {
		const demo = [
			{ fill: '#ho_ten', value: 'Nguyễn Văn A' },
			{ fill: '#login-password', value: '{account.password}' },
			{ fill: '#login-id', value: 'mã {otp} ngày {today-3} {today}' },
			{ choose: '#gioi_tinh', value: 'nu' },
			{ select: '#dia_chi', value: 'ha-noi' },
			{ select: '#agency-province', value: 'ha-noi' },
			{ forward: 30 },
			{ click: 'form.next' }
		];
		expect(step({ ...action, demo }).demo).toEqual(demo);
	});

	it('needs no demo when the lesson does not offer xem-mau', () => {
		const { demo: _demo, ...rest } = action;
		expect(step(rest, true, { ...context, help_levels: ['huong-dan'] }).demo).toEqual([]);
	});

	it.each([
		// events and where
		[
			{ ...action, complete: [{ event: 'password-typed' }] },
			`${STEP}: complete[0].event: unknown event "password-typed"; did you mean "password-submitted"?`
		],
		[
			{ ...action, complete: [{ event: 'login-typed', where: { nope: 1 } }] },
			`${STEP}: complete[0].where.nope: event "login-typed" has no field "nope"; its fields are field, filled`
		],
		[
			{ ...action, complete: [{ event: 'signed-in', where: { ok: true } }] },
			`${STEP}: complete[0].where.ok: event "signed-in" carries no fields; leave out where`
		],
		[
			{ ...action, complete: [{ event: 'login-typed', where: { filled: 'yes' } }] },
			`${STEP}: complete[0].where.filled: expected true or false, got "yes"`
		],
		[
			{ ...action, complete: [{ event: 'password-submitted', where: { failures: '3' } }] },
			`${STEP}: complete[0].where.failures: expected a number, got "3"`
		],
		[
			{ ...action, complete: [{ event: 'searched', where: { query: ['a'] } }] },
			`${STEP}: complete[0].where.query: expected text, got ["a"]`
		],
		[
			{ ...action, complete: [{ event: 'login-typed', where: { field: 'email' } }] },
			`${STEP}: complete[0].where.field: expected one of citizen-id, password, otp, got "email"`
		],
		[
			{
				...action,
				complete: [{ event: 'form-errors-shown', where: { field_ids: 'ho_ten' } }]
			},
			`${STEP}: complete[0].where.field_ids: field_ids is a list and cannot be compared with one value; leave it out`
		],
		[
			{ ...action, complete: [{ event: 'procedure-opened', where: { procedure_id: 'thu-c' } }] },
			`${STEP}: complete[0].where.procedure_id: no procedure "thu-c"; procedures are thu-a, thu-b`
		],
		[
			{ ...action, complete: [{ event: 'field-set', where: { field_id: 'ten' } }] },
			`${STEP}: complete[0].where.field_id: procedure "thu-a" has no field "ten"; its fields are ho_ten, dia_chi, gioi_tinh`
		],
		[
			{ ...action, complete: [{ event: 'file-attached', where: { document_id: 'giay_b' } }] },
			`${STEP}: complete[0].where.document_id: procedure "thu-a" has no document "giay_b"; its documents are giay_a`
		],
		[
			{ ...action, complete: [{ event: 'navigated', where: { screen: 'trang-chu' } }] },
			`${STEP}: complete[0].where.screen: expected one of home, login, search,`
		],
		[
			{ ...action, complete: [{ event: 'navigated', where: { location: '/khong-co' } }] },
			`${STEP}: complete[0].where.location: "/khong-co" is not a page of the practice portal`
		],
		[
			{ ...action, mistakes: [{ event: 'password-submitted' }] },
			`${STEP}: mistakes[0].feedback: is missing`
		],
		[
			{ ...action, mistakes: [{ event: 'otp-typed', feedback: 'Sai.' }] },
			`${STEP}: mistakes[0].event: unknown event "otp-typed"`
		],
		// action or question
		[
			{ ...action, question: question.question },
			`${STEP}: question: a step has either complete (an action step) or question (a knowledge check), not both`
		],
		[
			{ title: 'Trống', hints: ['Gợi ý'], demo: [{ click: 'login.submit' }] },
			`${STEP}: complete: is missing; list the events that finish this step`
		],
		[{ ...action, complete: [] }, `${STEP}: complete: list at least one event`],
		[{ ...action, hints: undefined }, `${STEP}: hints: is missing; an action step needs`],
		[{ ...action, hints: [] }, `${STEP}: hints: list at least one hint`],
		[{ ...action, hints: [''] }, `${STEP}: hints[0]: must not be empty`],
		[
			{ ...action, demo: [] },
			`${STEP}: demo: the lesson offers "xem-mau" (Xem mẫu), so every action step needs a demo`
		],
		// demo actions
		[
			{ ...action, demo: [{ fill: '#login-id', click: 'login.submit', value: 'x' }] },
			`${STEP}: demo[0]: each action has exactly one of fill, click, choose, select, forward; this one has fill, click`
		],
		[
			{ ...action, demo: [{ type: '#login-id' }] },
			`${STEP}: demo[0]: each action has exactly one of fill, click, choose, select, forward; this one has keys type`
		],
		[{ ...action, demo: ['click login.submit'] }, `${STEP}: demo[0]: expected one action like`],
		[{ ...action, demo: [{ fill: '#login-id' }] }, `${STEP}: demo[0].value: is missing`],
		[
			{ ...action, demo: [{ fill: '#login-id', value: 12 }] },
			`${STEP}: demo[0].value: expected text, got 12 (put it in quotes)`
		],
		[
			{ ...action, demo: [{ click: 'login.submit', value: 'x' }] },
			`${STEP}: demo[0].value: unknown key; check the spelling (keys here: click)`
		],
		[{ ...action, demo: [{ forward: 31 }] }, `${STEP}: demo[0].forward: must be at most 30`],
		[{ ...action, demo: [{ forward: 0 }] }, `${STEP}: demo[0].forward: must be at least 1`],
		[
			{ ...action, demo: [{ forward: 1.5 }] },
			`${STEP}: demo[0].forward: expected a whole number of days`
		],
		[
			{ ...action, demo: [{ fill: '#login-id', value: '{account.cccd}' }] },
			`${STEP}: demo[0].value: unknown placeholder "{account.cccd}"; use {account.citizen_id}, {account.password}, {otp}, {today} or {today-N}`
		],
		[
			{ ...action, demo: [{ select: '#agency-province', value: '{otp}' }] },
			`${STEP}: demo[0].value: placeholders such as "{otp}" work only in fill values`
		],
		[
			{ ...action, demo: [{ choose: '#ho_ten', value: 'nam' }] },
			`${STEP}: demo[0].choose: "#ho_ten" is a text field of the e-form: use fill or click, not choose`
		],
		[
			{ ...action, demo: [{ fill: '#gioi_tinh', value: 'nam' }] },
			`${STEP}: demo[0].fill: "#gioi_tinh" is a radio field of the e-form: use choose or click, not fill`
		],
		[
			{ ...action, demo: [{ choose: '#gioi_tinh', value: 'Nam' }] },
			`${STEP}: demo[0].choose: field "gioi_tinh" has no option "Nam"; its options are nam, nu`
		],
		[
			{ ...action, demo: [{ click: 'login.nope' }] },
			`${STEP}: demo[0].click: unknown portal target "login.nope"`
		],
		// targets
		[
			{ ...action, target: 'login.nope' },
			`${STEP}: target: unknown portal target "login.nope"; names starting with "login." are login.citizen-id, login.password, login.submit`
		],
		[
			{ ...action, target: 'nothing.here' },
			`${STEP}: target: unknown portal target "nothing.here"; see the data-sim names in README.md`
		],
		[
			{ ...action, target: '#login-nope' },
			`${STEP}: target: no element with id "login-nope" in the portal; the e-form fields of "thu-a" are ho_ten, dia_chi, gioi_tinh`
		],
		[
			{ ...action, target: '#ho_ten-ward' },
			`${STEP}: target: no element with id "ho_ten-ward" in the portal`
		],
		[
			{ ...action, target: 'documents.sample.giay_b' },
			`${STEP}: target: unknown portal target "documents.sample.giay_b": procedure "thu-a" has no document "giay_b"; use documents.sample. followed by one of giay_a`
		],
		[
			{ ...action, target: 'procedure.link.thu-c' },
			`${STEP}: target: unknown portal target "procedure.link.thu-c": there is no procedure "thu-c"; use procedure.link. followed by one of thu-a, thu-b`
		],
		[
			{ ...action, target: 'browse.field.y-te-cong' },
			`${STEP}: target: unknown portal target "browse.field.y-te-cong": there is no field (lĩnh vực) "y-te-cong"`
		],
		[
			{ ...action, target: 'inbox.message.fax' },
			`${STEP}: target: unknown portal target "inbox.message.fax": there is no message kind "fax"; use inbox.message. followed by one of sms, email`
		],
		[{ ...action, target: 'x.a b' }, `${STEP}: target: unknown portal target "x.a b"`],
		// questions
		[
			{ ...question, question: { ...question.question, kind: 'one' } },
			`${STEP}: question.kind: expected one of single, multiple, got "one"`
		],
		[
			{
				...question,
				question: {
					...question.question,
					options: question.question.options.map((o) => ({ ...o, correct: true }))
				}
			},
			`${STEP}: question.options: a single-choice question has exactly one correct option, this one has 2`
		],
		[
			{
				...question,
				question: {
					...question.question,
					kind: 'multiple',
					options: question.question.options.map((o) => ({ ...o, correct: false }))
				}
			},
			`${STEP}: question.options: mark at least one option "correct: true"`
		],
		[
			{
				...question,
				question: { ...question.question, options: [question.question.options[1]] }
			},
			`${STEP}: question.options: list at least 2 options`
		],
		[
			{
				...question,
				question: {
					...question.question,
					options: [
						question.question.options[1],
						{ ...question.question.options[0], text: 'Không' }
					]
				}
			},
			`${STEP}: question.options[1].text: duplicate "Không" (also at question.options[0].text)`
		],
		[
			{
				...question,
				question: { ...question.question, options: [{ text: 'Có', correct: false }] }
			},
			`${STEP}: question.options[0].explanation: is missing`
		],
		[
			{ ...question, demo: [{ click: 'login.submit' }] },
			`${STEP}: demo: a knowledge check has no demo`
		],
		[
			{ ...question, mistakes: action.mistakes },
			`${STEP}: mistakes: a knowledge check has no mistakes`
		],
		// shape and text
		[{ ...action, title: undefined }, `${STEP}: title: is missing`],
		[{ ...action, title: '  ' }, `${STEP}: title: must not be empty`],
		[
			{ ...action, hint: ['x'] },
			`${STEP}: hint: unknown key; check the spelling (keys here: title, target, complete, hints, mistakes, demo, question)`
		],
		[
			{ ...action, title: 'Nhập số'.normalize('NFD') },
			`${STEP}: title: text is not in Unicode NFC`
		],
		[['title'], `${STEP}: (top level): expected a group of "key: value" lines`]
	])('rejects a broken step naming the file and the field (%#)', (metadata, message) => {
		expect(() => step(metadata)).toThrow(message);
	});

	it('rejects an empty body, a bad file name, and reports every problem of the file', () => {
		expect(() => step(action, false)).toThrow(
			`${STEP}: body: is empty; write the instruction below the frontmatter`
		);
		expect(() =>
			parse_step('content/lessons/01-a/01-b/nhap-so.md', action, true, known, context)
		).toThrow('content/lessons/01-a/01-b/nhap-so.md: file name: must look like 01-ten-buoc.md');
		expect(() => step({ ...action, hints: [], target: 'login.nope' }, false)).toThrow(
			new RegExp(`hints: list at least one hint\\n${STEP}: target: .*\\n${STEP}: body: is empty`)
		);
	});

	it('checks targets against the lesson’s procedure', () => {
		for (const target of [
			'#ho_ten',
			'#dia_chi',
			'#dia_chi-ward',
			'#doc-giay_a',
			'documents.sample.giay_a',
			'procedure.link.thu-b',
			'browse.field.y-te',
			'inbox.message.sms',
			'inbox.message.email',
			'x.anything'
		]) {
			expect(step({ ...action, target }).target).toBe(target);
		}
		const no_procedure = { procedures, help_levels: ['tu-lam'] };
		expect(() =>
			step({ ...action, target: 'documents.sample.giay_a' }, true, no_procedure)
		).toThrow(
			`${STEP}: target: "documents.sample.giay_a" names a document of the lesson’s procedure, but the lesson has no procedure (add procedure: to the lesson’s index.md)`
		);
		expect(() => step({ ...action, target: '#ho_ten' }, true, no_procedure)).toThrow(
			`${STEP}: target: no element with id "ho_ten" in the portal; to point at an e-form field or a document, name the lesson’s procedure`
		);
	});

	it('checks ids in where against the procedure named there', () => {
		const other: Procedure = { ...procedure, id: 'thu-b', fields: [procedure.fields[0]] };
		const ctx = { ...context, procedures: [procedure, other] };
		const where = { procedure_id: 'thu-b', field_id: 'dia_chi' };
		expect(() =>
			parse_step(STEP, { ...action, complete: [{ event: 'field-set', where }] }, true, known, ctx)
		).toThrow(`${STEP}: complete[0].where.field_id: procedure "thu-b" has no field "dia_chi"`);
	});

	describe('a step that asks for one value of a field', () => {
		const asks = (value: string, field_id = 'gioi_tinh') => ({
			...action,
			complete: [{ event: 'field-set', where: { field_id, value, valid: true } }],
			mistakes: [
				{ event: 'field-set', where: { field_id }, feedback: 'Trong bài, hãy chọn đúng ô.' }
			]
		});

		it('accepts a value the field can take, with a mistake for every other value', () => {
			const parsed = parse_step(STEP, asks('nu'), true, known, context);
			expect(parsed.complete[0].where).toEqual({ field_id: 'gioi_tinh', value: 'nu', valid: true });
		});

		it('rejects a value the field cannot take', () => {
			expect(() => parse_step(STEP, asks('me'), true, known, context)).toThrow(
				`${STEP}: complete[0].where.value: field "gioi_tinh" cannot take "me"; its options are nam, nu`
			);
		});

		describe('a typed date', () => {
			const dated: Procedure = {
				...procedure,
				fields: [
					...procedure.fields,
					{ id: 'ngay_sinh', label: 'Ngày sinh', type: 'date', required: true, section: 'nguoi' }
				]
			};
			const with_date = { ...context, procedure: dated, procedures: [dated] };

			it('is checked as dd/mm/yyyy (a lesson that states a date accepts exactly it)', () => {
				const parsed = parse_step(STEP, asks('17/10/2026', 'ngay_sinh'), true, known, with_date);
				expect(parsed.complete[0].where?.value).toBe('17/10/2026');
			});

			it('is rejected in any other form, since it could never match', () => {
				expect(() =>
					parse_step(STEP, asks('17/10/26', 'ngay_sinh'), true, known, with_date)
				).toThrow('field "ngay_sinh" is a date field: write its value dd/mm/yyyy');
				expect(() =>
					parse_step(STEP, asks('7/10/2026', 'ngay_sinh'), true, known, with_date)
				).toThrow('field "ngay_sinh" is a date field: write its value dd/mm/yyyy');
			});
		});

		it('rejects a value for a field where the learner types', () => {
			expect(() => parse_step(STEP, asks('Lan', 'ho_ten'), true, known, context)).toThrow(
				`${STEP}: complete[0].where.value: field "ho_ten" is a text field: what a learner types is not reported`
			);
		});

		it('rejects a value without the field it belongs to', () => {
			const data = { ...action, complete: [{ event: 'field-set', where: { value: 'nu' } }] };
			expect(() => parse_step(STEP, data, true, known, context)).toThrow(
				`${STEP}: complete[0].where.value: name the field too (field_id)`
			);
		});

		it('rejects a step where another value would pass without feedback', () => {
			const data = { ...asks('nu'), mistakes: [] };
			expect(() => parse_step(STEP, data, true, known, context)).toThrow(
				`${STEP}: complete[0]: this step asks for one value of "gioi_tinh": add a mistake "event: field-set" with "field_id: gioi_tinh" and no value`
			);
		});
	});
});

// ── Lesson frontmatter ──────────────────────────────────────────────────────────────────────

describe('a lesson index.md', () => {
	it('reads a good lesson', () => {
		expect(parse_lesson_meta(LESSON, lesson, procedures)).toEqual(lesson);
		const { procedure: _p, ...no_procedure } = lesson;
		expect(parse_lesson_meta(LESSON, no_procedure, procedures)).toEqual(no_procedure);
		expect(
			parse_lesson_meta(
				LESSON,
				{ ...lesson, setup: { signed_in: true, location: '/nop/thu-a/ke-khai/nguoi' } },
				procedures
			).setup.location
		).toBe('/nop/thu-a/ke-khai/nguoi');
	});

	it.each([
		[{ ...lesson, title: '' }, 'title: must not be empty'],
		[{ ...lesson, description: undefined }, 'description: is missing'],
		[{ ...lesson, minutes: 0 }, 'minutes: must be at least 1'],
		[{ ...lesson, minutes: 121 }, 'minutes: must be at most 120'],
		[{ ...lesson, minutes: 2.5 }, 'minutes: expected a whole number of minutes'],
		[{ ...lesson, minutes: 'năm' }, 'minutes: expected a number, got "năm"'],
		[{ ...lesson, procedure: 'Thu A' }, 'procedure: expected a lowercase slug'],
		[
			{ ...lesson, procedure: 'thu-c' },
			'procedure: no procedure "thu-c" in content/procedures; procedures are thu-a, thu-b'
		],
		[{ ...lesson, objectives: [] }, 'objectives: list at least one objective'],
		[{ ...lesson, objectives: undefined }, 'objectives: is missing'],
		[
			{ ...lesson, help_levels: [] },
			'help_levels: list at least one of xem-mau, huong-dan, tu-lam'
		],
		[
			{ ...lesson, help_levels: ['xem'] },
			'help_levels[0]: expected one of xem-mau, huong-dan, tu-lam, got "xem"'
		],
		[
			{ ...lesson, help_levels: ['tu-lam', 'tu-lam'] },
			'help_levels[1]: duplicate "tu-lam" (also at help_levels[0])'
		],
		[{ ...lesson, setup: undefined }, 'setup: is missing'],
		[
			{ ...lesson, setup: { signed_in: 'co', location: '/' } },
			'setup.signed_in: expected true or false, got "co"'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: 'dang-nhap' } },
			'setup.location: must start with "/"'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/khong-co' } },
			'setup.location: "/khong-co" is not a page of the practice portal'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/ho-so/HS-1' } },
			'setup.location: a lesson cannot start on a dossier page'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/thu-tuc/thu-c' } },
			'setup.location: no procedure "thu-c" in content/procedures'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/nop/thu-a/ke-khai/cha' } },
			'setup.location: procedure "thu-a" has no section "cha"; sections are nguoi'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/', start: '/' } },
			'setup.start: unknown key; check the spelling (keys here: signed_in, location, practice_date)'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/', practice_date: '20/10/2026' } },
			"setup.practice_date: must be a real date written 'YYYY-MM-DD', quoted"
		],
		[{ ...lesson, step: 1 }, 'step: unknown key; check the spelling (keys here: title,'],
		[{ ...lesson, title: 'Đăng nhập'.normalize('NFD') }, 'title: text is not in Unicode NFC']
	])(
		'rejects broken lesson frontmatter naming the file and the field (%#)',
		(metadata, problem) => {
			expect(() => parse_lesson_meta(LESSON, metadata, procedures)).toThrow(
				`${LESSON}: ${problem}`
			);
		}
	);
});

// ── The course ──────────────────────────────────────────────────────────────────────────────

describe('the whole course', () => {
	it('orders by the numbers, strips them, and links lessons across chapters', () => {
		const { chapters, lessons } = build_lesson_index(course());
		expect(chapters.map((c) => c.slug)).toEqual(['bat-dau', 'nang-cao']);
		expect(lessons.map((l) => l.id)).toEqual([
			'bat-dau/dang-nhap',
			'bat-dau/tim-thu-tuc',
			'nang-cao/dang-nhap'
		]);
		expect(lessons[0].steps.map((s) => s.id)).toEqual(['nhap-so', 'kiem-tra']);
		expect(lessons[0].steps.map((s) => s.file)).toEqual([
			'content/lessons/2-bat-dau/01-dang-nhap/2-nhap-so.md',
			'content/lessons/2-bat-dau/01-dang-nhap/10-kiem-tra.md'
		]);
		expect(lessons.map((l) => [l.previous?.id, l.next?.id])).toEqual([
			[undefined, 'bat-dau/tim-thu-tuc'],
			['bat-dau/dang-nhap', 'nang-cao/dang-nhap'],
			['bat-dau/tim-thu-tuc', undefined]
		]);
		expect(lessons[1].next).toEqual({ id: 'nang-cao/dang-nhap', title: 'Nộp hồ sơ' });
		expect(lessons[0]).toMatchObject({
			chapter: { slug: 'bat-dau', title: 'Bắt đầu' },
			file: 'content/lessons/2-bat-dau/01-dang-nhap/index.md',
			procedure: 'thu-a',
			setup: lesson.setup
		});
		expect(chapters[0]).toEqual({
			slug: 'bat-dau',
			title: 'Bắt đầu',
			description: chapter.description,
			lessons: [
				{
					id: 'bat-dau/dang-nhap',
					title: lesson.title,
					description: lesson.description,
					minutes: 5,
					steps: 2
				},
				{
					id: 'bat-dau/tim-thu-tuc',
					title: 'Tìm thủ tục',
					description: lesson.description,
					minutes: 5,
					steps: 1
				}
			]
		});
	});

	it('is empty when there is no lesson yet', () => {
		expect(build_lesson_index(course({ chapters: {}, lessons: {}, steps: {} }))).toEqual({
			chapters: [],
			lessons: []
		});
	});

	it('checks each step against its own lesson (procedure and help levels)', () => {
		const input = course();
		input.lessons['/content/lessons/2-bat-dau/01-dang-nhap/index.md'] = {
			...lesson,
			procedure: undefined
		};
		expect(() =>
			build_lesson_index({
				...input,
				steps: {
					'/content/lessons/2-bat-dau/01-dang-nhap/01-a.md': {
						metadata: { ...action, target: '#ho_ten' },
						has_body: true
					}
				}
			})
		).toThrow(
			'content/lessons/2-bat-dau/01-dang-nhap/01-a.md: target: no element with id "ho_ten"'
		);
	});

	it.each([
		[
			{ chapters: { ...course().chapters, '/content/lessons/3-bat-dau/index.md': chapter } },
			'content/lessons/3-bat-dau/index.md: folder name: same address "bat-dau" as content/lessons/2-bat-dau/index.md'
		],
		[
			{ chapters: { ...course().chapters, '/content/lessons/02-khac/index.md': chapter } },
			'content/lessons/2-bat-dau/index.md: folder name: same number 2 as content/lessons/02-khac/index.md'
		],
		[
			{ chapters: { ...course().chapters, '/content/lessons/bat-dau-2/index.md': chapter } },
			'content/lessons/bat-dau-2/index.md: folder name: "bat-dau-2" must look like 01-ten-chuong'
		],
		[
			{ chapters: { ...course().chapters, '/content/lessons/03-Them/index.md': chapter } },
			'content/lessons/03-Them/index.md: folder name: "03-Them" must look like 01-ten-chuong'
		],
		[
			{
				lessons: {
					...course().lessons,
					'/content/lessons/2-bat-dau/03-dang-nhap/index.md': lesson
				}
			},
			'content/lessons/2-bat-dau/03-dang-nhap/index.md: folder name: same address "dang-nhap" as content/lessons/2-bat-dau/01-dang-nhap/index.md'
		],
		[
			{
				lessons: {
					...course().lessons,
					'/content/lessons/2-bat-dau/dang-ky/index.md': lesson
				}
			},
			'content/lessons/2-bat-dau/dang-ky/index.md: folder name: "dang-ky" must look like 01-ten-bai'
		],
		[
			{
				steps: {
					...course().steps,
					'/content/lessons/2-bat-dau/01-dang-nhap/03-nhap-so.md': {
						metadata: action,
						has_body: true
					}
				}
			},
			'content/lessons/2-bat-dau/01-dang-nhap/03-nhap-so.md: file name: same address "nhap-so" as content/lessons/2-bat-dau/01-dang-nhap/2-nhap-so.md'
		],
		[
			{
				steps: {
					...course().steps,
					'/content/lessons/2-bat-dau/01-dang-nhap/02-buoc-hai.md': {
						metadata: action,
						has_body: true
					}
				}
			},
			'content/lessons/2-bat-dau/01-dang-nhap/2-nhap-so.md: file name: same number 2 as content/lessons/2-bat-dau/01-dang-nhap/02-buoc-hai.md'
		],
		[
			{
				steps: {
					...course().steps,
					'/content/lessons/2-bat-dau/01-dang-nhap/3_buoc.md': { metadata: action, has_body: true }
				}
			},
			'content/lessons/2-bat-dau/01-dang-nhap/3_buoc.md: file name: must look like 01-ten-buoc.md'
		],
		[
			{
				chapters: {
					'/content/lessons/2-bat-dau/index.md': chapter
				}
			},
			'content/lessons/10-nang-cao/index.md: (file): is missing; every chapter folder needs an index.md with title and description'
		],
		[
			{
				steps: {
					...course().steps,
					'/content/lessons/2-bat-dau/05-khac/01-a.md': { metadata: action, has_body: true }
				}
			},
			'content/lessons/2-bat-dau/05-khac/index.md: (file): is missing; every lesson folder needs an index.md'
		],
		[
			{
				lessons: {
					...course().lessons,
					'/content/lessons/2-bat-dau/05-khac/index.md': lesson
				}
			},
			'content/lessons/2-bat-dau/05-khac/index.md: steps: this lesson has no step; add files like 01-ten-buoc.md'
		],
		[
			{ chapters: { ...course().chapters, '/content/lessons/20-trong/index.md': chapter } },
			'content/lessons/20-trong/index.md: lessons: this chapter has no lesson; add a folder like 01-ten-bai/'
		],
		[
			{ chapters: { ...course().chapters, '/content/lessons/20-trong/index.md': { title: 'X' } } },
			'content/lessons/20-trong/index.md: description: is missing'
		],
		[
			{ files: ['/content/lessons/2-bat-dau/01-nhap-so.md'] },
			'content/lessons/2-bat-dau/01-nhap-so.md: file name: is not read: a chapter folder holds its index.md and lesson folders'
		],
		[
			{ files: ['/content/lessons/2-bat-dau/01-dang-nhap/nhap-so.md'] },
			'content/lessons/2-bat-dau/01-dang-nhap/nhap-so.md: file name: is not read: a step file must look like 01-ten-buoc.md'
		],
		[
			{ files: ['/content/lessons/gioi-thieu.md'] },
			'content/lessons/gioi-thieu.md: file name: is not read: chapters are folders'
		],
		[
			{ files: ['/content/lessons/2-bat-dau/01-dang-nhap/them/01-a.md'] },
			'content/lessons/2-bat-dau/01-dang-nhap/them/01-a.md: file name: is not read: lessons are content/lessons/NN-chuong/NN-bai/'
		]
	])('rejects a broken course naming the file (%#)', (overrides, message) => {
		expect(() => build_lesson_index(course(overrides))).toThrow(message);
	});

	it('accepts the listed files themselves, and the same lesson slug in two chapters', () => {
		const input = course();
		const files = [
			...Object.keys(input.chapters),
			...Object.keys(input.lessons),
			...Object.keys(input.steps)
		];
		expect(build_lesson_index({ ...input, files }).lessons).toHaveLength(3);
	});
});

describe('has_body', () => {
	it.each([
		['---\ntitle: A\n---\nBấm **Đăng nhập**.\n', true],
		['---\r\ntitle: A\r\n---\r\n\r\nBấm.\r\n', true],
		['Chỉ có nội dung.', true],
		['---\ntitle: A\n---\n', false],
		['---\ntitle: A\n---', false],
		['---\ntitle: A\n---\n  \n\t\n', false],
		['---\ntitle: A\n---\n<!-- viết sau -->\n', false]
	])('%j → %s', (raw, expected) => {
		expect(has_body(raw)).toBe(expected);
	});
});

// ── The portal's own targets ────────────────────────────────────────────────────────────────

describe('portal targets', () => {
	it('reads literal and templated names and ids from Svelte source', () => {
		const found = empty_targets();
		scan_svelte_source(
			`<script>const procedure_id = 'x';</script>
			<button data-sim="a.one" id="one">1</button>
			<PortalLink to="/" sim="a.two">2</PortalLink>
			<a data-sim={sim} procedure_id={apply.procedure_id}>x</a>
			<!-- <b data-sim="a.commented"></b> -->
			<i data-sim={\`docs.\${document.id}\`} id={document.sample ? undefined : \`doc-\${document.id}\`}></i>
			<i data-sim={\`open.\${dossier.procedure_id}\`} id={\`\${field.id}-street\`}></i>
			<i data-sim={\`odd.\${thing}\`} id={ids.hint_id}></i>
			<Input id={field.id} />`,
			found
		);
		expect([...found.names]).toEqual(['a.one', 'a.two']);
		expect(found.kinds).toEqual({ 'docs.': 'document', 'open.': 'procedure', 'odd.': 'unknown' });
		expect([...found.ids]).toEqual(['one']);
		expect(found.id_templates).toEqual([
			{ prefix: 'doc-', kind: 'document', suffix: '' },
			{ prefix: '', kind: 'field', suffix: '-street' },
			{ prefix: '', kind: 'field', suffix: '' }
		]);
	});

	const real = scan_portal_targets();
	const birth = real_procedures.find((p) => p.id === 'dang-ky-khai-sinh');
	const real_context = { procedure: birth, procedures: real_procedures, help_levels: [] };
	const check = (target: string) =>
		parse_step(STEP, { ...action, target, demo: [] }, true, real, real_context);

	it('every templated name in the portal is understood', () => {
		expect(Object.entries(real.kinds).filter(([, kind]) => kind === 'unknown')).toEqual([]);
		expect(real.prefixes).toEqual(
			expect.arrayContaining(['documents.sample.', 'procedure.link.', 'browse.field.'])
		);
	});

	it.each([
		'login.submit',
		'login.citizen-id',
		'#login-id',
		'#agency-province',
		'#receive-method',
		'documents.sample.birth_certificate',
		'#doc-birth_certificate',
		'procedure.link.chung-thuc-ban-sao',
		'search.result.dang-ky-thuong-tru',
		'browse.field.tu-phap',
		'inbox.message.sms',
		'review.change.child_full_name',
		'#child_full_name',
		'#mother_address-ward',
		'#mother_address-street'
	])('the real portal has %s (for dang-ky-khai-sinh)', (target) => {
		expect(check(target).target).toBe(target);
	});

	it.each([
		['login.nope', 'unknown portal target "login.nope"; names starting with "login." are'],
		[
			'documents.sample.giay_khong_co',
			'unknown portal target "documents.sample.giay_khong_co": procedure "dang-ky-khai-sinh" has no document "giay_khong_co"'
		],
		['#child_full_name-ward', 'no element with id "child_full_name-ward"'],
		['#khong-co', 'no element with id "khong-co"']
	])('the real portal has no %s', (target, problem) => {
		expect(() => check(target)).toThrow(`${STEP}: target: ${problem}`);
	});
});

// ── The gateway, on the shipped content ─────────────────────────────────────────────────────

describe('content/lessons through the gateway', () => {
	it('loads every shipped lesson (a bad file fails here, naming it)', async () => {
		const { chapters, lessons, get_lesson } = await import('./lessons.server');
		expect(chapters.flatMap((c) => c.lessons.map((l) => l.id))).toEqual(lessons.map((l) => l.id));
		for (const lesson of lessons) {
			expect(get_lesson(lesson.id)).toBe(lesson);
			expect(existsSync(lesson.file)).toBe(true);
			for (const s of lesson.steps) expect(existsSync(s.file)).toBe(true);
		}
		expect(get_lesson('khong-co/bai-nao')).toBeUndefined();
	});
});
