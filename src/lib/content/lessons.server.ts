/**
 * The one gateway to content/lessons. Runs at build time only (prerendering): a bad chapter,
 * lesson or step stops the build with the file name and the field path.
 *
 * Step targets are checked against the portal's own source (scan_portal_targets) and the
 * procedures of content/procedures.
 */
import { FINAL_TEST } from '$lib/final-test/test-content';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import type { Lesson } from '$lib/lessons/model';
import type { CertifiedLesson } from '$lib/progress/certificate';
import { ContentError } from './content-error';
import { check_lesson, format_problem } from './language';
import { build_lesson_index, read_markdown } from './lesson-schema';
import { scan_portal_targets } from './portal-targets';
import { procedures } from './procedures.server';
import { scenario_lesson_problems } from '$lib/scenarios/schema';
import { key_collisions, type CatalogLesson } from '$lib/classroom/summary';

// Every markdown file as raw text: the course is checked from the frontmatter and the bodies read
// here (read_markdown), never by compiling every text; lesson_texts() below compiles a lesson's own.
const raw_files = import.meta.glob<string>('/content/lessons/**/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});
const texts_read = Object.entries(raw_files).map(([path, raw]) => ({
	path,
	...read_markdown(path, raw)
}));
/** What was read of each file whose path matches `pattern`, by path. */
const read_matching = (pattern: RegExp) =>
	Object.fromEntries(
		texts_read.filter(({ path }) => pattern.test(path)).map(({ path, ...read }) => [path, read])
	);
/** Only the frontmatter of those files. */
const frontmatter_of = (pattern: RegExp) =>
	Object.fromEntries(
		Object.entries(read_matching(pattern)).map(([path, { metadata }]) => [path, metadata])
	);

const index = build_lesson_index({
	// as the globs content/lessons/*/index.md, */*/index.md and */*/[0-9]*.md would list them
	chapters: frontmatter_of(/^\/content\/lessons\/[^/]+\/index\.md$/),
	lessons: frontmatter_of(/^\/content\/lessons\/[^/]+\/[^/]+\/index\.md$/),
	steps: read_matching(/^\/content\/lessons\/[^/]+\/[^/]+\/[0-9][^/]*\.md$/),
	procedures,
	known: scan_portal_targets(),
	files: Object.keys(raw_files)
});

// A safety scenario ends with the official advice (src/lib/scenarios).
for (const problem of index.lessons.flatMap(scenario_lesson_problems)) {
	throw new ContentError(problem.file, problem.path, problem.problem);
}

// The language check (issue 10, item 6): long sentences are reported, the worst stop the build.
const texts = Object.fromEntries(Object.entries(raw_files).map(([p, text]) => [p.slice(1), text]));
const language = index.lessons.flatMap((lesson) => check_lesson(lesson, texts));
for (const problem of language.filter((p) => p.level === 'warning')) {
	console.warn(`language: ${format_problem(problem)}`);
}
const language_error = language.find((p) => p.level === 'error');
if (language_error) {
	throw new ContentError(language_error.file, language_error.field, language_error.message);
}

/** The chapters in order, each with the summaries of its lessons. */
export const chapters = index.chapters;

/** Every lesson in course order, with its steps and previous/next links. */
export const lessons: Lesson[] = index.lessons;

/**
 * What the certificate requires: every lesson, then the final test passed (its best score at
 * least the pass mark).
 */
export const certificate_course: CertifiedLesson[] = [
	...lessons.map(({ id, title }) => ({ id, title })),
	{ id: FINAL_TEST.id, title: 'Bài kiểm tra cuối khóa', pass_score: FINAL_TEST.pass_mark }
];

/**
 * The course as a class names it (records carry short keys only): the lessons in order, each
 * with its steps, then the final test.
 */
export const class_catalog: CatalogLesson[] = certificate_course.map(({ id, title }) => ({
	id,
	title,
	steps: (get_lesson(id)?.steps ?? []).map((step) => ({ id: step.id, title: step.title }))
}));

// A learner's progress reaches the trainer under short keys of lesson and step ids (16 bits in
// transfer format version 2, 24 in version 1, still read): two lessons, or two steps of one
// lesson, sharing a key would be mixed up in the class. Rename one of them.
const key_clash = key_collisions(class_catalog)[0];
if (key_clash) {
	throw new ContentError(
		'content/lessons',
		'id',
		`short keys clash (lesson or step): ${key_clash}`
	);
}

/** The lesson with this id (`chapter-slug/lesson-slug`), if any. */
export function get_lesson(id: string): Lesson | undefined {
	return lessons.find((lesson) => lesson.id === id);
}

/**
 * Every lesson text (introductions and step instructions) as compiled by mdsvex, each loaded
 * when a page renders it: only the build renders them all.
 */
const compiled = import.meta.glob<Component>(
	['/content/lessons/*/*/index.md', '/content/lessons/*/*/[0-9]*.md'],
	{ import: 'default' }
);

async function html_of(file: string): Promise<string | undefined> {
	const text = compiled[`/${file}`];
	return text ? render(await text()).body : undefined;
}

/**
 * One lesson's texts as HTML, rendered at build: the lesson page carries only its own (the
 * browser neither downloads a component per text nor a map of every text of the course).
 */
export async function lesson_texts(
	lesson: Lesson
): Promise<{ intro?: string; bodies: Record<string, string> }> {
	const bodies: Record<string, string> = {};
	for (const step of lesson.steps) {
		const html = await html_of(step.file);
		if (html) bodies[step.id] = html;
	}
	const intro = await html_of(lesson.file);
	return intro ? { intro, bodies } : { bodies };
}
