/**
 * Learning records shaped as xAPI statements (https://github.com/adlnet/xAPI-Spec), so an
 * organisation can later send a class's records to a standard learning record store. Built
 * here, on the device; nothing is sent anywhere.
 */

export const VERBS = {
	attempted: {
		id: 'http://adlnet.gov/expapi/verbs/attempted',
		display: { vi: 'đã bắt đầu', en: 'attempted' }
	},
	completed: {
		id: 'http://adlnet.gov/expapi/verbs/completed',
		display: { vi: 'đã hoàn thành', en: 'completed' }
	},
	answered: {
		id: 'http://adlnet.gov/expapi/verbs/answered',
		display: { vi: 'đã trả lời', en: 'answered' }
	}
} as const;

export const ACTIVITY_TYPES = {
	lesson: 'http://adlnet.gov/expapi/activities/lesson',
	step: 'http://adlnet.gov/expapi/activities/interaction',
	question: 'http://adlnet.gov/expapi/activities/cmi.interaction'
} as const;

export interface XapiStatement {
	id: string;
	actor: { objectType: 'Agent'; name: string; account: { homePage: string; name: string } };
	verb: { id: string; display: Record<string, string> };
	object: {
		objectType: 'Activity';
		id: string;
		definition: { name: Record<string, string>; type: string };
	};
	result?: {
		success?: boolean;
		completion?: boolean;
		duration?: string;
		score?: { raw: number; min: number; max: number; scaled: number };
		response?: string;
		extensions?: Record<string, string | number>;
	};
	context?: { contextActivities?: { parent?: { id: string; objectType: 'Activity' }[] } };
	timestamp: string;
}

/** ISO 8601 duration of whole seconds: 83 500 ms → 'PT84S'. */
export function iso_duration(ms: number) {
	return `PT${Math.max(0, Math.round(ms / 1000))}S`;
}

export const EXTENSIONS = {
	hints: 'https://congdanso.local/xapi/extensions/hints-used',
	mistakes: 'https://congdanso.local/xapi/extensions/mistakes',
	level: 'https://congdanso.local/xapi/extensions/help-level'
} as const;

export interface StatementInput {
	id: string;
	/** the site's own address, e.g. https://congdanso.example/ (window.location.origin + '/') */
	home: string;
	learner: { id: string; name: string };
	verb: keyof typeof VERBS;
	/** lesson id such as `lam-quen/dang-nhap-vneid`, and a step id for step records */
	lesson: { id: string; title: string };
	step?: { id: string; title: string; question?: boolean };
	result?: XapiStatement['result'];
	timestamp: Date;
}

/** The activity IRI of a lesson or one of its steps, under the site. */
export function activity_id(home: string, lesson_id: string, step_id?: string) {
	const base = `${home.replace(/\/$/, '')}/bai-hoc/${lesson_id}/`;
	return step_id ? `${base}#${step_id}` : base;
}

export function make_statement(input: StatementInput): XapiStatement {
	const lesson_iri = activity_id(input.home, input.lesson.id);
	const object = input.step
		? {
				objectType: 'Activity' as const,
				id: activity_id(input.home, input.lesson.id, input.step.id),
				definition: {
					name: { vi: input.step.title },
					type: input.step.question ? ACTIVITY_TYPES.question : ACTIVITY_TYPES.step
				}
			}
		: {
				objectType: 'Activity' as const,
				id: lesson_iri,
				definition: { name: { vi: input.lesson.title }, type: ACTIVITY_TYPES.lesson }
			};
	return {
		id: input.id,
		actor: {
			objectType: 'Agent',
			name: input.learner.name,
			account: { homePage: input.home, name: input.learner.id }
		},
		verb: VERBS[input.verb],
		object,
		...(input.result ? { result: input.result } : {}),
		...(input.step
			? {
					context: {
						contextActivities: { parent: [{ id: lesson_iri, objectType: 'Activity' as const }] }
					}
				}
			: {}),
		timestamp: input.timestamp.toISOString()
	};
}
