/**
 * The transfer format: one learner's summary for one class as QR text (or a file of it), in the
 * manner of the EU digital COVID certificate (/work/shared/design/CLASS-TRANSFER.md): a version
 * tag, then compact binary → deflate (the browser's own CompressionStream, zlib-wrapped) → a
 * CRC-32 → base45, so the QR code uses its dense alphanumeric mode.
 *
 *     CDS2:<base45( deflate(body) ‖ crc32(deflate(body)) )>
 *
 * `2` is the format version; the encoder writes version 2 only, the decoder reads 2 and 1. The
 * body (version 2), integers as LEB128 varints:
 *
 *     class code (text) · learner id (0 + text, or 1 + a UUID's 16 bytes) · name (text) ·
 *     sent_at (signed, seconds from 1/1/2025) · lesson count n · then one field of all n
 *     lessons after another (alike values side by side, which deflate packs well):
 *     n keys (2 bytes: `lesson_key`) · n flags (bit 0 completed, bits 1–2 help level, bit 3 a
 *     score follows, bit 4 a first completion follows, bit 5 every attempt finished) · scores
 *     (1 byte, bit 3 lessons) · n attempts · finished (lessons without bit 5) · n minutes ·
 *     first completions (bit 4 lessons: signed, days before sent_at's day) · n step counts ·
 *     every step's key (2 bytes) in lesson order · every step's hints × 16 + mistakes (1 byte),
 *     or 255 then hints · mistakes when either is too large for that
 *
 * Version 1 (`CDS1:`, still read: learners' phones and files sent earlier carry it) has the same
 * header, then a lesson after another: key (3 bytes, 24 bits) · flags · [score] · attempts ·
 * [finished] · minutes · [first completion] · step count · per step: key · hints and mistakes.
 * Its 24-bit keys are read as the short keys version 2 uses (`short_lesson_key`), so the
 * trainer's device sees one lesson whichever version it came in. Version 2 fits a learner who
 * finished the whole course with help on two steps of every lesson in one code of version 14
 * (about 330 bytes); version 1 needed two codes.
 *
 * A text is text as UTF-8: length, bytes. Every decode step is bounded (text length, inflated
 * size, counts) and the result is checked against the valibot schema: bad input returns a
 * Vietnamese message, it never throws.
 */
import * as v from 'valibot';
import { base45_decode, base45_encode } from './base45';
import { ByteReader, ByteWriter, crc32, FormatError } from './bytes';
import { IMPORT_ERRORS } from './messages';
import { learner_summary, LIMITS } from './schema';
import {
	HELP_LEVELS,
	short_lesson_key,
	vn_day,
	type LearnerSummary,
	type LessonSummary,
	type StepTrouble
} from './summary';

/** The version the encoder writes. */
export const FORMAT_VERSION = 2;
/** The oldest version still read: learners' phones and files may carry it for a long time. */
export const OLDEST_FORMAT_VERSION = 1;
export const PREFIX = `CDS${FORMAT_VERSION}`;

/** The largest inflated body accepted (a whole course is about 1 KB). */
export const MAX_BODY_BYTES = 64 * 1024;

const EPOCH_S = Date.UTC(2025, 0, 1) / 1000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export type ErrorReason =
	| 'no_code'
	| 'empty'
	| 'not_ours'
	| 'corrupt'
	| 'truncated'
	| 'oversized'
	| 'newer_version'
	| 'wrong_version'
	| 'wrong_class'
	| 'invalid'
	| 'other_payload'
	| 'missing_parts';

export type Result<T> =
	{ ok: true; value: T } | { ok: false; reason: ErrorReason; message: string };

export function fail(reason: Exclude<ErrorReason, 'wrong_class' | 'missing_parts'>): {
	ok: false;
	reason: ErrorReason;
	message: string;
} {
	return { ok: false, reason, message: IMPORT_ERRORS[reason] };
}

// ── body ────────────────────────────────────────────────────────────────────────────────────

/** The body of format version 2 (see the module's comment). */
export function encode_body(summary: LearnerSummary): Uint8Array {
	const w = new ByteWriter();
	w.text(summary.class_code);
	if (UUID.test(summary.learner_id)) {
		w.u8(1);
		w.raw(hex_bytes(summary.learner_id.replaceAll('-', '')));
	} else {
		w.u8(0);
		w.text(summary.learner_id);
	}
	w.text(summary.name);
	const sent_s = Math.floor(summary.sent_at / 1000);
	w.int(sent_s - EPOCH_S);
	const lessons = summary.lessons;
	const sent_day = vn_day(sent_s * 1000);
	w.uint(lessons.length);
	// one field of every lesson after another: alike values side by side compress well
	for (const l of lessons) w.raw(hex_bytes(short_lesson_key(l.key)));
	for (const l of lessons) w.u8(lesson_flags(l));
	for (const l of lessons) if (l.score !== null) w.u8(l.score);
	for (const l of lessons) w.uint(l.attempts);
	for (const l of lessons) if (l.finished !== l.attempts) w.uint(l.finished);
	for (const l of lessons) w.uint(l.minutes);
	for (const l of lessons) if (l.completed_on !== undefined) w.int(sent_day - l.completed_on);
	for (const l of lessons) w.uint(l.steps.length);
	for (const l of lessons) for (const step of l.steps) w.raw(hex_bytes(step.key));
	for (const l of lessons) for (const step of l.steps) write_counts(w, step);
	return w.done();
}

function lesson_flags(lesson: LessonSummary) {
	return (
		(lesson.status === 'completed' ? 1 : 0) |
		(HELP_LEVELS.indexOf(lesson.level) << 1) |
		(lesson.score !== null ? 8 : 0) |
		(lesson.completed_on !== undefined ? 16 : 0) |
		(lesson.finished === lesson.attempts ? 32 : 0)
	);
}

function write_counts(w: ByteWriter, step: StepTrouble) {
	// hints and mistakes share one byte while both are small (nearly always)
	if (step.hints < 15 && step.mistakes < 16) w.u8(step.hints * 16 + step.mistakes);
	else {
		w.u8(0xff);
		w.uint(step.hints);
		w.uint(step.mistakes);
	}
}

function read_counts(r: ByteReader) {
	const packed = r.u8();
	if (packed === 0xff) return { hints: r.uint(), mistakes: r.uint() };
	if (packed >> 4 >= 15) throw new FormatError('corrupt');
	return { hints: packed >> 4, mistakes: packed & 15 };
}

function read_flags(r: ByteReader) {
	const flags = r.u8();
	if (flags > 63 || (flags >> 1) % 4 > 2) throw new FormatError('corrupt');
	return flags;
}

function lesson_of(
	key: string,
	flags: number,
	fields: Omit<LessonSummary, 'key' | 'status' | 'level' | 'completed_on'> & {
		completed_on: number | undefined;
	}
): LessonSummary {
	const { completed_on, ...rest } = fields;
	return {
		key,
		status: flags & 1 ? 'completed' : 'in-progress',
		level: HELP_LEVELS[(flags >> 1) % 4],
		...rest,
		...(completed_on !== undefined ? { completed_on } : {})
	};
}

/**
 * The body of format `version` (1 or 2) read back, lesson keys as short keys (a version-1 key,
 * 3 bytes, becomes `short_lesson_key` of it); throws FormatError (caught by decode) when it
 * cannot be read.
 */
export function decode_body(bytes: Uint8Array, version: number = FORMAT_VERSION): unknown {
	const r = new ByteReader(bytes);
	const class_code = r.text(16);
	const id_kind = r.u8();
	if (id_kind > 1) throw new FormatError('corrupt');
	const learner_id = id_kind === 1 ? uuid_of(r.raw(16)) : r.text(LIMITS.learner_id);
	const name = r.text(400);
	const sent_s = r.int() + EPOCH_S;
	const count = r.uint();
	if (count > LIMITS.lessons) throw new FormatError('oversized');
	const sent_day = vn_day(sent_s * 1000);
	const lessons =
		version === 1 ? read_rows_v1(r, count, sent_day) : read_columns(r, count, sent_day);
	if (r.left !== 0) throw new FormatError('corrupt');
	return { class_code, learner_id, name, sent_at: sent_s * 1000, lessons };
}

/** Version 2: one field of every lesson after another. */
function read_columns(r: ByteReader, count: number, sent_day: number): LessonSummary[] {
	const n = Array.from({ length: count }, (_, i) => i);
	const keys = n.map(() => bytes_hex(r.raw(2)));
	const flags = n.map(() => read_flags(r));
	const scores = flags.map((f) => (f & 8 ? r.u8() : null));
	const attempts = n.map(() => r.uint());
	const finished = flags.map((f, i) => (f & 32 ? attempts[i] : r.uint()));
	const minutes = n.map(() => r.uint());
	const completed_on = flags.map((f) => (f & 16 ? sent_day - r.int() : undefined));
	const step_counts = n.map(() => {
		const c = r.uint();
		if (c > LIMITS.steps_per_lesson) throw new FormatError('oversized');
		return c;
	});
	const step_keys = step_counts.map((c) => Array.from({ length: c }, () => bytes_hex(r.raw(2))));
	const steps = step_keys.map((ks) => ks.map((key) => ({ key, ...read_counts(r) })));
	return n.map((i) =>
		lesson_of(keys[i], flags[i], {
			score: scores[i],
			attempts: attempts[i],
			finished: finished[i],
			minutes: minutes[i],
			completed_on: completed_on[i],
			steps: steps[i]
		})
	);
}

/** Version 1: a lesson after another, each key 3 bytes (turned into its short key). */
function read_rows_v1(r: ByteReader, count: number, sent_day: number): LessonSummary[] {
	const lessons: LessonSummary[] = [];
	for (let i = 0; i < count; i++) {
		const key = short_lesson_key(bytes_hex(r.raw(3)));
		const flags = read_flags(r);
		const score = flags & 8 ? r.u8() : null;
		const attempts = r.uint();
		const finished = flags & 32 ? attempts : r.uint();
		const minutes = r.uint();
		const completed_on = flags & 16 ? sent_day - r.int() : undefined;
		const step_count = r.uint();
		if (step_count > LIMITS.steps_per_lesson) throw new FormatError('oversized');
		const steps = [];
		for (let j = 0; j < step_count; j++)
			steps.push({ key: bytes_hex(r.raw(2)), ...read_counts(r) });
		lessons.push(
			lesson_of(key, flags, { score, attempts, finished, minutes, completed_on, steps })
		);
	}
	return lessons;
}

// ── frame: deflate + CRC-32 ─────────────────────────────────────────────────────────────────

async function read_all(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
	const reader = stream.getReader();
	const chunks: Uint8Array[] = [];
	let total = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		total += value.length;
		if (total > limit) {
			reader.cancel().catch(() => {});
			throw new FormatError('oversized');
		}
		chunks.push(value);
	}
	const out = new Uint8Array(total);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

async function through(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	limit: number
) {
	const writer = stream.writable.getWriter();
	// Errors surface on the readable side; these promises must not be left unhandled.
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
	writer.close().catch(() => {});
	return read_all(stream.readable as ReadableStream<Uint8Array>, limit);
}

export async function deflate(bytes: Uint8Array) {
	return through(bytes, new CompressionStream('deflate'), Infinity);
}

/** Inflates at most `limit` bytes; corrupt data throws FormatError('corrupt'). */
export async function inflate(bytes: Uint8Array, limit = MAX_BODY_BYTES) {
	try {
		return await through(bytes, new DecompressionStream('deflate'), limit);
	} catch (error) {
		if (error instanceof FormatError) throw error;
		throw new FormatError('corrupt');
	}
}

/** deflate(body) followed by its CRC-32 (big-endian). */
export async function make_frame(body: Uint8Array): Promise<Uint8Array> {
	const packed = await deflate(body);
	const frame = new Uint8Array(packed.length + 4);
	frame.set(packed);
	new DataView(frame.buffer).setUint32(packed.length, crc32(packed));
	return frame;
}

export function frame_crc(frame: Uint8Array) {
	return new DataView(frame.buffer, frame.byteOffset, frame.byteLength).getUint32(frame.length - 4);
}

/** The summary in a frame of format `version`, checked; never throws. */
export async function open_frame(
	frame: Uint8Array,
	version: number = FORMAT_VERSION
): Promise<Result<LearnerSummary>> {
	if (frame.length < 7) return fail('truncated');
	const packed = frame.subarray(0, frame.length - 4);
	if (crc32(packed) !== frame_crc(frame)) return fail('corrupt');
	try {
		const body = await inflate(packed);
		const parsed = v.safeParse(learner_summary, decode_body(body, version));
		return parsed.success ? { ok: true, value: parsed.output } : fail('invalid');
	} catch (error) {
		if (error instanceof FormatError) return fail(error.reason);
		return fail('corrupt');
	}
}

export async function encode_summary(summary: LearnerSummary): Promise<Uint8Array> {
	const checked = v.parse(learner_summary, summary);
	return make_frame(encode_body(checked));
}

/** One QR code's text for a frame: the version tag, then base45. */
export function frame_text(frame: Uint8Array) {
	return `${PREFIX}:${base45_encode(frame)}`;
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────

function hex_bytes(hex: string) {
	const out = new Uint8Array(hex.length / 2);
	for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
	return out;
}

function bytes_hex(bytes: Uint8Array) {
	return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function uuid_of(bytes: Uint8Array) {
	const h = bytes_hex(bytes);
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export { base45_decode };
