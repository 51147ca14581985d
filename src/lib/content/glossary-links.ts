/**
 * Links the FIRST use of each glossary term in a lesson to its entry on /tu-dien/ (issue 10,
 * item 5). Done at build time, inside mdsvex: `remark_glossary_links` is a remark plugin that
 * svelte.config.js hands to mdsvex, so every lesson text (the lesson's index.md, then its steps
 * in order) is compiled with its links already in place. No code runs for this in the browser.
 *
 * Rules:
 * - A lesson is read in two parts: its introduction (index.md, shown under "Bài này dạy gì?",
 *   which the learner may never open) and its steps (in the order of their numbers). A term is
 *   linked where it first appears in each part, so a learner who skips the introduction still
 *   meets the link in the steps.
 * - Matching ignores case and needs whole words ("phí" is not found in "phía"). Where two forms
 *   start at one place, the longer wins ("VNeID mức 2" before "VNeID").
 * - Text inside a link, inline code, a heading or raw HTML is never linked (no link inside a
 *   link or a button, and headings stay plain); bold and italic text can be.
 *
 * This file has no imports: svelte.config.js loads it directly with Node's type stripping.
 */

export interface GlossaryTerm {
	/** the entry's anchor on /tu-dien/ */
	id: string;
	/** the words that link to it, as written in lessons (any case) */
	forms: readonly string[];
}

export interface TermMatch {
	id: string;
	start: number;
	end: number;
}

/** The page that lists the glossary; entries are `#id` on it. */
export const GLOSSARY_PATH = '/tu-dien/';

export function glossary_href(id: string): string {
	return `${GLOSSARY_PATH}#${id}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function fold(text: string): string {
	return text.normalize('NFC').toLocaleLowerCase('vi');
}

/**
 * Every use of a term in a text, in order, without overlaps: at one place the longest form
 * wins, and a match never starts inside an earlier one. Each term can be found many times.
 */
export function find_terms(text: string, terms: readonly GlossaryTerm[]): TermMatch[] {
	const folded = fold(text);
	// Lower-casing Vietnamese NFC text keeps its length, so positions carry over to `text`.
	if (folded.length !== text.length) return [];
	const found: TermMatch[] = [];
	for (const term of terms) {
		for (const form of term.forms) {
			const needle = fold(form.trim());
			if (!needle) continue;
			let at = folded.indexOf(needle);
			while (at >= 0) {
				const end = at + needle.length;
				const before = at > 0 ? folded[at - 1] : '';
				const after = end < folded.length ? folded[end] : '';
				if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) {
					found.push({ id: term.id, start: at, end });
				}
				at = folded.indexOf(needle, at + 1);
			}
		}
	}
	found.sort((a, b) => a.start - b.start || b.end - a.end);
	const kept: TermMatch[] = [];
	for (const match of found) {
		const last = kept[kept.length - 1];
		if (!last || match.start >= last.end) kept.push(match);
	}
	return kept;
}

/**
 * The text of a markdown file that can hold a link, as plain as needed to find terms in it:
 * no front matter, headings, inline code, links or HTML. Emphasis marks become a break, so a
 * term split by them is not found (the remark plugin could not link it either).
 */
export function linkable_text(markdown: string): string {
	return markdown
		.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\n]*(\r?\n|$)/, '')
		.replace(/^\s{0,3}#{1,6}\s.*$/gm, '\n')
		.replace(/```[\s\S]*?```/g, '\n')
		.replace(/`[^`]*`/g, '|')
		.replace(/!?\[[^\]]*\]\([^)]*\)/g, '|')
		.replace(/<!--[\s\S]*?-->/g, '|')
		.replace(/<[^>]+>[^<]*<\/[^>]+>|<[^>]+>/g, '|')
		.replace(/\*\*|__|\*|_/g, '|');
}

/**
 * Which text of a lesson uses each term first: `texts` are the lesson's texts in order (index.md
 * body, then steps); the result maps a term id to the index of the text where it first appears.
 */
export function first_uses(
	texts: readonly string[],
	terms: readonly GlossaryTerm[]
): Map<string, number> {
	const first = new Map<string, number>();
	texts.forEach((text, i) => {
		for (const match of find_terms(linkable_text(text), terms)) {
			if (!first.has(match.id)) first.set(match.id, i);
		}
	});
	return first;
}

// ── The remark plugin ──────────────────────────────────────────────────────────────────────

/** The little of mdast this needs. */
export interface MdNode {
	type: string;
	value?: string;
	url?: string;
	children?: MdNode[];
	data?: Record<string, unknown>;
}

/** Nodes whose text may get a link; anything else (link, code, heading, html…) is left alone. */
const OPEN = new Set([
	'root',
	'paragraph',
	'strong',
	'emphasis',
	'delete',
	'list',
	'listItem',
	'blockquote',
	'table',
	'tableRow',
	'tableCell'
]);

/**
 * Links, in document order, the first use of each term in `wanted` (term ids), and removes it
 * from `wanted`. Returns the ids it linked. Mutates the tree, as remark plugins do.
 */
export function link_terms(
	tree: MdNode,
	terms: readonly GlossaryTerm[],
	wanted: Set<string>
): string[] {
	const linked: string[] = [];
	const visit = (node: MdNode) => {
		if (!node.children || !OPEN.has(node.type)) return;
		const next: MdNode[] = [];
		for (const child of node.children) {
			if (child.type !== 'text' || typeof child.value !== 'string' || wanted.size === 0) {
				visit(child);
				next.push(child);
				continue;
			}
			const text = child.value;
			let from = 0;
			for (const match of find_terms(text, terms)) {
				if (!wanted.has(match.id)) continue;
				wanted.delete(match.id);
				linked.push(match.id);
				if (match.start > from) next.push({ type: 'text', value: text.slice(from, match.start) });
				next.push({
					type: 'link',
					url: glossary_href(match.id),
					children: [{ type: 'text', value: text.slice(match.start, match.end) }],
					data: { hProperties: { className: ['glossary-link'] } }
				});
				from = match.end;
			}
			if (from === 0) next.push(child);
			else if (from < text.length) next.push({ type: 'text', value: text.slice(from) });
		}
		node.children = next;
	};
	visit(tree);
	return linked;
}

/** Where a file sits among its lesson's texts, and those texts, as the plugin reads them. */
export interface LessonTexts {
	/** the lesson's markdown files in reading order: index.md first, then steps by number */
	files: readonly string[];
	read: (file: string) => string;
}

/** `…/content/lessons/<chapter>/<lesson>/<file>.md` → the lesson folder, else undefined. */
export function lesson_folder(filename: string): string | undefined {
	const match = /^(.*[/\\]content[/\\]lessons[/\\][^/\\]+[/\\][^/\\]+)[/\\][^/\\]+\.md$/.exec(
		filename
	);
	return match?.[1];
}

/** A lesson's files in reading order: index.md, then `NN-….md` by their number. */
export function reading_order(names: readonly string[]): string[] {
	const steps = names
		.filter((name) => /^\d+-.*\.md$/.test(name))
		.sort((a, b) => parseInt(a, 10) - parseInt(b, 10) || a.localeCompare(b));
	return [...(names.includes('index.md') ? ['index.md'] : []), ...steps];
}

/**
 * The remark plugin. `lesson_texts(folder)` lists a lesson folder's files in reading order with
 * a reader (svelte.config.js gives one based on node:fs). Files outside content/lessons are left
 * as they are.
 */
export function remark_glossary_links(options: {
	terms: readonly GlossaryTerm[];
	lesson_texts: (folder: string) => LessonTexts;
}) {
	return () => (tree: MdNode, file: { filename?: string }) => {
		const filename = file.filename ?? '';
		const folder = lesson_folder(filename);
		if (!folder || options.terms.length === 0) return;
		const { files, read } = options.lesson_texts(folder);
		const name = filename.split(/[/\\]/).pop() ?? '';
		const index = files.indexOf(name);
		if (index < 0) return;
		// The introduction is one part, the steps another.
		const part = name === 'index.md' ? [name] : files.filter((f) => f !== 'index.md');
		const first = first_uses(
			part.map((f) => read(f)),
			options.terms
		);
		const at = part.indexOf(name);
		const wanted = new Set([...first].filter(([, i]) => i === at).map(([id]) => id));
		if (wanted.size) link_terms(tree, options.terms, wanted);
	};
}
