import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELDS, type Procedure } from '$lib/portal/model';
import { parse_procedure } from './procedure-schema';
import { get_procedure, load_procedures, procedures } from './procedures.server';

const dir = 'content/procedures';
const shipped = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
const read = (name: string) => readFileSync(`${dir}/${name}`, 'utf8');
const parse_shipped = (id: string) => parse_procedure(`${dir}/${id}.yaml`, read(`${id}.yaml`));

describe('shipped procedure files', () => {
	it("ships at least 15 procedures, one or more in each of the seed article's 11 fields", () => {
		expect(shipped.length).toBeGreaterThanOrEqual(15);
		const fields = new Set(
			shipped.map((name) => parse_procedure(`${dir}/${name}`, read(name)).field)
		);
		for (const field of FIELDS.filter((f) => f !== 'cong-an')) expect(fields).toContain(field);
		expect(shipped).toEqual(
			expect.arrayContaining([
				'cap-giay-phep-xay-dung-nha-o.yaml',
				'chung-thuc-ban-sao.yaml',
				'dang-ky-khai-sinh.yaml',
				'dang-ky-thuong-tru.yaml',
				'lien-thong-khai-sinh-thuong-tru-bhyt.yaml',
				'dang-ky-ket-hon.yaml',
				'dang-ky-khai-tu.yaml'
			])
		);
	});

	it.each(shipped)('%s is valid', (name) => {
		const procedure = parse_procedure(`${dir}/${name}`, read(name));
		expect(procedure.id).toBe(name.replace(/\.yaml$/, ''));
	});

	it('every sample has an SVG source and a PNG under 60 KB', () => {
		const samples = shipped.flatMap((name) =>
			parse_procedure(`${dir}/${name}`, read(name)).documents.flatMap((d) => d.sample ?? [])
		);
		expect(samples.length).toBeGreaterThanOrEqual(5);
		for (const sample of samples) {
			expect(statSync(`static/samples/${sample}`).size).toBeLessThan(60 * 1024);
			const svg = readFileSync(`content/samples-src/${sample.replace(/\.png$/, '.svg')}`, 'utf8');
			expect(svg).toContain('MẪU – KHÔNG CÓ GIÁ TRỊ PHÁP LÝ');
			expect(svg).toBe(svg.normalize('NFC'));
		}
	});
});

describe('facts from the reference', () => {
	it('birth registration: code 1.001193, free, toàn trình, 60-day date rule, no supplement', () => {
		const p = parse_shipped('dang-ky-khai-sinh');
		expect(p.name).toBe('Thủ tục đăng ký khai sinh');
		expect(p.code).toBe('1.001193');
		expect(p.fee.kind).toBe('free');
		expect(p.level).toBe('toan-trinh');
		expect(p.agency_level).toBe('xa');
		expect(p.result).toContain('Giấy khai sinh');
		expect(p.documents.find((d) => d.id === 'birth_certificate')).toMatchObject({
			name: 'Giấy chứng sinh',
			required: true,
			sample: 'giay-chung-sinh.png'
		});
		const dob = p.fields.find((f) => f.id === 'child_date_of_birth');
		expect(dob).toMatchObject({ type: 'date', not_in_future: true, max_age_days: 60 });
		expect(dob?.hint).toContain('60 ngày');
		expect(p.fields.find((f) => f.id === 'child_sex')?.type).toBe('radio');
		expect(p.fields.filter((f) => f.prefill).map((f) => f.section)).toContain('mother');
		expect(p.scenario.supplement).toBeUndefined();
	});

	it('certified copy: the exact per-page fee rule, code from a secondary source, một phần', () => {
		const p = parse_shipped('chung-thuc-ban-sao');
		expect(p.fee).toEqual({
			kind: 'per-page',
			first_pages: 2,
			first_page_amount: 2000,
			later_page_amount: 1000,
			cap_per_copy: 200000,
			pages_field: 'page_count',
			copies_field: 'copy_count',
			note: expect.stringContaining('226/2016/TT-BTC')
		});
		expect(p.fields.find((f) => f.id === 'page_count')?.type).toBe('number');
		expect(p.fields.find((f) => f.id === 'copy_count')?.type).toBe('number');
		expect(p.code).toBe('2.000815');
		expect(p.code_note).toContain('nguồn phụ');
		expect(p.level).toBe('mot-phan');
		expect(p.summary).toContain('Toàn trình');
	});

	it('permanent residence: 1.004222, commune police, 7 days, 10.000 đ online, unconfirmed supplement deadline', () => {
		const p = parse_shipped('dang-ky-thuong-tru');
		expect(p.code).toBe('1.004222');
		expect(p.field).toBe('cong-an');
		expect(p.level).toBe('mot-phan');
		expect(p.processing_time.working_days).toBe(7);
		expect(p.fee).toMatchObject({ kind: 'fixed', amount: 10000 });
		expect(p.scenario.supplement).toMatchObject({
			document_id: 'residence_proof',
			deadline_unconfirmed: true
		});
		expect(p.scenario.supplement?.message).toContain('Phiếu hướng dẫn bổ sung');
	});

	it('building permit: no code, province fee, 7 days, supplement within 2 working days', () => {
		const p = parse_shipped('cap-giay-phep-xay-dung-nha-o');
		expect(p.code).toBeUndefined();
		expect(p.fee.kind).toBe('province');
		expect(p.processing_time.working_days).toBe(7);
		expect(p.scenario.supplement).toMatchObject({
			document_id: 'design_drawings',
			deadline_working_days: 2
		});
		expect(p.scenario.supplement?.deadline_unconfirmed).toBeUndefined();
		expect(p.legal_basis.join(' ')).toContain('217/2026/NĐ-CP');
	});

	it('karaoke licence change: 500.000 đ for a new owner, named "phí, lệ phí" as the reference says only "fee"', () => {
		const p = parse_shipped('cap-doi-giay-phep-karaoke');
		expect(p.fee).toMatchObject({ kind: 'fixed', amount: 500000 });
		expect(p.processing_time.working_days).toBe(4);
		expect(p.legal_basis).toContain('Thông tư số 01/2021/TT-BTC (phí, lệ phí)');
		const lesson = 'content/lessons/03-nop-ho-so/13-doi-chu-giay-phep-karaoke';
		const lesson_text = readdirSync(lesson)
			.map((name) => readFileSync(`${lesson}/${name}`, 'utf8'))
			// the source notes (comment lines) may say why
			.map((text) => text.replace(/^#.*$/gm, ''));
		const learner_text = [p.summary, p.fee.note ?? '', ...p.legal_basis, ...lesson_text].join(' ');
		expect(learner_text.replaceAll(/phí, lệ phí/gi, '')).not.toMatch(/lệ phí/i);
	});

	it('every source is https and every text is NFC', () => {
		for (const name of shipped) {
			const text = read(name);
			expect(text).toBe(text.normalize('NFC'));
			for (const source of parse_procedure(`${dir}/${name}`, text).sources) {
				expect(source.url).toMatch(/^https:\/\//);
			}
		}
	});
});

describe('procedures.server gateway', () => {
	it('loads every file, sorted by Vietnamese name', () => {
		const names = procedures.map((p) => p.name);
		expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
		expect(procedures.map((p) => p.id)).toEqual(
			expect.arrayContaining(['cap-giay-phep-xay-dung-nha-o', 'dang-ky-khai-sinh'])
		);
		expect(get_procedure('dang-ky-khai-sinh')?.code).toBe('1.001193');
		expect(get_procedure('khong-co')).toBeUndefined();
	});

	it('rejects the same id twice', () => {
		const text = read('dang-ky-khai-sinh.yaml');
		expect(() =>
			load_procedures({
				'/content/procedures/dang-ky-khai-sinh.yaml': text,
				'/content/other/dang-ky-khai-sinh.yaml': text
			})
		).toThrow(
			'content/other/dang-ky-khai-sinh.yaml: id: "dang-ky-khai-sinh" is also used by content/procedures/dang-ky-khai-sinh.yaml'
		);
	});
});

// ── Broken fixtures ─────────────────────────────────────────────────────────────────────────

const FILE = 'content/procedures/thu-tuc-tap.yaml';

/** A small valid procedure; each test breaks one thing in it. */
const VALID = `
id: thu-tuc-tap
name: Thủ tục tập
code: '1.001193'
field: tu-phap
level: toan-trinh
agency: Ủy ban nhân dân xã, phường
agency_level: xa
processing_time:
  working_days: 1
  text: Trong ngày.
fee:
  kind: per-page
  first_pages: 2
  first_page_amount: 2000
  later_page_amount: 1000
  cap_per_copy: 200000
  pages_field: page_count
  copies_field: copy_count
documents:
  - id: paper
    name: Giấy tờ
    required: true
    sample: giay-chung-sinh.png
result: Kết quả.
result_issuer: ubnd-xa
result_statement: Chứng thực {copy_count} bản cho {full_name}.
receive_methods: [online]
legal_basis: [Luật Hộ tịch]
sources:
  - title: Nguồn
    url: https://dichvucong.gov.vn/
sections:
  - id: person
    title: Người yêu cầu
  - id: copies
    title: Số bản
fields:
  - id: full_name
    label: Họ và tên
    type: text
    required: true
    section: person
    prefill: full_name
  - id: page_count
    label: Số trang
    type: number
    required: true
    section: copies
    min: 1
    sample: 3
  - id: copy_count
    label: Số bản
    type: number
    required: true
    section: copies
    sample: 1
  - id: sex
    label: Giới tính
    type: radio
    sample: nu
    required: true
    section: person
    options:
      - value: nam
        label: Nam
      - value: nu
        label: Nữ
scenario:
  supplement:
    document_id: paper
    message: Bổ sung giấy tờ.
    deadline_working_days: 2
summary: Tóm tắt.
`;

/** VALID with `from` replaced by `to` (the text must occur exactly once). */
function broken(from: string, to: string): string {
	expect(VALID.split(from).length, `fixture text ${JSON.stringify(from)}`).toBe(2);
	return VALID.replace(from, to);
}

const parse =
	(text: string, file = FILE) =>
	() =>
		parse_procedure(file, text);
const expected = (path: string, problem: string) => `${FILE}: ${path}: ${problem}`;

describe('parse_procedure', () => {
	it('accepts the valid fixture and returns a Procedure', () => {
		const p: Procedure = parse_procedure(FILE, VALID);
		expect(p.fields.map((f) => f.id)).toEqual(['full_name', 'page_count', 'copy_count', 'sex']);
	});

	it('rejects a draft to confirm when the result cannot be received online', () => {
		const text = broken(
			'scenario:\n  supplement:',
			'scenario:\n  draft_confirmation:\n    document: Giấy khai sinh điện tử\n  supplement:'
		);
		expect(parse(text)).not.toThrow();
		expect(parse(text.replace('receive_methods: [online]', 'receive_methods: [desk]'))).toThrow(
			expected(
				'scenario.draft_confirmation',
				'a draft to confirm is sent online: list online in receive_methods'
			)
		);
	});

	it('rejects an example date in a hint that the form may refuse', () => {
		const field =
			'  - id: birth\n    label: Ngày sinh\n    hint: Ví dụ 05/03/2026.\n    type: date\n    required: true\n    section: person\n    max_age_days: 60\n';
		const text = VALID.replace('scenario:\n', `${field}scenario:\n`);
		expect(parse(text)).toThrow(
			expected(
				'fields[4].hint',
				'example date 05/03/2026 is one the form may refuse (it only takes dates within 60 days before the practice date)'
			)
		);
		expect(parse(text.replace('Ví dụ 05/03/2026.', 'Ngày 5 tháng 3 viết 05/03.'))).not.toThrow();
	});

	it('accepts a glob key with a leading slash', () => {
		expect(parse_procedure(`/${FILE}`, VALID).id).toBe('thu-tuc-tap');
	});

	describe('checks each sample value the generated filing test will type', () => {
		it.each<[string, string, string, string]>([
			[
				'a required field without a sample',
				'    section: copies\n    sample: 1\n',
				'    section: copies\n',
				expected(
					'fields[2].sample',
					'a required field needs a sample value (what a learner might type)'
				)
			],
			[
				'a sample that is not one of the options',
				'    sample: nu\n',
				'    sample: khac\n',
				expected(
					'fields[3].sample',
					'the e-form refuses it: Chọn giới tính trong các lựa chọn có sẵn'
				)
			],
			[
				"a number below the field's minimum",
				'    sample: 3\n',
				'    sample: 0\n',
				expected('fields[1].sample', 'the e-form refuses it: Số trang phải từ 1 trở lên')
			],
			[
				'text where a number is expected',
				'    sample: 3\n',
				'    sample: ba\n',
				expected('fields[1].sample', 'a number field\'s sample must be a number, got "ba"')
			]
		])('%s', (_, from, to, message) => {
			expect(parse(broken(from, to))).toThrow(message);
		});

		it('rejects a source given twice (the procedure page lists sources by address)', () => {
			const text = broken(
				'sources:\n  - title: Nguồn\n    url: https://dichvucong.gov.vn/\n',
				'sources:\n  - title: Nguồn\n    url: https://dichvucong.gov.vn/\n  - title: Nguồn khác\n    url: https://dichvucong.gov.vn/\n'
			);
			expect(parse(text)).toThrow(
				expected(
					'sources[1].url',
					'duplicate "https://dichvucong.gov.vn/" (also at sources[0].url)'
				)
			);
		});

		it('takes no sample for a date that must be recent (the test types yesterday)', () => {
			const field = (sample: string) =>
				`  - id: birth\n    label: Ngày sinh\n    type: date\n    required: true\n    section: person\n    max_age_days: 60\n${sample}`;
			expect(parse(VALID.replace('scenario:\n', `${field('')}scenario:\n`))).not.toThrow();
			expect(
				parse(VALID.replace('scenario:\n', `${field('    sample: 01/11/2026\n')}scenario:\n`))
			).toThrow(
				expected(
					'fields[4].sample',
					'a date with max_age_days takes no sample: the filing test types a recent date'
				)
			);
		});
	});

	describe('rejects values of the wrong shape, naming file and field path', () => {
		it.each<[string, string, string, string]>([
			[
				'a field type typo',
				'    type: radio',
				'    type: txt',
				expected(
					'fields[3].type',
					'expected one of text, number, date, select, radio, checkbox, citizen-id, phone, address, got "txt"'
				)
			],
			['a missing name', 'name: Thủ tục tập\n', '', expected('name', 'is missing')],
			[
				'a misspelt key',
				'    required: true\n    section: person\n    prefill',
				'    requried: true\n    section: person\n    prefill',
				expected(
					'fields[0].requried',
					'unknown key; check the spelling (see the comments at the top of the file)'
				)
			],
			[
				'a code of the wrong form',
				"code: '1.001193'",
				"code: '1.1193'",
				expected('code', 'expected the national code form d.dddddd (e.g. "1.001193"), got "1.1193"')
			],
			[
				'a code without quotes',
				"code: '1.001193'",
				'code: 1.001193',
				expected('code', 'expected text, got 1.001193 (put it in quotes)')
			],
			[
				'an unknown fee kind',
				'  kind: per-page',
				'  kind: mien-phi',
				expected(
					'fee.kind',
					'expected one of free, fixed, per-page, province, unconfirmed, got "mien-phi"'
				)
			],
			[
				'a fractional amount',
				'  first_page_amount: 2000',
				'  first_page_amount: 2000.5',
				expected('fee.first_page_amount', 'expected a whole number of đồng (no dots or commas)')
			],
			[
				'a missing amount',
				'  cap_per_copy: 200000\n',
				'',
				expected('fee.cap_per_copy', 'is missing')
			],
			[
				'an id that is not a slug',
				'id: thu-tuc-tap',
				'id: Thu_Tuc',
				expected('id', 'expected a lowercase slug like "dang-ky-khai-sinh"')
			],
			[
				'a field id that is not snake_case',
				'  - id: full_name',
				'  - id: fullName',
				expected('fields[0].id', 'expected a snake_case id like "child_full_name"')
			],
			[
				'an unknown level',
				'level: toan-trinh',
				'level: muc-do-4',
				expected('level', 'expected one of toan-trinh, mot-phan, got "muc-do-4"')
			],
			[
				'an unknown field of work',
				'field: tu-phap',
				'field: justice',
				expected(
					'field',
					'expected one of tu-phap, ke-hoach-dau-tu, xay-dung, giao-duc-dao-tao, tai-nguyen-moi-truong, y-te, van-hoa-the-thao-du-lich, lao-dong-thuong-binh-xa-hoi, noi-vu, cong-thuong, thong-tin-truyen-thong, cong-an, got "justice"'
				)
			],
			[
				'required written as text',
				'    required: true\n    section: person\n    prefill',
				'    required: có\n    section: person\n    prefill',
				expected('fields[0].required', 'expected true or false, got "có"')
			],
			[
				'no sources',
				'sources:\n  - title: Nguồn\n    url: https://dichvucong.gov.vn/',
				'sources: []',
				expected('sources', 'list at least one source')
			],
			[
				'an http source',
				'url: https://dichvucong.gov.vn/',
				'url: http://dichvucong.gov.vn/',
				expected(
					'sources[0].url',
					'expected a full https:// address, got "http://dichvucong.gov.vn/"'
				)
			],
			[
				'a bare host as source',
				'url: https://dichvucong.gov.vn/',
				'url: dichvucong.gov.vn',
				expected('sources[0].url', 'expected a full https:// address, got "dichvucong.gov.vn"')
			],
			[
				'a sample that is a path',
				'sample: giay-chung-sinh.png',
				'sample: ../secret.png',
				expected(
					'documents[0].sample',
					'expected a file name in static/samples/ like "giay-chung-sinh.png"'
				)
			],
			[
				'a supplement deadline of 0 days',
				'deadline_working_days: 2',
				'deadline_working_days: 0',
				expected('scenario.supplement.deadline_working_days', 'must be at least 1')
			],
			[
				'an empty summary',
				'summary: Tóm tắt.',
				"summary: ' '",
				expected('summary', 'must not be empty')
			]
		])('%s', (_name, from, to, message) => {
			expect(parse(broken(from, to))).toThrow(message);
		});
	});

	describe('rejects broken rules across fields', () => {
		it.each<[string, string, string, string]>([
			[
				'an id that differs from the file name',
				'id: thu-tuc-tap',
				'id: thu-tuc-khac',
				expected('id', 'must equal the file name "thu-tuc-tap", got "thu-tuc-khac"')
			],
			[
				'a duplicate field id',
				'  - id: copy_count',
				'  - id: full_name',
				expected('fields[2].id', 'duplicate "full_name" (also at fields[0].id)')
			],
			[
				'a duplicate section id',
				'  - id: copies\n    title',
				'  - id: person\n    title',
				expected('sections[1].id', 'duplicate "person" (also at sections[0].id)')
			],
			[
				'a field in an unknown section',
				'    section: copies\n    min: 1',
				'    section: kid\n    min: 1',
				expected('fields[1].section', 'no section "kid"; sections are person, copies')
			],
			[
				'a radio field without options',
				'    options:\n      - value: nam\n        label: Nam\n      - value: nu\n        label: Nữ\n',
				'',
				expected('fields[3].options', 'a radio field needs at least 2 options')
			],
			[
				'a radio field with one option',
				'      - value: nu\n        label: Nữ\n',
				'',
				expected('fields[3].options', 'a radio field needs at least 2 options')
			],
			[
				'duplicate option values',
				'      - value: nu',
				'      - value: nam',
				expected(
					'fields[3].options[1].value',
					'duplicate "nam" (also at fields[3].options[0].value)'
				)
			],
			[
				'options on a text field',
				'    prefill: full_name\n',
				'    prefill: full_name\n    options:\n      - value: a\n        label: A\n      - value: b\n        label: B\n',
				expected(
					'fields[0].options',
					'only select and radio fields have options, this is a text field'
				)
			],
			[
				'a fee pages_field that names no field',
				'  pages_field: page_count',
				'  pages_field: pages',
				expected('fee.pages_field', 'no field "pages" in fields')
			],
			[
				'a fee copies_field that names a text field',
				'  copies_field: copy_count',
				'  copies_field: full_name',
				expected('fee.copies_field', 'field "full_name" must be a number field, it is a text field')
			],
			[
				'a supplement for an unknown document',
				'    document_id: paper',
				'    document_id: giay_to_khac',
				expected(
					'scenario.supplement.document_id',
					'no document "giay_to_khac"; documents are paper'
				)
			],
			[
				'a result signed by a body that is not the competent one',
				'result_issuer: ubnd-xa',
				'result_issuer: cong-an-xa',
				expected(
					'result_issuer',
					'"cong-an-xa" (Công an) does not match agency "Ủy ban nhân dân xã, phường"; the body that signs the result is the competent body'
				)
			],
			[
				'a result statement naming no field',
				'result_statement: Chứng thực {copy_count} bản cho {full_name}.',
				'result_statement: Cấp cho {ho_ten}.',
				expected(
					'result_statement',
					'{ho_ten} names no e-form field; fields are full_name, page_count, copy_count, sex'
				)
			],
			[
				'a sample file that does not exist',
				'sample: giay-chung-sinh.png',
				'sample: khong-co-tep-nay.png',
				expected('documents[0].sample', 'file not found: static/samples/khong-co-tep-nay.png')
			],
			[
				'a prefill that does not fit the field type',
				'    prefill: full_name',
				'    prefill: phone',
				expected('fields[0].prefill', 'phone fills a phone field, this is a text field')
			],
			[
				'a date rule on a number field',
				'    min: 1\n',
				'    min: 1\n    max_age_days: 60\n',
				expected('fields[1].max_age_days', 'date rules are for date fields')
			],
			[
				'min above max',
				'    min: 1\n',
				'    min: 5\n    max: 2\n',
				expected('fields[1].max', 'must not be less than min (5)')
			]
		])('%s', (_name, from, to, message) => {
			expect(parse(broken(from, to))).toThrow(message);
		});
	});

	describe('rejects text problems before the schema', () => {
		it('text that is not NFC', () => {
			const text = broken('name: Thủ tục tập', `name: ${'Thủ tục tập'.normalize('NFD')}`);
			expect(parse(text)).toThrow(
				expected(
					'name',
					'text is not in Unicode NFC (a letter and its accent mark are stored apart): "Thủ tục tập"'.normalize(
						'NFD'
					)
				)
			);
		});

		it('a tone mark placed the new way (written with an escape: spelling.test.ts reads this file)', () => {
			const text = broken('summary: Tóm tắt.', 'summary: Tài khoản bị kho\u00e1.');
			expect(parse(text)).toThrow(expected('summary', 'write “khóa”, not “kho\u00e1”'));
		});

		it('an amount written with thousands dots', () => {
			const text = broken('  cap_per_copy: 200000', '  cap_per_copy: 200.000');
			const line = text.split('\n').indexOf('  cap_per_copy: 200.000') + 1;
			expect(parse(text)).toThrow(
				expected(
					`line ${line}`,
					'200.000 is read as the number 200; write amounts without dots, e.g. 200000'
				)
			);
		});

		it('a YAML syntax error, with its line', () => {
			const text = broken('summary: Tóm tắt.', 'summary: "Tóm tắt.');
			expect(parse(text)).toThrow(
				/^content\/procedures\/thu-tuc-tap\.yaml: line \d+, column \d+: YAML error: /
			);
		});

		it('a key written twice', () => {
			const text = broken('summary: Tóm tắt.', 'summary: Tóm tắt.\nsummary: Lần hai.');
			expect(parse(text)).toThrow(
				/thu-tuc-tap\.yaml: line \d+, column \d+: YAML error: Map keys must be unique/
			);
		});

		it('a file that is not YAML', () => {
			expect(parse(VALID, 'content/procedures/thu-tuc-tap.yml')).toThrow(
				'content/procedures/thu-tuc-tap.yml: file name: must end in .yaml'
			);
		});

		it('an empty file', () => {
			expect(parse('# chỉ có ghi chú\n')).toThrow(
				expected('(top level)', 'expected a group of "key: value" lines, got an empty file')
			);
		});

		it('a file that is not a mapping', () => {
			expect(parse('- a\n- b\n')).toThrow(
				expected('(top level)', 'expected a group of "key: value" lines, got a list')
			);
		});
	});

	it('lists every problem, the first on the first line', () => {
		const text = broken('level: toan-trinh', 'level: x').replace('field: tu-phap', 'field: y');
		let message = '';
		try {
			parse_procedure(FILE, text);
		} catch (error) {
			message = (error as Error).message;
		}
		const lines = message.split('\n');
		expect(lines).toHaveLength(2);
		expect(lines[0]).toMatch(
			/^content\/procedures\/thu-tuc-tap\.yaml: field: expected one of tu-phap, /
		);
		expect(lines[1]).toBe(`${FILE}: level: expected one of toan-trinh, mot-phan, got "x"`);
	});
});
