// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { clean_text } from './clean';

describe('clean_text', () => {
	it('composes decomposed Vietnamese letters to NFC', () => {
		const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Lan';
		expect(decomposed).not.toBe('Nguyễn Thị Lan');
		expect(clean_text(decomposed)).toBe('Nguyễn Thị Lan');
		expect(clean_text(decomposed).length).toBe('Nguyễn Thị Lan'.length);
	});

	it('removes zero-width characters, the byte-order mark and soft hyphens', () => {
		expect(clean_text('\uFEFFNguy\u200Bễn\u200C \u200DAn\u2060')).toBe('Nguyễn An');
		expect(clean_text('Hoàng\u00ADMai')).toBe('HoàngMai');
	});

	it('removes bidirectional controls that could make a name read differently', () => {
		expect(clean_text('\u202EnaL\u202C')).toBe('naL');
		expect(clean_text('\u2066Lan\u2069 \u200Ebà\u200F\u061C')).toBe('Lan bà');
	});

	it('composes a letter whose accent was split from it by an invisible character', () => {
		expect(clean_text('e\u200B\u0302')).toBe('ê');
	});

	it('keeps ordinary text, spaces and line breaks as typed', () => {
		for (const text of ['', 'Số 12, ngõ 3', '  hai  khoảng  ', 'dòng 1\ndòng 2', 'Ông Bình 😊']) {
			expect(clean_text(text)).toBe(text);
		}
	});
});
