/**
 * The language check for text older learners read (issue 10, item 6). Runs at build time over
 * every lesson's introduction, step instructions, hints, mistake messages and knowledge checks,
 * and over the glossary:
 *
 * - a sentence of more than SOFT_LIMIT (20) words is reported (a warning in the build log);
 * - a sentence of more than HARD_LIMIT (25) words stops the build;
 * - text that is not Unicode NFC stops the build;
 * - a foreign word that has an everyday Vietnamese word ("link" → "đường dẫn") stops the build;
 * - a tone mark placed the new way on oa, oe, uy (on the a of "khoa", the y of "thuy") stops the
 *   build: write it the traditional way ("khóa", "hòa", "thủy"), as the national portal does.
 *
 * Pure functions only: the loaders (lessons.server.ts, glossary.server.ts) feed the text in and
 * decide what to do with the problems.
 */

export const SOFT_LIMIT = 20;
export const HARD_LIMIT = 25;

/**
 * Foreign words a Vietnamese reader over 60 may not know, each with the everyday word to use.
 * Names of things are not words here: "App Store", "CH Play", "VNeID", "OTP", "Zalo" stay.
 */
export const FOREIGN_WORDS: Readonly<Record<string, string>> = {
	link: 'đường dẫn',
	links: 'đường dẫn',
	click: 'bấm',
	app: 'ứng dụng',
	apps: 'ứng dụng',
	online: 'trực tuyến, trên mạng',
	offline: 'không cần mạng',
	download: 'tải về',
	upload: 'tải lên',
	file: 'tệp',
	password: 'mật khẩu',
	login: 'đăng nhập',
	logout: 'đăng xuất',
	website: 'trang web',
	scan: 'quét, chụp',
	check: 'kiểm tra',
	update: 'cập nhật',
	submit: 'nộp, gửi',
	ok: 'đồng ý',
	chat: 'nhắn tin',
	share: 'chia sẻ',
	tab: 'thẻ',
	menu: 'danh mục'
};

/** Proper names that contain a word of the list above and are fine as they are. */
const NAMES = ['App Store', 'CH Play', 'Google Play'];

/**
 * A syllable that ends in oa, oe or uy with the tone mark (sắc, huyền, hỏi, ngã, nặng, as NFD
 * writes them) on its last letter: on the a of "khoa", the e of "loe", the y of "thuy". Not
 * after q: in "quý" the u belongs to "qu", and the mark is on the y either way. A syllable that
 * goes on ("hoàn", "khoảng", "quyết") is spelled alike both ways. This file never writes such a
 * word itself: spelling.test.ts reads it too.
 */
const NEW_PLACEMENT = /(?<![qQ])([oO][aAeE]|[uU][yY])([\u0301\u0300\u0309\u0303\u0323])$/u;

/**
 * The words of a text whose tone mark sits where the new spelling puts it (on the last letter of
 * oa, oe, uy), each once, with the traditional spelling ("khóa", "hòa", "thủy"). The national portal
 * and government papers write the traditional way; so do we, so that a learner reads the same
 * words in the practice copy as on the real portal.
 */
export function new_tone_marks(text: string): { word: string; traditional: string }[] {
	const found = new Map<string, string>();
	for (const [word] of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
		const letters = word.normalize('NFD');
		if (found.has(word) || !NEW_PLACEMENT.test(letters)) continue;
		const moved = letters.replace(NEW_PLACEMENT, (_, pair: string, tone: string) =>
			[pair[0], tone, pair[1]].join('')
		);
		found.set(word, moved.normalize('NFC'));
	}
	return [...found].map(([word, traditional]) => ({ word, traditional }));
}

/** One sentence for a trainer: which spelling to write instead. */
export function tone_mark_message(word: string, traditional: string): string {
	return `write “${traditional}”, not “${word}”: the tone mark goes where the national portal puts it`;
}

export interface LanguageProblem {
	/** path of the content file, as in build errors */
	file: string;
	/** the field: `body`, `hints[1]`, `question.options[0].explanation`, … */
	field: string;
	/** 'error' stops the build; 'warning' is only reported */
	level: 'error' | 'warning';
	message: string;
}

/** The words a reader sees in a markdown text: no front matter, marks, link targets or tags. */
export function plain_text(markdown: string): string {
	return (
		markdown
			.replace(/^\uFEFF?---\r?\n[\s\S]*?\r?\n---[^\n]*(\r?\n|$)/, '')
			.replace(/<!--[\s\S]*?-->/g, ' ')
			.replace(/<[^>]+>/g, ' ')
			// [text](address) → text
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/`([^`]*)`/g, '$1')
			.replace(/(\*\*|__|\*|_)/g, '')
			// a heading, quote or list item is a sentence of its own
			.replace(/^\s{0,3}(#{1,6}|>|[-+*]|\d+[.)])\s+/gm, '\n')
	);
}

/**
 * The sentences of a text: a sentence ends at . ! ? or … (and any closing quote or bracket)
 * followed by a space, and at a line break between paragraphs or list items. "1.000.000 đ" and
 * "dichvucong.gov.vn" are not cut.
 */
export function sentences(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.flatMap((block) => block.replace(/\s+/g, ' ').split(/(?<=[.!?…]["”’)»]*)\s+/u))
		.map((s) => s.trim())
		.filter((s) => count_words(s) > 0);
}

/** Words are runs of non-space characters holding at least one letter or digit. */
export function count_words(sentence: string): number {
	return sentence.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** The foreign words of FOREIGN_WORDS in a text, in order, once each (lower case). */
export function foreign_words(text: string): string[] {
	let rest = text;
	for (const name of NAMES) rest = rest.split(name).join(' ');
	const found = new Set<string>();
	for (const match of rest.matchAll(/[\p{L}\p{N}]+/gu)) {
		const word = match[0].toLowerCase();
		if (Object.hasOwn(FOREIGN_WORDS, word)) found.add(word);
	}
	return [...found];
}

function shorten(sentence: string): string {
	return sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence;
}

/** Checks one text (plain, or markdown when `markdown` is true) and lists what is wrong. */
export function check_text(
	text: string,
	file: string,
	field: string,
	options: { markdown?: boolean } = {}
): LanguageProblem[] {
	const problems: LanguageProblem[] = [];
	if (text !== text.normalize('NFC')) {
		problems.push({
			file,
			field,
			level: 'error',
			message: 'text is not in Unicode NFC; save the file as NFC'
		});
	}
	const shown = options.markdown ? plain_text(text) : text;
	for (const sentence of sentences(shown)) {
		const words = count_words(sentence);
		if (words > SOFT_LIMIT) {
			problems.push({
				file,
				field,
				level: words > HARD_LIMIT ? 'error' : 'warning',
				message:
					words > HARD_LIMIT
						? `a sentence has ${words} words, more than ${HARD_LIMIT}; split it: “${shorten(sentence)}”`
						: `a sentence has ${words} words (aim for ${SOFT_LIMIT} at most): “${shorten(sentence)}”`
			});
		}
	}
	for (const word of foreign_words(shown)) {
		problems.push({
			file,
			field,
			level: 'error',
			message: `“${word}” is a foreign word; write “${FOREIGN_WORDS[word]}”`
		});
	}
	for (const { word, traditional } of new_tone_marks(shown)) {
		problems.push({ file, field, level: 'error', message: tone_mark_message(word, traditional) });
	}
	return problems;
}

/** The parts of a lesson the check reads; the shape of Lesson and LessonStep, loosely. */
export interface CheckedLesson {
	file: string;
	steps: {
		file: string;
		hints: readonly string[];
		mistakes: readonly { feedback: string }[];
		question?: {
			prompt: string;
			options: readonly { text: string; explanation: string }[];
		};
	}[];
}

/**
 * Every problem of one lesson. `bodies` maps a file (as in `lesson.file` and `step.file`) to its
 * raw markdown, front matter included.
 */
export function check_lesson(
	lesson: CheckedLesson,
	bodies: Readonly<Record<string, string>>
): LanguageProblem[] {
	const problems = check_text(bodies[lesson.file] ?? '', lesson.file, 'body', { markdown: true });
	for (const step of lesson.steps) {
		const f = step.file;
		problems.push(...check_text(bodies[f] ?? '', f, 'body', { markdown: true }));
		step.hints.forEach((hint, i) => problems.push(...check_text(hint, f, `hints[${i}]`)));
		step.mistakes.forEach((m, i) =>
			problems.push(...check_text(m.feedback, f, `mistakes[${i}].feedback`))
		);
		if (step.question) {
			problems.push(...check_text(step.question.prompt, f, 'question.prompt'));
			step.question.options.forEach((option, i) => {
				const at = `question.options[${i}]`;
				problems.push(...check_text(option.text, f, `${at}.text`));
				problems.push(...check_text(option.explanation, f, `${at}.explanation`));
			});
		}
	}
	return problems;
}

/** One line per problem, as the build prints it: `file: field: message`. */
export function format_problem(problem: LanguageProblem): string {
	return `${problem.file}: ${problem.field}: ${problem.message}`;
}
