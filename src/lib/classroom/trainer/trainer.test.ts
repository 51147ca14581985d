import { describe, expect, it } from 'vitest';
import { file_text, summary_texts } from '../chunks';
import { IMPORT_ERRORS } from '../messages';
import { empty_roster } from '../roster';
import { catalog_keys, type LearnerSummary } from '../summary';
import { finished_course } from '../testing';
import { aggregate, names_of, submits_dossier, totals_sentences, view_rows } from './dashboard';
import {
	decode_file,
	decode_pictures,
	decode_text,
	is_picture,
	MAX_FILE_BYTES,
	MAX_PICTURE_BYTES,
	preview_batch,
	scan_step
} from './import';
import { CATALOG, CODE, HOA, K, LAN, done, learner, roster_of } from './test-class';
const BA = learner('ba', 'Ông Ba', [done(K[0], 100), done(K[1], 60), done(K[2], 100)]);

describe('the import preview', () => {
	const keys = catalog_keys(CATALOG);

	it('shows what will change before anything is written, and nothing new the second time', async () => {
		const text = file_text(await summary_texts(LAN));
		const decoded = await decode_file(
			{ name: 'lan.txt', size: text.length, text: async () => text },
			{ class_code: CODE }
		);
		const first = preview_batch(empty_roster(CODE), decoded, keys);
		expect(first.changing).toBe(1);
		expect(first.items[0].lines[0]).toBe('Thêm người học mới: Bà Lan.');
		expect(first.items[0].lines).toContain('“Khai sinh”: đã hoàn thành, điểm cao nhất 90.');
		const second = preview_batch(first.after, decoded, keys);
		expect(second.changing).toBe(0);
		expect(second.items[0].lines).toEqual(['Bà Lan: không có gì mới, lớp giữ nguyên.']);
		expect(second.after).toEqual(first.after);
	});

	it('previews a batch as the roster would merge it, twice the same record counting once', () => {
		const ok = (s: LearnerSummary) => ({
			source: 'Mã QR',
			result: { ok: true as const, value: s }
		});
		const batch = preview_batch(empty_roster(CODE), [ok(LAN), ok(HOA), ok(LAN), ok(BA)], keys);
		expect(batch.changing).toBe(3);
		expect(batch.after).toEqual(roster_of(BA, HOA, LAN));
	});

	it('reads a class file of many learners, parts in any order, and gives each bad code its own message', async () => {
		const many = finished_course(20);
		const parts = await summary_texts(many, 6); // small codes: several parts
		expect(parts.length).toBeGreaterThan(1);
		const text = [
			(await summary_texts(LAN))[0],
			...parts.reverse(),
			'CDS1:NOTBASE45!!',
			(await summary_texts(BA))[0]
		].join('\n');
		const results = await decode_text(text, { class_code: CODE });
		expect(results.filter((r) => r.ok).map((r) => r.ok && r.value.name)).toEqual([
			'Bà Lan',
			'Ông Ba',
			many.name
		]);
		expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.message)).toEqual([
			IMPORT_ERRORS.corrupt
		]);
	});

	it('gives a clear message for a wrong class, another format, a truncated or an oversized file', async () => {
		const [lan] = await summary_texts(LAN);
		const wrong = await decode_text(lan, { class_code: 'ZZZZZZ' });
		expect(!wrong[0].ok && wrong[0].message).toBe(IMPORT_ERRORS.wrong_class(CODE, 'ZZZZZZ'));
		const other = await decode_text('hello', { class_code: CODE });
		expect(!other[0].ok && other[0].message).toBe(IMPORT_ERRORS.not_ours);
		const cut = await decode_text(lan.slice(0, 40), { class_code: CODE });
		expect(cut[0].ok).toBe(false);
		const big = await decode_file(
			{ name: 'x.txt', size: MAX_FILE_BYTES + 1, text: async () => '' },
			{ class_code: CODE }
		);
		expect(!big[0].result.ok && big[0].result.message).toBe(IMPORT_ERRORS.oversized);
	});

	it('says the reason once for a file of many lines that are not codes, beside a good code', async () => {
		const junk = Array.from({ length: 19 }, (_, i) => `dòng rác số ${i} ${'x'.repeat(i)}`);
		const text = [...junk, file_text(await summary_texts(LAN))].join('\n');
		const decoded = await decode_file(
			{ name: 'tron.txt', size: text.length, text: async () => text },
			{ class_code: CODE }
		);
		expect(decoded.filter((d) => d.result.ok)).toHaveLength(1);
		expect(decoded.filter((d) => !d.result.ok)).toHaveLength(1);
	});

	it('reads pictures of QR codes: parts in several pictures join, a picture with no code says so', async () => {
		// a small QR version splits one learner's code into parts, as on a phone that shows them
		// one after another
		const parts = await summary_texts(LAN, 3);
		expect(parts.length).toBeGreaterThan(1);
		// what a QR reader finds in each picture (the reader itself is tried in the browser tests)
		const pictures = [
			...parts.map((code, i) => ({ name: `phan-${i + 1}.png`, size: 1000, code })).reverse(),
			{ name: 'anh-mo.jpg', size: 1000, code: null },
			{ name: 'phan-1-lan-nua.png', size: 1000, code: parts[0] },
			{ name: 'qua-to.png', size: MAX_PICTURE_BYTES + 1, code: parts[1] },
			{ name: 'loi.png', size: 1000, code: 'throw' }
		];
		const decoded = await decode_pictures(
			pictures,
			async (picture) => {
				if (picture.code === 'throw') throw new Error('not a picture');
				return picture.code;
			},
			{ class_code: CODE }
		);
		expect(
			decoded.map((d) => [d.source, d.result.ok ? d.result.value.name : d.result.message])
		).toEqual([
			['anh-mo.jpg', IMPORT_ERRORS.no_code],
			['qua-to.png', IMPORT_ERRORS.oversized],
			['loi.png', IMPORT_ERRORS.no_code],
			[`${parts.length + 1} ảnh mã QR`, 'Bà Lan']
		]);
		const one = await decode_pictures([{ name: 'lan.png', size: 10 }], async () => parts[0], {
			class_code: CODE
		});
		expect(one[0].source).toBe('lan.png');
		expect(!one[0].result.ok && one[0].result.reason).toBe('missing_parts');
		expect(is_picture({ name: 'ma-qr.JPG', type: '' })).toBe(true);
		expect(is_picture({ name: 'tien-do.txt', type: 'text/plain' })).toBe(false);
	});

	it('scans parts one by one and refuses a whole course sent to another class', async () => {
		const parts = await summary_texts(finished_course(20), 6);
		let collected = null;
		for (const [i, part] of parts.entries()) {
			const step = await scan_step(collected, part, 'HB7K2Q');
			if (i < parts.length - 1) {
				expect(step).toMatchObject({ kind: 'added', have: i + 1, total: parts.length });
				collected = step.kind === 'added' ? step.collected : null;
			} else expect(step.kind).toBe('done');
		}
		const [one] = await summary_texts(LAN);
		expect(await scan_step(null, one, 'ZZZZZZ')).toMatchObject({
			kind: 'error',
			reason: 'wrong_class'
		});
	});
});

describe('the dashboard', () => {
	const dashboard = aggregate(roster_of(LAN, HOA, BA), CATALOG);

	it('is a matrix of learners × lessons: done, in progress, not started, with scores and help', () => {
		const hoa = dashboard.rows.find((r) => r.name === 'Cô Hòa')!;
		expect(hoa.cells.map((c) => c.status)).toEqual(['done', 'doing', 'none']);
		expect(hoa.cells[0]).toMatchObject({ score: 70, level: 'tu-lam' });
		expect(hoa.cells[1]).toMatchObject({ score: null, level: 'huong-dan', hints: 1 });
	});

	it('says the totals in words', () => {
		expect(submits_dossier('nop-ho-so/khai-sinh')).toBe(true);
		expect(submits_dossier('lam-quen/nop-ho-so-khai-sinh')).toBe(true);
		expect(submits_dossier('an-toan/otp')).toBe(false);
		expect(totals_sentences(dashboard)).toEqual([
			'3/3 người đã bắt đầu học.',
			'2/3 người đã nộp thử hồ sơ thành công.',
			'1/3 người đã học xong cả khóa.'
		]);
		expect(totals_sentences(aggregate(empty_roster(CODE), CATALOG))).toEqual([
			'Lớp chưa có tiến độ của người học nào.'
		]);
	});

	it('lists the steps where most learners needed help, named and numbered in their lesson', () => {
		expect(dashboard.hard_steps[0]).toMatchObject({
			step_title: 'Đính kèm giấy tờ',
			step_number: 2,
			learners: 2,
			hints: 3,
			mistakes: 1
		});
		expect(dashboard.hard_steps[0].column.lesson_id).toBe('nop-ho-so/khai-sinh');
		// who is stuck there, by name
		expect(dashboard.hard_steps[0].names).toEqual(['Cô Hòa', 'Bà Lan']);
		expect(names_of(['A', 'B', 'C'], 2)).toBe('A, B và 1 người khác');
		expect(names_of(['A', 'B'], 2)).toBe('A, B');
	});

	it('gives time and results per lesson', () => {
		expect(dashboard.lessons[1]).toMatchObject({
			done: 2,
			doing: 1,
			none: 0,
			mean_minutes: 8,
			mean_score: 75
		});
		expect(dashboard.lessons[2]).toMatchObject({ done: 1, none: 2, mean_minutes: 10 });
	});

	it('keeps a lesson this device does not know as a column of its own', () => {
		const unknown = aggregate(roster_of(learner('x', 'Ông X', [done('abcd', 50)])), CATALOG);
		expect(unknown.columns.at(-1)!.title).toMatch(/mã abcd/);
		expect(unknown.rows[0].cells.at(-1)!.status).toBe('done');
	});

	it('sorts and filters learners; a name is found without its diacritics', () => {
		expect(view_rows(dashboard).map((r) => r.name)).toEqual(['Bà Lan', 'Cô Hòa', 'Ông Ba']);
		expect(view_rows(dashboard, { sort: 'done' }).map((r) => r.name)).toEqual([
			'Ông Ba',
			'Bà Lan',
			'Cô Hòa'
		]);
		expect(view_rows(dashboard, { name: 'hoa' }).map((r) => r.name)).toEqual(['Cô Hòa']);
		expect(view_rows(dashboard, { filter: 'not-submitted' }).map((r) => r.name)).toEqual([
			'Cô Hòa'
		]);
		expect(view_rows(dashboard, { filter: 'unfinished' }).map((r) => r.name)).toEqual([
			'Bà Lan',
			'Cô Hòa'
		]);
	});
});
