import { describe, expect, it } from 'vitest';
import {
	find_terms,
	first_uses,
	lesson_folder,
	link_terms,
	reading_order,
	remark_glossary_links,
	type MdNode
} from './glossary-links';

const terms = [
	{ id: 'vneid', forms: ['VNeID'] },
	{ id: 'vneid-muc-2', forms: ['VNeID mức 2'] },
	{ id: 'phi', forms: ['lệ phí', 'phí'] },
	{ id: 'ma-ho-so', forms: ['mã hồ sơ'] }
];

const text = (value: string): MdNode => ({ type: 'text', value });
const paragraph = (...children: MdNode[]): MdNode => ({ type: 'paragraph', children });
const root = (...children: MdNode[]): MdNode => ({ type: 'root', children });

/** What a reader sees, links as [words](href). */
function shown(node: MdNode): string {
	if (node.type === 'text') return node.value ?? '';
	if (node.type === 'link') return `[${(node.children ?? []).map(shown).join('')}](${node.url})`;
	if (node.type === 'inlineCode') return `\`${node.value}\``;
	return (node.children ?? []).map(shown).join('');
}

describe('finding glossary terms', () => {
	it('ignores case, needs whole words, and prefers the longer form at one place', () => {
		const found = find_terms('Tài khoản VNEID mức 2 khác VNeID; phía trước là Lệ phí.', terms);
		expect(found.map((m) => m.id)).toEqual(['vneid-muc-2', 'vneid', 'phi']);
		expect(find_terms('phía bên kia', terms)).toEqual([]);
	});

	it('finds the lesson text where each term is first used, not in links, code or headings', () => {
		const first = first_uses(
			[
				'---\ntitle: VNeID\n---\n\n# VNeID\n\nXem [VNeID](/x) và `mã hồ sơ`.',
				'Mở **VNeID** rồi đọc mã hồ sơ.',
				'Lệ phí và VNeID.'
			],
			terms
		);
		expect(Object.fromEntries(first)).toEqual({ vneid: 1, 'ma-ho-so': 1, phi: 2 });
	});
});

describe('linking in the markdown tree', () => {
	it('links only the first use of each wanted term, inside bold too, to its /tu-dien/ entry', () => {
		const tree = root(
			paragraph(text('Dùng VNeID, và VNeID nữa. Không có lệ phí.')),
			paragraph({ type: 'strong', children: [text('mã hồ sơ')] })
		);
		const linked = link_terms(tree, terms, new Set(['vneid', 'ma-ho-so']));
		expect(linked).toEqual(['vneid', 'ma-ho-so']);
		expect(shown(tree)).toBe(
			'Dùng [VNeID](/tu-dien/#vneid), và VNeID nữa. Không có lệ phí.[mã hồ sơ](/tu-dien/#ma-ho-so)'
		);
	});

	it('never puts a link inside a link, code, a heading or raw HTML', () => {
		const tree = root(
			{ type: 'heading', children: [text('VNeID')] },
			paragraph(
				{ type: 'link', url: '/bai-hoc/', children: [text('VNeID')] },
				{ type: 'inlineCode', value: 'VNeID' },
				{ type: 'html', value: '<button>VNeID</button>' }
			)
		);
		expect(link_terms(tree, terms, new Set(['vneid']))).toEqual([]);
		expect(JSON.stringify(tree)).not.toContain('/tu-dien/');
	});
});

describe('the remark plugin over a lesson', () => {
	const files: Record<string, string> = {
		'index.md': '---\ntitle: Bài\n---\n\nĐăng nhập bằng VNeID.',
		'02-b.md': '---\ntitle: B\n---\n\nVNeID và mã hồ sơ.',
		'10-c.md': '---\ntitle: C\n---\n\nLại mã hồ sơ.'
	};
	const plugin = remark_glossary_links({
		terms,
		lesson_texts: () => ({ files: reading_order(Object.keys(files)), read: (f) => files[f] })
	})();
	const run = (name: string, tree: MdNode) => {
		plugin(tree, { filename: `/w/content/lessons/01-lam-quen/01-bai/${name}` });
		return shown(tree);
	};

	it('links a term where the steps use it first, and once more in the introduction', () => {
		expect(run('index.md', root(paragraph(text('Đăng nhập bằng VNeID.'))))).toBe(
			'Đăng nhập bằng [VNeID](/tu-dien/#vneid).'
		);
		// The introduction sits folded under "Bài này dạy gì?": the steps link again.
		expect(run('02-b.md', root(paragraph(text('VNeID và mã hồ sơ.'))))).toBe(
			'[VNeID](/tu-dien/#vneid) và [mã hồ sơ](/tu-dien/#ma-ho-so).'
		);
		expect(run('10-c.md', root(paragraph(text('Lại mã hồ sơ và VNeID.'))))).toBe(
			'Lại mã hồ sơ và VNeID.'
		);
	});

	it('leaves files outside content/lessons alone', () => {
		const tree = root(paragraph(text('VNeID')));
		plugin(tree, { filename: '/w/content/articles/01-a.md' });
		expect(shown(tree)).toBe('VNeID');
	});

	it('reads a lesson in the order of its numbers, index.md first', () => {
		expect(reading_order(['10-c.md', '2-b.md', 'index.md', 'ghi-chu.txt'])).toEqual([
			'index.md',
			'2-b.md',
			'10-c.md'
		]);
		expect(lesson_folder('/w/content/lessons/01-a/02-b/03-c.md')).toBe(
			'/w/content/lessons/01-a/02-b'
		);
		expect(lesson_folder('/w/content/lessons/01-a/index.md')).toBeUndefined();
	});
});
