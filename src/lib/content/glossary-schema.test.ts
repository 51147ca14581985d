import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { build_glossary } from './glossary-schema';

const entry = {
	id: 'ma-ho-so',
	term: 'Mã hồ sơ',
	forms: ['mã hồ sơ'],
	text: 'Là dãy số và chữ Cổng cấp cho hồ sơ vừa nộp.',
	reference: 'portal-and-procedures.md §2.2, bước 9',
	sources: [{ title: 'Cần Thơ', url: 'https://1cuacaphuyen.cantho.gov.vn/huong-dan/220-309' }]
};
const FILE = '/content/glossary/tu-dien.yaml';
const one = (terms: unknown[]) => ({ [FILE]: { terms } });

describe('the glossary as content', () => {
	it('sorts entries in Vietnamese alphabetical order', () => {
		const list = build_glossary(
			one([
				{ ...entry, id: 'tiep-nhan', term: 'Tiếp nhận', forms: ['tiếp nhận'] },
				entry,
				{ ...entry, id: 'chu-ky-so', term: 'Chữ ký số', forms: ['chữ ký số'] }
			])
		);
		expect(list.map((e) => e.term)).toEqual(['Chữ ký số', 'Mã hồ sơ', 'Tiếp nhận']);
	});

	it.each([
		[{ ...entry, text: '' }, 'content/glossary/tu-dien.yaml: terms[0].text: must not be empty'],
		[{ ...entry, text: undefined }, 'content/glossary/tu-dien.yaml: terms[0].text:'],
		[{ ...entry, text: 'Câu một. Câu hai.' }, 'terms[0].text: must be one sentence'],
		[{ ...entry, term: 'Mã hồ sơ'.normalize('NFD') }, 'terms[0].term: text is not in Unicode NFC'],
		[{ ...entry, text: 'Bấm vào link này.' }, 'terms[0].text: “link” is a foreign word'],
		[{ ...entry, id: 'Mã hồ sơ' }, 'terms[0].id: expected a lowercase slug'],
		[{ ...entry, forms: [] }, 'terms[0].forms: list at least one form'],
		[{ ...entry, sources: [] }, 'terms[0].sources: list at least one source'],
		[{ ...entry, sources: [{ title: 'x', url: 'http://a.vn' }] }, 'terms[0].sources[0].url'],
		[{ ...entry, see_also: 'otp' }, 'content/glossary/tu-dien.yaml: terms[0].see_also:']
	])('rejects a bad entry naming the file and the field (%#)', (bad, message) => {
		expect(() => build_glossary(one([bad]))).toThrow(message);
	});

	it('rejects a second entry with one id, one term or one linking form', () => {
		expect(() => build_glossary(one([entry, { ...entry, term: 'Khác', forms: ['khác'] }]))).toThrow(
			'content/glossary/tu-dien.yaml: terms[1].id: "ma-ho-so" is already used'
		);
		expect(() =>
			build_glossary(one([entry, { ...entry, id: 'khac', term: 'MÃ HỒ SƠ', forms: ['khác'] }]))
		).toThrow('terms[1].term: "MÃ HỒ SƠ" is already explained');
		expect(() =>
			build_glossary(one([entry, { ...entry, id: 'khac', term: 'Khác', forms: ['Mã hồ sơ'] }]))
		).toThrow('terms[1].forms[0]: "Mã hồ sơ" already links to');
	});

	it('rejects a file without a list of terms', () => {
		expect(() => build_glossary({ [FILE]: { term: [] } })).toThrow(
			'content/glossary/tu-dien.yaml:'
		);
		expect(() => build_glossary({ [FILE]: null })).toThrow('content/glossary/tu-dien.yaml:');
	});

	it('every shipped glossary file is valid and explains the course’s core terms', () => {
		const files = Object.fromEntries(
			readdirSync('content/glossary')
				.filter((name) => name.endsWith('.yaml'))
				.map((name) => [
					`/content/glossary/${name}`,
					parse(readFileSync(`content/glossary/${name}`, 'utf8'))
				])
		);
		const ids = build_glossary(files).map((e) => e.id);
		for (const id of [
			'thanh-phan-ho-so',
			'co-quan-co-tham-quyen',
			'tiep-nhan',
			'bo-sung',
			'phi-le-phi',
			'chu-ky-so',
			'buu-chinh-cong-ich',
			'ma-ho-so',
			'otp',
			'vneid-muc-2',
			'toan-trinh',
			'mot-phan',
			'trung-tam-phuc-vu-hanh-chinh-cong'
		]) {
			expect(ids).toContain(id);
		}
	});
});
