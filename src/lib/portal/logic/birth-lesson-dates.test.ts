// @vitest-environment node
/**
 * The birth lesson pins its practice date (setup.practice_date) so the date of birth it states,
 * the one its step accepts and the one on the sample Giấy chứng sinh are one date, and the
 * dossier's dates that follow from it are plausible at whatever hour the learner files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { appointment_date, is_working_day } from './calendar';
import { format_date, parse_vn_date } from './format';
import { add_days } from './iso';

const lesson_dir = 'content/lessons/01-lam-quen-cong-dich-vu-cong/02-nop-ho-so-khai-sinh';
const front = (file: string) =>
	parse(readFileSync(`${lesson_dir}/${file}`, 'utf8').split(/^---$/m)[1]) as Record<
		string,
		unknown
	>;

const setup = front('index.md').setup as { practice_date?: string };
const child_step = front('05-khai-thong-tin-be.md') as unknown as {
	complete: { event: string; where: Record<string, unknown> }[];
};
const sample = readFileSync('content/samples-src/giay-chung-sinh.svg', 'utf8');

describe('the birth lesson’s dates', () => {
	const practice = setup.practice_date ?? '';
	const asked = child_step.complete.find((m) => m.where.field_id === 'child_date_of_birth');
	const birth = parse_vn_date(asked?.where.value) ?? '';

	it('pins a practice date on a working day, and the step accepts one date of birth', () => {
		expect(is_working_day(practice)).toBe(true);
		expect(birth).not.toBe('');
		expect(birth < practice).toBe(true);
		expect(add_days(birth, 60) >= practice).toBe(true); // registered in time: no fee
	});

	it('is the date on the sample Giấy chứng sinh and stated in the step', () => {
		expect(sample).toContain(`ngày ${format_date(birth)}`);
		const body = readFileSync(`${lesson_dir}/05-khai-thong-tin-be.md`, 'utf8').split(/^---$/m)[2];
		expect(body).toContain(format_date(birth));
	});

	it('gives an appointment within the week whatever the hour of filing', () => {
		for (const minutes of [6 * 60, 9 * 60 + 30, 14 * 60 + 59, 15 * 60, 22 * 60]) {
			const due = appointment_date({ received: practice, minutes_of_day: minutes }, 1);
			expect(due > practice).toBe(true);
			expect(due <= add_days(practice, 2)).toBe(true);
		}
	});
});
