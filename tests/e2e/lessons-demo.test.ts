/**
 * Generated from the content: every lesson in content/lessons that offers "Xem mẫu" is played at
 * that level, at the demo's fast pace, and must reach its end. The demo acts on the real portal
 * screens (targets found, fields filled, buttons pressed, days fast-forwarded); the learner only
 * answers the knowledge checks. A lesson added to the content is picked up with no edit here.
 *
 * What each step's events do to the lesson is tested without a browser in
 * tests/contract/lessons.contract.test.ts.
 */
import type { Page } from '@playwright/test';
import { content_lessons } from './content';
import { expect, follow_link, test } from './fixtures';
import { panel, seed_fast_demo } from './lesson-helpers';

const LESSONS = content_lessons();

test('the content has lessons to play', () => {
	expect(LESSONS.filter((lesson) => lesson.demo).length).toBeGreaterThan(0);
});

/** Answers the knowledge check on screen with the options the content marks right. */
async function answer_question(page: Page, answers: Map<string, string[]>) {
	const question = panel(page).locator('[data-sim="lesson.question"]');
	const text = await question.innerText();
	const right = [...answers.entries()].find(([asked]) => text.includes(asked))?.[1];
	expect(right, `a question of this lesson: ${text.slice(0, 80)}`).toBeTruthy();
	for (const option of right ?? []) {
		await question
			.getByRole('radio', { name: option, exact: true })
			.or(question.getByRole('checkbox', { name: option, exact: true }))
			.check();
	}
	const title = await panel(page).getByRole('heading', { level: 2 }).innerText();
	await panel(page).getByRole('button', { name: 'Trả lời' }).click();
	// accepted: the lesson moves on to another step, or ends
	await expect(
		panel(page)
			.getByRole('heading', { level: 2 })
			.filter({ hasNotText: title })
			.or(panel(page).getByText('Bạn đã hoàn thành bài học!'))
	).toBeVisible();
}

/**
 * Plays one lesson at "Xem mẫu" to its end, for the learner already chosen on this device.
 * A lesson opened after another starts at its own introduction: the level is chosen again.
 * It is reached by a link, as from the lessons' list: a page load for each one was a fifth of
 * this file's time.
 */
async function play(page: Page, lesson: (typeof LESSONS)[number]) {
	if (new URL(page.url()).pathname !== lesson.path) await follow_link(page, lesson.path);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
	await panel(page).getByRole('radio', { name: 'Xem mẫu' }).check();
	await panel(page).getByRole('button', { name: 'Bắt đầu học' }).click();
	const done = panel(page).getByText('Bạn đã hoàn thành bài học!');
	// the demo may already be past step 1 at its fast pace (a two-step lesson may be over): any
	// step of this lesson, or its end
	await expect(
		panel(page)
			.getByText(new RegExp(`^Bước \\d+/${lesson.step_ids.length}$`))
			.or(done)
	).toBeVisible();

	const question = panel(page).locator('[data-sim="lesson.question"]');
	const stuck = panel(page).getByText('Không làm mẫu được bước này', { exact: false });
	// The demo plays each step; the learner answers each question; nothing else is done.
	for (let guard = 0; guard <= lesson.step_ids.length; guard++) {
		await expect(done.or(question).or(stuck)).toBeVisible({ timeout: 20_000 });
		await expect(stuck, 'the demo could play every step').toHaveCount(0);
		if (await done.isVisible()) break;
		await answer_question(page, lesson.answers);
	}
	await expect(done).toBeVisible();
	await expect(panel(page).locator('[data-sim="lesson.score"]')).toHaveText(/^\d+\/100$/);
}

// A few lessons per test, one learner for them all: opening the site and naming a learner cost
// as much as a short lesson's demo. Four groups, so both workers stay busy.
const DEMOS = LESSONS.filter((lesson) => lesson.demo);
const GROUPS = 4;
for (let group = 0; group < GROUPS; group++) {
	const lessons = DEMOS.filter((_, i) => i % GROUPS === group);
	if (lessons.length === 0) continue;
	test(`at "Xem mẫu", each lesson plays itself to the end (group ${group + 1} of ${GROUPS}: ${lessons.length} lessons)`, async ({
		page
	}) => {
		test.setTimeout(60_000 * lessons.length);
		await seed_fast_demo(page);
		await page.goto(lessons[0].path);
		await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bác Sơn');
		await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
		await expect(panel(page).getByRole('button', { name: 'Bắt đầu học' })).toBeVisible();
		for (const lesson of lessons) {
			await test.step(lesson.title, () => play(page, lesson));
		}
	});
}
