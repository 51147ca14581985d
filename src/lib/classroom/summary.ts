/**
 * What a learner sends to the trainer: a compact summary of their progress records
 * (src/lib/progress/model.ts) for one class, never the player's state. Lessons and steps are
 * named by short keys (hashes of their stable ids) so a whole course fits in one QR code; the
 * trainer's device turns the keys back into lessons and steps with its own lesson index
 * (`catalog_keys`). A key this device does not know is kept as it is, never dropped (a
 * version-1 key, 24 bits, is kept as its 16-bit short key: `short_lesson_key`).
 */
import { HELP_LEVELS, type HelpLevel } from '$lib/lessons/model';
import { current_attempt, is_finished, type LessonProgress } from '$lib/progress/model';
import { fnv1a, hex } from './bytes';

/** A lesson's key as summaries and rosters hold it: 16 bits, 4 hex digits (format version 2). */
export const LESSON_KEY = /^[0-9a-f]{4}$/;
/** A lesson's key in format version 1: 24 bits, 6 hex digits (still read, and still stored). */
export const LESSON_KEY_V1 = /^[0-9a-f]{6}$/;
export const STEP_KEY = /^[0-9a-f]{4}$/;

/**
 * A lesson's key in transfer format version 1: 24 bits of FNV-1a of its id, 6 hex digits.
 * Summaries sent before version 2, and rosters and backups made of them, carry these.
 */
export function lesson_key_v1(lesson_id: string) {
	return hex(fold(fnv1a(lesson_id), 24), 6);
}

/**
 * A lesson's short key (format version 2): its version-1 key XOR-folded to 16 bits, 4 hex
 * digits. Short keys are what let a whole course fit one QR code; `key_collisions` (tested on
 * the real content) keeps them unique. Made from the version-1 key, so a version-1 key turns
 * into the same short key without the lesson index (`short_lesson_key`), even for a lesson
 * this device does not know.
 */
export function lesson_key(lesson_id: string) {
	return short_lesson_key(lesson_key_v1(lesson_id));
}

/**
 * Any lesson key (6 hex digits from version 1, or 4 from version 2) as the short key summaries,
 * rosters and the dashboard use, so that a lesson sent in either version is one lesson.
 */
export function short_lesson_key(key: string) {
	if (!LESSON_KEY_V1.test(key)) return key;
	const n = parseInt(key, 16);
	return hex(((n >>> 16) ^ n) & 0xffff, 4);
}

/** A step's short key within its lesson: 16 bits of FNV-1a of the step id, 4 hex digits. */
export function step_key(step_id: string) {
	return hex(fold(fnv1a(step_id), 16), 4);
}

/** XOR-folds a 32-bit hash to `bits` bits (as the FNV authors advise). */
function fold(hash: number, bits: number) {
	return ((hash >>> bits) ^ hash) & ((1 << bits) - 1);
}

const DAY = 86_400_000;
/** Vietnam's time zone, UTC+7 (no summer time). */
const VN_OFFSET = 7 * 3_600_000;

/** The day (a day number from 1/1/1970) a moment falls on in Vietnam. */
export function vn_day(ms: number) {
	return Math.floor((ms + VN_OFFSET) / DAY);
}

/** A day number as dd/mm/yyyy. */
export function day_label(day: number) {
	const d = new Date(day * DAY);
	const two = (n: number) => String(n).padStart(2, '0');
	return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** A day number as an ISO date, yyyy-mm-dd. */
export function day_iso(day: number) {
	return new Date(day * DAY).toISOString().slice(0, 10);
}

/** A step where the learner needed hints or made mistakes, over all attempts. */
export interface StepTrouble {
	key: string;
	hints: number;
	mistakes: number;
}

export interface LessonSummary {
	key: string;
	/** 'completed' once any attempt finished, for good */
	status: 'in-progress' | 'completed';
	/** best finished score 0–100, null before a finish */
	score: number | null;
	/**
	 * Completed: the most independent help level of a finished attempt (Tự làm > Hướng dẫn >
	 * Xem mẫu). In progress: the level of the attempt in hand.
	 */
	level: HelpLevel;
	/** attempts started, and finished */
	attempts: number;
	finished: number;
	/** time spent on the lesson's steps, over every attempt, in minutes (started ones count) */
	minutes: number;
	/** the day of the first completion in Vietnam (vn_day) */
	completed_on?: number;
	/**
	 * Every step with hints or mistakes, by key; the lesson's hints and mistakes are their sums
	 * (`lesson_hints`, `lesson_mistakes`).
	 */
	steps: StepTrouble[];
}

export interface LearnerSummary {
	class_code: string;
	learner_id: string;
	name: string;
	/** when the learner's device made the summary (its own clock), epoch ms to the second */
	sent_at: number;
	/** by key */
	lessons: LessonSummary[];
}

export const LEVEL_RANK: Record<HelpLevel, number> = { 'xem-mau': 0, 'huong-dan': 1, 'tu-lam': 2 };

export function most_independent(levels: HelpLevel[]): HelpLevel | undefined {
	return levels.reduce<HelpLevel | undefined>(
		(best, l) => (best === undefined || LEVEL_RANK[l] > LEVEL_RANK[best] ? l : best),
		undefined
	);
}

export { HELP_LEVELS };

export function lesson_hints(lesson: Pick<LessonSummary, 'steps'>) {
	return lesson.steps.reduce((n, s) => n + s.hints, 0);
}

export function lesson_mistakes(lesson: Pick<LessonSummary, 'steps'>) {
	return lesson.steps.reduce((n, s) => n + s.mistakes, 0);
}

/** One lesson's progress record as sent to the trainer. */
export function summarize_lesson(record: LessonProgress): LessonSummary {
	const finished = record.attempts.filter(is_finished);
	const completed = record.status === 'completed' || finished.length > 0;
	const troubles = new Map<string, { hints: number; mistakes: number }>();
	const add = (step_id: string, hints: number, mistakes: number) => {
		if (hints <= 0 && mistakes <= 0) return;
		const key = step_key(step_id);
		const kept = troubles.get(key) ?? { hints: 0, mistakes: 0 };
		troubles.set(key, { hints: kept.hints + hints, mistakes: kept.mistakes + mistakes });
	};
	for (const attempt of record.attempts) {
		for (const step of attempt.steps) add(step.step_id, step.hints_used, step.mistakes);
		if (!is_finished(attempt) && attempt.step_id !== undefined) {
			add(attempt.step_id, attempt.hints_shown, attempt.mistakes);
		}
	}
	const sum = (f: (a: LessonProgress['attempts'][number]) => number) =>
		record.attempts.reduce((n, a) => n + Math.max(0, f(a)), 0);
	const level = completed
		? (most_independent(finished.map((a) => a.level)) ??
			current_attempt(record)?.level ??
			'huong-dan')
		: (current_attempt(record)?.level ?? 'huong-dan');
	const completed_at =
		record.completed_at ??
		finished.reduce<number | undefined>(
			(first, a) => (first === undefined || a.finished_at! < first ? a.finished_at : first),
			undefined
		);
	return {
		key: lesson_key(record.lesson_id),
		status: completed ? 'completed' : 'in-progress',
		score: completed ? record.score : null,
		level,
		attempts: record.attempts.length,
		finished: finished.length,
		minutes: Math.ceil(sum((a) => a.totals.time_ms) / 60_000),
		...(completed && completed_at !== undefined ? { completed_on: vn_day(completed_at) } : {}),
		steps: [...troubles.entries()]
			.map(([key, t]) => ({ key, ...t }))
			.sort((a, b) => a.key.localeCompare(b.key))
	};
}

/** A learner's progress records as the summary sent to a class's trainer. */
export function summarize(
	learner: { id: string; name: string },
	class_code: string,
	records: readonly LessonProgress[],
	now: number
): LearnerSummary {
	const lessons = records
		.filter((r) => r.learner_id === learner.id && r.attempts.length > 0)
		.map(summarize_lesson)
		.sort((a, b) => a.key.localeCompare(b.key));
	return {
		class_code,
		learner_id: learner.id,
		name: learner.name,
		sent_at: Math.floor(now / 1000) * 1000,
		lessons
	};
}

/** The lesson index the trainer's device knows, for turning keys back into lessons and steps. */
export interface CatalogLesson {
	id: string;
	title: string;
	steps: readonly { id: string; title: string }[];
}

export interface CatalogKeys {
	lessons: Map<string, CatalogLesson>;
	/** by lesson key, then step key */
	steps: Map<string, Map<string, { id: string; title: string }>>;
}

/**
 * The lesson index by key: each lesson under its short key and, for anything kept from format
 * version 1 that was not normalised (`short_lesson_key`), under its version-1 key too.
 */
export function catalog_keys(catalog: readonly CatalogLesson[]): CatalogKeys {
	const lessons = new Map<string, CatalogLesson>();
	const steps = new Map<string, Map<string, { id: string; title: string }>>();
	for (const lesson of catalog) {
		const by_step = new Map(lesson.steps.map((s) => [step_key(s.id), s]));
		for (const key of [lesson_key(lesson.id), lesson_key_v1(lesson.id)]) {
			lessons.set(key, lesson);
			steps.set(key, by_step);
		}
	}
	return { lessons, steps };
}

/**
 * Keys that two lessons (short keys, or version-1 keys), or two steps of one lesson, would
 * share: must be empty for the course (tested against the real content).
 */
export function key_collisions(catalog: readonly CatalogLesson[]): string[] {
	const found: string[] = [];
	const seen = new Map<string, string>();
	for (const lesson of catalog) {
		// a version-1 key is 6 hex digits and a short key 4: the two forms never meet
		const keys = [lesson_key(lesson.id), lesson_key_v1(lesson.id)];
		const other = keys.map((k) => seen.get(k)).find((id) => id !== undefined);
		if (other !== undefined) found.push(`${other} / ${lesson.id}`);
		for (const key of keys) seen.set(key, lesson.id);
		const steps = new Map<string, string>();
		for (const step of lesson.steps) {
			const sk = step_key(step.id);
			if (steps.has(sk)) found.push(`${lesson.id}: ${steps.get(sk)} / ${step.id}`);
			steps.set(sk, step.id);
		}
	}
	return found;
}
