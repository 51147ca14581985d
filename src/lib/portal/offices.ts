/**
 * The names of the offices a citizen deals with, from the dossier's province and ward ids.
 * Since 01/07/2025 results are collected at the ward's Public Administration Service Centre
 * (Decree 118/2025/NĐ-CP; portal-screens.md §5). The centres' exact names are UNCONFIRMED, so
 * the name is descriptive ("… của phường Hồng Bàng"), not an official title.
 */
import type { Places } from '$lib/content/places';
import { place_names } from './answers';
import { RESULT_ISSUER_NAMES, type ResultIssuer } from './model';

/** "Phường Hồng Bàng" → "phường Hồng Bàng", for use inside a sentence. */
export function ward_in_sentence(ward: string): string {
	return ward.replace(/^(Phường|Xã|Đặc khu) /, (m) => m.toLocaleLowerCase('vi'));
}

/** Where a result to collect in person waits. */
export function office_name(places: Places, agency: { province: string; ward: string }): string {
	const names = place_names(places, agency.province, agency.ward);
	return `Trung tâm Phục vụ hành chính công của ${ward_in_sentence(names.ward)}, ${names.province} (Bộ phận Một cửa)`;
}

/** The body that signs a result, e.g. "Công an phường Hồng Bàng, Thành phố Hải Phòng". */
export function issuer_name(
	places: Places,
	issuer: ResultIssuer,
	agency: { province: string; ward: string }
): string {
	const names = place_names(places, agency.province, agency.ward);
	// a school or a body the reference does not name is not "of" the ward: name where it was filed
	const of_ward = issuer === 'ubnd-xa' || issuer === 'cong-an-xa' ? ' ' : ' – nộp tại ';
	return `${RESULT_ISSUER_NAMES[issuer]}${of_ward}${ward_in_sentence(names.ward)}, ${names.province}`;
}
