import { describe, expect, it } from 'vitest';
import type { SimEvent } from '$lib/portal/events';
import { check_met, final_test_passed, score_scenario, score_test } from './score';
import { FINAL_TEST, PASS_MARK } from './test-content';

const [BIRTH, COPY] = FINAL_TEST.scenarios;
const id = 'dang-ky-khai-sinh';
const field = (field_id: string, value: string, valid = true): SimEvent => ({
	type: 'field-set',
	procedure_id: id,
	field_id,
	valid,
	value
});

/** A grandmother's birth registration: all done, but her own date of birth left as the mother's
 * and the postal delivery changed to online before filing. */
const BIRTH_EVENTS: SimEvent[] = [
	{ type: 'searched', query: 'khai sinh', results: 1, found: true },
	{ type: 'procedure-opened', procedure_id: id },
	{ type: 'agency-chosen', procedure_id: id, province: 'hai-phong', ward: 'hong-bang' },
	field('child_date_of_birth', '18/10/2026'),
	field('child_date_of_birth', '17/10/2026'),
	field('mother_date_of_birth', '08/03/1962'),
	field('filer_relationship', 'ong-ba'),
	{ type: 'file-attached', procedure_id: id, document_id: 'birth_certificate', source: 'sample' },
	{ type: 'delivery-chosen', procedure_id: id, method: 'post' },
	{ type: 'delivery-chosen', procedure_id: id, method: 'online' },
	{ type: 'submitted', procedure_id: id, dossier_id: 'd1', code: 'X' },
	{ type: 'status-changed', dossier_id: 'd1', status: 'dang-xu-ly' },
	{ type: 'draft-confirmed', dossier_id: 'd1' },
	{ type: 'status-changed', dossier_id: 'd1', status: 'da-tra-ket-qua' }
];

/** A certified copy: paid after a failed try, filed, but never collected. */
const COPY_EVENTS: SimEvent[] = [
	{ type: 'procedure-opened', procedure_id: 'chung-thuc-ban-sao' },
	{ type: 'section-completed', procedure_id: 'chung-thuc-ban-sao', section_id: 'requester' },
	{ type: 'section-completed', procedure_id: 'chung-thuc-ban-sao', section_id: 'document' },
	{
		type: 'file-attached',
		procedure_id: 'chung-thuc-ban-sao',
		document_id: 'original_document',
		source: 'sample'
	},
	{ type: 'delivery-chosen', procedure_id: 'chung-thuc-ban-sao', method: 'desk' },
	{ type: 'payment-failed', procedure_id: 'chung-thuc-ban-sao', reason: 'insufficient-funds' },
	{ type: 'paid', procedure_id: 'chung-thuc-ban-sao', amount: 4000 },
	{ type: 'submitted', procedure_id: 'chung-thuc-ban-sao', dossier_id: 'd2', code: 'Y' }
];

/** Right answers to the first four questions, a wrong one to the fifth. */
const right_answer = (i: number) => [FINAL_TEST.questions[i].options.findIndex((o) => o.correct)];
const wrong_answer = (i: number) => [FINAL_TEST.questions[i].options.findIndex((o) => !o.correct)];

describe('the final test’s scoring', () => {
	it('has two scenarios and knowledge questions whose weights make 100', () => {
		expect(FINAL_TEST.scenarios.map((s) => s.id)).toEqual([
			'khai-sinh-qua-buu-dien',
			'chung-thuc-tra-phi'
		]);
		const sum = FINAL_TEST.weights.scenarios.reduce((a, b) => a + b, 0);
		expect(sum + FINAL_TEST.weights.questions).toBe(100);
		expect(PASS_MARK).toBe(80);
	});

	it('counts the last choice where the learner changed her mind, any event otherwise', () => {
		const delivery = BIRTH.checks.find((c) => c.id === 'buu-dien')!;
		expect(check_met(delivery, BIRTH_EVENTS)).toBe(false);
		expect(check_met(delivery, BIRTH_EVENTS.slice(0, 9))).toBe(true);
		const child = BIRTH.checks.find((c) => c.id === 'ngay-sinh-be')!;
		expect(check_met(child, BIRTH_EVENTS)).toBe(true);
		expect(check_met(child, BIRTH_EVENTS.slice(0, 4))).toBe(false);
	});

	it('scores each scenario by the checks met, and says which', () => {
		const birth = score_scenario(BIRTH, BIRTH_EVENTS);
		expect(birth).toMatchObject({ points: 9, max: 12 });
		expect(birth.checks.filter((c) => !c.met).map((c) => c.id)).toEqual([
			'thong-tin-me',
			'buu-dien'
		]);
		const copy = score_scenario(COPY, COPY_EVENTS);
		expect(copy).toMatchObject({ points: 8, max: 9 });
		expect(copy.checks.filter((c) => !c.met).map((c) => c.id)).toEqual(['den-nhan']);
	});

	it('scores a known sequence of actions to a known score: 81, a pass', () => {
		// birth 9/12 of 40 = 30; copy 8/9 of 30 = 26.67; questions 4/5 of 30 = 24; 80.67 → 81
		const answers = [0, 1, 2, 3].map(right_answer).concat([wrong_answer(4)]);
		const result = score_test(
			FINAL_TEST,
			{ [BIRTH.id]: BIRTH_EVENTS, [COPY.id]: COPY_EVENTS },
			answers
		);
		expect(result.score).toBe(81);
		expect(result.passed).toBe(true);
		expect(result.questions).toEqual({ right: 4, count: 5 });
	});

	it('fails below 80 %: the same actions with two wrong answers make 75', () => {
		const answers = [0, 1, 2].map(right_answer).concat([wrong_answer(3), wrong_answer(4)]);
		const result = score_test(
			FINAL_TEST,
			{ [BIRTH.id]: BIRTH_EVENTS, [COPY.id]: COPY_EVENTS },
			answers
		);
		expect(result.score).toBe(75);
		expect(result.passed).toBe(false);
	});

	it('gives 0 for nothing done and nothing answered', () => {
		expect(score_test(FINAL_TEST, {}, [])).toMatchObject({ score: 0, passed: false });
	});

	it('events of another procedure or another value never meet a check', () => {
		const other: SimEvent[] = [
			{ type: 'procedure-opened', procedure_id: 'dang-ky-thuong-tru' },
			{ type: 'paid', procedure_id: 'chung-thuc-ban-sao', amount: 2000 },
			{ type: 'delivery-chosen', procedure_id: 'chung-thuc-ban-sao', method: 'post' }
		];
		expect(score_scenario(COPY, other).points).toBe(0);
	});
});

describe('final_test_passed', () => {
	it('reads the best finished score of the stored attempts', () => {
		expect(final_test_passed(undefined)).toBe(false);
		expect(final_test_passed({ score: null })).toBe(false);
		expect(final_test_passed({ score: 79 })).toBe(false);
		expect(final_test_passed({ score: 80 })).toBe(true);
		expect(final_test_passed({ score: 100 })).toBe(true);
	});
});

describe('a finished attempt, stored like a lesson attempt', async () => {
	const { finished_attempt, test_step_ids } = await import('./attempt');
	const { merge_progress, record_of } = await import('$lib/progress/model');
	const played = { [BIRTH.id]: BIRTH_EVENTS, [COPY.id]: COPY_EVENTS };
	const pass = score_test(FINAL_TEST, played, [0, 1, 2, 3, 4].map(right_answer));
	const fail = score_test(FINAL_TEST, {}, []);
	const attempt = (id: string, result: typeof pass, at: number) =>
		finished_attempt(FINAL_TEST, result, {
			id,
			started_at: at,
			finished_at: at + 1000,
			step_ms: { [BIRTH.id]: 600 }
		});

	it('keeps the best score: a weaker retake never takes a pass back', () => {
		const steps = test_step_ids(FINAL_TEST);
		const first = record_of('lan', FINAL_TEST.id, attempt('a', pass, 1));
		const both = merge_progress(
			first,
			record_of('lan', FINAL_TEST.id, attempt('b', fail, 5)),
			steps
		);
		expect(pass.score).toBe(87);
		expect(both.attempts).toHaveLength(2);
		expect(both.score).toBe(87);
		expect(final_test_passed(both)).toBe(true);
		expect(both.attempts[0].totals).toEqual({ hints: 0, mistakes: 3, time_ms: 600 });
	});
});
