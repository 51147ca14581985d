/**
 * Who the practice account is in a lesson's sandbox. By default the learner is Nguyễn Thị Lan
 * (account.ts), the mother in the birth lesson. A lesson may ask for another person with
 * `setup.persona`: `ong-ba` is her mother, Nguyễn Thị Hoa, who files the birth registration of
 * her grandson (the law lets a grandparent do it, with no authorisation letter:
 * portal-and-procedures.md §3.1 A). Only the name, date of birth and phone change; the ID
 * number stays clearly fake (born 2099, logic/citizen-id.ts) and the address is the family's.
 */
import { practice_account, type PracticeAccount } from './account';

export const PERSONAS = ['ong-ba'] as const;
export type Persona = (typeof PERSONAS)[number];

export function account_for(learner_id: string, persona?: Persona): PracticeAccount {
	const own = practice_account(learner_id);
	if (persona !== 'ong-ba') return own;
	const random_part = String((Number(own.citizen_id.slice(6)) + 500_000) % 1_000_000).padStart(
		6,
		'0'
	);
	return {
		...own,
		citizen_id: `${own.citizen_id.slice(0, 6)}${random_part}`,
		full_name: 'Nguyễn Thị Hoa',
		date_of_birth: '1962-03-08',
		phone: '0900 000 456'
	};
}
