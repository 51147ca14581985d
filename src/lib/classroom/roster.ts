/**
 * A class's roster on the trainer's device, and the rules that merge a learner's summary into
 * it. Every summary a learner's device makes holds everything it made before (records only
 * grow there), so the merge is a join: counts, minutes and hints are the larger, a completion and
 * its first day are kept for good, the best score is the best, and what may go down (an
 * unfinished lesson's help level, the learner's name) comes from the later summary. So merging
 * is idempotent (the same import twice changes nothing), commutative and associative (imports
 * in any order give the same roster), every attempt counted once stays counted, and a
 * completion is never lost, even when an older or smaller summary comes later.
 */
import { IMPORT_ERRORS } from './messages';
import {
	LEVEL_RANK,
	short_lesson_key,
	type CatalogKeys,
	type LearnerSummary,
	type LessonSummary,
	type StepTrouble
} from './summary';
import type { Result } from './transfer';

/** A lesson as the roster keeps it: the summary, and when its help level was last seen. */
export interface RosterLesson extends LessonSummary {
	/** sent_at of the summary the help level came from (for unfinished lessons) */
	seen_at: number;
}

export interface RosterLearner {
	learner_id: string;
	/** the name in the latest summary */
	name: string;
	/** sent_at of the latest summary merged */
	sent_at: number;
	/** by key */
	lessons: RosterLesson[];
}

export interface Roster {
	class_code: string;
	/** by learner id */
	learners: RosterLearner[];
}

export function empty_roster(class_code: string): Roster {
	return { class_code, learners: [] };
}

function later(a: { at: number; tie: string }, b: { at: number; tie: string }) {
	return a.at > b.at || (a.at === b.at && a.tie >= b.tie);
}

function max_null(a: number | null, b: number | null) {
	return a === null ? b : b === null ? a : Math.max(a, b);
}

function min_undefined(a: number | undefined, b: number | undefined) {
	return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

function merge_steps(a: readonly StepTrouble[], b: readonly StepTrouble[]): StepTrouble[] {
	const by_key = new Map<string, StepTrouble>();
	for (const step of [...a, ...b]) {
		const kept = by_key.get(step.key);
		by_key.set(
			step.key,
			kept
				? {
						key: step.key,
						hints: Math.max(kept.hints, step.hints),
						mistakes: Math.max(kept.mistakes, step.mistakes)
					}
				: { ...step }
		);
	}
	return [...by_key.values()].sort((x, y) => x.key.localeCompare(y.key));
}

/** Two records of one lesson of one learner made one (see the module's rules). */
export function merge_lesson(a: RosterLesson, b: RosterLesson): RosterLesson {
	if (a.key !== b.key) throw new Error(`cannot merge lessons ${a.key} and ${b.key}`);
	const done_a = a.status === 'completed';
	const done_b = b.status === 'completed';
	const completed = done_a || done_b;
	// A completed lesson's level is the most independent finished one: it only rises.
	// An unfinished lesson's level is the one in hand: the later summary's.
	const level_from =
		done_a && !done_b
			? a
			: done_b && !done_a
				? b
				: completed
					? LEVEL_RANK[a.level] >= LEVEL_RANK[b.level]
						? a
						: b
					: later({ at: a.seen_at, tie: a.level }, { at: b.seen_at, tie: b.level })
						? a
						: b;
	const completed_on = min_undefined(a.completed_on, b.completed_on);
	return {
		key: a.key,
		status: completed ? 'completed' : 'in-progress',
		score: completed ? max_null(a.score, b.score) : null,
		level: level_from.level,
		attempts: Math.max(a.attempts, b.attempts),
		finished: Math.max(a.finished, b.finished),
		minutes: Math.max(a.minutes, b.minutes),
		...(completed_on !== undefined ? { completed_on } : {}),
		steps: merge_steps(a.steps, b.steps),
		seen_at: Math.max(a.seen_at, b.seen_at)
	};
}

/** A summary as a roster learner (before merging it). */
export function roster_learner(summary: LearnerSummary): RosterLearner {
	return {
		learner_id: summary.learner_id,
		name: summary.name,
		sent_at: summary.sent_at,
		lessons: summary.lessons
			// keys are short already: decoding turns a version-1 key into its short key
			.map((l) => ({ ...l, steps: l.steps.map((s) => ({ ...s })), seen_at: summary.sent_at }))
			.sort((x, y) => x.key.localeCompare(y.key))
	};
}

/**
 * Two records of one learner made one. Lessons meet by short key: a lesson stored from a
 * version-1 summary (6-hex key) and the same lesson from a version-2 one (4-hex key) are one.
 */
export function merge_learner(a: RosterLearner, b: RosterLearner): RosterLearner {
	if (a.learner_id !== b.learner_id) throw new Error('cannot merge two learners');
	const newer = later({ at: a.sent_at, tie: a.name }, { at: b.sent_at, tie: b.name }) ? a : b;
	const by_key = new Map<string, RosterLesson>();
	for (const stored of [...a.lessons, ...b.lessons]) {
		// the one place a roster's keys become short: every merge (an import, a restore, the
		// database upgrade through normalize_roster) comes through here
		const lesson = { ...stored, key: short_lesson_key(stored.key) };
		const kept = by_key.get(lesson.key);
		by_key.set(lesson.key, kept ? merge_lesson(kept, lesson) : lesson);
	}
	return {
		learner_id: a.learner_id,
		name: newer.name,
		sent_at: Math.max(a.sent_at, b.sent_at),
		lessons: [...by_key.values()].sort((x, y) => x.key.localeCompare(y.key))
	};
}

/**
 * A roster with every lesson under its short key, the records of one lesson kept under both key
 * forms merged: for rosters stored or backed up before format version 2. Unchanged when it
 * holds short keys only.
 */
export function normalize_roster(roster: Roster): Roster {
	if (roster.learners.every((l) => l.lessons.every((x) => x.key === short_lesson_key(x.key))))
		return roster;
	return merge_rosters(roster, empty_roster(roster.class_code));
}

/** Two rosters of one class made one (e.g. a backup restored onto a device that had the class). */
export function merge_rosters(a: Roster, b: Roster): Roster {
	const by_id = new Map<string, RosterLearner>();
	for (const learner of [...a.learners, ...b.learners]) {
		const kept = by_id.get(learner.learner_id);
		// merging a learner with itself alone puts its lessons under their short keys
		by_id.set(learner.learner_id, merge_learner(kept ?? { ...learner, lessons: [] }, learner));
	}
	return {
		class_code: a.class_code,
		learners: [...by_id.values()].sort((x, y) => x.learner_id.localeCompare(y.learner_id))
	};
}

// ── import, with a preview first ────────────────────────────────────────────────────────────

export interface LessonChange {
	key: string;
	/** absent for a lesson the roster did not have */
	before?: RosterLesson;
	after: RosterLesson;
	/** the lesson became completed with this import */
	completed_now: boolean;
}

export interface ImportPreview {
	learner_id: string;
	name: string;
	new_learner: boolean;
	/** the learner's name before, when the import renames them */
	renamed_from?: string;
	/** the lessons that change, by key */
	changes: LessonChange[];
	/** true when importing would change nothing at all */
	nothing_new: boolean;
}

function same_lesson(a: RosterLesson, b: RosterLesson) {
	return JSON.stringify(a) === JSON.stringify(b);
}

/** What importing a summary would change, without changing anything. */
export function preview_import(roster: Roster, summary: LearnerSummary): Result<ImportPreview> {
	if (summary.class_code !== roster.class_code) {
		return {
			ok: false,
			reason: 'wrong_class',
			message: IMPORT_ERRORS.wrong_class(summary.class_code, roster.class_code)
		};
	}
	const incoming = roster_learner(summary);
	const before = roster.learners.find((l) => l.learner_id === summary.learner_id);
	const after = before ? merge_learner(before, incoming) : incoming;
	// by short key, as merge_learner meets them (a roster kept from format version 1 may not be)
	const old = new Map(
		(before?.lessons ?? []).map((l) => {
			const key = short_lesson_key(l.key);
			return [key, { ...l, key }];
		})
	);
	const changes: LessonChange[] = after.lessons
		.filter((l) => !old.has(l.key) || !same_lesson(old.get(l.key)!, l))
		.map((l) => {
			const was = old.get(l.key);
			return {
				key: l.key,
				...(was ? { before: was } : {}),
				after: l,
				completed_now: l.status === 'completed' && was?.status !== 'completed'
			};
		});
	const renamed = before && before.name !== after.name;
	return {
		ok: true,
		value: {
			learner_id: after.learner_id,
			name: after.name,
			new_learner: !before,
			...(renamed ? { renamed_from: before.name } : {}),
			changes,
			nothing_new: !!before && JSON.stringify(before) === JSON.stringify(after)
		}
	};
}

/** The roster with a summary merged in; a summary for another class changes nothing. */
export function import_summary(roster: Roster, summary: LearnerSummary): Result<Roster> {
	if (summary.class_code !== roster.class_code) {
		return {
			ok: false,
			reason: 'wrong_class',
			message: IMPORT_ERRORS.wrong_class(summary.class_code, roster.class_code)
		};
	}
	return {
		ok: true,
		value: merge_rosters(roster, {
			class_code: roster.class_code,
			learners: [roster_learner(summary)]
		})
	};
}

/** The preview in plain Vietnamese, one line a change, for the trainer to read before saving. */
export function describe_preview(preview: ImportPreview, keys: CatalogKeys): string[] {
	if (preview.nothing_new) return [`${preview.name}: không có gì mới, lớp giữ nguyên.`];
	const lines = [
		preview.new_learner
			? `Thêm người học mới: ${preview.name}.`
			: preview.renamed_from
				? `${preview.renamed_from} nay có tên ${preview.name}.`
				: `Cập nhật tiến độ của ${preview.name}.`
	];
	for (const change of preview.changes) {
		const title =
			keys.lessons.get(change.key)?.title ?? `Bài học chưa có trên máy này (mã ${change.key})`;
		const a = change.after;
		const score = a.score !== null ? `, điểm cao nhất ${a.score}` : '';
		lines.push(
			change.completed_now
				? `“${title}”: đã hoàn thành${score}.`
				: a.status === 'completed'
					? `“${title}”: đã hoàn thành${score}, ${a.attempts} lần làm.`
					: `“${title}”: đang học, ${a.attempts} lần làm.`
		);
	}
	return lines;
}
