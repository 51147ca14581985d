// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	PRACTICE_AGENCY_CODE,
	next_dossier_code,
	practice_agency_code,
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

describe('practice_agency_code', () => {
	it('gives the first office the practice code and each next office its own', () => {
		expect(practice_agency_code(0)).toBe(PRACTICE_AGENCY_CODE);
		expect(practice_agency_code(1)).toBe('000.01.99.H99');
		expect(practice_agency_code(99)).toBe('000.99.99.H99');
		expect(practice_agency_code(100)).toBe('000.A0.99.H99');
		expect(practice_agency_code(1035)).toBe('000.ZZ.99.H99');
	});

	it('never gives two offices the same code, and every code makes valid dossier codes', () => {
		const codes = Array.from({ length: 1036 }, (_, n) => practice_agency_code(n));
		expect(new Set(codes).size).toBe(1036);
		for (const agency_code of codes) {
			const code = make_dossier_code({ agency_code, date: '2026-11-23', sequence: 1 });
			expect(parse_dossier_code(code)?.agency_code).toBe(agency_code);
		}
		expect(() => practice_agency_code(-1)).toThrow(RangeError);
		expect(() => practice_agency_code(1036)).toThrow(RangeError);
	});
});

describe('next_dossier_code', () => {
	const date = '2026-11-23';
	const a = practice_agency_code(0);
	const b = practice_agency_code(1);

	it('starts each office and day at 0001', () => {
		expect(next_dossier_code({ agency_code: a, date, issued: [] })).toBe(`${a}-261123-0001`);
	});

	it('counts per office and day, so many filings on one day at two offices never repeat', () => {
		const issued: string[] = [];
		for (let i = 0; i < 30; i++) {
			for (const agency_code of [a, b])
				issued.push(next_dossier_code({ agency_code, date, issued }));
		}
		issued.push(next_dossier_code({ agency_code: a, date: '2026-11-24', issued }));
		expect(new Set(issued).size).toBe(61);
		expect(issued.slice(0, 4)).toEqual([
			`${a}-261123-0001`,
			`${b}-261123-0001`,
			`${a}-261123-0002`,
			`${b}-261123-0002`
		]);
		expect(issued.at(-2)).toBe(`${b}-261123-0030`);
		expect(issued.at(-1)).toBe(`${a}-261124-0001`);
	});

	it('follows the highest number issued, even out of order, and ignores other text', () => {
		const issued = [`${a}-261123-0007`, `${a}-261123-0002`, `${b}-261123-0040`, 'not a code'];
		expect(next_dossier_code({ agency_code: a, date, issued })).toBe(`${a}-261123-0008`);
	});
});
