import { describe, expect, it } from 'vitest';
import { field_hint, PREFILL_NOTE } from './field-hint';

describe('the hint under an e-form field', () => {
	it('says once that the portal filled the field in', () => {
		expect(field_hint({ prefill: 'full_name' })).toBe(PREFILL_NOTE);
		expect(field_hint({ prefill: 'full_name', hint: 'Ghi như trên giấy tờ.' })).toBe(
			`Ghi như trên giấy tờ. ${PREFILL_NOTE}`
		);
		const own = 'Cổng tự điền từ tài khoản của bạn, vì bạn là chủ mới.';
		expect(field_hint({ prefill: 'full_name', hint: own })).toBe(own);
		expect(field_hint({ hint: 'Ví dụ 50000000.' })).toBe('Ví dụ 50000000.');
		expect(field_hint({})).toBeUndefined();
	});
});
