/**
 * The class dashboard worked out from a roster (pure, so it is unit-tested and timed by
 * `npm run bench`): the matrix of learners × lessons, totals in words, the steps where most
 * learners needed hints or made mistakes, time per lesson, and the sorting and filtering of
 * learners. Lessons come in the course's order; a lesson key this device does not know (a
 * learner on a newer version of the site) gets a column of its own, never dropped.
 */
import { HELP_LEVEL_NAMES, type HelpLevel } from '$lib/lessons/model';
import type { Roster, RosterLearner, RosterLesson } from '../roster';
import {
	lesson_hints,
	lesson_key,
	lesson_mistakes,
	step_key,
	type CatalogLesson
} from '../summary';

export type CellStatus = 'done' | 'doing' | 'none';

/** A cell's status in words: the matrix and the phone's list say it, never colour alone. */
export const STATUS_WORDS: Record<CellStatus, string> = {
	done: 'Đã xong',
	doing: 'Đang học',
	none: 'Chưa học'
};

export interface Cell {
	status: CellStatus;
	score: number | null;
	level: HelpLevel | null;
	attempts: number;
	minutes: number;
	hints: number;
	mistakes: number;
}

export interface Column {
	key: string;
	/** the lesson's id on this device (for links), absent for an unknown key */
	lesson_id?: string;
	title: string;
	/** 1-based place in the course */
	number: number;
	chapter: string;
	/** a lesson of the "Nộp hồ sơ" kind: finishing it means a mock filing went through */
	submits: boolean;
}

export interface Row {
	learner_id: string;
	name: string;
	/** when the learner's device made the latest record merged */
	sent_at: number;
	/** one a column, in column order */
	cells: Cell[];
	done: number;
	started: number;
	minutes: number;
	/** mean best score of finished lessons, rounded, or null */
	mean_score: number | null;
	/** finished at least one lesson where a dossier is filed */
	submitted: boolean;
}

export interface LessonTotals {
	column: Column;
	done: number;
	doing: number;
	none: number;
	/** mean minutes of the learners who started it, rounded, or null */
	mean_minutes: number | null;
	mean_score: number | null;
}

export interface HardStep {
	column: Column;
	step_key: string;
	step_id?: string;
	step_title?: string;
	/** 1-based step number in its lesson, when known */
	step_number?: number;
	/** learners who needed a hint or made a mistake there */
	learners: number;
	/** their names, in the roster's order: who is stuck where */
	names: string[];
	hints: number;
	mistakes: number;
}

export interface Dashboard {
	columns: Column[];
	rows: Row[];
	lessons: LessonTotals[];
	hard_steps: HardStep[];
	totals: {
		learners: number;
		started: number;
		submitted: number;
		/** finished every lesson of the course */
		finished_course: number;
	};
}

const NONE: Cell = Object.freeze({
	status: 'none',
	score: null,
	level: null,
	attempts: 0,
	minutes: 0,
	hints: 0,
	mistakes: 0
}) as Cell;

/** Lessons whose finish means the learner filed a mock dossier (the "Nộp hồ sơ" lessons). */
export function submits_dossier(lesson_id: string) {
	const [chapter, lesson] = lesson_id.split('/');
	return chapter === 'nop-ho-so' || (lesson ?? '').startsWith('nop-ho-so');
}

export function columns_of(catalog: readonly CatalogLesson[], roster: Roster): Column[] {
	const columns: Column[] = catalog.map((lesson, i) => ({
		key: lesson_key(lesson.id),
		lesson_id: lesson.id,
		title: lesson.title,
		number: i + 1,
		chapter: lesson.id.split('/')[0],
		submits: submits_dossier(lesson.id)
	}));
	const known = new Set(columns.map((c) => c.key));
	const unknown = new Set<string>();
	for (const learner of roster.learners)
		for (const lesson of learner.lessons) if (!known.has(lesson.key)) unknown.add(lesson.key);
	for (const key of [...unknown].sort()) {
		columns.push({
			key,
			title: `Bài học chưa có trên máy này (mã ${key})`,
			number: columns.length + 1,
			chapter: '',
			submits: false
		});
	}
	return columns;
}

function cell_of(lesson: RosterLesson | undefined): Cell {
	if (!lesson) return NONE;
	return {
		status: lesson.status === 'completed' ? 'done' : 'doing',
		score: lesson.score,
		level: lesson.level,
		attempts: lesson.attempts,
		minutes: lesson.minutes,
		hints: lesson_hints(lesson),
		mistakes: lesson_mistakes(lesson)
	};
}

function row_of(learner: RosterLearner, columns: Column[], index: Map<string, number>): Row {
	const cells: Cell[] = new Array(columns.length).fill(NONE);
	for (const lesson of learner.lessons) {
		const at = index.get(lesson.key);
		if (at !== undefined) cells[at] = cell_of(lesson);
	}
	let done = 0;
	let started = 0;
	let minutes = 0;
	let score_sum = 0;
	let scored = 0;
	let submitted = false;
	cells.forEach((cell, i) => {
		if (cell.status === 'none') return;
		started++;
		minutes += cell.minutes;
		if (cell.status !== 'done') return;
		done++;
		if (columns[i].submits) submitted = true;
		if (cell.score !== null) {
			score_sum += cell.score;
			scored++;
		}
	});
	return {
		learner_id: learner.learner_id,
		name: learner.name,
		sent_at: learner.sent_at,
		cells,
		done,
		started,
		minutes,
		mean_score: scored ? Math.round(score_sum / scored) : null,
		submitted
	};
}

/** Names in a sentence, the first `shown` of them: "Bà Lan, Ông Ba và 3 người khác". */
/** A learner's lesson in words: "Đã xong, điểm cao nhất 85, mức trợ giúp: Tự làm." */
export function cell_words(cell: Cell) {
	return [
		STATUS_WORDS[cell.status],
		cell.score !== null ? `, điểm cao nhất ${cell.score}` : '',
		cell.level ? `, mức trợ giúp: ${HELP_LEVEL_NAMES[cell.level]}` : '',
		'.'
	].join('');
}

/** The help a learner needed in a lesson, in words ("" when none). */
export function cell_help(cell: Cell) {
	const parts = [
		cell.hints ? `${cell.hints} lần xem gợi ý` : '',
		cell.mistakes ? `${cell.mistakes} lần làm sai` : ''
	].filter(Boolean);
	return parts.length ? `Cần giúp: ${parts.join(', ')}.` : '';
}

export function names_of(names: readonly string[], shown = 6) {
	if (names.length <= shown) return names.join(', ');
	return `${names.slice(0, shown).join(', ')} và ${names.length - shown} người khác`;
}

/** The whole dashboard of a class. `hard_limit` caps the list of hard steps. */
export function aggregate(
	roster: Roster,
	catalog: readonly CatalogLesson[],
	hard_limit = 10
): Dashboard {
	const columns = columns_of(catalog, roster);
	const index = new Map(columns.map((c, i) => [c.key, i]));
	const rows = roster.learners.map((l) => row_of(l, columns, index));

	const lessons: LessonTotals[] = columns.map((column, i) => {
		let done = 0;
		let doing = 0;
		let minutes = 0;
		let score_sum = 0;
		let scored = 0;
		for (const row of rows) {
			const cell = row.cells[i];
			if (cell.status === 'none') continue;
			minutes += cell.minutes;
			if (cell.status === 'doing') doing++;
			else {
				done++;
				if (cell.score !== null) {
					score_sum += cell.score;
					scored++;
				}
			}
		}
		const started = done + doing;
		return {
			column,
			done,
			doing,
			none: rows.length - started,
			mean_minutes: started ? Math.round(minutes / started) : null,
			mean_score: scored ? Math.round(score_sum / scored) : null
		};
	});

	// steps: learners with trouble there, then hints + mistakes
	const steps = new Map<string, HardStep>();
	const step_info = new Map<string, Map<string, { id: string; title: string; number: number }>>();
	for (const lesson of catalog) {
		step_info.set(
			lesson_key(lesson.id),
			new Map(lesson.steps.map((s, i) => [step_key(s.id), { ...s, number: i + 1 }]))
		);
	}
	for (const learner of roster.learners) {
		for (const lesson of learner.lessons) {
			const at = index.get(lesson.key);
			if (at === undefined) continue;
			for (const step of lesson.steps) {
				const id = `${lesson.key}/${step.key}`;
				let hard = steps.get(id);
				if (!hard) {
					const info = step_info.get(lesson.key)?.get(step.key);
					hard = {
						column: columns[at],
						step_key: step.key,
						...(info ? { step_id: info.id, step_title: info.title, step_number: info.number } : {}),
						learners: 0,
						names: [],
						hints: 0,
						mistakes: 0
					};
					steps.set(id, hard);
				}
				hard.learners++;
				hard.names.push(learner.name);
				hard.hints += step.hints;
				hard.mistakes += step.mistakes;
			}
		}
	}
	const hard_steps = [...steps.values()]
		.sort(
			(a, b) =>
				b.learners - a.learners ||
				b.hints + b.mistakes - (a.hints + a.mistakes) ||
				a.column.number - b.column.number ||
				(a.step_number ?? 999) - (b.step_number ?? 999) ||
				a.step_key.localeCompare(b.step_key)
		)
		.slice(0, hard_limit);

	const course = catalog.length;
	return {
		columns,
		rows,
		lessons,
		hard_steps,
		totals: {
			learners: rows.length,
			started: rows.filter((r) => r.started > 0).length,
			submitted: rows.filter((r) => r.submitted).length,
			finished_course: course
				? rows.filter((r) => r.cells.slice(0, course).every((c) => c.status === 'done')).length
				: 0
		}
	};
}

/** The totals as sentences a trainer can read out or report upward. */
export function totals_sentences(dashboard: Dashboard): string[] {
	const { learners, started, submitted, finished_course } = dashboard.totals;
	if (learners === 0) return ['Lớp chưa có tiến độ của người học nào.'];
	return [
		`${started}/${learners} người đã bắt đầu học.`,
		`${submitted}/${learners} người đã nộp thử hồ sơ thành công.`,
		`${finished_course}/${learners} người đã học xong cả khóa.`
	];
}

export type SortKey = 'name' | 'done' | 'least' | 'recent';

export const SORT_LABELS: Record<SortKey, string> = {
	name: 'Theo tên (A–Z)',
	done: 'Học được nhiều bài nhất trước',
	least: 'Học được ít bài nhất trước',
	recent: 'Gửi tiến độ gần đây nhất trước'
};

export type RowFilter = 'all' | 'not-submitted' | 'not-started' | 'unfinished';

export const FILTER_LABELS: Record<RowFilter, string> = {
	all: 'Mọi người học',
	'not-submitted': 'Chưa nộp thử hồ sơ',
	unfinished: 'Chưa học xong cả khóa',
	'not-started': 'Chưa bắt đầu bài nào'
};

function fold(text: string) {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/g, 'd')
		.replace(/Đ/g, 'D')
		.toLocaleLowerCase('vi');
}

/** Rows filtered by a name (diacritics ignored: "lan" finds "Lân") and a kind, then sorted. */
export function view_rows(
	dashboard: Dashboard,
	options: { sort?: SortKey; filter?: RowFilter; name?: string } = {}
): Row[] {
	const { sort = 'name', filter = 'all', name = '' } = options;
	const wanted = fold(name.trim());
	const course = dashboard.columns.filter((c) => c.lesson_id).length;
	const rows = dashboard.rows.filter((row) => {
		if (wanted && !fold(row.name).includes(wanted)) return false;
		if (filter === 'not-submitted') return !row.submitted;
		if (filter === 'not-started') return row.started === 0;
		if (filter === 'unfinished') return row.cells.slice(0, course).some((c) => c.status !== 'done');
		return true;
	});
	const by_name = (a: Row, b: Row) =>
		a.name.localeCompare(b.name, 'vi') || a.learner_id.localeCompare(b.learner_id);
	const compare: Record<SortKey, (a: Row, b: Row) => number> = {
		name: by_name,
		done: (a, b) => b.done - a.done || b.started - a.started || by_name(a, b),
		least: (a, b) => a.done - b.done || a.started - b.started || by_name(a, b),
		recent: (a, b) => b.sent_at - a.sent_at || by_name(a, b)
	};
	return rows.sort(compare[sort]);
}
