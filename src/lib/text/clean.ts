/**
 * Text a learner types, made safe to store and compare: Unicode NFC (one code point per
 * Vietnamese letter, so "Nguyễn" typed on two keyboards is the same name) with the invisible
 * characters removed that copy-paste and some keyboards slip in: zero-width spaces and joiners,
 * the word joiner, the byte-order mark, soft hyphens, invisible operators and the bidirectional
 * controls (which can make a name read differently from what is stored).
 * Spaces are kept as typed: trimming is the caller's choice.
 */

/**
 * U+00AD soft hyphen, U+034F combining grapheme joiner, U+061C Arabic letter mark, U+115F/U+1160
 * Hangul fillers, U+180E Mongolian vowel separator, U+200B–U+200F zero-width space, non-joiner,
 * joiner, left-to-right and right-to-left marks, U+202A–U+202E bidi embeddings and overrides,
 * U+2060–U+2064 word joiner and invisible operators, U+2066–U+2069 bidi isolates, U+FEFF
 * byte-order mark / zero-width no-break space, the Hangul and braille blanks (U+3164, U+FFA0,
 * U+2800), and every other format character (Unicode category Cf).
 */
const INVISIBLE =
	/[\p{Cf}\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u3164\uFFA0\u2800]|\u034F/gu;

/** NFC with the invisible characters removed (removed first, so what they split composes). */
export function clean_text(s: string): string {
	return s.replace(INVISIBLE, '').normalize('NFC');
}
