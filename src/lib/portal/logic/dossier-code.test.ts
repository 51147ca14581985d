// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	PRACTICE_AGENCY_CODE,
	is_dossier_code,
	make_dossier_code,
	parse_dossier_code
} from './dossier-code';

describe('make_dossier_code', () => {
	it('uses the practice agency code by default', () => {
		expect(PRACTICE_AGENCY_CODE).toBe('000.00.99.H99');
		expect(make_dossier_code({ date: '2025-07-15', sequence: 1 })).toBe(
			'000.00.99.H99-250715-0001'
		);
	});

	it('pads the sequence to 4 digits', () => {
		expect(make_dossier_code({ date: '2026-02-23', sequence: 12 })).toBe(
			'000.00.99.H99-260223-0012'
		);
		expect(make_dossier_code({ date: '2026-12-31', sequence: 9999 })).toBe(
			'000.00.99.H99-261231-9999'
		);
	});

	it('takes another agency code, letters included', () => {
		expect(
			make_dossier_code({ agency_code: '000.17.22.H56', date: '2021-05-31', sequence: 1 })
		).toBe('000.17.22.H56-210531-0001');
		expect(
			make_dossier_code({ agency_code: '000.A0.01.H26', date: '2021-02-12', sequence: 9090 })
		).toBe('000.A0.01.H26-210212-9090');
	});

	it('refuses a bad sequence, date or agency code', () => {
		const date = '2026-03-02';
		expect(() => make_dossier_code({ date, sequence: 0 })).toThrow(RangeError);
		expect(() => make_dossier_code({ date, sequence: 10000 })).toThrow(RangeError);
		expect(() => make_dossier_code({ date, sequence: 1.5 })).toThrow(RangeError);
		expect(() => make_dossier_code({ date: '02/03/2026', sequence: 1 })).toThrow(RangeError);
		expect(() => make_dossier_code({ date: '1999-12-31', sequence: 1 })).toThrow(RangeError);
		expect(() => make_dossier_code({ agency_code: 'H99', date, sequence: 1 })).toThrow(RangeError);
		expect(() => make_dossier_code({ agency_code: '000.00.99.999', date, sequence: 1 })).toThrow(
			RangeError
		);
	});
});

describe('parse_dossier_code', () => {
	it('reads the parts back', () => {
		expect(parse_dossier_code('000.00.99.H99-250715-0001')).toEqual({
			agency_code: '000.00.99.H99',
			date: '2025-07-15',
			sequence: 1
		});
		expect(parse_dossier_code('000.00.14.H56-200203-0118')).toEqual({
			agency_code: '000.00.14.H56',
			date: '2020-02-03',
			sequence: 118
		});
	});

	it('round-trips with make_dossier_code', () => {
		const code = make_dossier_code({ date: '2026-11-25', sequence: 37 });
		expect(parse_dossier_code(code)).toEqual({
			agency_code: PRACTICE_AGENCY_CODE,
			date: '2026-11-25',
			sequence: 37
		});
	});

	it('forgives spaces around the code and lower case', () => {
		expect(parse_dossier_code('  000.00.99.h99-250715-0001 ')?.agency_code).toBe('000.00.99.H99');
		expect(is_dossier_code('000.00.99.h99-250715-0001')).toBe(true);
	});

	it('rejects codes in other formats or with impossible parts', () => {
		for (const bad of [
			'',
			'000.00.99.H99-250715-1',
			'000.00.99.H99-250715-0000',
			'000.00.99.H99-250230-0001',
			'000.00.99.H99-251301-0001',
			'000.00.99.H99-20250715-0001',
			'38.98.H29-210519-0003',
			'G09.20-20260609-0092637',
			'000.00.99.H99 250715 0001',
			'EB123456785VN'
		]) {
			expect(parse_dossier_code(bad)).toBeNull();
			expect(is_dossier_code(bad)).toBe(false);
		}
		expect(parse_dossier_code(12345)).toBeNull();
	});
});
