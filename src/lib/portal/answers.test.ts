import { describe, expect, it } from 'vitest';
import { answer_text } from './answers';
import type { FormField } from './model';
import type { Places } from '$lib/content/places';

const capital = {
	id: 'capital',
	label: 'Vốn kinh doanh (đồng)',
	type: 'number',
	section: 'business',
	required: true
} as FormField;

describe('an answer read back on "Xem lại tờ khai"', () => {
	it('groups a number’s thousands with dots, as written in Vietnam', () => {
		expect(answer_text(capital, '50000000', {} as Places)).toBe('50.000.000');
		expect(answer_text(capital, '4', {} as Places)).toBe('4');
		expect(answer_text(capital, undefined, {} as Places)).toBe('Chưa điền');
	});
});
