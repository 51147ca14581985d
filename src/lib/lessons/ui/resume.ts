/**
 * "Tiếp tục: <bài>, bước N/M" on the home page: the lesson the current learner left half-way.
 * Works from the learner's current attempt, by stable step ids (src/lib/progress/model.ts), so
 * a retake of a finished lesson can be continued too.
 */
import { resume_point } from '$lib/progress/model';
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
	return resume_point(record, step_ids)?.step_number ?? null;
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
