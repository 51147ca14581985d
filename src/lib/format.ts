/** Vietnamese formats used across the site: dd/mm/yyyy dates and 1.000.000 đ amounts. */

/** '2026-11-26' → '26/11/2026' (no time zone involved). */
export function format_iso_date(iso: string): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
	if (!match) throw new Error(`not an ISO date: ${iso}`);
	return `${match[3]}/${match[2]}/${match[1]}`;
}
