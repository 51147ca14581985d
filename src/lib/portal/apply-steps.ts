/** The screens of an online application, in order, for one procedure. */
import type { Procedure } from './model';
import type { DossierDraft } from './records';

/** What ApplyStep hands each application screen's form (AgencyForm, SectionForm, …). */
export interface ApplyFormProps {
	procedure: Procedure;
	/** the learner's draft of this procedure, as last loaded or saved */
	draft: DossierDraft;
	/** the portal location of this screen */
	location: string;
	/** the screen after this one (none after the last), as ApplyStep found it */
	next_step: ApplyStep | undefined;
}

export interface ApplyStep {
	location: string;
	label: string;
}

/** Whether the learner pays online before submitting (a known amount is charged). */
export function pays_online(procedure: Pick<Procedure, 'fee'>) {
	return procedure.fee.kind === 'fixed' || procedure.fee.kind === 'per-page';
}

export function apply_steps(procedure: Pick<Procedure, 'id' | 'sections' | 'fee'>): ApplyStep[] {
	const base = `/nop/${procedure.id}`;
	return [
		{ location: `${base}/co-quan`, label: 'Chọn cơ quan thực hiện' },
		...procedure.sections.map((section) => ({
			location: `${base}/ke-khai/${section.id}`,
			label: `Kê khai: ${section.title}`
		})),
		{ location: `${base}/xem-lai`, label: 'Xem lại tờ khai' },
		{ location: `${base}/giay-to`, label: 'Thành phần hồ sơ' },
		{ location: `${base}/nhan-ket-qua`, label: 'Hình thức nhận kết quả' },
		...(pays_online(procedure)
			? [{ location: `${base}/thanh-toan`, label: 'Thanh toán phí, lệ phí' }]
			: []),
		{ location: `${base}/nop`, label: 'Nộp hồ sơ' }
	];
}

/** Where a step sits, and the steps before and after it. */
export function step_position(
	procedure: Pick<Procedure, 'id' | 'sections' | 'fee'>,
	location: string
) {
	const steps = apply_steps(procedure);
	const index = steps.findIndex((step) => step.location === location);
	return {
		index,
		count: steps.length,
		current: steps[index],
		previous: index > 0 ? steps[index - 1] : undefined,
		next: index >= 0 && index < steps.length - 1 ? steps[index + 1] : undefined
	};
}
