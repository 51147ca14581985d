import { describe, expect, it } from 'vitest';
import { practice_account } from './account';
import { check_practice_id } from './logic/citizen-id';
import { account_for } from './persona';

describe('account_for', () => {
	it('is the learner’s own practice account without a persona', () => {
		expect(account_for('lan')).toEqual(practice_account('lan'));
	});

	it('makes the grandmother another person with a clearly fake ID the e-form accepts', () => {
		const own = practice_account('lan');
		const grandmother = account_for('lan', 'ong-ba');
		expect(grandmother.full_name).toBe('Nguyễn Thị Hoa');
		expect(grandmother.date_of_birth).toBe('1962-03-08');
		expect(grandmother.citizen_id).not.toBe(own.citizen_id);
		expect(grandmother.citizen_id).toMatch(/^031399\d{6}$/);
		expect(check_practice_id(grandmother.citizen_id, '2026-10-20')).toBeNull();
		// the same learner is always the same grandmother; the family lives at one address
		expect(account_for('lan', 'ong-ba')).toEqual(grandmother);
		expect(grandmother.address).toEqual(own.address);
	});
});
