/**
 * Builds the course from content/lessons: chapters and lessons in the order of their numbers,
 * each step checked (lesson-step.ts), previous/next links across the whole course, and no file
 * left where nothing reads it. Pure: the gateway (lessons.server.ts) reads the files and the
 * portal's targets and hands them over as plain data, so tests can feed fixtures.
 *
 * Numbers order things and are stripped: lesson id `chapter-slug/lesson-slug`, step id
 * `step-slug`.
 */
import type { Chapter, Lesson, LessonSummary } from '$lib/lessons/model';
import type { Procedure } from '$lib/portal/model';
import { ContentError, display_file, quote } from './content-error';
import {
	numbered,
	parse_chapter_meta,
	parse_lesson_meta,
	type LessonMeta,
	type StepContext
} from './lesson-shapes';
import { parse_step } from './lesson-step';
import type { KnownTargets } from './portal-targets';

/** Everything the gateway reads, keyed by path (glob keys such as `/content/lessons/…`). */
export interface LessonIndexInput {
	/** `content/lessons/NN-chapter/index.md` → frontmatter */
	chapters: Record<string, unknown>;
	/** `content/lessons/NN-chapter/NN-lesson/index.md` → frontmatter */
	lessons: Record<string, unknown>;
	/** `content/lessons/NN-chapter/NN-lesson/NN-step.md` → frontmatter and whether it has a body */
	steps: Record<string, { metadata: unknown; has_body: boolean }>;
	procedures: readonly Procedure[];
	known: KnownTargets;
	/** every .md file under content/lessons: any that is none of the above is an error */
	files?: readonly string[];
}

const ROOT = 'content/lessons/';

/** The part of a path under content/lessons/, split into folders and file name. */
function parts_of(file: string): string[] {
	const shown = display_file(file);
	const at = shown.indexOf(ROOT);
	return (at >= 0 ? shown.slice(at + ROOT.length) : shown).split('/');
}

interface Numbered<T> {
	order: number;
	slug: string;
	dir: string;
	file: string;
	value: T;
}

/** Sorts by number; rejects two entries with one number or one slug in the same folder. */
function in_order<T>(items: Numbered<T>[], kind: 'folder name' | 'file name'): Numbered<T>[] {
	const sorted = [...items].sort((a, b) => a.order - b.order || a.dir.localeCompare(b.dir));
	const by_slug = new Map<string, string>();
	const by_order = new Map<number, string>();
	for (const item of sorted) {
		const same_slug = by_slug.get(item.slug);
		if (same_slug) {
			throw new ContentError(item.file, kind, `same address ${quote(item.slug)} as ${same_slug}`);
		}
		const same_order = by_order.get(item.order);
		if (same_order) {
			throw new ContentError(
				item.file,
				kind,
				`same number ${item.order} as ${same_order}; numbers set the order, give each its own`
			);
		}
		by_slug.set(item.slug, item.file);
		by_order.set(item.order, item.file);
	}
	return sorted;
}

function folder(file: string, name: string, example: string) {
	const parsed = numbered(name);
	if (!parsed)
		throw new ContentError(file, 'folder name', `${quote(name)} must look like ${example}`);
	return parsed;
}

function stray_problem(parts: string[]): string {
	const name = parts[parts.length - 1];
	if (parts.length === 1) {
		return 'is not read: chapters are folders like content/lessons/01-ten-chuong/ with an index.md';
	}
	if (parts.length === 2) {
		return 'is not read: a chapter folder holds its index.md and lesson folders like 01-ten-bai/ (steps go inside a lesson folder)';
	}
	if (parts.length === 3 && !/^\d/.test(name)) {
		return 'is not read: a step file must look like 01-ten-buoc.md';
	}
	return 'is not read: lessons are content/lessons/NN-chuong/NN-bai/, with no deeper folders';
}

/**
 * Checks the whole course and builds what the site shows: chapters in order, each lesson with
 * its steps in order, and previous/next links across the whole course.
 */
export function build_lesson_index(input: LessonIndexInput): {
	chapters: Chapter[];
	lessons: Lesson[];
} {
	const known_paths = new Set(
		[
			...Object.keys(input.chapters),
			...Object.keys(input.lessons),
			...Object.keys(input.steps)
		].map(display_file)
	);
	for (const file of [...(input.files ?? [])].map(display_file).sort()) {
		if (!known_paths.has(file))
			throw new ContentError(file, 'file name', stray_problem(parts_of(file)));
	}

	// Chapters
	const chapter_items = Object.keys(input.chapters).map((path) => {
		const file = display_file(path);
		const [dir] = parts_of(path);
		const { order, slug } = folder(file, dir, '01-ten-chuong');
		return { order, slug, dir, file, value: parse_chapter_meta(file, input.chapters[path]) };
	});
	const chapters = in_order(chapter_items, 'folder name');

	// Lessons, grouped by chapter folder
	const lesson_items = new Map<string, Numbered<LessonMeta>[]>();
	for (const path of Object.keys(input.lessons).sort()) {
		const file = display_file(path);
		const [chapter_dir, dir] = parts_of(path);
		if (!chapters.some((c) => c.dir === chapter_dir)) {
			throw new ContentError(
				`${ROOT}${chapter_dir}/index.md`,
				'(file)',
				'is missing; every chapter folder needs an index.md with title and description'
			);
		}
		const { order, slug } = folder(file, dir, '01-ten-bai');
		const value = parse_lesson_meta(file, input.lessons[path], input.procedures);
		const group = lesson_items.get(chapter_dir) ?? [];
		group.push({ order, slug, dir, file, value });
		lesson_items.set(chapter_dir, group);
	}

	// Steps, grouped by lesson folder
	const step_paths = new Map<string, string[]>();
	for (const path of Object.keys(input.steps).sort()) {
		const [chapter_dir, lesson_dir] = parts_of(path);
		const key = `${chapter_dir}/${lesson_dir}`;
		const lesson_known = lesson_items.get(chapter_dir)?.some((l) => l.dir === lesson_dir);
		if (!lesson_known) {
			throw new ContentError(
				`${ROOT}${key}/index.md`,
				'(file)',
				'is missing; every lesson folder needs an index.md with the lesson’s frontmatter'
			);
		}
		step_paths.set(key, [...(step_paths.get(key) ?? []), path]);
	}

	const lessons: Lesson[] = [];
	const result: Chapter[] = [];
	for (const chapter of chapters) {
		const items = in_order(lesson_items.get(chapter.dir) ?? [], 'folder name');
		if (items.length === 0) {
			throw new ContentError(
				chapter.file,
				'lessons',
				'this chapter has no lesson; add a folder like 01-ten-bai/ with an index.md'
			);
		}
		const summaries: LessonSummary[] = [];
		for (const item of items) {
			const meta = item.value;
			const procedure = input.procedures.find((p) => p.id === meta.procedure);
			const context: StepContext = {
				procedure,
				procedures: input.procedures,
				help_levels: meta.help_levels
			};
			const step_items = (step_paths.get(`${chapter.dir}/${item.dir}`) ?? []).map((path) => {
				const file = display_file(path);
				const name = (parts_of(path)[2] ?? '').replace(/\.md$/, '');
				const parsed = numbered(name);
				if (!parsed) throw new ContentError(file, 'file name', 'must look like 01-ten-buoc.md');
				const { metadata, has_body: body } = input.steps[path];
				const value = parse_step(path, metadata, body, input.known, context);
				return { ...parsed, dir: name, file, value };
			});
			if (step_items.length === 0) {
				throw new ContentError(
					item.file,
					'steps',
					'this lesson has no step; add files like 01-ten-buoc.md next to its index.md'
				);
			}
			const steps = in_order(step_items, 'file name').map((s) => s.value);
			const lesson: Lesson = {
				id: `${chapter.slug}/${item.slug}`,
				title: meta.title,
				description: meta.description,
				minutes: meta.minutes,
				chapter: { slug: chapter.slug, title: chapter.value.title },
				file: item.file,
				...(meta.procedure ? { procedure: meta.procedure } : {}),
				objectives: meta.objectives,
				help_levels: meta.help_levels,
				setup: meta.setup,
				steps
			};
			lessons.push(lesson);
			summaries.push(summary_of(lesson));
		}
		result.push({
			slug: chapter.slug,
			title: chapter.value.title,
			description: chapter.value.description,
			lessons: summaries
		});
	}

	lessons.forEach((lesson, i) => {
		const before = lessons[i - 1];
		const after = lessons[i + 1];
		if (before) lesson.previous = { id: before.id, title: before.title };
		if (after) lesson.next = { id: after.id, title: after.title };
	});
	return { chapters: result, lessons };
}

/** What a list of lessons shows of one lesson. */
export function summary_of(lesson: Lesson): LessonSummary {
	return {
		id: lesson.id,
		title: lesson.title,
		description: lesson.description,
		minutes: lesson.minutes,
		steps: lesson.steps.length
	};
}
