/**
 * Days off and make-up working Saturdays for civil servants (cán bộ, công chức), year by year.
 * Stored as versioned data, not a formula, because the Government announces each year's
 * schedule, with swaps, separately (portal-screens.md §4). Used by logic/calendar.ts.
 *
 * Rules this data follows (Labour Code 2019, Art. 112):
 * - a holiday that falls on the weekly rest day moves to the next working day;
 * - a working day may be swapped for a Saturday, which then becomes a make-up working day.
 * Entries marked `unconfirmed` are still counted as days off; the flag tells content writers
 * not to teach them as fact. Update this file when a year's schedule is announced.
 */

/** A stretch of days off, both ends included. Weekend days inside it change nothing. */
export interface DaysOff {
	/** first day off, 'YYYY-MM-DD' */
	from: string;
	/** last day off, 'YYYY-MM-DD' */
	to: string;
	/** the occasion, in Vietnamese */
	name: string;
	/** where this entry comes from, when it differs from the year's source */
	source?: string;
	/** the reference marks this entry UNCONFIRMED */
	unconfirmed?: boolean;
	note?: string;
}

/** A Saturday worked to make up for a swapped weekday. */
export interface MakeUpDay {
	/** the Saturday, 'YYYY-MM-DD' */
	date: string;
	/** what it makes up for, in Vietnamese */
	name: string;
	unconfirmed?: boolean;
}

/** The schedule of one calendar year. */
export interface HolidayYear {
	year: number;
	/** the official notice, as cited by the reference */
	source: string;
	/** false while the Government has not announced the whole year */
	complete: boolean;
	days_off: DaysOff[];
	make_up_days: MakeUpDay[];
}

const YEAR_2025: HolidayYear = {
	year: 2025,
	source:
		'Công văn 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ (theo luatvietnam.vn, vietnamplus.vn)',
	complete: true,
	days_off: [
		{ from: '2025-01-01', to: '2025-01-01', name: 'Tết Dương lịch' },
		{ from: '2025-01-25', to: '2025-02-02', name: 'Tết Nguyên đán Ất Tỵ' },
		{ from: '2025-04-07', to: '2025-04-07', name: 'Giỗ Tổ Hùng Vương' },
		{
			from: '2025-04-30',
			to: '2025-05-04',
			name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5',
			note: 'Thứ Sáu 02/05 được hoán đổi, làm bù thứ Bảy 26/04.'
		},
		{
			from: '2025-08-30',
			to: '2025-09-02',
			name: 'Quốc khánh 2/9',
			unconfirmed: true,
			note: 'Một nguồn ghi nghỉ 2/9 và 3/9; chưa xác nhận được.'
		}
	],
	make_up_days: [{ date: '2025-04-26', name: 'Làm bù cho thứ Sáu 02/05/2025' }]
};

const YEAR_2026: HolidayYear = {
	year: 2026,
	source:
		'Thông báo 9441/TB-BNV của Bộ Nội vụ (theo congan.com.vn, thanhnien.vn, vietnammedia.vnanet.vn)',
	complete: true,
	days_off: [
		{
			from: '2026-01-01',
			to: '2026-01-04',
			name: 'Tết Dương lịch',
			source: 'Công văn 12729/VPCP-KGVX ngày 25/12/2025 (theo báo chí)',
			note: 'Thứ Sáu 02/01 được hoán đổi, làm bù thứ Bảy 10/01.'
		},
		{ from: '2026-02-14', to: '2026-02-22', name: 'Tết Nguyên đán Bính Ngọ' },
		{
			from: '2026-04-27',
			to: '2026-04-27',
			name: 'Giỗ Tổ Hùng Vương',
			note: 'Giỗ Tổ rơi vào Chủ nhật 26/04 nên nghỉ bù thứ Hai 27/04.'
		},
		{ from: '2026-04-30', to: '2026-05-01', name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
		{
			from: '2026-08-29',
			to: '2026-09-02',
			name: 'Quốc khánh 2/9',
			note: 'Thứ Hai 31/08 được hoán đổi, làm bù thứ Bảy 22/08.'
		},
		{
			from: '2026-11-24',
			to: '2026-11-24',
			name: 'Ngày Văn hóa Việt Nam',
			source: 'Nghị quyết 80-NQ/TW; Nghị quyết 28/2026/QH16 (theo báo chí và mã nguồn công khai)',
			note: 'Năm đầu tiên. Đề xuất hoán đổi (nghỉ 23/11, làm bù 28/11) chưa xác nhận nên không áp dụng.'
		}
	],
	make_up_days: [
		{ date: '2026-01-10', name: 'Làm bù cho thứ Sáu 02/01/2026' },
		{ date: '2026-08-22', name: 'Làm bù cho thứ Hai 31/08/2026' }
	]
};

/*
 * 2027 has not been announced. Listed: the days the Labour Code itself fixes, and an ESTIMATE
 * of Tết Đinh Mùi (mùng 1 is Sat 06/02/2027; proposals of 7 or 10 days were reported but none
 * issued, portal-screens.md §4): Art. 112's 5 Tết days taken as 30 Tết to mùng 4 (Fri 05/02 –
 * Tue 09/02), with the Saturday and Sunday inside them moved to the next working days (Wed
 * 10/02, Thu 11/02) by the rule in this file's comment. Replace it when the schedule is out.
 * Still not listed: the day next to Quốc khánh (01/09 or 03/09) and any swap or make-up Saturday.
 */
const YEAR_2027: HolidayYear = {
	year: 2027,
	source: 'Bộ luật Lao động 2019, Điều 112 (lịch nghỉ năm 2027 chưa được công bố)',
	complete: false,
	days_off: [
		{ from: '2027-01-01', to: '2027-01-01', name: 'Tết Dương lịch' },
		{
			from: '2027-02-05',
			to: '2027-02-11',
			name: 'Tết Nguyên đán Đinh Mùi (ước tính)',
			unconfirmed: true,
			note: 'Ước tính theo Điều 112 (5 ngày Tết, ngày trùng thứ Bảy, Chủ nhật được nghỉ bù). Lịch nghỉ chính thức năm 2027 chưa công bố.'
		},
		{
			from: '2027-04-16',
			to: '2027-04-16',
			name: 'Giỗ Tổ Hùng Vương',
			unconfirmed: true,
			note: 'Ngày dương lịch lấy từ mã nguồn bên thứ ba, cần đối chiếu lịch âm chính thức.'
		},
		{ from: '2027-04-30', to: '2027-05-01', name: 'Ngày Chiến thắng 30/4 và Quốc tế Lao động 1/5' },
		{
			from: '2027-05-03',
			to: '2027-05-03',
			name: 'Nghỉ bù Quốc tế Lao động 1/5',
			note: '1/5 rơi vào thứ Bảy nên nghỉ bù thứ Hai 03/05 (Điều 112).'
		},
		{ from: '2027-09-02', to: '2027-09-02', name: 'Quốc khánh 2/9' },
		{
			from: '2027-11-24',
			to: '2027-11-24',
			name: 'Ngày Văn hóa Việt Nam',
			unconfirmed: true,
			note: 'Theo quy định áp dụng từ năm 2026, nếu quy định đó giữ nguyên.'
		}
	],
	make_up_days: []
};

/** Every year we hold data for, oldest first. Dates outside these years count Mon–Fri only. */
export const HOLIDAY_YEARS: readonly HolidayYear[] = [YEAR_2025, YEAR_2026, YEAR_2027];

/** The schedule of one year, or undefined when we hold no data for it. */
export function holiday_year(year: number): HolidayYear | undefined {
	return HOLIDAY_YEARS.find((entry) => entry.year === year);
}
