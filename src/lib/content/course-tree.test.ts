import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build_lesson_index } from './course-tree';
import { action, chapter, course, lesson } from './lesson-fixtures';

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
