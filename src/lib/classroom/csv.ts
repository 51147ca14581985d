/**
 * The class as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel shows
 * Vietnamese letters), one row per learner and lesson (lessons not started too), fields quoted
 * when they hold a separator, a quote or a line break (RFC 4180), lines ending in CRLF.
 * A field that a spreadsheet would run as a formula (=, +, -, @, tab, CR at its start) gets a
 * leading apostrophe: a learner's name is never a formula (OWASP "CSV injection").
 */
import { HELP_LEVEL_NAMES } from '$lib/lessons/model';
import type { Roster, RosterLesson } from './roster';
import {
	day_label,
	lesson_hints,
	lesson_key,
	lesson_mistakes,
	type CatalogLesson
} from './summary';

export const CSV_HEADER = [
	'Họ và tên',
	'Bài học',
	'Trạng thái',
	'Điểm cao nhất',
	'Mức trợ giúp',
	'Số lần làm',
	'Số lần hoàn thành',
	'Số gợi ý đã xem',
	'Số lần làm sai',
	'Thời gian (phút)',
	'Ngày hoàn thành đầu tiên'
];

const STATUS = { completed: 'Đã hoàn thành', 'in-progress': 'Đang học' } as const;
const NOT_STARTED = 'Chưa bắt đầu';

/** One field, escaped. */
export function csv_field(value: string | number, separator = ','): string {
	let text = String(value);
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return text.includes(separator) || /["\r\n]/.test(text)
		? `"${text.replaceAll('"', '""')}"`
		: text;
}

export function csv_line(fields: (string | number)[], separator = ',') {
	return fields.map((f) => csv_field(f, separator)).join(separator);
}

function lesson_row(name: string, title: string, lesson: RosterLesson | undefined) {
	if (!lesson) return [name, title, NOT_STARTED, '', '', 0, 0, 0, 0, 0, ''];
	return [
		name,
		title,
		STATUS[lesson.status],
		lesson.score ?? '',
		HELP_LEVEL_NAMES[lesson.level],
		lesson.attempts,
		lesson.finished,
		lesson_hints(lesson),
		lesson_mistakes(lesson),
		lesson.minutes,
		lesson.completed_on !== undefined ? day_label(lesson.completed_on) : ''
	];
}

/**
 * The class's CSV text, BOM first. Lessons in the course's order, then any lesson this device
 * does not know (by its key); learners by name. `separator` may be ';' for a spreadsheet set
 * to a locale whose list separator is the semicolon.
 */
export function class_csv(
	roster: Roster,
	catalog: readonly CatalogLesson[],
	separator: ',' | ';' = ','
): string {
	const known = new Set(catalog.map((l) => lesson_key(l.id)));
	const rows = [csv_line(CSV_HEADER, separator)];
	const learners = [...roster.learners].sort(
		(a, b) => a.name.localeCompare(b.name, 'vi') || a.learner_id.localeCompare(b.learner_id)
	);
	for (const learner of learners) {
		const by_key = new Map(learner.lessons.map((l) => [l.key, l]));
		for (const lesson of catalog) {
			rows.push(
				csv_line(
					lesson_row(learner.name, lesson.title, by_key.get(lesson_key(lesson.id))),
					separator
				)
			);
		}
		for (const lesson of learner.lessons.filter((l) => !known.has(l.key))) {
			rows.push(
				csv_line(
					lesson_row(learner.name, `Bài học chưa có trên máy này (mã ${lesson.key})`, lesson),
					separator
				)
			);
		}
	}
	return '\uFEFF' + rows.join('\r\n') + '\r\n';
}

/** A minimal RFC 4180 reader (for tests and for checking an export): rows of fields. */
export function parse_csv(text: string, separator = ','): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === separator) {
			row.push(field);
			field = '';
		} else if (c === '\r' && body[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field || row.length) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}
