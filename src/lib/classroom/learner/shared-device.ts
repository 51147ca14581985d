/**
 * "Dùng chung một máy cho cả lớp": one device passed around a room. Each learner taps their
 * picture, works, and the device goes back to "Ai đang học?" after a lesson is finished and
 * after a few idle minutes, saving first. A setting of the device (not of a learner), kept in
 * localStorage under SHARED_DEVICE_KEY; the root layout reads that key and loads the rest
 * (shared-run.svelte.ts) only when it is on. Pure parts here.
 */
import { current_attempt, is_finished, type LessonProgress } from '$lib/progress/model';

export const SHARED_DEVICE_KEY = 'cds:shared-device';
export const IDLE_CHOICES = [3, 5, 10] as const;
export const DEFAULT_IDLE_MINUTES = 5;
/** after a lesson is finished: seconds to look at the result before the device goes back */
export const AFTER_LESSON_SECONDS = 30;

export interface SharedDevice {
	on: boolean;
	idle_minutes: number;
}

export const SHARED_OFF: SharedDevice = { on: false, idle_minutes: DEFAULT_IDLE_MINUTES };

export function parse_shared_device(raw: string | null): SharedDevice {
	try {
		const value = JSON.parse(raw ?? 'null');
		if (!value || typeof value !== 'object') return SHARED_OFF;
		return {
			on: value.on === true,
			idle_minutes: (IDLE_CHOICES as readonly number[]).includes(value.idle_minutes)
				? value.idle_minutes
				: DEFAULT_IDLE_MINUTES
		};
	} catch {
		return SHARED_OFF;
	}
}

export function read_shared_device(): SharedDevice {
	try {
		return parse_shared_device(localStorage.getItem(SHARED_DEVICE_KEY));
	} catch {
		return SHARED_OFF;
	}
}

/** Saves the setting; false where localStorage refuses (private mode). */
export function write_shared_device(value: SharedDevice): boolean {
	try {
		localStorage.setItem(SHARED_DEVICE_KEY, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}

/** Whether the device has been idle long enough to go back to "Ai đang học?". */
export function idle_due(last_input: number, now: number, idle_minutes: number) {
	return now - last_input >= idle_minutes * 60_000;
}

/** Finished attempts over a learner's records: it grows when she finishes a lesson. */
export function finished_count(records: readonly Pick<LessonProgress, 'attempts'>[]) {
	return records.reduce((n, r) => n + r.attempts.filter(is_finished).length, 0);
}

export interface CurrentStep {
	lesson_id: string;
	/** the step the learner is on; undefined when the lesson was just finished */
	step_id?: string;
	updated_at: number;
}

/** The lesson and step the learner worked on last (the presenter view follows it). */
export function latest_step(records: readonly LessonProgress[]): CurrentStep | null {
	let latest: CurrentStep | null = null;
	for (const record of records) {
		const attempt = current_attempt(record);
		if (!attempt) continue;
		if (latest && attempt.updated_at <= latest.updated_at) continue;
		latest = {
			lesson_id: record.lesson_id,
			...(is_finished(attempt) || attempt.step_id === undefined
				? {}
				: { step_id: attempt.step_id }),
			updated_at: attempt.updated_at
		};
	}
	return latest;
}
