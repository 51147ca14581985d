/**
 * What the site header needs to know while a lesson runs, so it can shrink to one slim bar on a
 * phone: the lesson's title and the step. The lesson player hands over a view of itself when it
 * opens (its getters stay reactive) and takes it back when it closes; nothing else writes here.
 */
export interface LessonView {
	readonly title: string;
	/** 1-based step shown to the learner; 0 before the start and after the end */
	readonly step: number;
	readonly count: number;
}

class LessonScreen {
	view = $state<LessonView | null>(null);

	open(view: LessonView) {
		this.view = view;
		document.documentElement.classList.add('lesson-focus');
		return () => {
			if (this.view === view) this.view = null;
			document.documentElement.classList.remove('lesson-focus');
		};
	}
}

export const lesson_screen = new LessonScreen();
