/**
 * The ward picker's search (pure, no file access, so the portal's screens can import it): what
 * an older learner types finds her ward without diacritics, and her former ward's name finds the
 * new one.
 */
import { normalize_vi } from '$lib/portal/logic/search';
import type { Ward } from './places';

/** "Phường Hồng Bàng" → "Hồng Bàng". */
function bare_name(name: string): string {
	return name.replace(/^(Phường|Xã|Đặc khu) /, '');
}

/**
 * The wards a learner's search finds, forgiving as the procedure search is: no diacritics, any
 * case ("hong bang" finds Phường Hồng Bàng), the kind optional ("phuong hong an"). Names that
 * start with the words come first, then names that contain them, then wards formed from a
 * former unit of that name (her old ward). An empty search keeps the list as it is.
 */
export function search_wards(wards: Ward[], query: string): Ward[] {
	const q = normalize_vi(query)
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (!q) return wards;
	const key = (s: string) => normalize_vi(s);
	const starts: Ward[] = [];
	const contains: Ward[] = [];
	const former: Ward[] = [];
	for (const ward of wards) {
		const full = key(ward.name);
		const bare = key(bare_name(ward.name));
		if (bare.startsWith(q) || full.startsWith(q)) starts.push(ward);
		else if (full.includes(q)) contains.push(ward);
		else if (ward.formed_from?.some((unit) => key(unit).includes(q))) former.push(ward);
	}
	return [...starts, ...contains, ...former];
}
