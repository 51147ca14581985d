/**
 * The simulated clock. A trainer can fast-forward whole days so a dossier moves on without
 * waiting. The device's local time is treated as Vietnam time: learners use the site in
 * Vietnam, so their device is set to UTC+7, and reading LOCAL getters gives the time on
 * their wall clock. Nothing here reads the real clock; the caller passes it in.
 */

import type { ReceivedAt } from './calendar';
import { format_date } from './format';
import { make_iso, parse_iso } from './iso';

/**
 * The clock's stored state: how many whole days the simulation runs ahead, counted from the
 * device's date, or from `start` when a lesson pins its practice date.
 */
export interface ClockState {
	offset_days: number;
	/** the practice date at offset 0, 'YYYY-MM-DD' (a lesson's setup); absent: the device's date */
	start?: string;
}

/** A clock that has not been moved. */
export const REAL_TIME: Readonly<ClockState> = Object.freeze({ offset_days: 0 });

function require_whole(days: number, caller: string): void {
	if (!Number.isInteger(days)) throw new RangeError(`${caller}: ${days} is not a whole number`);
}

/**
 * The simulated "now": the real time moved on by `offset_days` local calendar days, or, when the
 * date is pinned (`start`), that date moved on by `offset_days`. The wall clock time stays the
 * same (09:30 stays 09:30, even across a daylight-saving change).
 */
export function sim_now(real_now: Date, state: ClockState): Date {
	require_whole(state.offset_days, 'sim_now');
	const now = new Date(real_now.getTime());
	if (state.start) {
		const day = parse_iso(state.start);
		if (!day) throw new RangeError(`sim_now: expected start as 'YYYY-MM-DD', got '${state.start}'`);
		now.setFullYear(day.year, day.month - 1, day.day);
	}
	now.setDate(now.getDate() + state.offset_days);
	return now;
}

/**
 * Why the practice date is not the device's: the sentence shown beside it when a lesson pins its
 * date (`start`), since the date jumps there when the lesson starts; null when nothing is pinned.
 * "Bài này" fits a lesson and the final test alike.
 */
export function pinned_date_note(start: string | undefined): string | null {
	return start ? `Bài này lấy ngày ${format_date(start)} làm ngày hôm nay trong bản tập.` : null;
}

/** A new state `days` whole days further ahead (days ≥ 0); the given state is not changed. */
export function fast_forward(state: ClockState, days: number): ClockState {
	require_whole(days, 'fast_forward');
	if (days < 0) throw new RangeError(`fast_forward: cannot go back ${-days} days`);
	return { ...state, offset_days: state.offset_days + days };
}

/** The local calendar date of a moment, 'YYYY-MM-DD'. */
export function to_iso_date(d: Date): string {
	return make_iso(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Local minutes after midnight: 14:59 → 899, 15:00 → 900. */
export function minutes_of_day(d: Date): number {
	return d.getHours() * 60 + d.getMinutes();
}

/** The moment a dossier was received, in the shape appointment_date() takes. */
export function received_at(d: Date): ReceivedAt {
	return { received: to_iso_date(d), minutes_of_day: minutes_of_day(d) };
}
