/**
 * The data model of the practice portal: procedures (content), dossiers (sandbox records)
 * and the vocabulary both share. Types and names only; logic lives in ./logic/*.ts.
 */
import type * as v from 'valibot';
import type { procedure_schema } from '$lib/content/procedure-shape';

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

/**
 * A procedure as content/procedures/<id>.yaml describes it. Its one definition is the schema in
 * $lib/content/procedure-shape.ts (documented there); these types are read off it.
 */
export type Procedure = v.InferOutput<typeof procedure_schema>;
/** Toàn trình (fully online) or một phần (partly online), Decree 42/2022. */
export type OnlineLevel = Procedure['level'];
/** How a fee is set. Amounts are whole đồng. */
export type FeeRule = Procedure['fee'];
export type ReceiveMethod = Procedure['receive_methods'][number];
/** Who issues a result: the commune People's Committee (UBND cấp xã) or the commune police. */
export type ResultIssuer = Procedure['result_issuer'];
export type RequiredDocument = Procedure['documents'][number];
export type FormField = Procedure['fields'][number];
export type FormFieldType = FormField['type'];
export type FormFieldOption = NonNullable<FormField['options']>[number];
export type FormSection = Procedure['sections'][number];
export type Scenario = Procedure['scenario'];
export type Source = Procedure['sources'][number];

export const RESULT_ISSUER_NAMES: Record<ResultIssuer, string> = {
	'ubnd-xa': 'Ủy ban nhân dân',
	'cong-an-xa': 'Công an',
	'truong-thcs': 'Trường trung học cơ sở',
	'co-quan': 'Cơ quan có thẩm quyền'
};

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
