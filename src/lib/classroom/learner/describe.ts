/**
 * "Gửi tiến độ cho người hướng dẫn" first shows, in plain words, exactly what will be sent: the
 * learner's name, each lesson with its status, best score, help level and time, and the steps
 * where she needed hints or made mistakes. Pure: it reads the summary that is sent (so nothing
 * is shown that is not sent, and nothing sent is left out) and the lesson index to name things.
 */
import type { HelpLevel } from '$lib/lessons/model';
import { day_label, type CatalogKeys, type LearnerSummary } from '../summary';

/**
 * The help levels' names as the lesson screen shows them (HELP_LEVEL_NAMES in lessons/model.ts,
 * repeated so that this page's code does not split that module's constants into a chunk of their
 * own on every page; a test keeps the two the same).
 */
export const LEVEL_NAMES: Record<HelpLevel, string> = {
	'xem-mau': 'Xem mẫu',
	'huong-dan': 'Hướng dẫn',
	'tu-lam': 'Tự làm'
};

export interface SentLesson {
	key: string;
	title: string;
	/** one short sentence: done or not, when, score, level */
	status: string;
	/** "Đã làm 2 lần, khoảng 7 phút." */
	effort: string;
	/** the steps where help was needed, each a sentence */
	help: string[];
}

export interface SentSummary {
	name: string;
	class_code: string;
	lessons: SentLesson[];
}

function times(n: number, what: string) {
	return `${n} ${what}`;
}

export function describe_summary(summary: LearnerSummary, keys: CatalogKeys): SentSummary {
	return {
		name: summary.name,
		class_code: summary.class_code,
		lessons: summary.lessons.map((lesson) => {
			const known = keys.lessons.get(lesson.key);
			const steps = keys.steps.get(lesson.key);
			const level = LEVEL_NAMES[lesson.level];
			const status =
				lesson.status === 'completed'
					? [
							'Đã xong',
							lesson.completed_on !== undefined ? ` ngày ${day_label(lesson.completed_on)}` : '',
							lesson.score !== null ? `, điểm cao nhất ${lesson.score}` : '',
							`, cách học: ${level}.`
						].join('')
					: `Đang học, cách học: ${level}.`;
			const help = lesson.steps.map((step) => {
				const title = steps?.get(step.key)?.title ?? `Một bước (mã ${step.key})`;
				const parts = [
					step.hints ? times(step.hints, 'lần xem gợi ý') : '',
					step.mistakes ? times(step.mistakes, 'lần bấm chưa đúng') : ''
				].filter(Boolean);
				return `${title}: ${parts.join(', ')}.`;
			});
			return {
				key: lesson.key,
				title: known?.title ?? `Một bài học (mã ${lesson.key})`,
				status,
				effort: `Đã làm ${lesson.attempts} lần, ${lesson.minutes ? `khoảng ${lesson.minutes} phút` : 'chưa tới 1 phút'}.`,
				help
			};
		})
	};
}
