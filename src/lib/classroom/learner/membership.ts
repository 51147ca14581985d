/**
 * The classes a learner joined, kept on her own learner record (`Learner.classes`, not indexed,
 * so no schema version): joining by the code the trainer gives (typed, or read from the class's
 * QR code), leaving, and what "Gửi tiến độ cho người hướng dẫn" sends for one class. Callers run
 * the writes through guarded() (src/lib/db/writes.svelte.ts).
 */
import type { CdsDatabase, JoinedClass } from '$lib/db/database';
import { list_progress } from '$lib/progress/store';
import { check_class_code, is_class_code, normalize_class_code } from '../classes';
import { summarize, type LearnerSummary } from '../summary';

export type JoinResult =
	{ ok: true; code: string; already: boolean } | { ok: false; message: string };

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

/** Joins a class by its typed code. Joining a class twice keeps the first joining. */
export async function join_class(
	db: CdsDatabase,
	learner_id: string,
	typed: string,
	now = Date.now()
): Promise<JoinResult> {
	const problem = check_class_code(typed);
	if (problem) return { ok: false, message: problem };
	const code = normalize_class_code(typed);
	return db.transaction('rw', db.learners, async (): Promise<JoinResult> => {
		const learner = await db.learners.get(learner_id);
		if (!learner) return { ok: false, message: 'Không tìm thấy người học này trên máy.' };
		const classes = learner.classes ?? [];
		if (classes.some((c) => c.code === code)) return { ok: true, code, already: true };
		await db.learners.update(learner_id, { classes: [...classes, { code, joined_at: now }] });
		return { ok: true, code, already: false };
	});
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
