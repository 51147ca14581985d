import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { class_csv, csv_field, CSV_HEADER, parse_csv } from './csv';
import { empty_roster, import_summary, type Roster } from './roster';
import { lesson_key, step_key, type CatalogLesson, type LearnerSummary } from './summary';

const CATALOG: CatalogLesson[] = [
	{
		id: 'lam-quen/dang-nhap-vneid',
		title: 'Đăng nhập bằng VNeID',
		steps: [{ id: 'go-ma-otp', title: 'Gõ mã OTP' }]
	},
	{ id: 'nop-ho-so/khai-sinh', title: 'Nộp hồ sơ đăng ký khai sinh, "bản tập"', steps: [] }
];

function roster_of(...summaries: LearnerSummary[]): Roster {
	return summaries.reduce((r, s) => {
		const result = import_summary(r, s);
		if (!result.ok) throw new Error(result.message);
		return result.value;
	}, empty_roster('HB7K2Q'));
}

const lan: LearnerSummary = {
	class_code: 'HB7K2Q',
	learner_id: 'lan',
	name: 'Nguyễn Thị Lan, tổ 5',
	sent_at: Date.UTC(2026, 10, 28, 3, 0, 0),
	lessons: [
		{
			key: lesson_key('lam-quen/dang-nhap-vneid'),
			status: 'completed',
			score: 80,
			level: 'tu-lam',
			attempts: 2,
			finished: 1,
			minutes: 12,
			completed_on: 20_785, // 28/11/2026
			steps: [{ key: step_key('go-ma-otp'), hints: 2, mistakes: 1 }]
		}
	]
};

describe('the class as CSV', () => {
	it('starts with a BOM, has one row per learner and lesson, and keeps Vietnamese intact', () => {
		const csv = class_csv(
			roster_of(lan, { ...lan, learner_id: 'ba', name: 'Ông Ba\n"Bảy"', lessons: [] }),
			CATALOG
		);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const bytes = new TextEncoder().encode(csv);
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes)).toBe(csv);
		expect(csv).toBe(csv.normalize('NFC'));
		const rows = parse_csv(csv);
		expect(rows[0]).toEqual(CSV_HEADER);
		expect(rows).toHaveLength(1 + 2 * 2);
		expect(rows[1]).toEqual([
			'Nguyễn Thị Lan, tổ 5',
			'Đăng nhập bằng VNeID',
			'Đã hoàn thành',
			'80',
			'Tự làm',
			'2',
			'1',
			'2',
			'1',
			'12',
			'28/11/2026'
		]);
		expect(rows[2].slice(0, 3)).toEqual([
			'Nguyễn Thị Lan, tổ 5',
			'Nộp hồ sơ đăng ký khai sinh, "bản tập"',
			'Chưa bắt đầu'
		]);
		expect(rows[3][0]).toBe('Ông Ba\n"Bảy"');
		expect(csv).toContain('"Ông Ba\n""Bảy"""');
		expect(csv).toContain('\r\n');
	});

	it('turns a formula into text and a hostile name into plain text', () => {
		expect(csv_field('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csv_field('+1')).toBe("'+1");
		expect(csv_field('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
	});

	it('any text survives escaping and reading back, with either separator', () => {
		fc.assert(
			fc.property(
				fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 6 }),
				fc.constantFrom(',', ';'),
				(fields, sep) => {
					const safe = fields.map((f) => (/^[=+\-@\t\r]/.test(f) ? `x${f}` : f));
					const line = safe.map((f) => csv_field(f, sep)).join(sep) + '\r\n';
					expect(parse_csv(line, sep)).toEqual([safe]);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('a lesson this device does not know is listed by its key, not dropped', () => {
		const csv = class_csv(
			roster_of({ ...lan, lessons: [{ ...lan.lessons[0], key: 'abcd' }] }),
			CATALOG
		);
		expect(parse_csv(csv).at(-1)?.[1]).toBe('Bài học chưa có trên máy này (mã abcd)');
	});
});
