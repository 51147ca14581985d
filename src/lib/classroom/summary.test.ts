import { describe, expect, it } from 'vitest';
import { class_catalog, lessons } from '$lib/content/lessons.server';
import type { StepRecord } from '$lib/lessons/player';
import {
	attempt_to_state,
	merge_progress,
	new_attempt,
	record_of,
	state_to_attempt,
	type Attempt,
	type LessonProgress
} from '$lib/progress/model';
import { summary_texts } from './chunks';
import { decode_transfer } from './chunks';
import {
	catalog_keys,
	day_label,
	key_collisions,
	lesson_hints,
	lesson_key,
	lesson_key_v1,
	lesson_mistakes,
	step_key,
	summarize,
	vn_day
} from './summary';

const STEPS = ['mo-trang', 'nhap-so', 'nhap-mat-khau', 'nhap-otp', 'cau-hoi'];
const T0 = Date.UTC(2026, 10, 28, 2, 0, 0); // 09:00 in Vietnam

function done(step_id: string, at: number, hints = 0, mistakes = 0): StepRecord {
	return {
		step_id,
		level: 'tu-lam',
		completed_at: at,
		time_ms: 30_000,
		hints_used: hints,
		mistakes
	};
}

/** An attempt with the first `count` steps done (step 2 needed 2 hints and 1 mistake). */
function attempt(
	id: string,
	count: number,
	now: number,
	level: Attempt['level'] = 'tu-lam'
): Attempt {
	const fresh = new_attempt(id, level, STEPS, now);
	const state = attempt_to_state(fresh, 'a/b', STEPS);
	const records = STEPS.slice(0, count).map((s, i) =>
		done(s, now + i + 1, i === 1 ? 2 : 0, i === 1 ? 1 : 0)
	);
	return state_to_attempt(
		{
			...state,
			index: count,
			records,
			...(count >= STEPS.length ? { finished_at: now + count } : {})
		},
		fresh,
		STEPS,
		now + count
	);
}

function record(...attempts: Attempt[]): LessonProgress {
	return attempts.reduce<LessonProgress | undefined>(
		(r, a) => merge_progress(r, record_of('lan', 'lam-quen/dang-nhap-vneid', a), STEPS),
		undefined
	)!;
}

describe('a learner’s progress as the summary sent to the trainer', () => {
	it('keeps status, best score, the most independent finished level, attempts, time and hard steps', () => {
		const first = attempt('one', 5, T0, 'huong-dan');
		const retake = attempt('two', 5, T0 + 86_400_000, 'tu-lam');
		const unfinished = attempt('three', 2, T0 + 2 * 86_400_000, 'xem-mau');
		const summary = summarize(
			{ id: 'lan', name: 'Bà Lan' },
			'HB7K2Q',
			[record(first, retake, unfinished)],
			T0 + 3 * 86_400_000 + 1234
		);
		expect(summary.sent_at % 1000).toBe(0);
		const [lesson] = summary.lessons;
		expect(lesson).toMatchObject({
			key: lesson_key('lam-quen/dang-nhap-vneid'),
			status: 'completed',
			level: 'tu-lam',
			attempts: 3,
			finished: 2,
			minutes: Math.ceil(((5 + 5 + 2) * 30) / 60),
			completed_on: vn_day(first.finished_at!)
		});
		expect(lesson.score).toBe(record(first, retake, unfinished).score);
		expect(lesson.steps).toEqual([{ key: step_key('nhap-so'), hints: 6, mistakes: 3 }]);
		expect(lesson_hints(lesson)).toBe(6);
		expect(lesson_mistakes(lesson)).toBe(3);
		expect(day_label(lesson.completed_on!)).toBe('28/11/2026');
	});

	it('an unfinished lesson is in progress, with no score, at the level in hand', () => {
		const summary = summarize(
			{ id: 'lan', name: 'Bà Lan' },
			'HB7K2Q',
			[record(attempt('one', 2, T0, 'xem-mau'))],
			T0
		);
		expect(summary.lessons[0]).toMatchObject({
			status: 'in-progress',
			score: null,
			level: 'xem-mau',
			finished: 0
		});
		expect(summary.lessons[0].completed_on).toBeUndefined();
	});

	it('travels as a QR text and comes back the same', async () => {
		const summary = summarize(
			{ id: 'lan', name: 'Bà Lan' },
			'HB7K2Q',
			[record(attempt('one', 5, T0))],
			T0
		);
		expect(await decode_transfer((await summary_texts(summary)).join('\n'))).toEqual({
			ok: true,
			value: summary
		});
	});

	it('the course’s lessons and steps have distinct short keys, and keys turn back into them', () => {
		// the lessons and the final test, as the trainer's page names them (routes/lop-hoc)
		const catalog = class_catalog;
		expect(catalog.length).toBe(lessons.length + 1);
		// 16-bit keys (format version 2) and 24-bit ones (version 1) alike
		expect(key_collisions(catalog)).toEqual([]);
		expect(new Set(catalog.map((l) => lesson_key(l.id))).size).toBe(catalog.length);
		expect(new Set(catalog.map((l) => lesson_key_v1(l.id))).size).toBe(catalog.length);
		for (const l of catalog) expect(lesson_key(l.id)).toMatch(/^[0-9a-f]{4}$/);
		const keys = catalog_keys(catalog);
		const first = catalog[0];
		expect(keys.lessons.get(lesson_key(first.id))?.id).toBe(first.id);
		expect(keys.steps.get(lesson_key(first.id))?.get(step_key(first.steps[0].id))?.id).toBe(
			first.steps[0].id
		);
		expect(key_collisions([...catalog, { ...first, title: 'again' }])).toHaveLength(1);
		// two ids whose 16-bit keys meet (their 24-bit keys do not): a clash all the same
		const [a, b] = clashing_ids();
		expect(lesson_key_v1(a)).not.toBe(lesson_key_v1(b));
		expect(key_collisions([a, b].map((id) => ({ id, title: id, steps: [] })))).toEqual([
			`${a} / ${b}`
		]);
	});
});

/** Two lesson ids with one 16-bit key (found by counting up; a few hundred tries). */
function clashing_ids(): [string, string] {
	const seen = new Map<string, string>();
	for (let n = 0; ; n++) {
		const id = `chuong/bai-${n}`;
		const other = seen.get(lesson_key(id));
		if (other !== undefined) return [other, id];
		seen.set(lesson_key(id), id);
	}
}
