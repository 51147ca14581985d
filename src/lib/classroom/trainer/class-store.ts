/**
 * The one gateway to a trainer's classes in the database (db.classes). Classes and the records
 * learners sent live here only, apart from the device's own learners: nothing here reads or
 * writes db.learners, and removing a device learner never touches a class.
 *
 * Functions taking `db` are the storage rules (tested on fake-indexeddb); the `saved_*`
 * functions are what the pages call: they open the site's database and run through `guarded()`,
 * so a refused write shows "Thử lại" and the page gets `ok: false`.
 */
import { get_database, type CdsDatabase, type StoredClass } from '$lib/db/database';
import { guarded } from '$lib/db/writes.svelte';
import { clean_text } from '$lib/text/clean';
import { CLASS_TEXT_MAX, new_class_code, normalize_class_code, type ClassInfo } from '../classes';
import type { Roster } from '../roster';
import type { LearnerSummary } from '../summary';

export interface ClassFields {
	name: string;
	place: string;
	trainer: string;
	starts: string;
	ends: string;
}

export type FieldErrors = Partial<Record<keyof ClassFields, string>>;

export const FIELD_MAX = CLASS_TEXT_MAX;
const DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function clean(text: string) {
	return clean_text(String(text ?? ''))
		.replace(/\s+/g, ' ')
		.trim();
}

/** A dd/mm/yyyy date as a day count, or null when it is not a real date. */
export function parse_day(text: string): number | null {
	const m = DATE.exec(text);
	if (!m) return null;
	const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
	const date = new Date(Date.UTC(y, mo - 1, d));
	if (y < 2000 || y > 2100 || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
	return date.getTime() / 86_400_000;
}

function two(n: number) {
	return String(n).padStart(2, '0');
}

/** The fields cleaned (NFC, spaces), dates written dd/mm/yyyy. */
export function clean_fields(fields: ClassFields): ClassFields {
	const date = (text: string) => {
		const t = clean(text).replace(/[.-]/g, '/');
		const m = DATE.exec(t);
		return m ? `${two(Number(m[1]))}/${two(Number(m[2]))}/${m[3]}` : t;
	};
	return {
		name: clean(fields.name),
		place: clean(fields.place),
		trainer: clean(fields.trainer),
		starts: date(fields.starts),
		ends: date(fields.ends)
	};
}

/** The Vietnamese message of each field that cannot be used; empty when all can. */
export function check_fields(fields: ClassFields): FieldErrors {
	const f = clean_fields(fields);
	const errors: FieldErrors = {};
	if (!f.name) errors.name = 'Nhập tên lớp, ví dụ: Lớp dịch vụ công tổ 5';
	for (const key of ['name', 'place', 'trainer'] as const) {
		if (f[key].length > FIELD_MAX) errors[key] = `Hãy viết không quá ${FIELD_MAX} chữ cái`;
	}
	const starts = f.starts ? parse_day(f.starts) : undefined;
	const ends = f.ends ? parse_day(f.ends) : undefined;
	if (starts === null)
		errors.starts = 'Ngày bắt đầu phải có dạng ngày/tháng/năm, ví dụ: 05/12/2026';
	if (ends === null) errors.ends = 'Ngày kết thúc phải có dạng ngày/tháng/năm, ví dụ: 19/12/2026';
	if (typeof starts === 'number' && typeof ends === 'number' && ends < starts)
		errors.ends = 'Ngày kết thúc phải sau ngày bắt đầu';
	return errors;
}

export class ClassFieldsError extends Error {
	constructor(readonly errors: FieldErrors) {
		super('class fields');
		this.name = 'ClassFieldsError';
	}
}

/** The classes on this device, newest first. */
export async function list_classes(db: CdsDatabase): Promise<StoredClass[]> {
	const all = await db.classes.toArray();
	return all.sort((a, b) => b.info.created_at - a.info.created_at || a.code.localeCompare(b.code));
}

/** The class with this code (as typed: case and dashes do not matter), or undefined. */
export async function find_class(db: CdsDatabase, code: string) {
	return db.classes.where('code').equals(normalize_class_code(code)).first();
}

/** Makes a class with a new code no class on this device has. Bad fields throw ClassFieldsError. */
export async function create_class(
	db: CdsDatabase,
	fields: ClassFields,
	now = Date.now(),
	make_code: () => string = () => new_class_code()
): Promise<StoredClass> {
	const errors = check_fields(fields);
	if (Object.keys(errors).length) throw new ClassFieldsError(errors);
	const f = clean_fields(fields);
	return db.transaction('rw', db.classes, async () => {
		let code = make_code();
		for (let tries = 0; (await db.classes.where('code').equals(code).count()) > 0; tries++) {
			if (tries > 20) throw new Error('no free class code');
			code = make_code();
		}
		const info: ClassInfo = { id: crypto.randomUUID(), code, ...f, created_at: now };
		const stored: StoredClass = {
			id: info.id,
			code,
			info,
			roster: { class_code: code, learners: [] } satisfies Roster,
			updated_at: now
		};
		await db.classes.add(stored);
		return stored;
	});
}

/**
 * Corrects a class's name, place, trainer or dates. Its code, its creation and the records its
 * learners sent stay as they are. Bad fields throw ClassFieldsError and change nothing.
 */
export async function update_class(
	db: CdsDatabase,
	class_id: string,
	fields: ClassFields,
	now = Date.now()
): Promise<StoredClass> {
	const errors = check_fields(fields);
	if (Object.keys(errors).length) throw new ClassFieldsError(errors);
	const f = clean_fields(fields);
	return db.transaction('rw', db.classes, async () => {
		const stored = await db.classes.get(class_id);
		if (!stored) throw new ImportRefusedError('Không tìm thấy lớp này trên máy.');
		const next: StoredClass = { ...stored, info: { ...stored.info, ...f }, updated_at: now };
		await db.classes.put(next);
		return next;
	});
}

/**
 * Removes a class and the records its learners sent, from this device only: each learner keeps
 * her own progress on her phone, and the device's own learners are not touched.
 */
export async function delete_class(db: CdsDatabase, class_id: string): Promise<void> {
	await db.classes.delete(class_id);
}

/** Refused input: the class is left as it was. */
export class ImportRefusedError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ImportRefusedError';
	}
}

/**
 * Merges learners' summaries into a class, in one transaction: the roster is read again inside
 * it, so an import made meanwhile (another tab) is merged with, not overwritten. Every summary
 * is checked against the schema again; one that does not fit, or is for another class, refuses
 * the whole import and nothing is written. Idempotent: the same summaries twice change nothing
 * (and nothing is written the second time).
 */
export async function import_into_class(
	db: CdsDatabase,
	class_id: string,
	summaries: readonly LearnerSummary[],
	now = Date.now()
): Promise<{ stored: StoredClass; changed: boolean }> {
	// The checks and the merge (valibot, the roster rules) load only when a trainer imports, and
	// before the transaction: awaiting anything but the database inside it would end it.
	const { merge_checked } = await import('./import');
	return db.transaction('rw', db.classes, async () => {
		const stored = await db.classes.get(class_id);
		if (!stored) throw new ImportRefusedError('Không tìm thấy lớp này trên máy.');
		const merged = merge_checked(stored.roster, summaries);
		if (!merged.ok) throw new ImportRefusedError(merged.message);
		const roster = merged.value;
		if (JSON.stringify(roster) === JSON.stringify(stored.roster)) {
			return { stored, changed: false };
		}
		const next: StoredClass = { ...stored, roster, updated_at: now };
		await db.classes.put(next);
		return { stored: next, changed: true };
	});
}

// ── what the pages call ─────────────────────────────────────────────────────────────────────

export async function load_classes() {
	return list_classes(await get_database());
}

export async function load_class(code: string) {
	return find_class(await get_database(), code);
}

export function saved_create(fields: ClassFields) {
	return guarded(async () => create_class(await get_database(), fields));
}

export function saved_update(class_id: string, fields: ClassFields) {
	return guarded(async () => update_class(await get_database(), class_id, fields));
}

export function saved_delete(class_id: string) {
	return guarded(async () => delete_class(await get_database(), class_id));
}

export function saved_import(class_id: string, summaries: readonly LearnerSummary[]) {
	return guarded(async () => import_into_class(await get_database(), class_id, summaries));
}
