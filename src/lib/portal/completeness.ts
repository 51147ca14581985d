/** What still stops a draft from being submitted, in the order the learner would fix it. */
import { pays_online } from './apply-steps';
import { validate_fields } from './logic/validation';
import type { Procedure } from './model';
import type { DossierDraft } from './records';

export interface Gap {
	message: string;
	location: string;
}

export function draft_gaps(procedure: Procedure, draft: DossierDraft, today: string): Gap[] {
	const base = `/nop/${procedure.id}`;
	const gaps: Gap[] = [];
	if (!draft.agency)
		gaps.push({ message: 'Chưa chọn cơ quan thực hiện', location: `${base}/co-quan` });
	const problems = validate_fields(procedure.fields, draft.answers, { today });
	for (const section of procedure.sections) {
		const count = problems.filter(
			(p) => procedure.fields.find((f) => f.id === p.field_id)?.section === section.id
		).length;
		if (count) {
			gaps.push({
				message: `Tờ khai “${section.title}” còn ${count} mục chưa đúng hoặc chưa điền`,
				location: `${base}/ke-khai/${section.id}`
			});
		}
	}
	for (const document of procedure.documents) {
		if (document.required && !draft.attachments.some((a) => a.document_id === document.id)) {
			gaps.push({
				message: `Chưa đính kèm ${document.name.toLocaleLowerCase('vi')}`,
				location: `${base}/giay-to`
			});
		}
	}
	if (!draft.receive)
		gaps.push({ message: 'Chưa chọn cách nhận kết quả', location: `${base}/nhan-ket-qua` });
	if (pays_online(procedure) && !draft.payment) {
		gaps.push({ message: 'Chưa thanh toán phí, lệ phí', location: `${base}/thanh-toan` });
	}
	return gaps;
}
