import { describe, expect, it } from 'vitest';
import { catalogue_by_field, SEED_COUNTS_2018 } from './procedure-catalogue';
import { procedures } from './procedures.server';
import { lessons } from './lessons.server';

describe('catalogue_by_field', () => {
	const catalogue = catalogue_by_field(procedures, lessons);

	it('lists every shipped procedure once, under its own field', () => {
		const listed = catalogue.flatMap((f) => f.procedures.map((p) => p.id));
		expect(listed.sort()).toEqual(procedures.map((p) => p.id).sort());
		for (const group of catalogue) {
			for (const entry of group.procedures) {
				expect(procedures.find((p) => p.id === entry.id)?.field).toBe(group.field);
			}
		}
	});

	it('covers the 11 fields of the seed article, with its 2018 counts adding up to 121', () => {
		const with_counts = catalogue.filter((f) => f.count_2018 !== undefined);
		expect(with_counts).toHaveLength(11);
		expect(Object.values(SEED_COUNTS_2018).reduce((a, b) => a + b, 0)).toBe(121);
		expect(catalogue.find((f) => f.field === 'giao-duc-dao-tao')?.count_2018).toBe(26);
	});

	it("shows today's field name with the 2018 one beside it only when they differ", () => {
		const land = catalogue.find((f) => f.field === 'tai-nguyen-moi-truong');
		expect(land).toMatchObject({
			name: 'Nông nghiệp và Môi trường',
			name_2018: 'Tài nguyên và môi trường'
		});
		expect(catalogue.find((f) => f.field === 'tu-phap')?.name_2018).toBeUndefined();
	});

	it('links a procedure to the lesson that practises it, and only then', () => {
		const refs = [{ id: 'chuong/bai', title: 'Bài tập khai sinh', procedure: 'dang-ky-khai-sinh' }];
		const entries = catalogue_by_field(procedures, refs).flatMap((f) => f.procedures);
		expect(entries.find((p) => p.id === 'dang-ky-khai-sinh')?.lesson).toEqual({
			id: 'chuong/bai',
			title: 'Bài tập khai sinh'
		});
		expect(entries.find((p) => p.id === 'dang-ky-ket-hon')?.lesson).toBeUndefined();
		expect(entries.find((p) => p.id === 'dang-ky-ket-hon')?.level).toBe('Một phần');
	});
});
