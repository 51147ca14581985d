/**
 * The shape of lessons once content/lessons has been read and checked at build time
 * (src/lib/content/lessons.server.ts). The lesson player works only from these types.
 */
import type { SimEventType } from '$lib/portal/events';
import type { Persona } from '$lib/portal/persona';
import type { ScenarioStage } from '$lib/scenarios/model';

export const HELP_LEVELS = ['xem-mau', 'huong-dan', 'tu-lam'] as const;
export type HelpLevel = (typeof HELP_LEVELS)[number];

export const HELP_LEVEL_NAMES: Record<HelpLevel, string> = {
	'xem-mau': 'Xem mẫu',
	'huong-dan': 'Hướng dẫn',
	'tu-lam': 'Tự làm'
};

/** Values an event field is compared with: every listed property must be equal. */
export type Where = Record<string, string | number | boolean>;

export interface EventMatcher {
	event: SimEventType;
	where?: Where;
}

export interface Mistake extends EventMatcher {
	/** what the learner is told, in plain Vietnamese */
	feedback: string;
}

/**
 * One thing "Xem mẫu" does on the learner's screen. A target is a portal `data-sim` name
 * (e.g. `login.submit`) or `#id` of a form element (e.g. `#child_full_name`).
 * Values may hold placeholders: {account.citizen_id}, {account.password}, {account.passcode}, {otp},
 * {today-N} (the practice date N days ago, dd/mm/yyyy).
 */
export type DemoAction =
	| { fill: string; value: string }
	| { click: string }
	| { choose: string; value: string }
	| { select: string; value: string }
	| { forward: number };

export interface QuestionOption {
	text: string;
	correct: boolean;
	explanation: string;
}

export interface Question {
	kind: 'single' | 'multiple';
	prompt: string;
	options: QuestionOption[];
}

export interface LessonStep {
	/** from the file name without its number: `02-nhap-so-dinh-danh.md` → `nhap-so-dinh-danh` */
	id: string;
	/** path under the project, for messages and the lazy import of the body */
	file: string;
	title: string;
	target?: string;
	complete: EventMatcher[];
	hints: string[];
	mistakes: Mistake[];
	demo: DemoAction[];
	question?: Question;
	/** a decision on the simulated phone (chapter "An toàn thông tin"); its choices give
	 * `complete`, `mistakes` and `demo` */
	scenario?: ScenarioStage;
}

export interface LessonSetup {
	/** sign the practice account in (true) or out (false) when the lesson starts */
	signed_in: boolean;
	/** the portal location the lesson starts on */
	location: string;
	/**
	 * the practice date the lesson's sandbox starts on, 'YYYY-MM-DD', so dates the lesson states
	 * (a date of birth, a paper's date) agree with the portal's; absent: the device's date
	 */
	practice_date?: string;
	/** who the practice account is (src/lib/portal/persona.ts), e.g. `ong-ba`; absent: the learner's own */
	persona?: Persona;
}

export interface LessonSummary {
	/** `chapter-slug/lesson-slug`, stable: progress is stored under it */
	id: string;
	title: string;
	description: string;
	minutes: number;
	steps: number;
}

export interface Lesson extends Omit<LessonSummary, 'steps'> {
	chapter: { slug: string; title: string };
	/** content/lessons/…/index.md */
	file: string;
	procedure?: string;
	objectives: string[];
	help_levels: HelpLevel[];
	setup: LessonSetup;
	steps: LessonStep[];
	previous?: { id: string; title: string };
	next?: { id: string; title: string };
}

export interface Chapter {
	slug: string;
	title: string;
	description: string;
	lessons: LessonSummary[];
}
