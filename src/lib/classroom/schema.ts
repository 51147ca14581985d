/** Run-time checks (valibot) of everything that comes from outside: summaries and backups. */
import * as v from 'valibot';
import { HELP_LEVELS } from '$lib/lessons/model';
import { clean_learner_name, NAME_MAX } from '$lib/learners/names';
import { is_class_code } from './classes';
import { LESSON_KEY, LESSON_KEY_V1, STEP_KEY } from './summary';

export const LIMITS = {
	lessons: 500,
	steps_per_lesson: 200,
	count: 100_000,
	minutes: 1_000_000,
	learner_id: 64
} as const;

/** Epoch ms from 1/1/1970 to 1/1/2100: a device clock can be wrong, not absurd. */
const LATEST = Date.UTC(2100, 0, 1);
const LAST_DAY = LATEST / 86_400_000;
export const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LATEST));
export const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.count));

export const learner_name = v.pipe(
	v.string(),
	v.minLength(1),
	v.maxLength(NAME_MAX),
	v.check((name) => name === clean_learner_name(name), 'tên chưa được làm sạch')
);

export const learner_id = v.pipe(
	v.string(),
	v.minLength(1),
	v.maxLength(LIMITS.learner_id),
	v.regex(/^[A-Za-z0-9_-]+$/)
);

const step_trouble = v.pipe(
	v.object({
		key: v.pipe(v.string(), v.regex(STEP_KEY)),
		hints: count,
		mistakes: count
	}),
	v.check((s) => s.hints + s.mistakes > 0, 'bước không có gợi ý hay lỗi')
);

const lesson_entries = {
	/** a short key: summaries are decoded (either format version) to short keys */
	key: v.pipe(v.string(), v.regex(LESSON_KEY)),
	status: v.picklist(['in-progress', 'completed']),
	score: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
	level: v.picklist(HELP_LEVELS),
	attempts: count,
	finished: count,
	minutes: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.minutes)),
	completed_on: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LAST_DAY))),
	steps: v.pipe(
		v.array(step_trouble),
		v.maxLength(LIMITS.steps_per_lesson),
		v.check((steps) => unique(steps.map((s) => s.key)), 'bước trùng')
	)
};

type LessonShape = {
	status: string;
	score: number | null;
	completed_on?: number;
	attempts: number;
	finished: number;
};
const lesson_consistent = (l: LessonShape) =>
	l.finished <= l.attempts &&
	(l.status === 'completed' || (l.score === null && l.completed_on === undefined));

const lesson_summary = v.pipe(
	v.object(lesson_entries),
	v.check((l) => lesson_consistent(l))
);

/**
 * A lesson as a class roster keeps it (roster.ts): rosters stored or backed up before format
 * version 2 hold 6-hex keys, read and turned into short keys (`normalize_roster`).
 */
export const roster_lesson = v.pipe(
	v.object({
		...lesson_entries,
		key: v.pipe(
			v.string(),
			v.check((k) => LESSON_KEY.test(k) || LESSON_KEY_V1.test(k))
		),
		seen_at: time
	}),
	v.check((l) => lesson_consistent(l))
);

export const learner_summary = v.object({
	class_code: v.pipe(v.string(), v.check(is_class_code)),
	learner_id,
	name: learner_name,
	sent_at: v.pipe(time, v.multipleOf(1000)),
	lessons: v.pipe(
		v.array(lesson_summary),
		v.maxLength(LIMITS.lessons),
		v.check((lessons) => unique(lessons.map((l) => l.key)), 'bài học trùng')
	)
});

export function unique(keys: string[]) {
	return new Set(keys).size === keys.length;
}
