import { describe, expect, it } from 'vitest';
import type { FormField } from '../model';
import { result_file_name, result_rows, result_statement } from './result-text';

const fields: FormField[] = [
	{ id: 'document_name', label: 'Tên giấy tờ', type: 'text', required: true, section: 'a' },
	{ id: 'copy_count', label: 'Số bản sao', type: 'number', required: true, section: 'a' },
	{ id: 'note', label: 'Ghi chú', type: 'text', required: false, section: 'a' }
];
const text = (_field: FormField, value: unknown) => String(value);

describe('what a result says', () => {
	it('fills the statement with the answers: what was certified and how many copies', () => {
		const statement = result_statement(
			{ fields, result_statement: 'Chứng thực {copy_count} bản sao của “{document_name}”.' },
			{ document_name: 'Bằng tốt nghiệp', copy_count: '3' },
			text
		);
		expect(statement).toBe('Chứng thực 3 bản sao của “Bằng tốt nghiệp”.');
	});

	it('lists the chosen fields that were answered, with their labels', () => {
		const rows = result_rows(
			{ fields, result_fields: ['copy_count', 'note'] },
			{ copy_count: '2', note: '' },
			text
		);
		expect(rows).toEqual([{ label: 'Số bản sao', value: '2' }]);
	});

	it('names the downloaded file after the dossier code', () => {
		expect(result_file_name('000.00.99.H99-261123-0002')).toBe(
			'ket-qua-MAU-000.00.99.H99-261123-0002.html'
		);
		expect(result_file_name('a/b\\c')).toBe('ket-qua-MAU-abc.html');
	});
});
