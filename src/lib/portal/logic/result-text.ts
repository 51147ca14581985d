/**
 * What a result says: the procedure's `result_statement` with each {field_id} replaced by the
 * dossier's answer as the citizen reads it, and the listed fields as rows. Pure.
 */
import type { FormField, Procedure } from '../model';
import type { AnswerValue } from '../records';

export type AnswerText = (field: FormField, value: AnswerValue | undefined) => string;

export function result_statement(
	procedure: Pick<Procedure, 'result_statement' | 'fields'>,
	answers: Record<string, AnswerValue>,
	text: AnswerText
): string {
	return procedure.result_statement.replace(/\{([a-z0-9_]+)\}/g, (whole, id: string) => {
		const field = procedure.fields.find((f) => f.id === id);
		return field ? text(field, answers[id]) : whole;
	});
}

export function result_rows(
	procedure: Pick<Procedure, 'result_fields' | 'fields'>,
	answers: Record<string, AnswerValue>,
	text: AnswerText
): { label: string; value: string }[] {
	return (procedure.result_fields ?? []).flatMap((id) => {
		const field = procedure.fields.find((f) => f.id === id);
		if (!field) return [];
		const value = answers[id];
		if (value === undefined || value === '') return [];
		return [{ label: field.label, value: text(field, value) }];
	});
}

/** The downloaded file's name: the dossier code, so two results are never confused. */
export function result_file_name(code: string): string {
	return `ket-qua-MAU-${code.replace(/[^0-9A-Za-z.-]/g, '')}.html`;
}
