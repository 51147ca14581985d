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
import { expect, test } from './fixtures';
import { panel, seed_fast_demo } from './lesson-helpers';

const LESSONS = content_lessons();

// The lessons are independent: both workers take them, so this file is not one worker's tail.
test.describe.configure({ mode: 'parallel' });

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

for (const lesson of LESSONS.filter((l) => l.demo)) {
	test(`"${lesson.title}" at "Xem mẫu" plays itself to the end`, async ({ page }) => {
		await seed_fast_demo(page);
		await page.goto(lesson.path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
		await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bác Sơn');
		await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
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
	});
}
