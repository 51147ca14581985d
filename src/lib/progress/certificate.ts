/**
 * The course certificate, as it is stored (table `certificates`, database version 7), and the
 * pure rules that decide when one is earned.
 *
 * A certificate is earned when every lesson the course requires is completed. It is stored the
 * moment it is earned, with the lessons it covers (id and title, as they were) and the day the
 * last of them was first completed, and it is never taken back: when the course later gains a
 * lesson, the learner keeps her certificate and the page shows the new lesson as one more to
 * learn. Finishing the bigger course earns a second certificate beside the first.
 */
import type { LessonProgress } from './model';

export const CERTIFICATE_SCHEMA = 1;

export interface CertifiedLesson {
	id: string;
	title: string;
	/** a test (the final test) counts only with a best score of at least this */
	pass_score?: number;
}

export interface Certificate {
	schema: typeof CERTIFICATE_SCHEMA;
	/** `learner_id` and the sorted lesson ids: the same course earns the same certificate once */
	id: string;
	learner_id: string;
	/** the day the last of its lessons was first completed (epoch ms) */
	earned_at: number;
	/** when this record was written */
	issued_at: number;
	/** the lessons it covers, in course order, as they were named then */
	lessons: CertifiedLesson[];
}

/** What the rules read of a lesson's progress record. */
export type ProgressFacts = Pick<LessonProgress, 'status' | 'completed_at'> &
	Partial<Pick<LessonProgress, 'score' | 'attempts'>>;

/** Same learner and same set of lessons: same id, whatever their order. */
export function certificate_id(learner_id: string, lesson_ids: readonly string[]) {
	return `${learner_id} ${[...lesson_ids].sort().join('+')}`;
}

/**
 * The certificate `progress` earns for `course`, or null while a lesson of it is unfinished
 * (or the course is empty). Pure: the caller stores it.
 */
export function earned_certificate(
	learner_id: string,
	course: readonly CertifiedLesson[],
	progress: Readonly<Record<string, ProgressFacts | undefined>>,
	now: number
): Certificate | null {
	if (!course.length) return null;
	let earned_at = 0;
	for (const lesson of course) {
		const record = progress[lesson.id];
		if (record?.status !== 'completed') return null;
		if (lesson.pass_score !== undefined && (record.score ?? -1) < lesson.pass_score) return null;
		earned_at = Math.max(earned_at, done_at(record, lesson.pass_score));
	}
	return {
		schema: CERTIFICATE_SCHEMA,
		id: certificate_id(
			learner_id,
			course.map((l) => l.id)
		),
		learner_id,
		earned_at: earned_at || now,
		issued_at: now,
		lessons: course.map(({ id, title }) => ({ id, title }))
	};
}

/** When a lesson was first completed; for a test, when it was first passed. */
function done_at(record: ProgressFacts, pass_score: number | undefined): number {
	if (pass_score === undefined || !record.attempts) return record.completed_at ?? 0;
	const passed = record.attempts
		.filter((a) => a.finished_at !== undefined && (a.score ?? -1) >= pass_score)
		.map((a) => a.finished_at!);
	return passed.length ? Math.min(...passed) : (record.completed_at ?? 0);
}

/** The certificate to show: the one covering most lessons, the latest of those. */
export function best_certificate(certificates: readonly Certificate[]): Certificate | undefined {
	return [...certificates].sort(
		(a, b) => b.lessons.length - a.lessons.length || b.earned_at - a.earned_at
	)[0];
}

/** Lessons of today's course that a certificate does not cover (added since it was earned). */
export function lessons_since(
	certificate: Certificate,
	course: readonly CertifiedLesson[]
): CertifiedLesson[] {
	const covered = new Set(certificate.lessons.map((l) => l.id));
	return course.filter((l) => !covered.has(l.id));
}

/**
 * The course as it shipped before certificates were stored (database version 7). The upgrade
 * issues the certificate of each edition a learner had completed, so a certificate the page
 * showed before a lesson was added comes back.
 */
export const PAST_COURSES: readonly (readonly CertifiedLesson[])[] = [
	[
		{
			id: 'lam-quen-cong-dich-vu-cong/dang-nhap-vneid',
			title: 'Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID'
		},
		{
			id: 'lam-quen-cong-dich-vu-cong/nop-ho-so-khai-sinh',
			title: 'Nộp hồ sơ đăng ký khai sinh trực tuyến'
		}
	],
	[
		{
			id: 'lam-quen-cong-dich-vu-cong/nhung-dieu-can-biet',
			title: 'Những điều cần biết về dịch vụ công trực tuyến'
		},
		{
			id: 'lam-quen-cong-dich-vu-cong/dang-nhap-vneid',
			title: 'Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID'
		},
		{
			id: 'lam-quen-cong-dich-vu-cong/nop-ho-so-khai-sinh',
			title: 'Nộp hồ sơ đăng ký khai sinh trực tuyến'
		}
	]
];

/** Every certificate past courses earn from one learner's progress records. */
export function past_certificates(
	learner_id: string,
	records: readonly (ProgressFacts & Pick<LessonProgress, 'lesson_id'>)[],
	now: number
): Certificate[] {
	const progress = Object.fromEntries(records.map((r) => [r.lesson_id, r]));
	return PAST_COURSES.map((course) => earned_certificate(learner_id, course, progress, now)).filter(
		(c): c is Certificate => c !== null
	);
}
