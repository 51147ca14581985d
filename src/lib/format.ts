/** Vietnamese formats used across the site: dd/mm/yyyy dates and 1.000.000 đ amounts. */
import { format_date } from '$lib/portal/logic/format';

export { format_date, format_money, format_stamp } from '$lib/portal/logic/format';

/** The local calendar day of a moment in epoch milliseconds, dd/mm/yyyy. */
export function format_day(ms: number) {
	return format_date(new Date(ms));
}
