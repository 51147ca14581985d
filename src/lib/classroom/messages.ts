/** What the trainer reads when an import cannot be used. Plain, polite, short Vietnamese. */

export const IMPORT_ERRORS = {
	no_code:
		'Không thấy mã QR nào trong ảnh này. Hãy nhờ người học chụp lại màn hình có cả mã QR, rồi chọn lại ảnh.',
	empty: 'Không thấy dữ liệu tiến độ nào. Hãy quét lại mã QR hoặc chọn đúng tệp người học gửi.',
	not_ours:
		'Đây không phải mã tiến độ của Công dân số. Hãy quét mã QR trên máy người học, trong trang “Gửi tiến độ cho người hướng dẫn”.',
	corrupt:
		'Dữ liệu bị hỏng nên không đọc được. Hãy nhờ người học gửi lại, hoặc quét lại mã QR cho rõ.',
	truncated:
		'Dữ liệu bị thiếu một phần. Hãy nhờ người học gửi lại tệp, hoặc quét lại cả mã QR cho rõ.',
	oversized: 'Dữ liệu lớn quá mức cho phép nên không nhận. Hãy nhờ người học gửi lại.',
	newer_version:
		'Mã này do một phiên bản mới hơn của Công dân số tạo ra. Hãy mở lại trang khi có mạng để cập nhật, rồi quét lại.',
	wrong_version:
		'Mã này thuộc một phiên bản Công dân số không còn dùng được. Hãy nhờ người học gửi lại.',
	wrong_class: (code: string, expected: string) =>
		`Tiến độ này gửi cho lớp có mã ${code}, không phải lớp này (mã ${expected}). Hãy chọn đúng lớp rồi nhập lại.`,
	invalid: 'Dữ liệu có chỗ không hợp lệ nên không nhận. Hãy nhờ người học gửi lại.',
	other_payload:
		'Phần mã này thuộc một lần gửi khác. Hãy quét hết các phần của cùng một người học trước.',
	missing_parts: (missing: number[], total: number) =>
		`Còn thiếu ${missing.length} trong ${total} phần (phần ${missing.join(', ')}). Hãy quét tiếp các phần còn thiếu.`,
	backup_invalid:
		'Tệp sao lưu này không đọc được hoặc có chỗ không hợp lệ. Không có gì bị thay đổi. Hãy chọn đúng tệp sao lưu của Công dân số.',
	backup_not_ours: 'Đây không phải tệp sao lưu của Công dân số. Không có gì bị thay đổi.',
	backup_newer:
		'Tệp sao lưu này do một phiên bản mới hơn của Công dân số tạo ra. Hãy mở lại trang khi có mạng để cập nhật, rồi thử lại.',
	backup_oversized: 'Tệp sao lưu lớn quá mức cho phép. Không có gì bị thay đổi.'
} as const;
