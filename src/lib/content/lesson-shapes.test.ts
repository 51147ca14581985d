import { describe, expect, it } from 'vitest';
import { has_body, parse_lesson_meta, read_markdown } from './lesson-shapes';
import { lesson, LESSON, procedures } from './lesson-fixtures';

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
			'setup.start: unknown key; check the spelling (keys here: signed_in, location, practice_date, persona)'
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/', practice_date: '20/10/2026' } },
			"setup.practice_date: must be a real date written 'YYYY-MM-DD', quoted"
		],
		[
			{ ...lesson, setup: { signed_in: true, location: '/', persona: 'ba-noi' } },
			'setup.persona: expected one of ong-ba, got "ba-noi"'
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

describe('read_markdown', () => {
	const FILE = '/content/lessons/01-a/01-b/01-c.md';

	it('reads the frontmatter as YAML, and whether a body follows', () => {
		const raw = '---\ntitle: Đăng nhập\nhints:\n  - Bấm nút xanh.\n---\nBấm **Đăng nhập**.\n';
		expect(read_markdown(FILE, raw)).toEqual({
			metadata: { title: 'Đăng nhập', hints: ['Bấm nút xanh.'] },
			has_body: true
		});
		expect(read_markdown(FILE, '\uFEFF---\r\ntitle: A\r\n---\r\n')).toEqual({
			metadata: { title: 'A' },
			has_body: false
		});
	});

	it('gives no frontmatter for a file without one (every required key is then missing)', () => {
		expect(read_markdown(FILE, 'Chỉ có nội dung.')).toEqual({
			metadata: undefined,
			has_body: true
		});
	});

	it('names the file when the frontmatter is not YAML', () => {
		expect(() => read_markdown(FILE, '---\ntitle: [Đăng nhập\n---\nBấm.\n')).toThrow(
			/^content\/lessons\/01-a\/01-b\/01-c\.md: frontmatter: is not valid YAML: /
		);
		expect(() => read_markdown(FILE, '---\ntitle: A\ntitle: B\n---\nBấm.\n')).toThrow(
			/frontmatter: is not valid YAML: Map keys must be unique/
		);
	});
});
