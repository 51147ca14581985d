/**
 * What "Thủ tục hành chính" in the VNeID app offers, and how a procedure is done there, only as
 * the reference states it (../shared/domain/portal-and-procedures.md §2.2, "Alternative
 * channel: the VNeID app"; sources: yenxuan.nghean.gov.vn/dich-vu-cong/huong-dan-nop-ho-so-truc-tuyen-933225
 * and cafef.vn, 15/12/2025). The reference names these procedures as examples ("e.g."), so the
 * app's screen says they are some of them, not all.
 */

export interface VneidProcedure {
	id: string;
	name: string;
}

export const VNEID_PROCEDURES = [
	{ id: 'thong-bao-luu-tru', name: 'Thông báo lưu trú' },
	{ id: 'dang-ky-tam-tru', name: 'Đăng ký tạm trú' },
	{ id: 'dang-ky-thuong-tru', name: 'Đăng ký thường trú' },
	{
		id: 'lien-thong-khai-sinh',
		name: 'Đăng ký khai sinh, thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi'
	}
] as const satisfies readonly VneidProcedure[];

export type VneidProcedureId = (typeof VNEID_PROCEDURES)[number]['id'];

export const VNEID_PROCEDURE_IDS = VNEID_PROCEDURES.map((p) => p.id) as [
	VneidProcedureId,
	...VneidProcedureId[]
];

/** The steps of a procedure in the app, in order (the reference's words, in plain Vietnamese). */
export const VNEID_STEPS = [
	'Chọn thủ tục, rồi bấm “Tạo mới yêu cầu”.',
	'Khai thông tin.',
	'Đính kèm giấy tờ.',
	'Xác nhận bằng mã passcode, vân tay hoặc khuôn mặt (Face ID).',
	'Gửi yêu cầu.',
	'Nộp phí, lệ phí nếu thủ tục có thu.'
] as const;
