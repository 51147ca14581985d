/**
 * The shapes of lesson content: a chapter's and a lesson's index.md and a step file's
 * frontmatter, checked one file at a time. Events (event-matching.ts), portal targets
 * (lesson-targets.ts) and the course as a whole (course-tree.ts) are checked elsewhere.
 *
 * ```
 * content/lessons/
 *   NN-chapter-slug/index.md                   chapter: { title, description }
 *   NN-chapter-slug/NN-lesson-slug/index.md    lesson frontmatter; body = introduction
 *   NN-chapter-slug/NN-lesson-slug/NN-step.md  one step per file; body = the instruction
 * ```
 */
import { is_iso_date } from '$lib/portal/logic/iso';
import * as v from 'valibot';
import { parse as parse_yaml } from 'yaml';
import { HELP_LEVELS, type HelpLevel, type LessonSetup } from '$lib/lessons/model';
import type { Procedure } from '$lib/portal/model';
import { PERSONAS } from '$lib/portal/persona';
import { parse_location } from '$lib/portal/routes';
import {
	duplicate_problems,
	fail_if,
	frontmatter,
	list,
	quote,
	schema_problems,
	type Problem
} from './content-error';
import { ContentError, display_file } from './content-error';
import { nonblank_text, slug } from './content-values';

export const chapter_schema = v.strictObject({
	title: nonblank_text,
	description: nonblank_text
});

export const lesson_meta_schema = v.strictObject({
	title: nonblank_text,
	description: nonblank_text,
	minutes: v.pipe(
		v.number(),
		v.integer('expected a whole number of minutes'),
		v.minValue(1, 'must be at least 1'),
		v.maxValue(120, 'must be at most 120')
	),
	procedure: v.optional(slug),
	objectives: v.pipe(v.array(nonblank_text), v.minLength(1, 'list at least one objective')),
	help_levels: v.pipe(
		v.array(v.picklist(HELP_LEVELS)),
		v.minLength(1, `list at least one of ${HELP_LEVELS.join(', ')}`)
	),
	setup: v.strictObject({
		signed_in: v.boolean(),
		location: v.pipe(
			v.string(),
			v.startsWith('/', 'must start with "/", e.g. "/" (home) or "/dang-nhap"')
		),
		practice_date: v.optional(
			v.pipe(
				v.string(),
				v.check((value) => is_iso_date(value), "must be a real date written 'YYYY-MM-DD', quoted")
			)
		),
		/** who the practice account is (src/lib/portal/persona.ts) */
		persona: v.optional(v.picklist(PERSONAS))
	})
});

/** A lesson's frontmatter once checked. */
export interface LessonMeta {
	title: string;
	description: string;
	minutes: number;
	procedure?: string;
	objectives: string[];
	help_levels: HelpLevel[];
	setup: LessonSetup;
}

/** `where` is checked key by key below, with messages that name the event's fields. */
const where_schema = v.optional(v.record(v.string(), v.unknown()));

const matcher_schema = v.strictObject({ event: v.string(), where: where_schema });

const mistake_schema = v.strictObject({
	event: v.string(),
	where: where_schema,
	feedback: nonblank_text
});

const question_schema = v.strictObject({
	kind: v.picklist(['single', 'multiple']),
	prompt: nonblank_text,
	options: v.pipe(
		v.array(
			v.strictObject({ text: nonblank_text, correct: v.boolean(), explanation: nonblank_text })
		),
		v.minLength(2, 'list at least 2 options')
	)
});

export const step_schema = v.strictObject({
	title: nonblank_text,
	target: v.optional(nonblank_text),
	complete: v.optional(v.array(matcher_schema)),
	hints: v.optional(v.array(nonblank_text)),
	mistakes: v.optional(v.array(mistake_schema)),
	/** each action is checked on its own below (exactly one of fill, click, choose, …) */
	demo: v.optional(v.array(v.unknown())),
	question: v.optional(question_schema),
	/** a safety scenario's stage, checked by $lib/scenarios/schema.ts */
	scenario: v.optional(v.unknown())
});

export const demo_schemas = {
	fill: v.strictObject({ fill: nonblank_text, value: v.string() }),
	click: v.strictObject({ click: nonblank_text }),
	choose: v.strictObject({ choose: nonblank_text, value: v.string() }),
	select: v.strictObject({ select: nonblank_text, value: v.string() }),
	forward: v.strictObject({
		forward: v.pipe(
			v.number(),
			v.integer('expected a whole number of days'),
			v.minValue(1, 'must be at least 1'),
			v.maxValue(30, 'must be at most 30')
		)
	})
} as const;
export const DEMO_ACTIONS = Object.keys(demo_schemas) as (keyof typeof demo_schemas)[];

/** `03-nhap-mat-khau.md` or `01-bat-dau`: the order number and the slug. */
const NUMBERED = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export function numbered(name: string): { order: number; slug: string } | undefined {
	const match = NUMBERED.exec(name);
	return match ? { order: Number(match[1]), slug: match[2] } : undefined;
}

/** `02-nhap-so-dinh-danh.md` → `nhap-so-dinh-danh`. */
export function step_id_from_file(file: string): string {
	const name = file.split('/').pop() ?? file;
	return name.replace(/\.md$/, '').replace(/^\d+-/, '');
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

/** A markdown file's frontmatter text (if any) and what follows it. */
function split_markdown(raw: string): { yaml?: string; body: string } {
	const text = raw.replace(/^\uFEFF/, '');
	const found = FRONTMATTER.exec(text);
	return found ? { yaml: found[1], body: text.slice(found[0].length) } : { body: text };
}

/** Whether a body has text (HTML comments do not count). */
const has_text = (body: string) => body.replace(/<!--[\s\S]*?-->/g, '').trim() !== '';

/**
 * Whether a markdown file has text after its frontmatter (HTML comments do not count).
 */
export function has_body(raw: string): boolean {
	return has_text(split_markdown(raw).body);
}

/**
 * A lesson text's frontmatter (the YAML between two `---` lines at the top, read with the `yaml`
 * package, YAML 1.2; none gives undefined), and whether it has a body. For all 282 texts of
 * 30/11/2026 this gave exactly what mdsvex's reader gave (js-yaml, YAML 1.1, which reads `yes` as
 * true and an unquoted date as a Date; here both are text, and the schemas say so). The course is
 * checked from these alone: compiling its ~280 texts with mdsvex and Svelte only to read their
 * frontmatter cost about 7 core-seconds in each unit-test project that loads the lessons. The
 * build renders each text once for its own page (lessons.server.ts, lesson_texts).
 */
export function read_markdown(file: string, raw: string): { metadata: unknown; has_body: boolean } {
	const { yaml, body } = split_markdown(raw);
	let metadata: unknown;
	if (yaml !== undefined) {
		try {
			metadata = parse_yaml(yaml);
		} catch (error) {
			const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
			throw new ContentError(display_file(file), 'frontmatter', `is not valid YAML: ${reason}`);
		}
	}
	return { metadata, has_body: has_text(body) };
}

/**
 * Checks a lesson's index.md frontmatter. With `procedures`, the procedure and the start
 * location must exist too.
 */
export function parse_lesson_meta(
	file: string,
	metadata: unknown,
	procedures?: readonly Procedure[]
): LessonMeta {
	const shown = display_file(file);
	const data = frontmatter(shown, metadata);
	fail_if(shown, schema_problems(lesson_meta_schema, data));
	const meta = v.parse(lesson_meta_schema, data);

	const problems = duplicate_problems(meta.help_levels, (i) => `help_levels[${i}]`);
	const procedure_ids = procedures?.map((p) => p.id);
	if (meta.procedure && procedure_ids && !procedure_ids.includes(meta.procedure)) {
		problems.push({
			path: 'procedure',
			problem: `no procedure ${quote(meta.procedure)} in content/procedures; procedures are ${list(procedure_ids)}`
		});
	}
	problems.push(...location_problems(meta.setup.location, procedures));
	fail_if(shown, problems);

	return {
		title: meta.title,
		description: meta.description,
		minutes: meta.minutes,
		...(meta.procedure ? { procedure: meta.procedure } : {}),
		objectives: meta.objectives,
		help_levels: meta.help_levels,
		setup: meta.setup
	};
}

function location_problems(location: string, procedures?: readonly Procedure[]): Problem[] {
	const path = 'setup.location';
	const screen = parse_location(location);
	if (screen.name === 'not-found') {
		return [
			{
				path,
				problem: `${quote(location)} is not a page of the practice portal (e.g. "/", "/dang-nhap", "/thu-tuc/dang-ky-khai-sinh")`
			}
		];
	}
	if ('dossier_id' in screen) {
		return [
			{
				path,
				problem: 'a lesson cannot start on a dossier page: a dossier exists only once submitted'
			}
		];
	}
	if ('procedure_id' in screen && procedures) {
		const procedure = procedures.find((p) => p.id === screen.procedure_id);
		if (!procedure) {
			return [
				{ path, problem: `no procedure ${quote(screen.procedure_id)} in content/procedures` }
			];
		}
		if (screen.name === 'form' && !procedure.sections.some((s) => s.id === screen.section_id)) {
			return [
				{
					path,
					problem: `procedure ${quote(procedure.id)} has no section ${quote(screen.section_id)}; sections are ${list(procedure.sections.map((s) => s.id))}`
				}
			];
		}
	}
	return [];
}

export function parse_chapter_meta(file: string, metadata: unknown) {
	const data = frontmatter(file, metadata);
	fail_if(file, schema_problems(chapter_schema, data));
	return v.parse(chapter_schema, data);
}

/** What a step is checked against besides the portal's targets: its lesson and the course. */
export interface StepContext {
	/** the lesson's procedure: its documents and e-form fields become targets */
	procedure?: Procedure;
	/** every procedure, for `procedure.link.<id>` targets and `procedure_id` values */
	procedures?: readonly Procedure[];
	/** the lesson's help levels: with `xem-mau`, every action step needs a demo */
	help_levels?: readonly HelpLevel[];
}
