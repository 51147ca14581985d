/**
 * The data model of the practice portal: procedures (content), dossiers (sandbox records)
 * and the vocabulary both share. Types only; logic lives in ./logic/*.ts.
 */

/** The 11 fields (lĩnh vực) of the 2018 Hồng Bàng article, plus residence (Công an). */
export const FIELDS = [
	'tu-phap',
	'ke-hoach-dau-tu',
	'xay-dung',
	'giao-duc-dao-tao',
	'tai-nguyen-moi-truong',
	'y-te',
	'van-hoa-the-thao-du-lich',
	'lao-dong-thuong-binh-xa-hoi',
	'noi-vu',
	'cong-thuong',
	'thong-tin-truyen-thong',
	'cong-an'
] as const;
export type FieldId = (typeof FIELDS)[number];

/** Toàn trình (fully online) or một phần (partly online), Decree 42/2022. */
export type OnlineLevel = 'toan-trinh' | 'mot-phan';

/** How a fee is set. Amounts are whole đồng. */
export type FeeRule =
	| { kind: 'free'; note?: string }
	| { kind: 'fixed'; amount: number; note?: string }
	/** e.g. certified copies: 2.000 đ for pages 1–2, 1.000 đ from page 3, at most 200.000 đ a copy */
	| {
			kind: 'per-page';
			first_pages: number;
			first_page_amount: number;
			later_page_amount: number;
			cap_per_copy: number;
			/** the e-form fields that give the number of pages and of copies */
			pages_field: string;
			copies_field: string;
			note?: string;
	  }
	/** the province sets the amount (UNCONFIRMED in our reference): never invent one */
	| { kind: 'province'; note: string };

export type ReceiveMethod = 'online' | 'desk' | 'post';

/** Who issues a result: the commune People's Committee (UBND cấp xã) or the commune police. */
export type ResultIssuer = 'ubnd-xa' | 'cong-an-xa';

export const RESULT_ISSUER_NAMES: Record<ResultIssuer, string> = {
	'ubnd-xa': 'Ủy ban nhân dân',
	'cong-an-xa': 'Công an'
};

export interface RequiredDocument {
	id: string;
	name: string;
	required: boolean;
	note?: string;
	/** file name under static/samples/ of a sample scan stamped MẪU */
	sample?: string;
}

export type FormFieldType =
	'text' | 'number' | 'date' | 'select' | 'radio' | 'checkbox' | 'citizen-id' | 'phone' | 'address';

export interface FormFieldOption {
	value: string;
	label: string;
}

export interface FormField {
	id: string;
	label: string;
	hint?: string;
	type: FormFieldType;
	required: boolean;
	/** page of the e-form this field is on (one topic per page on phones) */
	section: string;
	options?: FormFieldOption[];
	/** filled from the practice account, as the real portal fills it from national databases */
	prefill?: 'full_name' | 'citizen_id' | 'date_of_birth' | 'phone' | 'address';
	min?: number;
	max?: number;
	min_length?: number;
	max_length?: number;
	/** date rules, in days relative to "today" of the simulated clock */
	not_in_future?: boolean;
	max_age_days?: number;
}

export interface FormSection {
	id: string;
	title: string;
}

/**
 * What happens to a dossier after submission beyond the normal course (logic/lifecycle.ts):
 * without a scenario, a dossier is decided by its appointment date.
 */
export interface Scenario {
	/** ask for a missing paper once the dossier is being processed */
	supplement?: {
		document_id: string;
		message: string;
		deadline_working_days: number;
		/**
		 * true when the reference gives no deadline for this procedure: the number only drives the
		 * practice clock and must not be shown as the legal deadline (the message tells the learner
		 * to read the deadline on the notice instead)
		 */
		deadline_unconfirmed?: boolean;
	};
	/**
	 * online filing: the office sends a draft of the result to check and confirm before issuing
	 * it (e.g. the draft e-birth certificate, PROC_1_001193.json); decided only once confirmed
	 */
	draft_confirmation?: {
		/** what the draft is, e.g. "Giấy khai sinh điện tử" */
		document: string;
	};
	/**
	 * the office cannot decide by the appointment: on that day it sends the "Phiếu xin lỗi và
	 * hẹn lại ngày trả kết quả" (PROC_1_001193.json) with a new date this many working days later
	 */
	late?: { extra_working_days: number; reason: string };
}

export interface Source {
	title: string;
	url: string;
}

export interface Procedure {
	/** slug, e.g. "dang-ky-khai-sinh" */
	id: string;
	name: string;
	/** national code d.dddddd, only where the reference confirms it */
	code?: string;
	/** why the code is not shown, or that it came from a secondary source */
	code_note?: string;
	field: FieldId;
	level: OnlineLevel;
	agency: string;
	agency_level: 'xa' | 'tinh';
	processing_time: { working_days: number; text: string };
	fee: FeeRule;
	documents: RequiredDocument[];
	result: string;
	/** who signs the result: the commune People's Committee or the commune police */
	result_issuer: ResultIssuer;
	/**
	 * the sentence the result states, with {field_id} replaced by the dossier's answers, e.g.
	 * "Đăng ký thường trú cho {applicant_full_name} tại địa chỉ: {new_address}."
	 */
	result_statement: string;
	/** the e-form fields the result lists under its statement (default: none) */
	result_fields?: string[];
	receive_methods: ReceiveMethod[];
	legal_basis: string[];
	sources: Source[];
	sections: FormSection[];
	fields: FormField[];
	scenario: Scenario;
	summary: string;
	keywords?: string[];
}

/** The ten dossier statuses, with the exact Vietnamese names (portal-and-procedures.md §2.3). */
export const STATUSES = {
	'moi-dang-ky': 'Mới đăng ký',
	'duoc-tiep-nhan': 'Được tiếp nhận',
	'khong-duoc-tiep-nhan': 'Không được tiếp nhận',
	'dang-xu-ly': 'Đang xử lý',
	'yeu-cau-bo-sung': 'Yêu cầu bổ sung giấy tờ',
	'yeu-cau-nghia-vu-tai-chinh': 'Yêu cầu thực hiện nghĩa vụ tài chính',
	'cong-dan-rut-ho-so': 'Công dân yêu cầu rút hồ sơ',
	'dung-xu-ly': 'Dừng xử lý',
	'da-xu-ly-xong': 'Đã xử lý xong',
	'da-tra-ket-qua': 'Đã trả kết quả'
} as const;
export type DossierStatus = keyof typeof STATUSES;

/**
 * The Vietnamese name of each field (lĩnh vực) as the portal lists it after the 2025 ministry
 * mergers. The ids stay those of the 2018 Hồng Bàng article (lessons and content point at them);
 * use the 2018 names only where the 2018 figures are quoted.
 * - Tài nguyên và môi trường → Nông nghiệp và Môi trường (portal-and-procedures.md §3.5).
 * - Thông tin và truyền thông → Khoa học và Công nghệ (§4.1, Circular 11/2025/TT-BKHCN).
 * - Kế hoạch và đầu tư → Tài chính: from issue 7's list; the reference does not cover this merge.
 * - Lao động, thương binh và xã hội: its split between Nội vụ and Y tế is UNCONFIRMED (§3.8),
 *   so the old name stays until the reference confirms it.
 */
export const FIELD_NAMES: Record<FieldId, string> = {
	'tu-phap': 'Tư pháp',
	'ke-hoach-dau-tu': 'Tài chính',
	'xay-dung': 'Xây dựng',
	'giao-duc-dao-tao': 'Giáo dục và Đào tạo',
	'tai-nguyen-moi-truong': 'Nông nghiệp và Môi trường',
	'y-te': 'Y tế',
	'van-hoa-the-thao-du-lich': 'Văn hóa, Thể thao và Du lịch',
	'lao-dong-thuong-binh-xa-hoi': 'Lao động, thương binh và xã hội',
	'noi-vu': 'Nội vụ',
	'cong-thuong': 'Công Thương',
	'thong-tin-truyen-thong': 'Khoa học và Công nghệ',
	'cong-an': 'Cư trú (Công an)'
};

/** The 2018 names, for text that quotes the 2018 Hồng Bàng figures. */
export const FIELD_NAMES_2018: Record<FieldId, string> = {
	'tu-phap': 'Tư pháp',
	'ke-hoach-dau-tu': 'Kế hoạch và đầu tư',
	'xay-dung': 'Xây dựng',
	'giao-duc-dao-tao': 'Giáo dục và đào tạo',
	'tai-nguyen-moi-truong': 'Tài nguyên và môi trường',
	'y-te': 'Y tế',
	'van-hoa-the-thao-du-lich': 'Văn hóa, thể thao và du lịch',
	'lao-dong-thuong-binh-xa-hoi': 'Lao động, thương binh và xã hội',
	'noi-vu': 'Nội vụ',
	'cong-thuong': 'Công thương',
	'thong-tin-truyen-thong': 'Thông tin và truyền thông',
	'cong-an': 'Cư trú (Công an)'
};

export const LEVEL_NAMES: Record<OnlineLevel, string> = {
	'toan-trinh': 'Toàn trình',
	'mot-phan': 'Một phần'
};

export const RECEIVE_NAMES: Record<ReceiveMethod, string> = {
	online: 'Nhận kết quả trực tuyến (bản điện tử)',
	desk: 'Nhận trực tiếp tại Trung tâm Phục vụ hành chính công của phường, xã (Bộ phận Một cửa)',
	post: 'Nhận tại nhà qua dịch vụ bưu chính công ích'
};
