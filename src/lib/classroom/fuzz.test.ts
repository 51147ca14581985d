/**
 * Fuzz: thousands of mutated and random inputs to every import path (a scanned QR text, scans
 * one after another, a learner's file, a backup file). None may throw; each gives either a
 * record that passes the schema or one of the Vietnamese messages; nothing given to them is
 * changed (inputs are deep-frozen, so a write would throw).
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { backup_text, make_backup, plan_restore, read_backup, type DeviceData } from './backup';
import { BASE45_ALPHABET } from './base45';
import { ByteWriter } from './bytes';
import { add_scan, decode_transfer, file_text, summary_texts } from './chunks';
import { IMPORT_ERRORS } from './messages';
import { empty_roster, import_summary, preview_import } from './roster';
import { learner_summary } from './schema';
import { finished_course, summary_arb } from './testing';
import { frame_text, make_frame } from './transfer';

const RUNS = 1000;
const MESSAGES = new Set<string>(Object.values(IMPORT_ERRORS).filter((m) => typeof m === 'string'));

function deep_freeze<T>(value: T): T {
	// typed arrays cannot be frozen: the objects holding them are
	if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const child of Object.values(value)) deep_freeze(child);
	}
	return value;
}

function is_vietnamese_message(message: string) {
	return (
		MESSAGES.has(message) ||
		/^(Tiến độ này gửi cho lớp có mã|Còn thiếu \d+ trong \d+ phần)/.test(message)
	);
}

/** A text changed in one of the ways a camera, a chat app or an attacker changes it. */
const mutation = (text: string) =>
	fc.oneof(
		fc
			.record({
				at: fc.nat(text.length),
				c: fc.constantFrom(...BASE45_ALPHABET, 'a', 'é', '\n', '\u0000')
			})
			.map(({ at, c }) => text.slice(0, at) + c + text.slice(at + 1)),
		fc
			.record({ at: fc.nat(text.length), n: fc.integer({ min: 1, max: 40 }) })
			.map(({ at, n }) => text.slice(0, at) + text.slice(at + n)),
		fc
			.record({ at: fc.nat(text.length), s: fc.string({ maxLength: 20 }) })
			.map(({ at, s }) => text.slice(0, at) + s + text.slice(at)),
		fc.nat(text.length).map((n) => text.slice(0, n)),
		fc.nat(text.length).map((n) => text.slice(n)),
		fc
			.constantFrom('CDS1:', 'CDS2:', 'CDS3:', 'CDS2/1/2/00000000:', 'CDS9999:', 'cds2:')
			.map((p) => p + text.slice(5)),
		fc.constant(text + text),
		fc.constant(text.toLowerCase())
	);

const random_text = fc.oneof(
	fc.string({ maxLength: 300 }),
	fc.string({ unit: 'binary', maxLength: 300 }),
	fc
		.tuple(
			fc.constantFrom(1, 2),
			fc.string({ unit: fc.constantFrom(...BASE45_ALPHABET), maxLength: 900 })
		)
		.map(([version, s]) => `CDS${version}:${s}`),
	fc
		.tuple(
			fc.constantFrom(1, 2),
			fc.integer({ min: 1, max: 40 }),
			fc.integer({ min: 1, max: 40 }),
			fc.string({ unit: fc.constantFrom(...BASE45_ALPHABET), maxLength: 300 })
		)
		.map(([version, i, n, s]) => `CDS${version}/${i}/${n}/0A1B2C3D:${s}`)
);

/**
 * Frames with a right checksum around hostile bodies (random bytes, or absurd values), read as
 * format version 2 or as version 1.
 */
const hostile_body = fc.oneof(
	fc.uint8Array({ maxLength: 400 }),
	fc
		.record({
			name: fc.string({ maxLength: 60 }),
			code: fc.string({ maxLength: 10 }),
			n: fc.nat()
		})
		.map(({ name, code, n }) => {
			const w = new ByteWriter();
			w.text(code);
			w.u8(0);
			w.text('x');
			w.text(name);
			w.int(n);
			w.uint(n);
			return w.done();
		})
);
const hostile_frame_text = fc
	.tuple(hostile_body, fc.constantFrom('CDS1:', 'CDS2:'))
	.map(async ([body, tag]) => tag + frame_text(await make_frame(body)).slice(tag.length));

async function check_transfer(text: string) {
	const roster = deep_freeze(empty_roster('HB7K2Q'));
	const result = await decode_transfer(text, { class_code: 'HB7K2Q' });
	if (result.ok) {
		expect(v.safeParse(learner_summary, result.value).success).toBe(true);
		expect(preview_import(roster, result.value).ok).toBe(true);
		expect(import_summary(roster, result.value).ok).toBe(true);
	} else {
		expect(is_vietnamese_message(result.message), result.message).toBe(true);
	}
	const scan = await add_scan(null, text);
	if (scan.kind === 'error') expect(is_vietnamese_message(scan.message), scan.message).toBe(true);
}

describe('fuzz: every import path', () => {
	it(`QR texts and files: ${RUNS} mutated, ${RUNS} random, ${RUNS / 4} hostile frames`, async () => {
		const single = (await summary_texts(finished_course(5)))[0];
		const parts = await summary_texts(finished_course(60));
		const file = file_text(parts);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(mutation(single), mutation(file), mutation(parts[1])),
				check_transfer
			),
			{ numRuns: RUNS }
		);
		await fc.assert(fc.asyncProperty(random_text, check_transfer), { numRuns: RUNS });
		await fc.assert(
			fc.asyncProperty(hostile_frame_text, async (text) => check_transfer(await text)),
			{ numRuns: RUNS / 4 }
		);
	});

	it(`scans one after another: ${RUNS} sequences of good, mutated and foreign parts`, async () => {
		const mine = await summary_texts(finished_course(60));
		const other = await summary_texts(finished_course(60, 'Trần Văn Ba'));
		const scans = fc.array(
			fc.oneof(fc.constantFrom(...mine, ...other), fc.constantFrom(...mine).chain(mutation)),
			{ maxLength: 8 }
		);
		await fc.assert(
			fc.asyncProperty(scans, async (texts) => {
				let collected = null;
				for (const text of texts) {
					const outcome = await add_scan(deep_freeze(collected), text);
					if (outcome.kind === 'error') expect(is_vietnamese_message(outcome.message)).toBe(true);
					else if (outcome.kind === 'done') {
						expect(v.safeParse(learner_summary, outcome.summary).success).toBe(true);
						collected = null;
					} else collected = outcome.collected;
				}
			}),
			{ numRuns: RUNS }
		);
	});

	it(`backup files: ${RUNS} mutated, ${RUNS} random JSON, none throws or changes the device`, async () => {
		const roster = import_summary(empty_roster('HB7K2Q'), finished_course(3));
		const data: DeviceData = {
			learners: [
				{
					id: 'lan',
					name: 'Bà Lan',
					avatar: 'hoa-sen',
					created_at: 1,
					last_active_at: 2,
					classes: [{ code: 'HB7K2Q', joined_at: 2 }]
				}
			],
			settings: [{ learner_id: 'lan', text_scale: 1, contrast: 'normal', updated_at: 1 }],
			progress: [],
			certificates: [
				{
					schema: 1,
					id: 'lan a/b',
					learner_id: 'lan',
					earned_at: 1,
					issued_at: 2,
					lessons: [{ id: 'a/b', title: 'Bài một' }]
				}
			],
			classes: roster.ok
				? [
						{
							info: {
								id: '3b1f8e2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
								code: 'HB7K2Q',
								name: 'Lớp',
								place: '',
								trainer: '',
								starts: '',
								ends: '',
								created_at: 0
							},
							roster: roster.value
						}
					]
				: []
		};
		const good = backup_text(make_backup(data, 1));
		const device = deep_freeze(structuredClone(data));
		const check = (text: string) => {
			const result = read_backup(text);
			if (result.ok) plan_restore(device, result.value.data, () => undefined);
			else expect(MESSAGES.has(result.message), result.message).toBe(true);
		};
		fc.assert(fc.property(mutation(good), check), { numRuns: RUNS });
		fc.assert(
			fc.property(
				fc.oneof(
					fc.jsonValue().map((j) => JSON.stringify(j)),
					fc
						.jsonValue()
						.map((j) => good.replace('"avatar":"hoa-sen"', `"avatar":${JSON.stringify(j)}`)),
					fc
						.jsonValue()
						.map((j) => good.replace(/"lessons":\[/, `"lessons":[${JSON.stringify(j)},`)),
					fc
						.jsonValue()
						.map((j) =>
							JSON.stringify({ format: 'cong-dan-so-sao-luu', version: 1, exported_at: 1, data: j })
						)
				),
				check
			),
			{ numRuns: RUNS }
		);
	});

	it('random valid summaries always decode to themselves (the fuzz’s control)', async () => {
		await fc.assert(
			fc.asyncProperty(summary_arb, async (summary) => {
				const result = await decode_transfer(file_text(await summary_texts(summary)));
				expect(result).toEqual({ ok: true, value: summary });
			}),
			{ numRuns: 100 }
		);
	});
});
