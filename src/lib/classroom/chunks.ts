/**
 * One QR code, or numbered parts when a summary is too large for one code of version 15 at
 * level M (in the manner of BC-UR's animated codes, without fountain codes: parts are few).
 *
 *     CDS2:<base45 of the whole frame>                     one code
 *     CDS2/2/3/8F3A91C0:<base45 of the frame's 2nd part>   part 2 of 3
 *
 * `8F3A91C0` is the frame's CRC-32: every part of one summary shares it, so the trainer can scan
 * the parts in any order, twice, or mixed with another learner's, and the parts of another
 * summary are told apart. The file a learner shares holds the same texts, one a line. The
 * encoder writes format version 2 (`CDS2`); version 1 (`CDS1`, 24-bit lesson keys) is still
 * read, whole or in parts, since learners' phones and files sent earlier carry it.
 */
import { base45_decode, base45_encode } from './base45';
import { crc32, hex } from './bytes';
import { IMPORT_ERRORS } from './messages';
import { alphanumeric_capacity_m, MAX_QR_VERSION } from './qr-capacity';
import type { LearnerSummary } from './summary';
import {
	encode_summary,
	fail,
	FORMAT_VERSION,
	frame_crc,
	frame_text,
	OLDEST_FORMAT_VERSION,
	open_frame,
	PREFIX,
	type ErrorReason,
	type Result
} from './transfer';

export const MAX_PARTS = 30;
/** The most text one import reads (a file, or a pasted text): about 30 full QR codes. */
export const MAX_TEXT_CHARS = 20_000;

const PART_HEADER_MAX = `${PREFIX}/${MAX_PARTS}/${MAX_PARTS}/00000000:`.length;

/** The QR texts of a frame, each fitting a code of at most `version` at level M. */
export function frame_texts(frame: Uint8Array, version = MAX_QR_VERSION): string[] {
	const capacity = alphanumeric_capacity_m(version);
	const whole = frame_text(frame);
	if (whole.length <= capacity) return [whole];
	const per_part = Math.floor((capacity - PART_HEADER_MAX) / 3) * 2;
	const total = Math.ceil(frame.length / per_part);
	if (total > MAX_PARTS) throw new RangeError(`a summary of ${frame.length} bytes is too large`);
	// equal parts, an even number of bytes each, so each part's base45 is whole
	const size = Math.ceil(frame.length / total / 2) * 2;
	const id = hex(frame_crc(frame), 8).toUpperCase();
	return Array.from(
		{ length: total },
		(_, i) =>
			`${PREFIX}/${i + 1}/${total}/${id}:${base45_encode(frame.subarray(i * size, (i + 1) * size))}`
	);
}

/** A learner's summary as QR texts (usually one). */
export async function summary_texts(summary: LearnerSummary, version = MAX_QR_VERSION) {
	return frame_texts(await encode_summary(summary), version);
}

/** The file a learner shares: the texts, one a line. */
export function file_text(texts: readonly string[]) {
	return texts.join('\n') + '\n';
}

export type ParsedText =
	| { kind: 'whole'; version: number; frame: Uint8Array }
	| {
			kind: 'part';
			version: number;
			id: string;
			index: number;
			total: number;
			bytes: Uint8Array;
	  };

const TAG = /^CDS(\d{1,4})[:/]/;
const PART = /^CDS\d+\/([1-9]\d?)\/([1-9]\d?)\/([0-9A-F]{8}):(.*)$/s;

/** One scanned text, understood; never throws. */
export function parse_text(raw: string): Result<ParsedText> {
	const text = raw.trim();
	if (!text) return fail('empty');
	if (text.length > MAX_TEXT_CHARS) return fail('oversized');
	const tag = TAG.exec(text);
	if (!tag) return fail('not_ours');
	const version = Number(tag[1]);
	if (version > FORMAT_VERSION) return fail('newer_version');
	if (version < OLDEST_FORMAT_VERSION) return fail('wrong_version');
	const prefix = `CDS${version}`;
	if (text.startsWith(`${prefix}:`)) {
		const frame = base45_decode(text.slice(prefix.length + 1));
		return frame ? { ok: true, value: { kind: 'whole', version, frame } } : fail('corrupt');
	}
	// the number exactly as written (no leading zero), so one version has one tag
	if (!text.startsWith(`${prefix}/`)) return fail('corrupt');
	const part = PART.exec(text);
	if (!part) return fail('corrupt');
	const [index, total] = [Number(part[1]), Number(part[2])];
	if (index > total || total > MAX_PARTS) return fail('corrupt');
	const bytes = base45_decode(part[4]);
	if (!bytes || bytes.length === 0) return fail('corrupt');
	return { ok: true, value: { kind: 'part', version, id: part[3], index, total, bytes } };
}

/** The parts of one summary scanned so far (a value: each scan returns a new one). */
export interface Collected {
	/** the format version of the parts (all parts of one summary share it) */
	version: number;
	id: string;
	total: number;
	parts: Record<number, Uint8Array>;
}

export type ScanOutcome =
	| { kind: 'done'; summary: LearnerSummary }
	| { kind: 'added'; collected: Collected; have: number; total: number }
	| { kind: 'duplicate'; collected: Collected; have: number; total: number }
	| { kind: 'error'; collected: Collected | null; reason: ErrorReason; message: string };

/**
 * One scan added to what was collected: a whole code decodes at once; a part is kept until all
 * parts of its summary are there, in any order; a part seen before changes nothing; a part of
 * another summary is refused (the parts collected so far are kept). Never throws.
 */
export async function add_scan(collected: Collected | null, text: string): Promise<ScanOutcome> {
	const parsed = parse_text(text);
	if (!parsed.ok)
		return { kind: 'error', collected, reason: parsed.reason, message: parsed.message };
	const value = parsed.value;
	if (value.kind === 'whole')
		return finish(await open_frame(value.frame, value.version), collected);
	if (
		collected &&
		(value.id !== collected.id ||
			value.total !== collected.total ||
			value.version !== collected.version)
	) {
		return {
			kind: 'error',
			collected,
			reason: 'other_payload',
			message: IMPORT_ERRORS.other_payload
		};
	}
	const current: Collected = collected ?? {
		version: value.version,
		id: value.id,
		total: value.total,
		parts: {}
	};
	const have = Object.keys(current.parts).length;
	const known = current.parts[value.index];
	if (known) {
		if (!same(known, value.bytes)) {
			return {
				kind: 'error',
				collected,
				reason: 'other_payload',
				message: IMPORT_ERRORS.other_payload
			};
		}
		return { kind: 'duplicate', collected: current, have, total: current.total };
	}
	const next: Collected = { ...current, parts: { ...current.parts, [value.index]: value.bytes } };
	if (have + 1 < next.total)
		return { kind: 'added', collected: next, have: have + 1, total: next.total };
	const frame = join(next);
	// a frame too short to hold its checksum (a hand-made or cut part) is not ours
	if (frame.length < 7) {
		return { kind: 'error', collected: null, reason: 'corrupt', message: IMPORT_ERRORS.corrupt };
	}
	if (
		hex(frame_crc(frame), 8).toUpperCase() !== next.id ||
		crc32(frame.subarray(0, -4)) !== frame_crc(frame)
	) {
		return { kind: 'error', collected: null, reason: 'corrupt', message: IMPORT_ERRORS.corrupt };
	}
	return finish(await open_frame(frame, next.version), null);
}

function finish(result: Result<LearnerSummary>, collected: Collected | null): ScanOutcome {
	return result.ok
		? { kind: 'done', summary: result.value }
		: { kind: 'error', collected, reason: result.reason, message: result.message };
}

/** The part numbers not scanned yet. */
export function missing_parts(collected: Collected) {
	return Array.from({ length: collected.total }, (_, i) => i + 1).filter(
		(i) => !collected.parts[i]
	);
}

function join(collected: Collected) {
	const parts = Array.from({ length: collected.total }, (_, i) => collected.parts[i + 1]);
	const frame = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const part of parts) {
		frame.set(part, at);
		at += part.length;
	}
	return frame;
}

function same(a: Uint8Array, b: Uint8Array) {
	return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * A whole text (a file's contents, or pasted): one code, or every part of one summary, one a
 * line, in any order, duplicates allowed. Never throws.
 */
/** The codes in a text, one a line: trimmed, without a BOM, blank lines, # comments or repeats. */
export function code_lines(text: string): string[] {
	return [
		...new Set(
			text
				.replace(/^\uFEFF/, '')
				.split(/\r?\n/)
				.map((l) => l.trim())
				.filter((l) => l && !l.startsWith('#'))
		)
	];
}

export async function decode_transfer(
	text: string,
	expect?: { class_code: string }
): Promise<Result<LearnerSummary>> {
	if (typeof text !== 'string') return fail('invalid');
	if (text.length > MAX_TEXT_CHARS) return fail('oversized');
	const lines = code_lines(text);
	if (lines.length === 0) return fail('empty');
	let collected: Collected | null = null;
	let outcome: ScanOutcome | null = null;
	for (const line of lines) {
		if (outcome?.kind === 'done') return fail('other_payload');
		outcome = await add_scan(collected, line);
		if (outcome.kind === 'error')
			return { ok: false, reason: outcome.reason, message: outcome.message };
		if (outcome.kind !== 'done') collected = outcome.collected;
	}
	if (!outcome || outcome.kind !== 'done') {
		const missing = collected ? missing_parts(collected) : [];
		return {
			ok: false,
			reason: 'missing_parts',
			message: IMPORT_ERRORS.missing_parts(missing, collected?.total ?? 0)
		};
	}
	const summary = outcome.summary;
	if (expect && summary.class_code !== expect.class_code) {
		return {
			ok: false,
			reason: 'wrong_class',
			message: IMPORT_ERRORS.wrong_class(summary.class_code, expect.class_code)
		};
	}
	return { ok: true, value: summary };
}
