import { describe, expect, it } from 'vitest';
import {
	check_lesson,
	check_text,
	count_words,
	foreign_words,
	new_tone_marks,
	plain_text,
	sentences
} from './language';

const words = (n: number) => Array.from({ length: n }, (_, i) => `chữ${i + 1}`).join(' ');

describe('the language check', () => {
	it('cuts sentences at . ! ? … and paragraph or list breaks, not inside numbers or addresses', () => {
		expect(
			sentences(
				'Lệ phí là 1.000.000 đ. Gõ dichvucong.gov.vn vào ô địa chỉ! Xong chưa? “Đúng rồi.” Tốt…'
			)
		).toEqual([
			'Lệ phí là 1.000.000 đ.',
			'Gõ dichvucong.gov.vn vào ô địa chỉ!',
			'Xong chưa?',
			'“Đúng rồi.”',
			'Tốt…'
		]);
		expect(sentences(plain_text('Hãy đọc:\n\n- dòng một\n- dòng hai'))).toEqual([
			'Hãy đọc:',
			'dòng một',
			'dòng hai'
		]);
	});

	it('counts the words a reader sees, not markdown marks, link targets or dashes', () => {
		expect(
			count_words(plain_text('Bấm **Đăng nhập** – rồi xem [trang này](https://x.gov.vn/a/b).'))
		).toBe(7);
		expect(plain_text('---\ntitle: A\n---\n\nChữ `mã` thôi.')).toContain('Chữ mã thôi.');
	});

	it('reports a sentence over 20 words and rejects one over 25, naming file and field', () => {
		expect(check_text(`${words(20)}.`, 'a.md', 'body')).toEqual([]);
		expect(check_text(`${words(21)}.`, 'a.md', 'hints[0]')).toEqual([
			expect.objectContaining({ file: 'a.md', field: 'hints[0]', level: 'warning' })
		]);
		expect(check_text(`${words(25)}.`, 'a.md', 'body')[0].level).toBe('warning');
		const [problem] = check_text(`${words(26)}.`, 'a.md', 'body');
		expect(problem.level).toBe('error');
		expect(problem.message).toContain('26 words');
	});

	it('rejects text that is not NFC', () => {
		const [problem] = check_text('Đăng ký'.normalize('NFD'), 'a.md', 'body');
		expect(problem).toMatchObject({ level: 'error', message: expect.stringContaining('NFC') });
	});

	it('flags foreign words with the everyday word, but not names like App Store or VNeID', () => {
		expect(foreign_words('Bấm vào Link này, rồi click OK.')).toEqual(['link', 'click', 'ok']);
		expect(foreign_words('Chỉ cài VNeID từ App Store hoặc CH Play; gõ mã OTP.')).toEqual([]);
		expect(foreign_words('trang web của Cổng')).toEqual([]);
		const [problem] = check_text('Đừng bấm đường link lạ.', 'a.md', 'body');
		expect(problem).toMatchObject({
			level: 'error',
			message: expect.stringContaining('đường dẫn')
		});
	});

	it('reads a lesson’s introduction, instructions, hints, mistakes and knowledge checks', () => {
		const long = `${words(26)}.`;
		const lesson = {
			file: 'l/index.md',
			steps: [
				{
					file: 'l/01-a.md',
					hints: ['Ngắn.', long],
					mistakes: [{ feedback: long }],
					question: { prompt: long, options: [{ text: 'Có.', explanation: long }] }
				}
			]
		};
		const fields = check_lesson(lesson, {
			'l/index.md': `---\ntitle: x\n---\n\n${long}`,
			'l/01-a.md': 'Ngắn.'
		})
			.filter((p) => p.level === 'error')
			.map((p) => `${p.file} ${p.field}`);
		expect(fields).toEqual([
			'l/index.md body',
			'l/01-a.md hints[1]',
			'l/01-a.md mistakes[0].feedback',
			'l/01-a.md question.prompt',
			'l/01-a.md question.options[0].explanation'
		]);
	});

	// The spelling the check rejects is written with escapes (\u00e1 is á, \u00e0 à, \u1ef7 ỷ):
	// spelling.test.ts reads every file of the project and would find it here otherwise.
	it('finds the tone mark on the last letter of oa, oe, uy, and gives the traditional spelling', () => {
		expect(
			new_tone_marks('Tài khoản bị kho\u00e1. Ho\u00e0 và Thu\u1ef7 đã xo\u00e1, kho\u00e1 lại.')
		).toEqual([
			{ word: 'kho\u00e1', traditional: 'khóa' },
			{ word: 'Ho\u00e0', traditional: 'Hòa' },
			{ word: 'Thu\u1ef7', traditional: 'Thủy' },
			{ word: 'xo\u00e1', traditional: 'xóa' }
		]);
		expect(new_tone_marks('KHO\u00c1 L\u1ea0I, lo\u00e8 loẹt')).toEqual([
			{ word: 'KHO\u00c1', traditional: 'KHÓA' },
			{ word: 'lo\u00e8', traditional: 'lòe' }
		]);
		// the traditional spelling, a syllable that goes on, and "qu" are all fine
		expect(
			new_tone_marks('khóa, hòa, thủy, lòe, hoàn thành, khoảng, quyết, quý, quà, của, thuyền')
		).toEqual([]);
		// text saved apart (NFD) is read as a reader sees it
		expect(new_tone_marks('kho\u00e1'.normalize('NFD'))).toEqual([
			{ word: 'kho\u00e1', traditional: 'khóa' }
		]);
	});

	it('stops the build on the new placement, saying which spelling to write', () => {
		const [problem] = check_text('Đừng để tài khoản bị kho\u00e1.', 'a.md', 'hints[0]');
		expect(problem).toMatchObject({
			file: 'a.md',
			field: 'hints[0]',
			level: 'error',
			message: expect.stringContaining('“khóa”')
		});
	});
});
