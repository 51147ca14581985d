import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { featured_wards, parse_places } from './places';
import { search_wards } from './places-search';
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

	it('has every unit of Hải Phòng in the reference: 45 phường, 67 xã, 2 đặc khu, as in its TSV', () => {
		const wards = shipped.provinces[0].wards;
		const count = (kind: string) => wards.filter((ward) => ward.kind === kind).length;
		expect([wards.length, count('phuong'), count('xa'), count('dac-khu')]).toEqual([
			114, 45, 67, 2
		]);
		const reference = '/work/shared/domain/hai-phong-units-2025.tsv';
		const tsv = existsSync(reference)
			? readFileSync(reference, 'utf8')
					.split('\n')
					.filter((line) => line && !line.startsWith('#'))
					.slice(1)
					.map((line) => line.split('\t'))
			: [];
		if (tsv.length) {
			// where the reference is on this machine, every code and name agrees with it
			expect(wards.map((w) => `${w.code} ${w.name}`).sort()).toEqual(
				tsv.map(([code, , name]) => `${code} ${name}`).sort()
			);
		}
		const zones = wards.filter((ward) => ward.kind === 'dac-khu');
		expect(zones.map((ward) => ward.name).sort()).toEqual([
			'Đặc khu Bạch Long Vĩ',
			'Đặc khu Cát Hải'
		]);
		// ids already used by saved practice dossiers are kept
		for (const id of ['hong-bang', 'hong-an', 'vinh-bao', 'cat-hai', 'bach-long-vi']) {
			expect(wards.map((w) => w.id)).toContain(id);
		}
	});

	it('no longer says the list is incomplete, and every entry has a source', () => {
		expect(shipped.note).not.toContain('chưa đầy đủ');
		expect(shipped.note).toContain('114');
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

describe('search_wards', () => {
	const wards = parse_places(FILE, shipped_text).provinces[0].wards;
	const names = (query: string) => search_wards(wards, query).map((w) => w.name);

	it('finds a ward typed without diacritics, in any case, with or without its kind', () => {
		expect(names('hong bang')[0]).toBe('Phường Hồng Bàng');
		expect(names('HỒNG BÀNG')[0]).toBe('Phường Hồng Bàng');
		expect(names('phuong hong an')).toEqual(['Phường Hồng An']);
		expect(names('  cat   hai ')[0]).toBe('Đặc khu Cát Hải');
		expect(names('dac khu')).toHaveLength(2);
	});

	it('puts names that start with the words first, then names that contain them', () => {
		const found = names('an');
		expect(found.length).toBeGreaterThan(2);
		const first_other = found.findIndex((n) => !/^(Phường|Xã|Đặc khu) [AÂĂ]n/i.test(n));
		expect(found.slice(first_other).every((n) => !/^(Phường|Xã|Đặc khu) An\b/.test(n))).toBe(true);
	});

	it('finds the new ward from the name of a former one', () => {
		expect(names('minh khai')).toContain('Phường Hồng Bàng');
		expect(names('quan toan')).toEqual(['Phường Hồng An']);
	});

	it('keeps the whole list for an empty search and finds nothing for nonsense', () => {
		expect(search_wards(wards, '  ')).toEqual(wards);
		expect(names('xyzxyz')).toEqual([]);
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
			expected(
				'provinces[0].wards[0].source',
				'is missing, and provinces[0] has no wards_source to use instead'
			)
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

	it("gives a ward without its own source the province's wards_source", () => {
		const text = broken('        source:\n          title: Nguồn phường\n', '').replace(
			'    wards:\n',
			'    wards_source:\n      title: Nghị quyết\n    wards:\n'
		);
		expect(parse_places(FILE, text).provinces[0].wards[0].source).toEqual({ title: 'Nghị quyết' });
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
