// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { normalize_vi, search_procedures, type SearchableProcedure } from './search';

const PROCEDURES: SearchableProcedure[] = [
	{
		id: 'chung-thuc-ban-sao',
		name: 'Thủ tục chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận',
		code: '2.000815',
		keywords: ['sao y', 'công chứng bản sao'],
		summary: 'Xin bản sao có đóng dấu xác nhận đúng với bản chính.'
	},
	{
		id: 'lien-thong-khai-sinh',
		name: 'Liên thông điện tử: đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế, cấp thẻ căn cước cho trẻ em dưới 6 tuổi',
		code: '3.000722',
		keywords: ['trẻ mới sinh', 'BHYT'],
		summary: 'Làm cùng lúc giấy khai sinh, hộ khẩu và thẻ bảo hiểm y tế cho con nhỏ.'
	},
	{
		id: 'dang-ky-khai-sinh',
		name: 'Thủ tục đăng ký khai sinh',
		code: '1.001193',
		keywords: ['giấy khai sinh', 'làm giấy khai sinh cho con'],
		summary: 'Đăng ký cho trẻ mới sinh trong vòng 60 ngày.'
	},
	{
		id: 'dang-ky-ket-hon',
		name: 'Đăng ký kết hôn',
		code: '1.000894',
		keywords: ['cưới', 'giấy đăng ký kết hôn'],
		summary: 'Hai người cùng đến Ủy ban nhân dân xã, phường để ký.'
	},
	{
		id: 'giay-phep-xay-dung',
		name: 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ',
		summary: 'Xin phép trước khi xây nhà.'
	},
	{
		id: 'dang-ky-khai-tu',
		name: 'Đăng ký khai tử',
		code: '1.000656',
		keywords: ['báo tử'],
		summary: 'Trong vòng 15 ngày kể từ ngày người thân mất.'
	}
];

const ids = (query: string) => search_procedures(PROCEDURES, query).map((p) => p.id);

describe('normalize_vi', () => {
	it('drops diacritics, turns đ into d and lower-cases', () => {
		expect(normalize_vi('Đăng Ký Khai Sinh')).toBe('dang ky khai sinh');
		expect(normalize_vi('Chứng thực bản sao')).toBe('chung thuc ban sao');
		expect(normalize_vi('Ủy ban nhân dân phường Hồng Bàng')).toBe(
			'uy ban nhan dan phuong hong bang'
		);
		expect(normalize_vi('đường ĐÊ')).toBe('duong de');
	});

	it('collapses and trims white space', () => {
		expect(normalize_vi('  khai \t  sinh \n')).toBe('khai sinh');
		expect(normalize_vi('')).toBe('');
	});

	it('gives the same result for NFC and NFD input', () => {
		const nfc = 'Giấy khai sinh của trẻ';
		expect(normalize_vi(nfc.normalize('NFD'))).toBe('giay khai sinh cua tre');
		expect(normalize_vi(nfc.normalize('NFD'))).toBe(normalize_vi(nfc));
	});
});

describe('search_procedures', () => {
	it('finds birth registration however it is typed, best match first', () => {
		for (const query of [
			'khai sinh',
			'dang ky khai sinh',
			'khaisinh',
			'Đăng Ký Khai Sinh',
			'ĐĂNG KÝ KHAI SINH',
			'dangkykhaisinh',
			'  đăng   ký  khai sinh ',
			'Đăng ký khai sinh'.normalize('NFD')
		]) {
			expect(ids(query)[0], query).toBe('dang-ky-khai-sinh');
		}
	});

	it('also lists the linked procedure for "khai sinh", after the plain one', () => {
		expect(ids('khai sinh')).toEqual(['dang-ky-khai-sinh', 'lien-thong-khai-sinh']);
		expect(ids('dang ky khai sinh')).toEqual(['dang-ky-khai-sinh', 'lien-thong-khai-sinh']);
	});

	it('finds a procedure by its national code, with or without dots', () => {
		expect(ids('1.001193')).toEqual(['dang-ky-khai-sinh']);
		expect(ids('1001193')).toEqual(['dang-ky-khai-sinh']);
		expect(ids(' 2.000815 ')).toEqual(['chung-thuc-ban-sao']);
	});

	it('finds the certified copy for "chung thuc"', () => {
		expect(ids('chung thuc')).toEqual(['chung-thuc-ban-sao']);
		expect(ids('chứng thực bản sao')).toEqual(['chung-thuc-ban-sao']);
	});

	it('requires every word of the query to match', () => {
		// names the phrase covers more of come first; equal ones keep the given order
		expect(ids('dang ky')).toEqual([
			'dang-ky-ket-hon',
			'dang-ky-khai-tu',
			'dang-ky-khai-sinh',
			'lien-thong-khai-sinh'
		]);
		expect(ids('dang ky ket hon')).toEqual(['dang-ky-ket-hon']);
		expect(ids('khai sinh ket hon')).toEqual([]);
		expect(ids('khai sinh xyz')).toEqual([]);
	});

	it('searches keywords and summaries too, ranking them below the name', () => {
		expect(ids('sao y')).toEqual(['chung-thuc-ban-sao']);
		expect(ids('cuoi')).toEqual(['dang-ky-ket-hon']);
		// "bảo hiểm … điện tử" holds both words too, but the keyword phrase ranks higher
		expect(ids('bao tu')).toEqual(['dang-ky-khai-tu', 'lien-thong-khai-sinh']);
		expect(ids('xay nha')).toEqual(['giay-phep-xay-dung']);
		// "tre moi sinh" is a keyword of the linked procedure and in the plain one's summary
		expect(ids('tre moi sinh')).toEqual(['lien-thong-khai-sinh', 'dang-ky-khai-sinh']);
	});

	it('ignores punctuation typed around words', () => {
		expect(ids('khai sinh,')[0]).toBe('dang-ky-khai-sinh');
		expect(ids('"chứng thực"')).toEqual(['chung-thuc-ban-sao']);
	});

	it('returns everything in the given order for an empty query', () => {
		const all = PROCEDURES.map((p) => p.id);
		expect(ids('')).toEqual(all);
		expect(ids('   ')).toEqual(all);
		expect(search_procedures(PROCEDURES, '')).not.toBe(PROCEDURES);
	});

	it('gives the code bonus only to a real code match', () => {
		const list: SearchableProcedure[] = [
			{ id: 'x', name: 'Đăng ký khai tử và mai táng phí', code: 'chưa có mã', summary: '' },
			{ id: 'y', name: 'Đăng ký khai tử', code: '1.000656', summary: '' }
		];
		expect(search_procedures(list, 'khai tu').map((p) => p.id)).toEqual(['y', 'x']);
		expect(search_procedures(list, '1000656').map((p) => p.id)).toEqual(['y']);
	});

	it('keeps the given order between equal matches', () => {
		const twins: SearchableProcedure[] = [
			{ id: 'b', name: 'Đăng ký tạm trú', summary: '' },
			{ id: 'a', name: 'Đăng ký tạm trú', summary: '' }
		];
		expect(search_procedures(twins, 'tam tru').map((p) => p.id)).toEqual(['b', 'a']);
	});
});
