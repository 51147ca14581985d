/**
 * The catalogue page "Các thủ tục có thể tập" (/thu-tuc/): every shipped procedure grouped by
 * field, the portal's name of the field today beside the 2018 one, and how many online
 * procedures of that field quận Hồng Bàng had in 2018 (the seed article) as context. Pure: the
 * route passes the procedures and the lessons in.
 */
import {
	FIELDS,
	FIELD_NAMES,
	FIELD_NAMES_2018,
	LEVEL_NAMES,
	type FieldId,
	type Procedure
} from '$lib/portal/model';

/**
 * Hồng Bàng's 121 procedures at levels 3–4 in 2018, by field ("Dịch vụ công trực tuyến ở quận
 * Hồng Bàng: Chưa có nhiều “công dân điện tử”", Báo Hải Phòng, 05/05/2018). Residence (công an)
 * was not one of the 11 fields.
 */
export const SEED_COUNTS_2018: Partial<Record<FieldId, number>> = {
	'xay-dung': 7,
	'ke-hoach-dau-tu': 17,
	'giao-duc-dao-tao': 26,
	'tai-nguyen-moi-truong': 24,
	'y-te': 2,
	'van-hoa-the-thao-du-lich': 6,
	'lao-dong-thuong-binh-xa-hoi': 7,
	'noi-vu': 8,
	'tu-phap': 13,
	'cong-thuong': 9,
	'thong-tin-truyen-thong': 2
};

export const SEED_SOURCE =
	'Nguyên Mai, “Dịch vụ công trực tuyến ở quận Hồng Bàng: Chưa có nhiều “công dân điện tử””, Báo Hải Phòng, 05/05/2018';

/** One procedure line of the catalogue. */
export interface CatalogueProcedure {
	id: string;
	name: string;
	code?: string;
	/** "Toàn trình" or "Một phần" */
	level: string;
	agency: string;
	/** the lesson that practises it, if one does */
	lesson?: { id: string; title: string };
}

export interface CatalogueField {
	field: FieldId;
	/** the field's name on the portal today */
	name: string;
	/** its name in 2018, when different */
	name_2018?: string;
	/** Hồng Bàng's online procedures of the field in 2018 (absent: not one of the 11) */
	count_2018?: number;
	procedures: CatalogueProcedure[];
}

/** A lesson as the catalogue needs it. */
export interface LessonRef {
	id: string;
	title: string;
	procedure?: string;
}

/**
 * The fields in the portal's order, each with its procedures (in the order given, e.g. by
 * name); a field without a shipped procedure is left out. The first lesson that names a
 * procedure is its lesson.
 */
export function catalogue_by_field(
	procedures: Pick<Procedure, 'id' | 'name' | 'code' | 'field' | 'level' | 'agency'>[],
	lessons: LessonRef[]
): CatalogueField[] {
	return FIELDS.flatMap((field) => {
		const own = procedures.filter((p) => p.field === field);
		if (own.length === 0) return [];
		const name_2018 = FIELD_NAMES_2018[field];
		return [
			{
				field,
				name: FIELD_NAMES[field],
				...(name_2018.toLocaleLowerCase('vi') !== FIELD_NAMES[field].toLocaleLowerCase('vi')
					? { name_2018 }
					: {}),
				...(SEED_COUNTS_2018[field] !== undefined ? { count_2018: SEED_COUNTS_2018[field] } : {}),
				procedures: own.map((p) => {
					const lesson = lessons.find((l) => l.procedure === p.id);
					return {
						id: p.id,
						name: p.name,
						...(p.code ? { code: p.code } : {}),
						level: LEVEL_NAMES[p.level],
						agency: p.agency,
						...(lesson ? { lesson: { id: lesson.id, title: lesson.title } } : {})
					};
				})
			}
		];
	});
}
