import { describe, expect, it } from 'vitest';
import type { StepRecord } from '../player';
import { needs_account, score_in_words } from './step-view';

const record = (change: Partial<StepRecord> = {}): StepRecord => ({
	step_id: 's',
	level: 'huong-dan',
	completed_at: 0,
	time_ms: 0,
	hints_used: 0,
	mistakes: 0,
	...change
});

describe('needs_account', () => {
	it('is true for the sign-in form steps only', () => {
		expect(needs_account({ target: '#login-id' })).toBe(true);
		expect(needs_account({ target: 'login.submit' })).toBe(true);
		expect(needs_account({ target: '#login-otp' })).toBe(false);
		expect(needs_account({})).toBe(false);
	});
});

describe('score_in_words', () => {
	it('says why points were taken off', () => {
		const text = score_in_words([record({ hints_used: 1 }), record({ mistakes: 2 }), record()]);
		expect(text).toContain('dùng 1 gợi ý');
		expect(text).toContain('làm sai 2 lần');
		expect(text).toContain('trung bình');
	});
	it('praises a clean run', () => {
		expect(score_in_words([record(), record()])).toMatch(/^Bạn làm đúng mọi bước/);
	});
	it('counts watched steps but not answered questions', () => {
		const text = score_in_words([
			record({ level: 'xem-mau' }),
			record({ level: 'xem-mau', answer: [1] })
		]);
		expect(text).toContain('xem mẫu 1 bước');
	});
});
