import { describe, expect, it } from 'vitest';
import type { Procedure } from '$lib/portal/model';
import { step_id_from_file } from './lesson-shapes';
import { parse_step } from './lesson-step';
import {
	action,
	context,
	known,
	procedure,
	procedures,
	question,
	STEP,
	step
} from './lesson-fixtures';

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

	it('reads a safety scenario step: its choices give the events, mistakes and demo', () => {
		const scenario = {
			screen: { app: 'sms', sender: '0900 000 222', messages: ['Bấm vào đây: abc.com'] },
			choices: [
				{ id: 'bam', text: 'Bấm', safe: false, feedback: 'Đừng bấm.', happens: 'Trang giả mở ra.' },
				{ id: 'xoa', text: 'Xóa tin', safe: true }
			]
		};
		const parsed = step({ title: 'Tin nhắn lạ', hints: ['Đừng bấm.'], scenario });
		expect(parsed).toMatchObject({
			id: 'nhap-so',
			complete: [{ event: 'scenario-choice', where: { step: 'nhap-so', choice: 'xoa' } }],
			mistakes: [
				{
					event: 'scenario-choice',
					where: { step: 'nhap-so', choice: 'bam' },
					feedback: 'Đừng bấm.'
				}
			],
			demo: [{ click: 'scenario.choice.xoa' }],
			scenario
		});
		expect(() => step({ title: 'T', hints: ['h'], scenario, complete: action.complete })).toThrow(
			`${STEP}: complete: a scenario step takes its events, mistakes and demo from its choices`
		);
		expect(() =>
			step({ title: 'T', hints: ['h'], scenario: { ...scenario, choices: [scenario.choices[1]] } })
		).toThrow(`${STEP}: scenario.choices`);
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
			`${STEP}: complete[0].where.nope: event "login-typed" has no field "nope"; its fields are field, filled, matches`
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
			`${STEP}: demo[0].value: unknown placeholder "{account.cccd}"; use {account.citizen_id}, {account.password}, {account.passcode}, {otp}, {today} or {today-N}`
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
			`${STEP}: hint: unknown key; check the spelling (keys here: title, target, complete, hints, mistakes, demo, question, scenario)`
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
