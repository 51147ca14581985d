/**
 * The whole-device backup: one JSON file of this device's learners, their settings and lesson
 * progress, their certificates and the classes they joined, and the trainer's classes with their rosters, to restore on another device (or the
 * same one). Pure functions only: reading a file's text into a checked backup, a preview of what
 * restoring would change, and the merged data to write (the database writes it in one
 * transaction). Restoring merges, never overwrites: progress by the progress record's own rules
 * (model.ts: every attempt kept, a completion never lost), rosters by roster.ts, so restoring
 * the same file twice changes nothing more. The portal sandboxes (practice data) and the xAPI
 * statements (rebuilt from progress) are not in it.
 */
import * as v from 'valibot';
import type { JoinedClass, Learner, LearnerSettings } from '$lib/db/database';
import { CERTIFICATE_SCHEMA, type Certificate } from '$lib/progress/certificate';
import { HELP_LEVELS } from '$lib/lessons/model';
import { NAME_MAX } from '$lib/learners/names';
import { merge_progress, PROGRESS_SCHEMA, type LessonProgress } from '$lib/progress/model';
import { CLASS_TEXT_MAX, clean_class_name, is_class_code, type ClassInfo } from './classes';
import { IMPORT_ERRORS } from './messages';
import { merge_rosters, normalize_roster, type Roster } from './roster';
import { count, learner_id, learner_name, roster_lesson, time, unique } from './schema';

export const BACKUP_FORMAT = 'cong-dan-so-sao-luu';
export const BACKUP_VERSION = 1;
/** The largest backup file read: a busy trainer's device is a few MB. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;

export interface ClassRecord {
	info: ClassInfo;
	roster: Roster;
}

export interface DeviceData {
	learners: Learner[];
	settings: LearnerSettings[];
	progress: LessonProgress[];
	/** certificates earned: once earned never lost, so restoring only ever adds them */
	certificates: Certificate[];
	classes: ClassRecord[];
}

export interface DeviceBackup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	exported_at: number;
	data: DeviceData;
}

// ── schema ──────────────────────────────────────────────────────────────────────────────────

const short = (max: number) => v.pipe(v.string(), v.maxLength(max));
const amount = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(Date.UTC(2100, 0, 1)));
const level = v.picklist(HELP_LEVELS);

const learner = v.object({
	id: learner_id,
	name: learner_name,
	avatar: short(40),
	created_at: amount,
	last_active_at: amount,
	pin_hash: v.optional(short(200)),
	pin_salt: v.optional(short(100)),
	classes: v.optional(
		v.pipe(
			v.array(
				v.object({
					code: v.pipe(v.string(), v.check(is_class_code)),
					joined_at: amount,
					name: v.optional(v.pipe(short(CLASS_TEXT_MAX * 4), v.transform(clean_class_name)))
				})
			),
			v.maxLength(100),
			v.check((cs) => unique(cs.map((c) => c.code)), 'lớp trùng')
		)
	)
});

const certificate = v.object({
	schema: v.literal(CERTIFICATE_SCHEMA),
	id: short(20_000),
	learner_id,
	earned_at: amount,
	issued_at: amount,
	lessons: v.pipe(
		v.array(
			v.object({
				id: short(300),
				title: short(500),
				pass_score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(100)))
			})
		),
		v.maxLength(500)
	)
});

const settings = v.object({
	learner_id,
	text_scale: v.pipe(v.number(), v.finite()),
	contrast: v.picklist(['normal', 'high']),
	read_aloud: v.optional(v.boolean()),
	updated_at: amount
});

const step_record = v.object({
	step_id: short(200),
	level,
	completed_at: amount,
	time_ms: amount,
	hints_used: count,
	mistakes: count,
	answer: v.optional(
		v.pipe(
			v.array(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100))),
			v.maxLength(100)
		)
	)
});

const attempt = v.object({
	id: short(200),
	started_at: amount,
	finished_at: v.optional(amount),
	score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
	level,
	step_id: v.optional(short(200)),
	step_started_at: amount,
	hints_shown: count,
	mistakes: count,
	steps: v.pipe(v.array(step_record), v.maxLength(500)),
	step_ids: v.pipe(v.array(short(200)), v.maxLength(500)),
	content_version: short(100),
	totals: v.object({ hints: count, mistakes: count, time_ms: amount }),
	updated_at: amount
});

const progress = v.object({
	schema: v.literal(PROGRESS_SCHEMA),
	learner_id,
	lesson_id: short(300),
	status: v.picklist(['in-progress', 'completed']),
	score: v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
	completed_at: v.optional(amount),
	started_at: amount,
	updated_at: amount,
	content_version: short(100),
	attempts: v.pipe(
		v.array(attempt),
		v.maxLength(1000),
		v.check((a) => unique(a.map((x) => x.id)), 'lần làm trùng')
	)
});

const roster_learner = v.object({
	learner_id,
	name: learner_name,
	sent_at: time,
	lessons: v.pipe(
		v.array(roster_lesson),
		v.maxLength(500),
		v.check((ls) => unique(ls.map((l) => l.key)), 'bài học trùng')
	)
});

const class_record = v.pipe(
	v.object({
		info: v.object({
			id: v.pipe(v.string(), v.uuid()),
			code: v.pipe(v.string(), v.check(is_class_code)),
			name: short(120),
			place: short(200),
			trainer: short(120),
			starts: short(20),
			ends: short(20),
			created_at: amount
		}),
		roster: v.object({
			class_code: v.pipe(v.string(), v.check(is_class_code)),
			learners: v.pipe(
				v.array(roster_learner),
				v.maxLength(5000),
				v.check((ls) => unique(ls.map((l) => l.learner_id)), 'người học trùng')
			)
		})
	}),
	v.check((c) => c.info.code === c.roster.class_code, 'mã lớp không khớp')
);

const device_data = v.object({
	learners: v.pipe(
		v.array(learner),
		v.maxLength(1000),
		v.check((ls) => unique(ls.map((l) => l.id)), 'người học trùng')
	),
	settings: v.pipe(v.array(settings), v.maxLength(1000)),
	progress: v.pipe(v.array(progress), v.maxLength(100_000)),
	// optional: a backup written before certificates were in it has none
	certificates: v.optional(
		v.pipe(
			v.array(certificate),
			v.maxLength(10_000),
			v.check((cs) => unique(cs.map((c) => c.id)), 'giấy chứng nhận trùng')
		),
		[]
	),
	classes: v.pipe(
		v.array(class_record),
		v.maxLength(500),
		v.check((cs) => unique(cs.map((c) => c.info.id)), 'lớp trùng')
	)
});

const backup_schema = v.object({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exported_at: amount,
	data: device_data
});

// ── file ────────────────────────────────────────────────────────────────────────────────────

export function make_backup(data: DeviceData, now: number): DeviceBackup {
	return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exported_at: now, data };
}

export function backup_text(backup: DeviceBackup) {
	return JSON.stringify(backup);
}

export type BackupResult =
	| { ok: true; value: DeviceBackup }
	| { ok: false; reason: 'not_ours' | 'invalid' | 'newer_version' | 'oversized'; message: string };

/** A backup file's text, checked; bad input returns a Vietnamese message, never throws. */
export function read_backup(text: unknown): BackupResult {
	if (typeof text !== 'string')
		return { ok: false, reason: 'invalid', message: IMPORT_ERRORS.backup_invalid };
	if (text.length > MAX_BACKUP_CHARS) {
		return { ok: false, reason: 'oversized', message: IMPORT_ERRORS.backup_oversized };
	}
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, reason: 'invalid', message: IMPORT_ERRORS.backup_invalid };
	}
	if (
		!json ||
		typeof json !== 'object' ||
		(json as { format?: unknown }).format !== BACKUP_FORMAT
	) {
		return { ok: false, reason: 'not_ours', message: IMPORT_ERRORS.backup_not_ours };
	}
	const version = (json as { version?: unknown }).version;
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		return { ok: false, reason: 'newer_version', message: IMPORT_ERRORS.backup_newer };
	}
	const parsed = v.safeParse(backup_schema, json);
	if (!parsed.success)
		return { ok: false, reason: 'invalid', message: IMPORT_ERRORS.backup_invalid };
	return { ok: true, value: parsed.output as DeviceBackup };
}

// ── restore: preview and merge ──────────────────────────────────────────────────────────────

export interface RestorePreview {
	learners_added: string[];
	/** learners of the backup whose name another learner on this device has: renamed */
	learners_renamed: { from: string; to: string }[];
	/** learners already on this device (same learner): their progress is merged */
	learners_merged: string[];
	/** lesson records added, and lesson records that gain something */
	lessons_added: number;
	lessons_updated: number;
	certificates_added: number;
	/** classes learners of the backup joined that this device did not know they had */
	memberships_added: number;
	classes_added: string[];
	classes_merged: string[];
	nothing_new: boolean;
}

function free_name(name: string, taken: Set<string>) {
	const key = (n: string) => n.toLocaleLowerCase('vi');
	if (!taken.has(key(name))) return name;
	for (let n = 2; ; n++) {
		const suffix = ` (${n})`;
		const candidate = name.slice(0, NAME_MAX - suffix.length).trimEnd() + suffix;
		if (!taken.has(key(candidate))) return candidate;
	}
}

function newer<T>(a: T, b: T, at: (x: T) => number) {
	return at(b) > at(a) || (at(b) === at(a) && JSON.stringify(b) > JSON.stringify(a)) ? b : a;
}

/**
 * What restoring `backup` onto the device's `current` data would give, and a preview of it.
 * `step_ids` gives a lesson's step ids now (for merging progress positions); a lesson the
 * device no longer has uses the newest attempt's own.
 */
export function plan_restore(
	current: DeviceData,
	backup: DeviceData,
	step_ids: (lesson_id: string) => readonly string[] | undefined
): { preview: RestorePreview; data: DeviceData } {
	const preview: RestorePreview = {
		learners_added: [],
		learners_renamed: [],
		learners_merged: [],
		lessons_added: 0,
		lessons_updated: 0,
		certificates_added: 0,
		memberships_added: 0,
		classes_added: [],
		classes_merged: [],
		nothing_new: false
	};
	// learners: the same id is the same learner (the newer record's name, picture and PIN)
	const learners = new Map(current.learners.map((l) => [l.id, { ...l }]));
	for (const incoming of backup.learners) {
		const kept = learners.get(incoming.id);
		if (kept) {
			const chosen = newer(kept, incoming, (l) => l.last_active_at);
			const classes = merge_joined(kept.classes, incoming.classes);
			preview.memberships_added += (classes?.length ?? 0) - (kept.classes?.length ?? 0);
			learners.set(incoming.id, {
				...(chosen === kept ? kept : { ...chosen, name: kept.name }),
				...(classes ? { classes } : {})
			});
			preview.learners_merged.push(kept.name);
			continue;
		}
		const taken = new Set([...learners.values()].map((l) => l.name.toLocaleLowerCase('vi')));
		const name = free_name(incoming.name, taken);
		if (name !== incoming.name) preview.learners_renamed.push({ from: incoming.name, to: name });
		else preview.learners_added.push(name);
		learners.set(incoming.id, { ...incoming, name });
	}
	// settings: the later saved
	const settings = new Map(current.settings.map((s) => [s.learner_id, s]));
	for (const incoming of backup.settings) {
		const kept = settings.get(incoming.learner_id);
		settings.set(incoming.learner_id, kept ? newer(kept, incoming, (s) => s.updated_at) : incoming);
	}
	// progress: merged by the progress record's rules
	const key = (p: LessonProgress) => `${p.learner_id}\n${p.lesson_id}`;
	const progress = new Map(current.progress.map((p) => [key(p), p]));
	for (const incoming of backup.progress) {
		if (!learners.has(incoming.learner_id)) continue;
		const kept = progress.get(key(incoming));
		const ids =
			step_ids(incoming.lesson_id) ??
			[...incoming.attempts].sort((a, b) => b.updated_at - a.updated_at)[0]?.step_ids ??
			[];
		const merged = merge_progress(kept, incoming, ids);
		if (!kept) preview.lessons_added++;
		else if (JSON.stringify(merge_progress(kept, kept, ids)) !== JSON.stringify(merged))
			preview.lessons_updated++;
		progress.set(key(incoming), merged);
	}
	// certificates: once earned, never lost; the same id is the same certificate (kept as it is)
	const certificates = new Map(current.certificates.map((c) => [c.id, c]));
	for (const incoming of backup.certificates) {
		if (!learners.has(incoming.learner_id) || certificates.has(incoming.id)) continue;
		certificates.set(incoming.id, incoming);
		preview.certificates_added++;
	}
	// classes: the same class id is the same class; rosters merged
	const classes = new Map(current.classes.map((c) => [c.info.id, c]));
	for (const incoming of backup.classes) {
		const kept = classes.get(incoming.info.id);
		if (kept) {
			classes.set(incoming.info.id, {
				info: kept.info,
				roster: merge_rosters(kept.roster, incoming.roster)
			});
			preview.classes_merged.push(kept.info.name);
		} else {
			// a backup made before format version 2 holds 6-hex lesson keys
			classes.set(incoming.info.id, { ...incoming, roster: normalize_roster(incoming.roster) });
			preview.classes_added.push(incoming.info.name);
		}
	}
	const data: DeviceData = {
		learners: [...learners.values()],
		settings: [...settings.values()],
		progress: [...progress.values()],
		certificates: [...certificates.values()],
		classes: [...classes.values()]
	};
	preview.nothing_new = JSON.stringify(canonical(data)) === JSON.stringify(canonical(current));
	return { preview, data };
}

/**
 * Two lists of joined classes as one: each code once, with its first joining, and its name (the
 * first joining's, else the other's: a class joined by a typed code has none).
 */
export function merge_joined(
	a: readonly JoinedClass[] | undefined,
	b: readonly JoinedClass[] | undefined
): JoinedClass[] | undefined {
	if (!a && !b) return undefined;
	const by_code = new Map<string, JoinedClass>();
	for (const joined of [...(a ?? []), ...(b ?? [])]) {
		const kept = by_code.get(joined.code);
		const [first, other] =
			!kept || joined.joined_at < kept.joined_at ? [joined, kept] : [kept, joined];
		const name = first.name || other?.name;
		by_code.set(joined.code, { ...first, ...(name ? { name } : {}) });
	}
	return [...by_code.values()].sort(
		(x, y) => x.joined_at - y.joined_at || x.code.localeCompare(y.code)
	);
}

/** Data in a fixed order, for comparing. */
export function canonical(data: DeviceData): DeviceData {
	const by =
		<T>(f: (x: T) => string) =>
		(a: T, b: T) =>
			f(a).localeCompare(f(b));
	return {
		learners: [...data.learners].sort(by((l) => l.id)),
		settings: [...data.settings].sort(by((s) => s.learner_id)),
		progress: [...data.progress].sort(by((p) => `${p.learner_id}\n${p.lesson_id}`)),
		certificates: [...data.certificates].sort(by((c) => c.id)),
		classes: [...data.classes].sort(by((c) => c.info.id))
	};
}

/** The preview in plain Vietnamese, one line a kind of change. */
export function describe_restore(preview: RestorePreview): string[] {
	if (preview.nothing_new)
		return ['Tệp sao lưu không có gì mới so với máy này. Không có gì thay đổi.'];
	const lines: string[] = [];
	if (preview.learners_added.length)
		lines.push(
			`Thêm ${preview.learners_added.length} người học: ${preview.learners_added.join(', ')}.`
		);
	for (const r of preview.learners_renamed)
		lines.push(
			`Trên máy đã có người tên ${r.from}, nên người học từ bản sao lưu sẽ có tên ${r.to}.`
		);
	if (preview.learners_merged.length)
		lines.push(
			`Gộp tiến độ của ${preview.learners_merged.length} người học đã có trên máy: ${preview.learners_merged.join(', ')}.`
		);
	if (preview.lessons_added || preview.lessons_updated)
		lines.push(
			`${preview.lessons_added} bài học được thêm, ${preview.lessons_updated} bài học được cập nhật. Không bài nào bị mất.`
		);
	if (preview.certificates_added) lines.push(`Thêm ${preview.certificates_added} giấy chứng nhận.`);
	if (preview.memberships_added)
		lines.push(`Thêm ${preview.memberships_added} lớp mà người học đã tham gia.`);
	if (preview.classes_added.length) lines.push(`Thêm lớp: ${preview.classes_added.join(', ')}.`);
	if (preview.classes_merged.length)
		lines.push(`Gộp danh sách lớp: ${preview.classes_merged.join(', ')}.`);
	return lines;
}
