/**
 * Procedure search that forgives what older learners type: no diacritics, any case, missing
 * or extra spaces, and the national code ("1.001193" or "1001193").
 */

import type { Procedure } from '../model';

/** The procedure fields the search reads. */
export type SearchableProcedure = Pick<Procedure, 'id' | 'name' | 'code' | 'keywords' | 'summary'>;

/**
 * Folds Vietnamese text for comparison: decomposes (NFD), drops the diacritics, turns đ/Đ into
 * d, lower-cases and collapses runs of white space. 'Đăng  Ký' → 'dang ky'.
 */
export function normalize_vi(s: string): string {
	return s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim();
}

/** normalize_vi, then punctuation becomes a space, except a dot inside a number (1.001193). */
function search_key(s: string): string {
	return normalize_vi(s)
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
		.replace(/[^\p{L}\p{N}. ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const without_spaces = (s: string) => s.replaceAll(' ', '');
const digits_only = (s: string) => s.replace(/\D/g, '');

interface Indexed {
	/** name with single spaces, for word-start matches */
	name: string;
	/** name without spaces, so "khaisinh" matches "khai sinh" */
	name_compact: string;
	code: string;
	code_digits: string;
	/** keywords without spaces, joined by '|' so no match spans two keywords */
	keywords: string;
	summary: string;
}

function index_procedure(p: SearchableProcedure): Indexed {
	const name = search_key(p.name);
	const code = search_key(p.code ?? '');
	return {
		name,
		name_compact: without_spaces(name),
		code: without_spaces(code),
		code_digits: digits_only(code),
		keywords: (p.keywords ?? []).map((k) => without_spaces(search_key(k))).join('|'),
		summary: without_spaces(search_key(p.summary ?? ''))
	};
}

/** Score of one query word: 0 when it matches nowhere. */
function score_word(word: string, item: Indexed): number {
	const digits = /^[\d.]+$/.test(word) ? digits_only(word) : '';
	let score = 0;
	if (item.name_compact.includes(word)) {
		score = 10 + (` ${item.name}`.includes(` ${word}`) ? 5 : 0);
	} else if (
		item.code.includes(word) ||
		(digits.length >= 3 && item.code_digits.includes(digits))
	) {
		score = 8;
	} else if (item.keywords.includes(word)) {
		score = 4;
	} else if (item.summary.includes(word)) {
		score = 1;
	}
	return score;
}

/** Total score of a procedure for a query, or 0 when some query word matches nowhere. */
function score_procedure(words: string[], query_compact: string, item: Indexed): number {
	let total = 0;
	for (const word of words) {
		const score = score_word(word, item);
		if (score === 0) return 0;
		total += score;
	}
	const query_digits = /^[\d.]+$/.test(query_compact) ? digits_only(query_compact) : '';
	const same_digits = query_digits !== '' && item.code_digits === query_digits;
	if (item.code !== '' && (item.code === query_compact || same_digits)) {
		total += 1000;
	}
	if (item.name_compact.includes(query_compact)) {
		// the whole phrase in the name; the more of the name it covers, the better
		total += 50 + (30 * query_compact.length) / item.name_compact.length;
	} else if (item.keywords.includes(query_compact)) {
		total += 20;
	}
	return total;
}

/**
 * Procedures matching `query`, best first. Case, diacritics and spaces do not matter, and
 * every word of the query must be found in the name, code, keywords or summary. Ties keep
 * the given order. An empty query returns every procedure in the given order.
 */
export function search_procedures<T extends SearchableProcedure>(
	procedures: T[],
	query: string
): T[] {
	const key = search_key(query);
	if (key === '') return [...procedures];
	const words = key.split(' ');
	const query_compact = without_spaces(key);
	return procedures
		.map((procedure, order) => ({
			procedure,
			order,
			score: score_procedure(words, query_compact, index_procedure(procedure))
		}))
		.filter((hit) => hit.score > 0)
		.sort((a, b) => b.score - a.score || a.order - b.order)
		.map((hit) => hit.procedure);
}
