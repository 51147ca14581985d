/**
 * A learner's progress in one lesson as it is stored (table `progress`, one record per learner
 * and lesson, database version 4), and the pure rules that read, convert and merge it.
 *
 * ## The stored record (`schema: 2`)
 *
 * - Every attempt is kept: starting a lesson again ("Học lại bài này") adds an attempt, it never
 *   replaces one. An attempt holds when it started and finished, its score, the help level, the
 *   step the learner is on, the hints and mistakes of that step, one record per step done (help
 *   level, hints, mistakes, time, answer) and its totals.
 * - Steps are named by their stable id (the step's file name without its number, LessonStep.id),
 *   never by their position, so a record outlives edits to the lesson. Each attempt also keeps
 *   the lesson's ordered step ids and their short hash (`content_version`) from its last save, so
 *   the learner can resume at the nearest following step when the step they were on is removed.
 * - The lesson's `status` is the best it ever reached and its `score` the best finished score:
 *   once an attempt finished, the lesson stays completed (the certificate stays earned).
 * - The current attempt is the one started last.
 *
 * ## In the player
 *
 * The lesson player (src/lib/lessons/player.ts) keeps working on its in-memory PlayerState (a
 * step index for the lesson as it is now). `attempt_to_state` turns a stored attempt into that
 * state for the current content; `state_to_attempt` turns it back, keeping what the state cannot
 * hold (records of steps the lesson no longer has).
 *
 * ## Two tabs
 *
 * Saves never put a copy blindly: they read the stored record and `merge_progress` it with the
 * new one in one transaction. Merging is idempotent and never loses anything: attempts are
 * united by id, step records by step id, the position is the further one by lesson order, the
 * counters and totals never decrease, and a finished attempt stays finished.
 *
 * Records written by database version 3 (`state: PlayerState`) are converted by `from_v3`.
 */
import type { HelpLevel } from '$lib/lessons/model';
import { lesson_score, type PlayerState, type StepRecord } from '$lib/lessons/player';

export const PROGRESS_SCHEMA = 2;

/** Totals over one attempt: derived from its step records and the step in hand. */
export interface AttemptTotals {
	hints: number;
	mistakes: number;
	/** time spent on the steps done */
	time_ms: number;
}

export interface Attempt {
	/** random (a UUID); attempts converted from database version 3 start with `v3-` */
	id: string;
	started_at: number;
	/** set when the attempt reached the end of the lesson; never unset */
	finished_at?: number;
	/** 0–100 once finished (player.ts explains the scoring); null before */
	score: number | null;
	/** the help level the learner used last */
	level: HelpLevel;
	/** the step the learner is on; absent once finished, or when unknown (from version 3) */
	step_id?: string;
	step_started_at: number;
	/** hints opened and mistakes made on the step the learner is on (not yet in `steps`) */
	hints_shown: number;
	mistakes: number;
	/** one record per step done, by step id, in the order they were done */
	steps: StepRecord[];
	/** the lesson's step ids, in order, at this attempt's last save */
	step_ids: string[];
	/** short hash of `step_ids` ('v3' when converted from version 3, where it was unknown) */
	content_version: string;
	totals: AttemptTotals;
	updated_at: number;
}

export interface LessonProgress {
	schema: typeof PROGRESS_SCHEMA;
	learner_id: string;
	lesson_id: string;
	/** the best the lesson ever reached: 'completed' once any attempt finished, for good */
	status: 'in-progress' | 'completed';
	/** the best finished attempt's score, 0–100; null before any attempt finished */
	score: number | null;
	/** when the lesson was first completed */
	completed_at?: number;
	/** when the first attempt started */
	started_at: number;
	updated_at: number;
	/** the lesson's content version at the latest save */
	content_version: string;
	/** every attempt, oldest first */
	attempts: Attempt[];
}

/** A short hash (FNV-1a, 8 hex digits) of a lesson's ordered step ids. */
export function content_version(step_ids: readonly string[]): string {
	let hash = 0x811c9dc5;
	for (const char of step_ids.join('\n')) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The ordered step ids of each lesson, by lesson id (for pages that list lessons). */
export function step_ids_by_lesson(
	lessons: readonly { id: string; steps: readonly { id: string }[] }[]
): Record<string, string[]> {
	return Object.fromEntries(lessons.map((l) => [l.id, l.steps.map((s) => s.id)]));
}

export function is_finished(attempt: Pick<Attempt, 'finished_at'>) {
	return attempt.finished_at !== undefined;
}

/** The attempt started last (the one a learner continues), if any. */
export function current_attempt(record: Pick<LessonProgress, 'attempts'>): Attempt | undefined {
	return record.attempts.reduce<Attempt | undefined>(
		(latest, a) => (!latest || later_start(a, latest) ? a : latest),
		undefined
	);
}

function later_start(a: Attempt, b: Attempt) {
	return a.started_at > b.started_at || (a.started_at === b.started_at && a.id > b.id);
}

/** How many times the learner finished the lesson. */
export function times_completed(record: Pick<LessonProgress, 'attempts'>) {
	return record.attempts.filter(is_finished).length;
}

/** A new attempt at the first step. */
export function new_attempt(
	id: string,
	level: HelpLevel,
	step_ids: readonly string[],
	now: number
): Attempt {
	return normalize_attempt({
		id,
		started_at: now,
		score: null,
		level,
		step_id: step_ids[0],
		step_started_at: now,
		hints_shown: 0,
		mistakes: 0,
		steps: [],
		step_ids: [...step_ids],
		content_version: content_version(step_ids),
		totals: { hints: 0, mistakes: 0, time_ms: 0 },
		updated_at: now
	});
}

/**
 * Where an unfinished attempt resumes in the lesson as it is now (a step index): the step the
 * learner was on if it still exists, else the nearest following one (in the order the attempt
 * last saw), else the first step not done after the nearest earlier one, else the first step not
 * done at all, else the last step. A finished attempt resumes at the end (`step_ids.length`).
 */
export function resume_index(
	attempt: Pick<Attempt, 'finished_at' | 'step_id' | 'step_ids' | 'steps'>,
	step_ids: readonly string[]
): number {
	if (is_finished(attempt)) return step_ids.length;
	const at = attempt.step_id;
	if (at !== undefined && step_ids.includes(at)) return step_ids.indexOf(at);
	const old = attempt.step_ids;
	const known = at !== undefined && old.includes(at);
	const position = known ? old.indexOf(at) : old.length;
	for (const id of old.slice(position + 1)) {
		if (step_ids.includes(id)) return step_ids.indexOf(id);
	}
	const earlier = old
		.slice(0, position)
		.reverse()
		.find((id) => step_ids.includes(id));
	const from = earlier === undefined ? 0 : step_ids.indexOf(earlier) + 1;
	const done = new Set(attempt.steps.map((s) => s.step_id));
	for (let i = from; i < step_ids.length; i++) if (!done.has(step_ids[i])) return i;
	const open = step_ids.findIndex((id) => !done.has(id));
	return open >= 0 ? open : Math.max(0, step_ids.length - 1);
}

/**
 * Where the learner would continue a lesson: its current attempt's step, numbered for the
 * lesson as it is now. Null when there is nothing to continue (no attempt, or the current
 * attempt is finished).
 */
export function resume_point(
	record: Pick<LessonProgress, 'attempts'> | null | undefined,
	step_ids: readonly string[]
): { step_id: string; step_number: number; step_count: number } | null {
	const attempt = record && current_attempt(record);
	if (!attempt || is_finished(attempt) || step_ids.length === 0) return null;
	const index = resume_index(attempt, step_ids);
	return { step_id: step_ids[index], step_number: index + 1, step_count: step_ids.length };
}

/** The player's in-memory state for a stored attempt, for the lesson as it is now. */
export function attempt_to_state(
	attempt: Attempt,
	lesson_id: string,
	step_ids: readonly string[]
): PlayerState {
	const present = new Set(step_ids);
	const finished = is_finished(attempt);
	return {
		lesson_id,
		level: attempt.level,
		index: resume_index(attempt, step_ids),
		step_started_at: attempt.step_started_at,
		hints_shown: finished ? 0 : attempt.hints_shown,
		mistakes: finished ? 0 : attempt.mistakes,
		records: attempt.steps.filter((s) => present.has(s.step_id)).map((s) => ({ ...s })),
		started_at: attempt.started_at,
		...(finished ? { finished_at: attempt.finished_at } : {})
	};
}

/**
 * The attempt after the player changed its state: `previous` is the attempt as last stored;
 * records of steps the lesson no longer has are kept from it.
 */
export function state_to_attempt(
	state: PlayerState,
	previous: Attempt,
	step_ids: readonly string[],
	now: number
): Attempt {
	const finished =
		is_finished(previous) || state.finished_at !== undefined || state.index >= step_ids.length;
	const finished_at = previous.finished_at ?? state.finished_at ?? (finished ? now : undefined);
	return normalize_attempt({
		id: previous.id,
		started_at: Math.min(previous.started_at, state.started_at),
		...(finished_at !== undefined ? { finished_at } : {}),
		score: finished ? (previous.score ?? lesson_score(state.records) ?? 0) : null,
		level: state.level,
		...(finished ? {} : { step_id: step_ids[state.index] }),
		step_started_at: state.step_started_at,
		hints_shown: state.hints_shown,
		mistakes: state.mistakes,
		steps: union_steps(previous.steps, state.records),
		step_ids: [...step_ids],
		content_version: content_version(step_ids),
		totals: previous.totals,
		updated_at: Math.max(now, previous.updated_at)
	});
}

/** Step records united by step id; of two records of one step the first done is kept. */
function union_steps(a: readonly StepRecord[], b: readonly StepRecord[]): StepRecord[] {
	const by_id = new Map<string, StepRecord>();
	for (const record of [...a, ...b]) {
		const kept = by_id.get(record.step_id);
		if (!kept || first_of(record, kept) === record) by_id.set(record.step_id, record);
	}
	return [...by_id.values()];
}

function first_of(a: StepRecord, b: StepRecord) {
	if (a.completed_at !== b.completed_at) return a.completed_at < b.completed_at ? a : b;
	return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/** The attempt with its derived fields recomputed and its steps in the order they were done. */
function normalize_attempt(attempt: Attempt): Attempt {
	const finished = is_finished(attempt);
	const steps = [...attempt.steps]
		.sort((a, b) => a.completed_at - b.completed_at || a.step_id.localeCompare(b.step_id))
		.map((s) => ({ ...s }));
	const hints_shown = finished ? 0 : attempt.hints_shown;
	const mistakes = finished ? 0 : attempt.mistakes;
	const { step_id: _unused, finished_at: _also, ...rest } = attempt;
	return {
		...rest,
		...(finished ? { finished_at: attempt.finished_at } : {}),
		...(!finished && attempt.step_id !== undefined ? { step_id: attempt.step_id } : {}),
		hints_shown,
		mistakes,
		steps,
		step_ids: [...attempt.step_ids],
		totals: {
			hints: steps.reduce((n, s) => n + s.hints_used, hints_shown),
			mistakes: steps.reduce((n, s) => n + s.mistakes, mistakes),
			time_ms: steps.reduce((n, s) => n + s.time_ms, 0)
		}
	};
}

/** How far an attempt is, by the lesson's order now (finished is furthest). */
function rank(attempt: Attempt, step_ids: readonly string[]) {
	return is_finished(attempt) ? Infinity : resume_index(attempt, step_ids);
}

function newer_of(a: Attempt, b: Attempt) {
	if (a.updated_at !== b.updated_at) return a.updated_at > b.updated_at ? a : b;
	return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function min_defined(...values: (number | undefined)[]) {
	const defined = values.filter((v): v is number => v !== undefined);
	return defined.length ? Math.min(...defined) : undefined;
}

function max_score(...values: (number | null | undefined)[]) {
	const defined = values.filter((v): v is number => typeof v === 'number');
	return defined.length ? Math.max(...defined) : null;
}

/**
 * Two saved copies of one attempt (two tabs) made one: the further position by the lesson's
 * order `step_ids`, every step record of both, counters that never decrease, and a finish that
 * is never lost. Idempotent and the same in either order.
 */
export function merge_attempts(a: Attempt, b: Attempt, step_ids: readonly string[]): Attempt {
	if (a.id !== b.id) throw new Error(`cannot merge attempts ${a.id} and ${b.id}`);
	const newer = newer_of(a, b);
	const finished_at = min_defined(a.finished_at, b.finished_at);
	const [rank_a, rank_b] = [rank(a, step_ids), rank(b, step_ids)];
	const ahead = rank_a > rank_b ? a : rank_b > rank_a ? b : newer;
	const same_place = rank_a === rank_b;
	return normalize_attempt({
		id: a.id,
		started_at: Math.min(a.started_at, b.started_at),
		...(finished_at !== undefined ? { finished_at } : {}),
		score: finished_at !== undefined ? (max_score(a.score, b.score) ?? 0) : null,
		level: newer.level,
		...(ahead.step_id !== undefined ? { step_id: ahead.step_id } : {}),
		step_started_at: same_place
			? Math.min(a.step_started_at, b.step_started_at)
			: ahead.step_started_at,
		hints_shown: same_place ? Math.max(a.hints_shown, b.hints_shown) : ahead.hints_shown,
		mistakes: same_place ? Math.max(a.mistakes, b.mistakes) : ahead.mistakes,
		steps: union_steps(a.steps, b.steps),
		step_ids: newer.step_ids,
		content_version: newer.content_version,
		totals: newer.totals,
		updated_at: Math.max(a.updated_at, b.updated_at)
	});
}

/** A record holding one attempt (to be merged into the stored one). */
export function record_of(learner_id: string, lesson_id: string, attempt: Attempt): LessonProgress {
	return build_record(learner_id, lesson_id, [attempt], []);
}

/**
 * The stored record and a new one made one (see merge_attempts). Status, best score and first
 * completion are recomputed from the attempts and never drop below either record's.
 */
export function merge_progress(
	stored: LessonProgress | undefined,
	incoming: LessonProgress,
	step_ids: readonly string[]
): LessonProgress {
	const by_id = new Map<string, Attempt>();
	for (const attempt of [...(stored?.attempts ?? []), ...incoming.attempts]) {
		const kept = by_id.get(attempt.id);
		by_id.set(attempt.id, kept ? merge_attempts(kept, attempt, step_ids) : attempt);
	}
	return build_record(
		incoming.learner_id,
		incoming.lesson_id,
		[...by_id.values()],
		[...(stored ? [stored] : []), incoming]
	);
}

function build_record(
	learner_id: string,
	lesson_id: string,
	attempts: Attempt[],
	earlier: LessonProgress[]
): LessonProgress {
	const sorted = attempts
		.map(normalize_attempt)
		.sort((a, b) => a.started_at - b.started_at || a.id.localeCompare(b.id));
	const finished = sorted.filter(is_finished);
	const completed_at = min_defined(
		...earlier.map((r) => r.completed_at),
		...finished.map((a) => a.finished_at)
	);
	const completed =
		finished.length > 0 ||
		completed_at !== undefined ||
		earlier.some((r) => r.status === 'completed');
	const latest = sorted.reduce<Attempt | undefined>(
		(n, a) => (!n || a.updated_at >= n.updated_at ? a : n),
		undefined
	);
	const updated_at = Math.max(
		0,
		...sorted.map((a) => a.updated_at),
		...earlier.map((r) => r.updated_at)
	);
	const newest_record = earlier.reduce<LessonProgress | undefined>(
		(n, r) => (!n || r.updated_at > n.updated_at ? r : n),
		undefined
	);
	return {
		schema: PROGRESS_SCHEMA,
		learner_id,
		lesson_id,
		status: completed ? 'completed' : 'in-progress',
		score: completed
			? max_score(...earlier.map((r) => r.score), ...finished.map((a) => a.score))
			: null,
		...(completed_at !== undefined ? { completed_at } : {}),
		started_at:
			min_defined(...sorted.map((a) => a.started_at), ...earlier.map((r) => r.started_at)) ?? 0,
		updated_at,
		content_version:
			latest && (!newest_record || latest.updated_at >= newest_record.updated_at)
				? latest.content_version
				: (newest_record?.content_version ?? ''),
		attempts: sorted
	};
}

// ── records from database version 3 ────────────────────────────────────────────────────────

/** A progress record as database version 3 stored it: the player state as it was. */
export interface ProgressV3 {
	learner_id: string;
	lesson_id: string;
	status: 'in-progress' | 'completed';
	state: PlayerState;
	score: number | null;
	started_at: number;
	updated_at: number;
	completed_at?: number;
}

/** A lesson completion found in the xAPI statements (kept even when version 3 lost it). */
export interface PastCompletion {
	statement_id: string;
	finished_at: number;
	score: number | null;
	time_ms: number;
}

/**
 * A version-3 record as a version-2 record, losing nothing: its one attempt keeps every step
 * record, the step in hand and its counters; a completed record becomes a finished attempt.
 *
 * Version 3 overwrote a finished lesson when the learner started it again; the xAPI statements
 * kept each completion. `past` lists those completions: each one before the record's attempt
 * began comes back as a finished attempt (without step records, which were overwritten), so the
 * lesson is completed again and the certificate earned again.
 */
export function from_v3(old: ProgressV3, past: readonly PastCompletion[] = []): LessonProgress {
	// Defaults only guard against a damaged record: an upgrade must never stop the database opening.
	const state: Partial<PlayerState> = old.state ?? {};
	const level = state.level ?? 'huong-dan';
	const started_at = state.started_at ?? old.started_at ?? old.updated_at ?? 0;
	const finished_at =
		state.finished_at ??
		(old.status === 'completed' ? (old.completed_at ?? old.updated_at ?? started_at) : undefined);
	const records = state.records ?? [];
	const current: Attempt = normalize_attempt({
		id: `v3-${started_at}`,
		started_at,
		...(finished_at !== undefined ? { finished_at } : {}),
		score: finished_at !== undefined ? (old.score ?? lesson_score(records) ?? 0) : null,
		level,
		step_started_at: state.step_started_at ?? started_at,
		hints_shown: state.hints_shown ?? 0,
		mistakes: state.mistakes ?? 0,
		steps: records,
		// Version 3 did not keep the lesson's order; the steps done are its first steps, in order.
		step_ids: records.map((r) => r.step_id),
		content_version: 'v3',
		totals: { hints: 0, mistakes: 0, time_ms: 0 },
		updated_at: old.updated_at ?? started_at
	});
	const recovered = past
		.filter((p) => p.finished_at < started_at)
		.map((p): Attempt =>
			normalize_attempt({
				id: `v3-xapi-${p.statement_id}`,
				started_at: p.finished_at - p.time_ms,
				finished_at: p.finished_at,
				score: p.score ?? 0,
				level,
				step_started_at: p.finished_at,
				hints_shown: 0,
				mistakes: 0,
				steps: [],
				step_ids: [],
				content_version: 'v3',
				totals: { hints: 0, mistakes: 0, time_ms: 0 },
				updated_at: p.finished_at
			})
		);
	const record = build_record(old.learner_id, old.lesson_id, [...recovered, current], []);
	return {
		...record,
		started_at: Math.min(record.started_at, old.started_at),
		updated_at: Math.max(record.updated_at, old.updated_at)
	};
}

/** Reads `PT84S` (as xapi.ts writes it) into milliseconds; 0 when absent or unreadable. */
export function duration_ms(iso: string | undefined): number {
	const match = /^PT(\d+(?:\.\d+)?)S$/.exec(iso ?? '');
	return match ? Math.round(Number(match[1]) * 1000) : 0;
}

/** What a list of lessons shows of one lesson: the best reached, and where to continue. */
export interface LessonStanding {
	completed: boolean;
	/** best finished score */
	score: number | null;
	/** when first completed */
	completed_at?: number;
	/** how many attempts finished */
	times_done: number;
	/** the step the current unfinished attempt is on, if any */
	resume: ReturnType<typeof resume_point>;
}

export function lesson_standing(
	record: LessonProgress | null | undefined,
	step_ids: readonly string[]
): LessonStanding | null {
	if (!record) return null;
	return {
		completed: record.status === 'completed',
		score: record.score,
		...(record.completed_at !== undefined ? { completed_at: record.completed_at } : {}),
		times_done: Math.max(times_completed(record), record.status === 'completed' ? 1 : 0),
		resume: resume_point(record, step_ids)
	};
}
