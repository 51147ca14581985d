import { describe, expect, it } from 'vitest';
import { activity_id, iso_duration, make_statement } from './xapi';

const base = {
	id: '6f1c1e2a-0000-4000-8000-000000000001',
	home: 'https://congdanso.example/',
	learner: { id: 'learner-1', name: 'Bà Lan' },
	lesson: { id: 'lam-quen/dang-nhap-vneid', title: 'Đăng nhập bằng VNeID' },
	timestamp: new Date('2026-11-26T09:30:00Z')
};

describe('xAPI statements', () => {
	it('a step completion names the learner, the step under the lesson and the result', () => {
		const statement = make_statement({
			...base,
			verb: 'completed',
			step: { id: 'nhap-mat-khau', title: 'Nhập mật khẩu' },
			result: { success: true, completion: true, duration: iso_duration(83_500) }
		});
		expect(statement).toEqual({
			id: base.id,
			actor: {
				objectType: 'Agent',
				name: 'Bà Lan',
				account: { homePage: 'https://congdanso.example/', name: 'learner-1' }
			},
			verb: {
				id: 'http://adlnet.gov/expapi/verbs/completed',
				display: { vi: 'đã hoàn thành', en: 'completed' }
			},
			object: {
				objectType: 'Activity',
				id: 'https://congdanso.example/bai-hoc/lam-quen/dang-nhap-vneid/#nhap-mat-khau',
				definition: {
					name: { vi: 'Nhập mật khẩu' },
					type: 'http://adlnet.gov/expapi/activities/interaction'
				}
			},
			result: { success: true, completion: true, duration: 'PT84S' },
			context: {
				contextActivities: {
					parent: [
						{
							id: 'https://congdanso.example/bai-hoc/lam-quen/dang-nhap-vneid/',
							objectType: 'Activity'
						}
					]
				}
			},
			timestamp: '2026-11-26T09:30:00.000Z'
		});
	});

	it('a lesson statement has the lesson as object and no parent', () => {
		const statement = make_statement({ ...base, verb: 'attempted' });
		expect(statement.object.definition.type).toBe('http://adlnet.gov/expapi/activities/lesson');
		expect(statement.object.id).toBe(activity_id(base.home, base.lesson.id));
		expect(statement.context).toBeUndefined();
		expect(statement.result).toBeUndefined();
	});

	it('a knowledge check is an answered interaction', () => {
		const statement = make_statement({
			...base,
			verb: 'answered',
			step: { id: 'cau-hoi', title: 'Ai được biết mã OTP?', question: true }
		});
		expect(statement.verb.id).toBe('http://adlnet.gov/expapi/verbs/answered');
		expect(statement.object.definition.type).toBe(
			'http://adlnet.gov/expapi/activities/cmi.interaction'
		);
	});
});
