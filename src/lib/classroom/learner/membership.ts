/**
 * The classes a learner joined, kept on her own learner record (`Learner.classes`, not indexed,
 * so no schema version): joining by the code the trainer gives (typed, or read from the class's
 * QR code, which also carries the class's name), leaving, and what "Gửi tiến độ cho người hướng
 * dẫn" sends for one class. The name is only shown to her: what she sends, and how the trainer
 * matches it to the class, is the code alone. Callers run the writes through guarded()
 * (src/lib/db/writes.svelte.ts).
 */
import type { CdsDatabase, JoinedClass } from '$lib/db/database';
import { list_progress } from '$lib/progress/store';
import {
	check_class_code,
	clean_class_name,
	is_class_code,
	normalize_class_code
} from '../classes';
import { summarize, type LearnerSummary } from '../summary';

export type JoinResult =
	| {
			ok: true;
			code: string;
			/** she was in this class already */
			already: boolean;
			/** the class's name as now kept, '' when none is known */
			name: string;
			/** a class she was in already got its name (or a new one) from this joining */
			named: boolean;
	  }
	| { ok: false; message: string };

/**
 * The class code in what a QR code or a link holds: the bare code ("HB7K2Q"), or a link with
 * `?ma=HB7K2Q` (or `lop=`, `code=`), or a text whose last word is the code. Null when none.
 */
export function code_from_text(text: string): string | null {
	const trimmed = text.trim();
	if (!trimmed || trimmed.length > 2000) return null;
	try {
		const url = new URL(trimmed);
		for (const name of ['ma', 'lop', 'code']) {
			const value = url.searchParams.get(name);
			if (value && is_class_code(normalize_class_code(value))) return normalize_class_code(value);
		}
		const hash = normalize_class_code(url.hash.replace(/^#/, ''));
		if (is_class_code(hash)) return hash;
		return null;
	} catch {
		// not a link
	}
	const whole = normalize_class_code(trimmed);
	if (is_class_code(whole)) return whole;
	const last = normalize_class_code(trimmed.split(/[\s:/=]+/).at(-1) ?? '');
	return is_class_code(last) ? last : null;
}

/** The class's name a class's link or QR code carries (`?ten=`), cleaned; '' when none. */
export function name_from_text(text: string): string {
	const trimmed = text.trim();
	if (!trimmed || trimmed.length > 2000) return '';
	try {
		return clean_class_name(new URL(trimmed).searchParams.get('ten') ?? '');
	} catch {
		return '';
	}
}

/**
 * Joins a class by its code, typed or read from its QR code (`name`: the class's name that code
 * carried). Joining a class twice keeps the first joining; a name read the second time is kept
 * (she typed the code first, then scanned the class's QR code; or the trainer renamed it).
 */
export async function join_class(
	db: CdsDatabase,
	learner_id: string,
	typed: string,
	{ now = Date.now(), name = '' }: { now?: number; name?: string } = {}
): Promise<JoinResult> {
	const problem = check_class_code(typed);
	if (problem) return { ok: false, message: problem };
	const code = normalize_class_code(typed);
	const read = clean_class_name(name);
	return db.transaction('rw', db.learners, async (): Promise<JoinResult> => {
		const learner = await db.learners.get(learner_id);
		if (!learner) return { ok: false, message: 'Không tìm thấy người học này trên máy.' };
		const classes = learner.classes ?? [];
		const kept = classes.find((c) => c.code === code);
		if (kept) {
			if (!read || read === kept.name)
				return { ok: true, code, already: true, name: kept.name ?? '', named: false };
			await db.learners.update(learner_id, {
				classes: classes.map((c) => (c === kept ? { ...c, name: read } : c))
			});
			return { ok: true, code, already: true, name: read, named: true };
		}
		const joined = { code, joined_at: now, ...(read ? { name: read } : {}) };
		await db.learners.update(learner_id, { classes: [...classes, joined] });
		return { ok: true, code, already: false, name: read, named: false };
	});
}

/** How a class is called to the learner: “Lớp tổ 5” (mã HB7K2Q), or lớp mã HB7K2Q. */
export function class_label(joined: { code: string; name?: string }) {
	return joined.name ? `lớp “${joined.name}” (mã ${joined.code})` : `lớp mã ${joined.code}`;
}

/** What the learner is told once she joined (or was in the class already). */
export function joined_message(result: Extract<JoinResult, { ok: true }>) {
	const label = class_label(result);
	if (!result.already)
		return `Bạn đã vào ${label}. Khi người hướng dẫn nhắc, hãy bấm “Gửi tiến độ cho người hướng dẫn”.`;
	if (result.named) return `Bạn đã ở trong lớp mã ${result.code} rồi. Tên lớp: “${result.name}”.`;
	return `Bạn đã ở trong ${label} rồi.`;
}

/** Leaves a class: only the code goes; the learner's progress stays as it is. */
export async function leave_class(db: CdsDatabase, learner_id: string, code: string) {
	await db.transaction('rw', db.learners, async () => {
		const learner = await db.learners.get(learner_id);
		if (!learner?.classes) return;
		await db.learners.update(learner_id, {
			classes: learner.classes.filter((c) => c.code !== code)
		});
	});
}

export async function joined_classes(db: CdsDatabase, learner_id: string): Promise<JoinedClass[]> {
	return (await db.learners.get(learner_id))?.classes ?? [];
}

/** What a learner sends to the trainer of class `code`, made from her progress now. */
export async function class_summary(
	db: CdsDatabase,
	learner_id: string,
	code: string,
	now = Date.now()
): Promise<LearnerSummary | null> {
	const learner = await db.learners.get(learner_id);
	if (!learner) return null;
	return summarize(learner, code, await list_progress(db, learner_id), now);
}

/** The file name of what is sent: `tien-do-ba-lan-HB7K2Q.cds.txt` (no marks, no spaces). */
export function transfer_file_name(name: string, code: string) {
	const plain = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return `tien-do-${plain || 'nguoi-hoc'}-${code}.cds.txt`;
}
