// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
	ID_LOOKS_REAL,
	ID_NOT_12_DIGITS,
	VNEID_PASSWORD_RULES,
	check_practice_id,
	check_vneid_password,
	describe_citizen_id,
	make_practice_id
} from './citizen-id';

/** A fake random source that plays back the given values in turn. */
function sequence_random(values: number[]): () => number {
	let i = 0;
	return () => values[i++ % values.length];
}

describe('make_practice_id', () => {
	it('makes 031, sex digit 2 or 3, year 99, then 6 random digits', () => {
		expect(make_practice_id(sequence_random([0.1, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]))).toBe(
			'031299123456'
		);
		expect(make_practice_id(sequence_random([0.7, 0.95, 0, 0, 0, 0, 0.05]))).toBe('031399900000');
	});

	it('never writes a 10th digit, even when random returns 1', () => {
		expect(make_practice_id(() => 1)).toBe('031399999999');
		expect(make_practice_id(() => 0)).toBe('031299000000');
	});

	it('always makes a number the checker accepts', () => {
		for (let seed = 0; seed < 50; seed++) {
			const id = make_practice_id(sequence_random([seed / 50, ((seed * 7) % 50) / 50]));
			expect(id).toMatch(/^031[23]99\d{6}$/);
			expect(check_practice_id(id, '2026-03-02')).toBeNull();
			expect(describe_citizen_id(id)?.birth_year).toBe(2099);
		}
	});
});

describe('describe_citizen_id', () => {
	it('reads province, sex and birth year', () => {
		expect(describe_citizen_id('031299123456')).toEqual({
			province_code: '031',
			sex: 'nam',
			birth_year: 2099
		});
		expect(describe_citizen_id('001185000123')).toEqual({
			province_code: '001',
			sex: 'nu',
			birth_year: 1985
		});
		expect(describe_citizen_id('079060000001')).toEqual({
			province_code: '079',
			sex: 'nam',
			birth_year: 1960
		});
	});

	it('reads every century digit', () => {
		const years = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(
			(d) => describe_citizen_id(`031${d}45000000`)?.birth_year
		);
		expect(years).toEqual([1945, 1945, 2045, 2045, 2145, 2145, 2245, 2245, 2345, 2345]);
	});

	it('ignores spaces between groups', () => {
		expect(describe_citizen_id(' 031 2 99 123456 ')?.birth_year).toBe(2099);
	});

	it('returns null unless there are exactly 12 digits', () => {
		for (const bad of ['', '03129912345', '0312991234567', '03129912345a', '031-299-123456']) {
			expect(describe_citizen_id(bad)).toBeNull();
		}
		expect(describe_citizen_id(31299123456)).toBeNull();
	});
});

describe('check_practice_id', () => {
	it('accepts a practice number born in the future', () => {
		expect(check_practice_id('031299123456', '2026-03-02')).toBeNull();
		expect(check_practice_id('031 3 99 000001', '2026-03-02')).toBeNull();
		expect(check_practice_id('031227000000', '2026-03-02')).toBeNull();
	});

	it('asks for 12 digits', () => {
		expect(ID_NOT_12_DIGITS).toBe(
			'Số định danh cá nhân gồm đúng 12 chữ số, hãy kiểm tra và nhập lại'
		);
		expect(check_practice_id('03129912345', '2026-03-02')).toBe(ID_NOT_12_DIGITS);
		expect(check_practice_id('abc', '2026-03-02')).toBe(ID_NOT_12_DIGITS);
		expect(check_practice_id('', '2026-03-02')).toBe(ID_NOT_12_DIGITS);
	});

	it('gently refuses a number that may be a real person’s', () => {
		expect(ID_LOOKS_REAL).toBe(
			'Đây là bản tập nên xin đừng nhập số định danh thật, hãy dùng số mẫu hiện trên màn hình'
		);
		expect(check_practice_id('031160012345', '2026-03-02')).toBe(ID_LOOKS_REAL); // born 1960
		expect(check_practice_id('001225012345', '2026-03-02')).toBe(ID_LOOKS_REAL); // born 2025
	});

	it('treats a birth in the current year as real, and the next year as fake', () => {
		expect(check_practice_id('031226000000', '2026-12-31')).toBe(ID_LOOKS_REAL);
		expect(check_practice_id('031227000000', '2026-12-31')).toBeNull();
		expect(check_practice_id('031227000000', '2027-01-01')).toBe(ID_LOOKS_REAL);
	});

	it('refuses a "today" that is not an ISO date', () => {
		expect(() => check_practice_id('031299123456', '02/03/2026')).toThrow(RangeError);
	});
});

describe('check_vneid_password', () => {
	it('accepts a password that meets every rule', () => {
		expect(check_vneid_password('Tap@2026')).toEqual([]);
		expect(check_vneid_password('Abcdefghijklmnop1(_)')).toEqual([]);
	});

	it('lists the unmet rules in order', () => {
		expect(check_vneid_password('')).toEqual([
			'Dùng từ 8 đến 20 ký tự',
			'Thêm ít nhất một chữ số (0–9)',
			'Thêm ít nhất một chữ in hoa (A–Z)',
			'Thêm ít nhất một chữ thường (a–z)',
			'Thêm ít nhất một ký tự đặc biệt: ! @ # $ ^ * ( ) _'
		]);
		expect(check_vneid_password('matkhau123')).toEqual([
			VNEID_PASSWORD_RULES.upper,
			VNEID_PASSWORD_RULES.special
		]);
	});

	it('checks the length limits 8 and 20', () => {
		expect(check_vneid_password('Ab1!xyz')).toEqual([VNEID_PASSWORD_RULES.length]);
		expect(check_vneid_password('Ab1!xyzw')).toEqual([]);
		expect(check_vneid_password('Ab1!' + 'x'.repeat(16))).toEqual([]);
		expect(check_vneid_password('Ab1!' + 'x'.repeat(17))).toEqual([VNEID_PASSWORD_RULES.length]);
	});

	it('accepts each listed special character and no other symbol', () => {
		for (const c of '!@#$^*()_') expect(check_vneid_password(`Abcdef1${c}`)).toEqual([]);
		expect(check_vneid_password('Abcdef1%')).toEqual([
			VNEID_PASSWORD_RULES.special,
			VNEID_PASSWORD_RULES.allowed
		]);
		expect(check_vneid_password('Abcdef1& ')).toEqual([
			VNEID_PASSWORD_RULES.special,
			VNEID_PASSWORD_RULES.allowed
		]);
	});

	it('does not count accented letters as letters of the rule', () => {
		expect(check_vneid_password('Mật@khẩu1')).toEqual([VNEID_PASSWORD_RULES.allowed]);
		expect(check_vneid_password('ĐÔNG@123')).toEqual([
			VNEID_PASSWORD_RULES.lower,
			VNEID_PASSWORD_RULES.allowed
		]);
	});
});
