import validate from '@learninglocker/xapi-validation';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { class_statements, content_uuid } from './class-xapi';
import type { ClassInfo } from './classes';
import { empty_roster, import_summary, type Roster } from './roster';
import { lesson_key, type CatalogLesson, type LearnerSummary } from './summary';
import { finished_course, summary_arb } from './testing';

const HOME = 'https://congdanso.example/';
const INFO: ClassInfo = {
	id: '3b1f8e2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
	code: 'HB7K2Q',
	name: 'Lớp tổ dân phố 5',
	place: 'Nhà văn hóa phường Hồng Bàng',
	trainer: 'Chị Mai',
	starts: '28/11/2026',
	ends: '',
	created_at: 0
};
const CATALOG: CatalogLesson[] = [
	{ id: 'lam-quen/dang-nhap-vneid', title: 'Đăng nhập bằng VNeID', steps: [] }
];

function roster_of(...summaries: LearnerSummary[]): Roster {
	return summaries.reduce((r, s) => {
		const result = import_summary(r, { ...s, class_code: INFO.code });
		if (!result.ok) throw new Error(result.message);
		return result.value;
	}, empty_roster(INFO.code));
}

describe('the class as xAPI 1.0.3 statements', () => {
	it('a completed lesson: actor, verb, object, result with score, the class as registration', async () => {
		const summary = finished_course(1);
		summary.lessons[0].key = lesson_key(CATALOG[0].id);
		const [statement] = await class_statements(INFO, roster_of(summary), CATALOG, HOME);
		expect(validate(statement)).toEqual([]);
		expect(statement).toMatchObject({
			actor: {
				objectType: 'Agent',
				name: summary.name,
				account: { homePage: HOME, name: summary.learner_id }
			},
			verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { vi: 'đã hoàn thành' } },
			object: {
				id: 'https://congdanso.example/bai-hoc/lam-quen/dang-nhap-vneid/',
				definition: {
					name: { vi: 'Đăng nhập bằng VNeID' },
					type: 'http://adlnet.gov/expapi/activities/lesson'
				}
			},
			result: { completion: true, score: { raw: 60, min: 0, max: 100, scaled: 0.6 } },
			context: { registration: INFO.id }
		});
	});

	it('every statement of any class is valid by the xAPI rules, with stable ids', async () => {
		await fc.assert(
			fc.asyncProperty(fc.array(summary_arb, { maxLength: 3 }), async (summaries) => {
				const roster = roster_of(...summaries);
				const statements = await class_statements(INFO, roster, CATALOG, HOME);
				for (const s of statements) expect(validate(s), JSON.stringify(s)).toEqual([]);
				expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
				expect(await class_statements(INFO, roster, CATALOG, HOME)).toEqual(statements);
			}),
			{ numRuns: 60 }
		);
	});

	it('the validator is not a rubber stamp: a broken statement is refused', async () => {
		const [statement] = await class_statements(INFO, roster_of(finished_course(1)), CATALOG, HOME);
		expect(
			validate({ ...statement, context: { ...statement.context, registration: 'lop-5' } })
		).not.toEqual([]);
		expect(validate({ ...statement, timestamp: '28/11/2026' })).not.toEqual([]);
		expect(validate({ ...statement, actor: { objectType: 'Agent', name: 'x' } })).not.toEqual([]);
	});

	it('content ids are UUIDs an LRS accepts', async () => {
		expect(await content_uuid('x')).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
	});
});
