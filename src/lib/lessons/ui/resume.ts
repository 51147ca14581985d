/**
 * "Tiếp tục: <bài>, bước N/M" on the home page: the lesson the current learner left half-way.
 * Works from the stored player state's step index. The progress helper adds
 * `resume_point(record, step_ids)` (src/lib/progress/model.ts, stable step ids); when it lands,
 * `resume_step` below can call it instead of reading `state.index`.
 */
import type { LessonProgress } from '$lib/progress/records';

export interface LessonLine {
	id: string;
	title: string;
	/** the lesson's step ids, in order */
	step_ids: string[];
}

export interface Resume {
	lesson: LessonLine;
	/** 1-based step to continue at */
	step: number;
	count: number;
}

/** The 1-based step a stored record continues at, or null when there is nothing to continue. */
export function resume_step(record: LessonProgress, step_ids: string[]): number | null {
	if (record.status !== 'in-progress') return null;
	const index = record.state?.index;
	if (typeof index !== 'number' || index < 0 || index >= step_ids.length) return null;
	return index + 1;
}

/** The lesson most recently worked on and not finished, if any. */
export function resume_of(
	progress: Record<string, LessonProgress>,
	lessons: LessonLine[]
): Resume | null {
	let best: (Resume & { at: number }) | null = null;
	for (const lesson of lessons) {
		const record = progress[lesson.id];
		if (!record) continue;
		const step = resume_step(record, lesson.step_ids);
		if (step === null || (best && best.at >= record.updated_at)) continue;
		best = { lesson, step, count: lesson.step_ids.length, at: record.updated_at };
	}
	if (!best) return null;
	const { lesson, step, count } = best;
	return { lesson, step, count };
}
