import { describe, expect, it } from 'vitest';
import { class_catalog } from '$lib/content/lessons.server';
import { decode_transfer, frame_texts } from './chunks';
import {
	alphanumeric_capacity_m,
	byte_capacity_m,
	data_codewords_m,
	MAX_QR_VERSION,
	qr_size,
	qr_version_m
} from './qr-capacity';
import { whole_course } from './testing';
import { encode_summary, PREFIX } from './transfer';

describe('QR capacity at level M (ISO/IEC 18004 Table 7)', () => {
	it('matches the standard’s table for the versions the design names', () => {
		// Table 7 (level M): version 1: 20 alphanumeric, 14 bytes; version 10: 311 / 213;
		// version 15: 600 / 412 (758 is level L); version 20: 970 / 666; version 40: 3391 / 2331.
		expect([1, 10, 15, 20, 40].map(alphanumeric_capacity_m)).toEqual([20, 311, 600, 970, 3391]);
		expect([1, 10, 15, 20, 40].map(byte_capacity_m)).toEqual([14, 213, 412, 666, 2331]);
		expect(data_codewords_m(15)).toBe(415);
		expect(qr_size(15)).toBe(77);
	});

	it('finds the smallest version for a text, alphanumeric or not', () => {
		expect(qr_version_m('A'.repeat(600))).toBe(15);
		expect(qr_version_m('A'.repeat(601))).toBe(16);
		expect(qr_version_m('a'.repeat(412))).toBe(15);
		expect(qr_version_m('A'.repeat(4000))).toBeNull();
	});
});

describe('the QR code of a learner who finished the whole course', () => {
	it('is one code of version ≤ 15 at level M, help on two steps of every lesson', async () => {
		const catalog = class_catalog;
		const summary = whole_course(catalog);
		const frame = await encode_summary(summary);
		const texts = frame_texts(frame);
		const versions = texts.map(qr_version_m);
		console.log(
			`${catalog.length} lessons finished, help on two steps of each: ${frame.length} bytes compressed → ${texts.map((t) => t.length).join(' + ')} characters, ${texts.length} code(s) of version ${versions.join(', ')} at M (one code holds ${Math.floor((alphanumeric_capacity_m(MAX_QR_VERSION) - PREFIX.length - 1) / 3) * 2} bytes)`
		);
		expect(texts).toHaveLength(1);
		expect(versions[0]).toBeLessThanOrEqual(MAX_QR_VERSION);
		expect(await decode_transfer(texts[0])).toEqual({ ok: true, value: summary });
	});
});
