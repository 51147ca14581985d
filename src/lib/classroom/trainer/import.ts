/**
 * What the trainer imports, before anything is written: texts from QR codes and files decoded
 * and checked (transfer.ts, chunks.ts: the versioned format, CDS2 and the older CDS1 alike, its
 * checksum and the valibot schema), then previewed against the class's roster as one batch, so several records of one
 * learner, or the same record twice, preview as they will merge. Pure; never throws on input.
 */
import * as v from 'valibot';
import { add_scan, code_lines, decode_transfer, MAX_TEXT_CHARS, type Collected } from '../chunks';
import { IMPORT_ERRORS } from '../messages';
import {
	describe_preview,
	import_summary,
	preview_import,
	type ImportPreview,
	type Roster
} from '../roster';
import { learner_summary } from '../schema';
import type { CatalogKeys, LearnerSummary } from '../summary';
import { fail, type Result } from '../transfer';

/** The most codes one file may hold (a whole class of 1,000 learners fits). */
export const MAX_FILE_CODES = 2_000;
/** The largest file read: 2,000 codes of a whole course each. */
export const MAX_FILE_BYTES = MAX_FILE_CODES * MAX_TEXT_CHARS;
/** The most files picked at once. */
export const MAX_FILES = 200;

export interface Decoded {
	/** where it came from: a file's name, or "Mã QR" */
	source: string;
	result: Result<LearnerSummary>;
}

/**
 * The summaries in a text: one learner's file (one code, or its parts 1/3, 2/3… in any order),
 * or several learners' codes one a line (a class's collected file). Parts are grouped by the
 * summary they belong to. Every code gets its own result: one bad code does not hide the others.
 */
export async function decode_text(
	text: string,
	expect: { class_code: string }
): Promise<Result<LearnerSummary>[]> {
	if (typeof text !== 'string') return [await decode_transfer(text as never)];
	if (text.length > MAX_FILE_BYTES) return [fail_oversized()];
	const lines = code_lines(text);
	if (lines.length > MAX_FILE_CODES * 3) return [fail_oversized()];
	if (lines.length <= 1) return [await decode_transfer(text, expect)];
	const results: Result<LearnerSummary>[] = [];
	const groups = new Map<string, string[]>();
	for (const line of lines) {
		const part = /^CDS\d+\/\d+\/(\d+)\/([0-9A-F]{8}):/.exec(line);
		if (part) {
			const id = `${part[1]}/${part[2]}`;
			groups.set(id, [...(groups.get(id) ?? []), line]);
		} else results.push(await decode_transfer(line, expect));
	}
	for (const group of groups.values())
		results.push(await decode_transfer(group.join('\n'), expect));
	return results;
}

function fail_oversized(): Result<LearnerSummary> {
	return { ok: false, reason: 'oversized', message: IMPORT_ERRORS.oversized };
}

/** A file picked by the trainer, read with its size checked first; never throws. */
export async function decode_file(
	file: { name: string; size: number; text: () => Promise<string> },
	expect: { class_code: string }
): Promise<Decoded[]> {
	const source = file.name || 'Tệp';
	if (file.size > MAX_FILE_BYTES) return [{ source, result: fail_oversized() }];
	let text: string;
	try {
		text = await file.text();
	} catch {
		return [{ source, result: { ok: false, reason: 'corrupt', message: IMPORT_ERRORS.corrupt } }];
	}
	// A file that is not ours may be many lines of the same nonsense: its reason is said once.
	const said = new Set<string>();
	const decoded: Decoded[] = [];
	for (const result of await decode_text(text, expect)) {
		if (!result.ok && said.has(result.message)) continue;
		if (!result.ok) said.add(result.message);
		decoded.push({ source, result });
	}
	return decoded;
}

/** The largest picture read (a phone's screenshot is well under this). */
export const MAX_PICTURE_BYTES = 20 * 1024 * 1024;

/** A picture file: a screenshot of a learner's QR code, sent over Zalo. */
export function is_picture(file: { name: string; type: string }) {
	return file.type.startsWith('image/') || /\.(png|jpe?g|webp|gif|bmp)$/i.test(file.name);
}

/**
 * Pictures of QR codes (screenshots learners sent): each read by `read` (a QR reader; null when
 * it finds no code), then all their texts decoded together, so the parts of one learner's code
 * (1/3, 2/3, …) in several pictures join up, in any order, and the same picture twice counts
 * once. A picture with no code, too big or unreadable gets its own message; never throws.
 */
export async function decode_pictures<F extends { name: string; size: number }>(
	files: F[],
	read: (file: F) => Promise<string | null>,
	expect: { class_code: string }
): Promise<Decoded[]> {
	const decoded: Decoded[] = [];
	const texts: string[] = [];
	const read_from: string[] = [];
	for (const file of files) {
		const source = file.name || 'Ảnh';
		if (file.size > MAX_PICTURE_BYTES) {
			decoded.push({ source, result: fail_oversized() });
			continue;
		}
		const text = await read(file).catch(() => null);
		if (text) {
			texts.push(text);
			read_from.push(source);
		} else decoded.push({ source, result: fail('no_code') });
	}
	if (texts.length) {
		const source = read_from.length === 1 ? read_from[0] : `${read_from.length} ảnh mã QR`;
		for (const result of await decode_text(texts.join('\n'), expect)) {
			decoded.push({ source, result });
		}
	}
	return decoded;
}

/** One scan from the camera, added to the parts collected so far, with the class checked. */
export async function scan_step(collected: Collected | null, text: string, class_code: string) {
	const outcome = await add_scan(collected, text);
	if (outcome.kind === 'done' && outcome.summary.class_code !== class_code) {
		return {
			kind: 'error' as const,
			collected: null,
			reason: 'wrong_class' as const,
			message: IMPORT_ERRORS.wrong_class(outcome.summary.class_code, class_code)
		};
	}
	return outcome;
}

export interface PreviewItem {
	source: string;
	/** the learner's name, when the record could be read */
	name?: string;
	error?: string;
	preview?: ImportPreview;
	/** the preview in plain Vietnamese, one line a change */
	lines: string[];
}

export interface BatchPreview {
	items: PreviewItem[];
	/** the summaries that will be merged, in order */
	summaries: LearnerSummary[];
	/** the roster once they are */
	after: Roster;
	/** records that change the class */
	changing: number;
	/** records that cannot be used */
	refused: number;
}

/**
 * What importing these records would do, record by record, without writing anything. Each
 * record is previewed against the learner as merged so far (the merge is associative, so this
 * is the roster's merge, one learner at a time: 1,000 learners preview in linear time).
 */
export function preview_batch(
	roster: Roster,
	decoded: readonly Decoded[],
	keys: CatalogKeys
): BatchPreview {
	const current = new Map(roster.learners.map((l) => [l.learner_id, l]));
	const items: PreviewItem[] = [];
	const summaries: LearnerSummary[] = [];
	let changing = 0;
	let refused = 0;
	for (const { source, result } of decoded) {
		if (!result.ok) {
			refused++;
			items.push({ source, error: result.message, lines: [] });
			continue;
		}
		const summary = result.value;
		const kept = current.get(summary.learner_id);
		const single: Roster = { class_code: roster.class_code, learners: kept ? [kept] : [] };
		const preview = preview_import(single, summary);
		const merged = import_summary(single, summary);
		if (!preview.ok || !merged.ok) {
			refused++;
			const message = !preview.ok ? preview.message : !merged.ok ? merged.message : '';
			items.push({ source, name: summary.name, error: message, lines: [] });
			continue;
		}
		if (!preview.value.nothing_new) changing++;
		current.set(summary.learner_id, merged.value.learners[0]);
		summaries.push(summary);
		items.push({
			source,
			name: summary.name,
			preview: preview.value,
			lines: describe_preview(preview.value, keys)
		});
	}
	const after: Roster = {
		class_code: roster.class_code,
		learners: [...current.values()].sort((a, b) => a.learner_id.localeCompare(b.learner_id))
	};
	return { items, summaries, after, changing, refused };
}

/**
 * Summaries merged into a roster, each checked against the schema again (what reaches the
 * database is what the schema allows, whatever the caller did); one that does not fit, or is
 * for another class, refuses them all.
 */
export function merge_checked(
	roster: Roster,
	summaries: readonly LearnerSummary[]
): Result<Roster> {
	let merged = roster;
	for (const summary of summaries) {
		if (!v.is(learner_summary, summary)) {
			return { ok: false, reason: 'invalid', message: IMPORT_ERRORS.invalid };
		}
		const next = import_summary(merged, summary);
		if (!next.ok) return next;
		merged = next.value;
	}
	return { ok: true, value: merged };
}
