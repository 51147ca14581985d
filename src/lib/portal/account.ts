/**
 * The practice VNeID level-2 account each learner signs in with. Its citizen ID is clearly
 * fake (born 2099, see logic/citizen-id.ts) and the same for a learner every time, so a class
 * can read it off the screen. Everything else is a made-up person.
 */
import type { Address } from './records';

export interface PracticeAccount {
	citizen_id: string;
	password: string;
	/** the VNeID app's 6-digit passcode (portal-screens.md §3: 6 digits, set at activation) */
	passcode: string;
	full_name: string;
	/** 'YYYY-MM-DD' */
	date_of_birth: string;
	phone: string;
	address: Address;
}

/** Meets the VNeID rules: 8–20 characters, upper, lower, a digit and one of !@#$^*()_ */
export const PRACTICE_PASSWORD = 'Taptap@2025';

/** The practice passcode: 6 digits, as the real app's, the same for everyone in a class. */
export const PRACTICE_PASSCODE = '246813';

/** A stable number from a text (FNV-1a), so a learner's practice ID never changes. */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (const char of text) {
		h ^= char.codePointAt(0) ?? 0;
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h;
}

export function practice_account(learner_id: string): PracticeAccount {
	const random_part = String(hash(learner_id) % 1_000_000).padStart(6, '0');
	return {
		// 031 = registered in Hải Phòng; 3 = female, born in the 2000s; 99 = born 2099: fake.
		citizen_id: `031399${random_part}`,
		password: PRACTICE_PASSWORD,
		passcode: PRACTICE_PASSCODE,
		full_name: 'Nguyễn Thị Lan',
		date_of_birth: '1990-08-15',
		phone: '0900 000 123',
		address: { province: 'hai-phong', ward: 'hong-bang', street: 'Số 12, tổ dân phố 3' }
	};
}

/** A 6-digit one-time code (the DVCQG length is unconfirmed; 6 digits as on the ministry portal). */
export function make_otp(random: () => number = Math.random): string {
	return String(Math.floor(random() * 1_000_000)).padStart(6, '0');
}
