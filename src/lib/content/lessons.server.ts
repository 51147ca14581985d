/**
 * The one gateway to content/lessons. Runs at build time only (prerendering): a bad chapter,
 * lesson or step stops the build with the file name and the field path.
 *
 * Step targets are checked against the portal's own source (scan_portal_targets) and the
 * procedures of content/procedures.
 */
import type { Lesson } from '$lib/lessons/model';
import { ContentError } from './content-error';
import { check_lesson, format_problem } from './language';
import { build_lesson_index, has_body } from './lesson-schema';
import { scan_portal_targets } from './portal-targets';
import { procedures } from './procedures.server';
import { scenario_lesson_problems } from '$lib/scenarios/schema';

const chapter_files = import.meta.glob('/content/lessons/*/index.md', {
	eager: true,
	import: 'metadata'
});
const lesson_files = import.meta.glob('/content/lessons/*/*/index.md', {
	eager: true,
	import: 'metadata'
});
const step_files = import.meta.glob('/content/lessons/*/*/[0-9]*.md', {
	eager: true,
	import: 'metadata'
});
/** The raw text of every markdown file: to see empty bodies and files in the wrong place. */
const raw_files = import.meta.glob<string>('/content/lessons/**/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

const index = build_lesson_index({
	chapters: chapter_files,
	lessons: lesson_files,
	steps: Object.fromEntries(
		Object.entries(step_files).map(([path, metadata]) => [
			path,
			{ metadata, has_body: has_body(raw_files[path] ?? '') }
		])
	),
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

/** The lesson with this id (`chapter-slug/lesson-slug`), if any. */
export function get_lesson(id: string): Lesson | undefined {
	return lessons.find((lesson) => lesson.id === id);
}
