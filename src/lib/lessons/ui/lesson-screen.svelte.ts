/**
 * What the site header needs to know while a lesson runs, so it can shrink to one slim bar on a
 * phone: the lesson's title (the step is counted once, in the step bar: StepPanel.svelte). The
 * lesson player hands over a view of itself when it opens (its getters stay reactive) and takes it
 * back when it closes; the final test's page does the same (src/routes/kiem-tra-cuoi-khoa/);
 * nothing else writes here.
 */
export interface LessonView {
	readonly title: string;
	/** what the slim bar's "Thoát" leaves, read by screen readers; a lesson's by default */
	readonly exit_note?: string;
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
