import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featured_wards, parse_places } from './places';
import { get_province, get_ward, places } from './places.server';

const FILE = 'content/places.yaml';
const shipped_text = readFileSync(FILE, 'utf8');

describe('content/places.yaml', () => {
	const shipped = parse_places(FILE, shipped_text);

	it('is valid NFC text', () => {
		expect(shipped_text).toBe(shipped_text.normalize('NFC'));
	});

	it('lists Hải Phòng with phường Hồng Bàng (11311) and phường Hồng An (11602) first, featured', () => {
		const [hai_phong] = shipped.provinces;
		expect(hai_phong).toMatchObject({ id: 'hai-phong', name: 'Thành phố Hải Phòng', code: '31' });
		expect(hai_phong.wards[0]).toMatchObject({
			id: 'hong-bang',
			name: 'Phường Hồng Bàng',
			kind: 'phuong',
			code: '11311',
			featured: true
		});
		expect(hai_phong.wards[1]).toMatchObject({
			id: 'hong-an',
			name: 'Phường Hồng An',
			kind: 'phuong',
			code: '11602',
			featured: true
		});
		expect(featured_wards(shipped).map(({ ward }) => ward.id)).toEqual(['hong-bang', 'hong-an']);
	});

	it('includes the two special zones the reference names', () => {
		const zones = shipped.provinces[0].wards.filter((ward) => ward.kind === 'dac-khu');
		expect(zones.map((ward) => ward.name)).toEqual(['Đặc khu Cát Hải', 'Đặc khu Bạch Long Vĩ']);
	});

	it('says the list is not complete, and every entry has a source', () => {
		expect(shipped.note).toContain('chưa đầy đủ');
		for (const province of shipped.provinces) {
			expect(province.source.title).not.toBe('');
			for (const ward of province.wards) expect(ward.source.title).not.toBe('');
		}
	});

	it('is what the places.server gateway serves', () => {
		expect(places).toEqual(shipped);
		expect(get_province('hai-phong')?.wards).toHaveLength(shipped.provinces[0].wards.length);
		expect(get_ward('hai-phong', 'hong-an')?.code).toBe('11602');
		expect(get_ward('hai-phong', 'khong-co')).toBeUndefined();
		expect(get_province('ha-noi')).toBeUndefined();
	});
});

const VALID = `
note: Danh sách chưa đầy đủ.
provinces:
  - id: hai-phong
    name: Thành phố Hải Phòng
    kind: thanh-pho
    code: '31'
    source:
      title: Nguồn tỉnh
      url: https://example.gov.vn/tinh
    wards:
      - id: hong-bang
        name: Phường Hồng Bàng
        kind: phuong
        code: '11311'
        featured: true
        source:
          title: Nguồn phường
      - id: cat-hai
        name: Đặc khu Cát Hải
        kind: dac-khu
        source:
          title: Nguồn đặc khu
          url: https://example.vn/cat-hai
`;

function broken(from: string, to: string): string {
	expect(VALID.split(from).length, `fixture text ${JSON.stringify(from)}`).toBe(2);
	return VALID.replace(from, to);
}

const expected = (path: string, problem: string) => `${FILE}: ${path}: ${problem}`;

describe('parse_places', () => {
	it('accepts the valid fixture', () => {
		expect(parse_places(FILE, VALID).provinces[0].wards.map((w) => w.id)).toEqual([
			'hong-bang',
			'cat-hai'
		]);
	});

	it.each<[string, string, string, string]>([
		[
			'a ward code that is not 5 digits',
			"code: '11311'",
			"code: '1131'",
			expected('provinces[0].wards[0].code', 'expected 5 digits in quotes, got "1131"')
		],
		[
			'a ward code without quotes',
			"code: '11311'",
			'code: 11311',
			expected('provinces[0].wards[0].code', 'expected text, got 11311 (put it in quotes)')
		],
		[
			'a province code that is not 2 digits',
			"code: '31'",
			"code: '031'",
			expected('provinces[0].code', 'expected 2 digits in quotes, got "031"')
		],
		[
			'an unknown ward kind',
			'kind: dac-khu',
			'kind: quan',
			expected('provinces[0].wards[1].kind', 'expected one of phuong, xa, dac-khu, got "quan"')
		],
		[
			'a duplicate ward id',
			'      - id: cat-hai',
			'      - id: hong-bang',
			expected(
				'provinces[0].wards[1].id',
				'duplicate "hong-bang" (also at provinces[0].wards[0].id)'
			)
		],
		[
			'a ward without a source',
			'        source:\n          title: Nguồn phường\n',
			'',
			expected('provinces[0].wards[0].source', 'is missing')
		],
		[
			'an http source',
			'url: https://example.vn/cat-hai',
			'url: http://example.vn/cat-hai',
			expected(
				'provinces[0].wards[1].source.url',
				'expected a full https:// address, got "http://example.vn/cat-hai"'
			)
		],
		[
			'a misspelt key',
			'featured: true',
			'featred: true',
			expected(
				'provinces[0].wards[0].featred',
				'unknown key; check the spelling (see the comments at the top of the file)'
			)
		],
		[
			'a province without wards',
			'    wards:\n',
			'    wards: []\n    old_wards:\n',
			expected('provinces[0].wards', 'list at least one ward or commune')
		],
		[
			'an id that is not a slug',
			'id: hong-bang',
			'id: Hồng Bàng',
			expected('provinces[0].wards[0].id', 'expected a lowercase slug like "dang-ky-khai-sinh"')
		]
	])('rejects %s', (_name, from, to, message) => {
		expect(() => parse_places(FILE, broken(from, to))).toThrow(message);
	});

	it('rejects a featured ward after the others', () => {
		const text = broken('        featured: true\n', '').replace(
			'        kind: dac-khu\n',
			'        kind: dac-khu\n        featured: true\n'
		);
		expect(() => parse_places(FILE, text)).toThrow(
			expected('provinces[0].wards[1].featured', 'featured wards must be listed before the others')
		);
	});

	it('rejects text that is not NFC', () => {
		const text = broken('name: Phường Hồng Bàng', `name: ${'Phường Hồng Bàng'.normalize('NFD')}`);
		expect(() => parse_places(FILE, text)).toThrow(
			expected('provinces[0].wards[0].name', 'text is not in Unicode NFC')
		);
	});

	it('names the file as given by a glob key', () => {
		expect(() => parse_places(`/${FILE}`, 'note: [')).toThrow(/^content\/places\.yaml: line 1/);
	});
});
