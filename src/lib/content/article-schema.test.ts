import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { build_article_index, slug_from_file } from './article-schema';

const good = {
	title: 'Dịch vụ công trực tuyến là gì?',
	description: 'Hiểu nhanh.',
	minutes: 4,
	updated: '2026-11-26',
	sources: [{ title: 'Nguồn', url: 'https://example.gov.vn/a' }]
};

describe('articles as content', () => {
	it('orders by the number and strips it from the address', () => {
		const index = build_article_index({
			'/content/articles/02-b.md': good,
			'/content/articles/01-a.md': good
		});
		expect(index.map((a) => a.slug)).toEqual(['a', 'b']);
		expect(slug_from_file('content/articles/10-dang-nhap-vneid.md')).toBe('dang-nhap-vneid');
	});

	it.each([
		[{ ...good, title: '' }, 'content/articles/01-a.md: title: must not be empty'],
		[{ ...good, title: undefined }, 'content/articles/01-a.md: title: '],
		[{ ...good, minutes: 'bốn' }, 'content/articles/01-a.md: minutes: must be a number of minutes'],
		[{ ...good, updated: '26/11/2026' }, 'content/articles/01-a.md: updated: must be a date like'],
		[{ ...good, sources: [] }, 'content/articles/01-a.md: sources: list at least one source'],
		[
			{ ...good, sources: [{ title: 'x', url: 'http://example.vn' }] },
			'content/articles/01-a.md: sources[0].url: expected a full https:// address, got "http://example.vn"'
		],
		[
			{ ...good, title: 'Đăng ký'.normalize('NFD') },
			'content/articles/01-a.md: title: text is not in Unicode NFC'
		]
	])('rejects bad frontmatter naming the file and the field (%#)', (metadata, message) => {
		expect(() => build_article_index({ '/content/articles/01-a.md': metadata })).toThrow(message);
	});

	it('rejects a file name without an order number, and two files with one address', () => {
		expect(() => build_article_index({ '/content/articles/a.md': good })).toThrow(
			'content/articles/a.md: file name: must look like 01-ten-bai-viet.md'
		);
		expect(() =>
			build_article_index({ '/content/articles/01-a.md': good, '/content/articles/02-a.md': good })
		).toThrow('content/articles/02-a.md: file name: same address as content/articles/01-a.md');
	});

	it('every shipped article file has a valid name', () => {
		for (const name of readdirSync('content/articles')) {
			expect(name).toMatch(/^\d+-[a-z0-9-]+\.md$/);
		}
	});
});
