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
import { finished_course, summary_arb } from './testing';
import { encode_body, encode_summary, frame_text } from './transfer';

describe('the transfer format', () => {
	it('a learner who finished 20 lessons fits one QR code of version ≤ 15 at level M', async () => {
		const summary = finished_course(20);
		const frame = await encode_summary(summary);
		const texts = frame_texts(frame);
		const version = qr_version_m(texts[0]);
		console.log(
			`20 lessons finished: body ${encode_body(summary).length} bytes, frame ${frame.length} bytes → ${texts[0].length} characters, QR version ${version} at M (limit ${alphanumeric_capacity_m(15)} characters)`
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
			['CDS2:ABC', 'newer_version'],
			['CDS0:ABC', 'wrong_version'],
			[good.slice(0, good.length - 3), 'corrupt'],
			[good.slice(0, 8), 'truncated'],
			[`${good.slice(0, 20)}0${good.slice(21)}`, 'corrupt'],
			['CDS1:' + 'A'.repeat(30_000), 'oversized'],
			['CDS1:a', 'corrupt']
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
		expect(texts[0]).toMatch(new RegExp(`^CDS1/1/${texts.length}/[0-9A-F]{8}:`));
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
