/**
 * A class's records as xAPI 1.0.3 statements, made on the trainer's device from the merged
 * roster (never sent anywhere: the trainer exports them as a JSON file an organisation can load
 * into a learning record store). Built on src/lib/progress/xapi.ts (verbs, activity ids,
 * extensions); each statement adds `context.registration`, the class's UUID, so an LRS groups
 * one class's statements as one enrolment.
 *
 * One statement per learner and lesson they started: "completed" with the best score, or
 * "attempted" while unfinished. Statement ids are UUIDs made from a SHA-256 of the statement's
 * content: exporting the same class twice gives the same ids (an LRS keeps one copy), and a
 * changed record gives a new statement.
 */
import {
	activity_id,
	ACTIVITY_TYPES,
	EXTENSIONS,
	iso_duration,
	make_statement,
	VERBS
} from '$lib/progress/xapi';
import type { ClassInfo } from './classes';
import type { Roster, RosterLearner, RosterLesson } from './roster';
import { catalog_keys, lesson_hints, lesson_mistakes, type CatalogLesson } from './summary';

export interface ClassStatement {
	id: string;
	actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
	verb: { id: string; display: Record<string, string> };
	object: {
		objectType: 'Activity';
		id: string;
		definition: { name: Record<string, string>; type: string };
	};
	result: {
		completion: boolean;
		duration: string;
		score?: { raw: number; min: number; max: number; scaled: number };
		extensions: Record<string, string | number>;
	};
	context: { registration: string; platform: string; language: string };
	timestamp: string;
	version: '1.0.3';
}

const DAY = 86_400_000;
const VN_OFFSET = 7 * 3_600_000;

/** The statements of one class (learners by id, lessons by key), ids not yet set. */
function draft_statements(
	info: ClassInfo,
	roster: Roster,
	catalog: readonly CatalogLesson[],
	home: string
) {
	const keys = catalog_keys(catalog);
	const out: Omit<ClassStatement, 'id'>[] = [];
	for (const learner of [...roster.learners].sort((a, b) =>
		a.learner_id.localeCompare(b.learner_id)
	)) {
		for (const lesson of learner.lessons)
			out.push(lesson_statement(info, learner, lesson, keys.lessons.get(lesson.key), home));
	}
	return out;
}

function lesson_statement(
	info: ClassInfo,
	learner: RosterLearner,
	lesson: RosterLesson,
	known: CatalogLesson | undefined,
	home: string
): Omit<ClassStatement, 'id'> {
	const completed = lesson.status === 'completed';
	const when =
		completed && lesson.completed_on !== undefined
			? lesson.completed_on * DAY - VN_OFFSET
			: lesson.seen_at;
	const base = make_statement({
		id: '',
		home,
		learner: { id: learner.learner_id, name: learner.name },
		verb: completed ? 'completed' : 'attempted',
		lesson: known
			? { id: known.id, title: known.title }
			: { id: `khoa/${lesson.key}`, title: `Bài học (mã ${lesson.key})` },
		timestamp: new Date(when)
	});
	return {
		actor: base.actor,
		verb: completed ? VERBS.completed : VERBS.attempted,
		object: {
			objectType: 'Activity',
			id: known ? activity_id(home, known.id) : activity_id(home, `khoa/${lesson.key}`),
			definition: base.object.definition
		},
		result: {
			completion: completed,
			duration: iso_duration(lesson.minutes * 60_000),
			...(completed && lesson.score !== null
				? { score: { raw: lesson.score, min: 0, max: 100, scaled: lesson.score / 100 } }
				: {}),
			extensions: {
				[EXTENSIONS.hints]: lesson_hints(lesson),
				[EXTENSIONS.mistakes]: lesson_mistakes(lesson),
				[EXTENSIONS.level]: lesson.level
			}
		},
		context: { registration: info.id, platform: 'Công dân số', language: 'vi' },
		timestamp: base.timestamp,
		version: '1.0.3'
	};
}

/** A UUID (RFC 9562 version 8, "custom") from the SHA-256 of a text. */
export async function content_uuid(text: string) {
	const hash = new Uint8Array(
		await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
	);
	hash[6] = (hash[6] & 0x0f) | 0x80;
	hash[8] = (hash[8] & 0x3f) | 0x80;
	const h = [...hash.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

export async function class_statements(
	info: ClassInfo,
	roster: Roster,
	catalog: readonly CatalogLesson[],
	home: string
): Promise<ClassStatement[]> {
	const drafts = draft_statements(info, roster, catalog, home);
	return Promise.all(
		drafts.map(async (s) => ({ id: await content_uuid(JSON.stringify(s)), ...s }))
	);
}

/** The export file's text: the statements as a JSON array, as an LRS's statements API takes. */
export async function class_statements_json(...args: Parameters<typeof class_statements>) {
	return JSON.stringify(await class_statements(...args), null, 2) + '\n';
}

export { ACTIVITY_TYPES };
