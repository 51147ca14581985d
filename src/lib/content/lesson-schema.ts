/**
 * The check of content/lessons, in parts with one job each:
 * - lesson-shapes.ts: the frontmatter of chapters, lessons and steps
 * - event-matching.ts: the events a step waits for, read from the portal's event schema
 * - lesson-targets.ts: what a step and its demo point at in the portal
 * - lesson-step.ts: one step file, all of the above together
 * - course-tree.ts: the whole course in order, with links
 * - content-error.ts: how a problem is reported (file, field path, what is wrong)
 * This module only gathers what the gateway (lessons.server.ts) and tests use.
 */
export { build_lesson_index, summary_of, type LessonIndexInput } from './course-tree';
export { EVENT_NAMES } from './event-matching';
export {
	chapter_schema,
	has_body,
	read_markdown,
	lesson_meta_schema,
	parse_lesson_meta,
	step_id_from_file,
	step_schema,
	type LessonMeta,
	type StepContext
} from './lesson-shapes';
export { parse_step } from './lesson-step';
export type { KnownTargets } from './portal-targets';
