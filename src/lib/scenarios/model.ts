/**
 * A scenario of the chapter "An toàn thông tin": one decision on a simulated phone. Each step
 * of a safety lesson holds one stage in its frontmatter (`scenario:`): what the phone shows and
 * the choices the learner has. A safe choice completes the step; an unsafe one shows, in the
 * sandbox, what would have happened, and she tries again. The lesson's last stage carries the
 * official advice and its source, shown once the safe choice is made.
 *
 * Types only: the schema (schema.ts) runs at build time, the phone (ui/) in the browser.
 */

export const PHONE_APPS = ['call', 'sms', 'chat', 'browser', 'install'] as const;
export type PhoneApp = (typeof PHONE_APPS)[number];

/** The pictures a call's buttons carry (drawn as SVG, never emoji): green to answer, red to end. */
export const CHOICE_ICONS = ['answer', 'hang-up'] as const;
export type ChoiceIcon = (typeof CHOICE_ICONS)[number];

export interface ScenarioChoice {
	/** a slug, unique in its stage: the event names it, "Xem mẫu" clicks it */
	id: string;
	/** what the button says: a verb first, e.g. "Tắt máy" */
	text: string;
	icon?: ChoiceIcon;
	safe: boolean;
	/** unsafe only: what the step bar says (the lesson's mistake feedback) */
	feedback?: string;
	/** unsafe only: what would have happened, shown on the phone as a simulation */
	happens?: string;
}

export interface ChatLine {
	from: 'them' | 'me';
	text: string;
}

/** What the phone shows. */
export type PhoneScreen =
	| {
			app: 'call';
			/** the name the phone shows, or "Số lạ" */
			caller: string;
			number: string;
			/** "Cuộc gọi đến", "Đang nghe" */
			status: string;
			/** what the caller says, one line each */
			says?: string[];
	  }
	| { app: 'sms'; sender: string; messages: string[] }
	| { app: 'chat'; contact: string; messages: ChatLine[] }
	| {
			app: 'browser';
			/** the address bar, e.g. dichvucong-gov.vn.com/cap-nhat (no scheme); absent: empty */
			address?: string;
			heading: string;
			lines: string[];
	  }
	| { app: 'install'; title: string; lines: string[] };

export interface ScenarioAdvice {
	/** the official advice, in plain words */
	text: string;
	/** who gives it and where it was published, e.g. "Bộ Công an, trên báo cafef.vn, 2/2024" */
	source: string;
}

export interface ScenarioStage {
	screen: PhoneScreen;
	choices: ScenarioChoice[];
	/** on the lesson's last stage: shown after the safe choice */
	advice?: ScenarioAdvice;
}

/** The data-sim name of a choice's button (the demo clicks it). */
export const choice_target = (choice_id: string) => `scenario.choice.${choice_id}`;
