import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base45_encode } from './base45';
import {
	add_scan,
	decode_transfer,
	file_text,
	frame_texts,
	summary_texts,
	type Collected
} from './chunks';
import { alphanumeric_capacity_m, qr_version_m } from './qr-capacity';
import {
	empty_roster,
	import_summary,
	normalize_roster,
	preview_import,
	type Roster
} from './roster';
import {
	catalog_keys,
	lesson_key,
	lesson_key_v1,
	short_lesson_key,
	type LearnerSummary,
	type LessonSummary
} from './summary';
import { finished_course, summary_arb } from './testing';
import { encode_body, encode_summary, frame_text } from './transfer';

describe('the transfer format', () => {
	it('a learner who finished 26 lessons (the course and its final test) fits one QR code of version ≤ 15 at level M', async () => {
		const summary = finished_course(26);
		const frame = await encode_summary(summary);
		const texts = frame_texts(frame);
		const version = qr_version_m(texts[0]);
		console.log(
			`26 lessons finished: body ${encode_body(summary).length} bytes, frame ${frame.length} bytes → ${texts[0].length} characters, QR version ${version} at M (limit ${alphanumeric_capacity_m(15)} characters)`
		);
		expect(texts).toHaveLength(1);
		expect(version).toBeLessThanOrEqual(15);
		expect(await decode_transfer(texts[0])).toEqual({ ok: true, value: summary });
	});

	it('round-trips any valid summary, as one code or as parts', async () => {
		await fc.assert(
			fc.asyncProperty(summary_arb, async (summary) => {
				const texts = await summary_texts(summary, 8);
				for (const text of texts) expect(qr_version_m(text)).toBeLessThanOrEqual(8);
				expect(await decode_transfer(file_text(texts))).toEqual({ ok: true, value: summary });
			}),
			{ numRuns: 150 }
		);
	});

	it('a learner named with HTML comes back as the same plain text', async () => {
		const summary = finished_course(2, '<img src=x onerror=alert(1)>');
		const result = await decode_transfer(file_text(await summary_texts(summary)));
		expect(result.ok && result.value.name).toBe('<img src=x onerror=alert(1)>');
	});

	it('a frame with a right checksum but a hostile name (bidi override, too long) is refused', async () => {
		const { encode_body, make_frame } = await import('./transfer');
		for (const name of ['Lan\u202Egnp.exe', 'A'.repeat(41), '', ' Lan']) {
			const body = encode_body({ ...finished_course(1), name });
			const result = await decode_transfer(frame_text(await make_frame(body)));
			expect(result, name).toMatchObject({ ok: false, reason: 'invalid' });
		}
	});

	it('refuses another class, with the class codes in the message', async () => {
		const text = file_text(await summary_texts(finished_course(1)));
		const result = await decode_transfer(text, { class_code: 'ZZ2345' });
		expect(result).toMatchObject({ ok: false, reason: 'wrong_class' });
		expect(!result.ok && result.message).toContain('HB7K2Q');
	});

	it('says what is wrong with a bad text, in Vietnamese', async () => {
		const good = frame_text(await encode_summary(finished_course(3)));
		const cases: [string, string][] = [
			['', 'empty'],
			['https://example.com/', 'not_ours'],
			['CDS3:ABC', 'newer_version'],
			['CDS0:ABC', 'wrong_version'],
			[good.slice(0, good.length - 3), 'corrupt'],
			[good.slice(0, 8), 'truncated'],
			[`${good.slice(0, 20)}0${good.slice(21)}`, 'corrupt'],
			['CDS2:' + 'A'.repeat(30_000), 'oversized'],
			['CDS2:a', 'corrupt'],
			['CDS1:a', 'corrupt'],
			['CDS01:ABC', 'corrupt']
		];
		for (const [text, reason] of cases) {
			const result = await decode_transfer(text);
			expect(result, text.slice(0, 30)).toMatchObject({ ok: false, reason });
			expect(!result.ok && result.message).toMatch(/[ạảãàáâấầẩẫậăắằẳẵặêếềểễệôốồổỗộơớờởỡợưứừửữựđ]/);
		}
	});

	it('refuses a frame whose checksum is right but whose inflated body is too large', async () => {
		const huge = new Uint8Array(200_000);
		const { make_frame } = await import('./transfer');
		const text = frame_text(await make_frame(huge));
		expect(await decode_transfer(text)).toMatchObject({ ok: false, reason: 'oversized' });
	});
});

describe('numbered parts', () => {
	it('a large summary is split into parts, each a QR code of version ≤ 15, read in any order with duplicates', async () => {
		const texts = await summary_texts(finished_course(60));
		expect(texts.length).toBeGreaterThan(1);
		expect(texts[0]).toMatch(new RegExp(`^CDS2/1/${texts.length}/[0-9A-F]{8}:`));
		for (const t of texts) expect(qr_version_m(t)).toBeLessThanOrEqual(15);
		await fc.assert(
			fc.asyncProperty(
				fc.shuffledSubarray(texts, { minLength: texts.length, maxLength: texts.length }),
				fc.array(fc.nat({ max: texts.length - 1 }), { maxLength: 4 }),
				async (order, again) => {
					let collected: Collected | null = null;
					let done = false;
					const scans = [...order];
					for (const i of again) scans.splice(i + 1, 0, order[i]);
					for (const text of scans) {
						if (done) break;
						const outcome = await add_scan(collected, text);
						expect(outcome.kind).not.toBe('error');
						if (outcome.kind === 'done') {
							expect(outcome.summary).toEqual(finished_course(60));
							done = true;
						} else if (outcome.kind !== 'error') collected = outcome.collected;
					}
					expect(done).toBe(true);
				}
			),
			{ numRuns: 30 }
		);
	});

	it('a part of another learner’s summary is refused and what was scanned is kept', async () => {
		const mine = await summary_texts(finished_course(60));
		const other = await summary_texts(finished_course(60, 'Trần Văn Ba'));
		const first = await add_scan(null, mine[0]);
		expect(first.kind).toBe('added');
		const collected = first.kind === 'added' ? first.collected : null;
		const mixed = await add_scan(collected, other[1]);
		expect(mixed).toMatchObject({ kind: 'error', reason: 'other_payload', collected });
		expect(await decode_transfer([mine[0], other[1]].join('\n'))).toMatchObject({
			ok: false,
			reason: 'other_payload'
		});
	});

	it('a one-part text too short to hold its checksum is refused, not thrown (found by the fuzz)', async () => {
		const result = await decode_transfer('CDS1/1/1/0A1B2C3D:00');
		expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
		const scan = await add_scan(null, 'CDS1/1/1/0A1B2C3D:00');
		expect(scan).toMatchObject({ kind: 'error', reason: 'corrupt' });
	});

	it('a file missing a part says which part is missing', async () => {
		const texts = await summary_texts(finished_course(60));
		const result = await decode_transfer(file_text(texts.slice(1)));
		expect(result).toMatchObject({ ok: false, reason: 'missing_parts' });
		expect(!result.ok && result.message).toContain('phần 1');
	});

	it('base45 has the RFC 9285 examples', async () => {
		const { base45_decode } = await import('./base45');
		const utf8 = (s: string) => new TextEncoder().encode(s);
		expect(base45_encode(utf8('AB'))).toBe('BB8');
		expect(base45_encode(utf8('Hello!!'))).toBe('%69 VD92EX0');
		expect(base45_encode(utf8('base-45'))).toBe('UJCLQE7W581');
		expect(new TextDecoder().decode(base45_decode('QED8WEX0')!)).toBe('ietf!');
		expect(base45_decode('GGW')).toBeNull(); // 65535 < value: RFC 9285 §6 says invalid
		expect(base45_decode('ABCD')).toBeNull();
	});
});

describe('format version 1 (24-bit lesson keys), still read', () => {
	// Made by the version-1 encoder (commit 09f54b0) from finished_course(3, 'Trần Văn Ba') with
	// its second lesson in progress: one code, and the same frame in three parts (version 4).
	const V1_TEXT =
		'CDS1:6BFQ70Z30 AW369P:6BG6.50M3G1S9SF56O7.:HYKD.YH/Y1IUA6OSM7L/34.$OM-DSH8GGMNCM3I0CRL:L7LB01001MNL227 0ZM0500SC08IN/XLC80I:4UX7$50200+/QJJ6536W-KIF3/SCDAR';
	const V1_PARTS = [
		'CDS1/1/3/6403D762:6BFQ70Z30 AW369P:6BG6.50M3G1S9SF56O7.:HYKD.YH/Y1IUA',
		'CDS1/2/3/6403D762:6OSM7L/34.$OM-DSH8GGMNCM3I0CRL:L7LB01001MNL227 0ZM0',
		'CDS1/3/3/6403D762:500SC08IN/XLC80I:4UX7$50200+/QJJ6536W-KIF3/SCDAR'
	];
	const ids = [1, 2, 3].map((n) => `chuong-1-lam-quen-dich-vu-cong/bai-${n}-nop-ho-so-truc-tuyen`);
	// the lessons by their version-1 keys, as the version-1 summary listed them
	const [first, second, third] = ['2daae8', '41065b', '742772'].map((v1) =>
		ids.find((id) => lesson_key_v1(id) === v1)!
	);
	const EXPECTED: LearnerSummary = {
		class_code: 'HB7K2Q',
		learner_id: '0b7f2d4c-1e2a-4c3b-9d8e-5f6a7b8c9d0e',
		name: 'Trần Văn Ba',
		sent_at: 1795858200000,
		lessons: [
			{
				key: lesson_key(first),
				status: 'completed',
				score: 60,
				level: 'huong-dan',
				attempts: 2,
				finished: 2,
				minutes: 4,
				completed_on: 20785,
				steps: [{ key: 'b9ce', hints: 1, mistakes: 0 }]
			},
			{
				key: lesson_key(second),
				status: 'in-progress',
				score: null,
				level: 'tu-lam',
				attempts: 1,
				finished: 0,
				minutes: 5,
				steps: [
					{ key: '38b9', hints: 2, mistakes: 1 },
					{ key: 'ac15', hints: 0, mistakes: 1 }
				]
			},
			{
				key: lesson_key(third),
				status: 'completed',
				score: 74,
				level: 'tu-lam',
				attempts: 1,
				finished: 1,
				minutes: 6,
				completed_on: 20785,
				steps: [
					{ key: 'd561', hints: 3, mistakes: 2 },
					{ key: 'e030', hints: 0, mistakes: 2 }
				]
			}
		]
	};

	it('decodes, whole or in parts in any order, with the lessons under their short keys', async () => {
		expect(ids.map(lesson_key_v1).sort()).toEqual(['2daae8', '41065b', '742772']);
		expect(lesson_key(first)).toBe(short_lesson_key('2daae8'));
		expect(await decode_transfer(V1_TEXT, { class_code: 'HB7K2Q' })).toEqual({
			ok: true,
			value: EXPECTED
		});
		const reversed = file_text([...V1_PARTS].reverse());
		expect(await decode_transfer(reversed)).toEqual({ ok: true, value: EXPECTED });
		// a part of version 1 and a part of version 2 are not one summary
		const v2_parts = await summary_texts(finished_course(60));
		const scan = await add_scan(null, V1_PARTS[0]);
		expect(scan.kind).toBe('added');
		const mixed = await add_scan(scan.kind === 'added' ? scan.collected : null, v2_parts[1]);
		expect(mixed).toMatchObject({ kind: 'error', reason: 'other_payload' });
	});

	it('the trainer names its lessons by either key form', () => {
		const keys = catalog_keys(ids.map((id) => ({ id, title: id, steps: [] })));
		for (const id of ids) {
			expect(keys.lessons.get(lesson_key(id))?.id).toBe(id);
			expect(keys.lessons.get(lesson_key_v1(id))?.id).toBe(id);
		}
	});

	it('a version-1 import, then a version-2 one of the same learner, make one row a lesson', async () => {
		const v1 = await decode_transfer(V1_TEXT);
		if (!v1.ok) throw new Error(v1.message);
		// later, on the same phone: the second lesson finished, a fourth begun; sent as version 2
		const later: LearnerSummary = {
			...EXPECTED,
			sent_at: EXPECTED.sent_at + 86_400_000,
			lessons: [
				EXPECTED.lessons[0],
				{
					...EXPECTED.lessons[1],
					status: 'completed',
					score: 90,
					finished: 1,
					completed_on: 20786
				} satisfies LessonSummary,
				EXPECTED.lessons[2],
				{ ...EXPECTED.lessons[1], key: lesson_key('lam-quen/dang-nhap') }
			].sort((a, b) => a.key.localeCompare(b.key))
		};
		const v2_text = file_text(await summary_texts(later));
		expect(v2_text.startsWith('CDS2:')).toBe(true);
		const v2 = await decode_transfer(v2_text);
		if (!v2.ok) throw new Error(v2.message);
		const after_v1 = import_summary(empty_roster('HB7K2Q'), v1.value);
		if (!after_v1.ok) throw new Error(after_v1.message);
		const after_v2 = import_summary(after_v1.value, v2.value);
		if (!after_v2.ok) throw new Error(after_v2.message);
		const rows = after_v2.value.learners[0].lessons;
		expect(rows.map((l) => l.key).sort()).toEqual(
			[...ids, 'lam-quen/dang-nhap'].map(lesson_key).sort()
		);
		expect(rows.find((l) => l.key === lesson_key(second))).toMatchObject({
			status: 'completed',
			score: 90
		});

		// a roster the version-1 app stored (6-hex keys) meets the version-2 import just as well
		const stored = {
			...after_v1.value,
			learners: after_v1.value.learners.map((l) => ({
				...l,
				lessons: l.lessons.map((x) => ({
					...x,
					key: lesson_key_v1(ids.find((id) => lesson_key(id) === x.key)!)
				}))
			}))
		};
		expect(stored.learners[0].lessons[0].key).toMatch(/^[0-9a-f]{6}$/);
		const merged = import_summary(stored, v2.value);
		expect(merged.ok && merged.value).toEqual(after_v2.value);
		// the preview names the same changes as against the roster kept under short keys
		const preview = (roster: Roster) => {
			const p = preview_import(roster, v2.value);
			return p.ok && p.value.changes.map((c) => [c.key, c.completed_now] as const);
		};
		expect(preview(stored)).toEqual(preview(after_v1.value));
		const changes = new Map(preview(stored) || []);
		expect(changes.get(lesson_key(second))).toBe(true);
		expect(changes.get(lesson_key('lam-quen/dang-nhap'))).toBe(false);
		expect([...changes.keys()].every((k) => k.length === 4)).toBe(true);
		expect(normalize_roster(stored)).toEqual(after_v1.value);
	});
});
