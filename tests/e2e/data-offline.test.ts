/**
 * Procedures and places are fetched by the portal as its screens need them (src/lib/portal/data).
 * With the service worker they open offline (tests/e2e/offline.test.ts); without it, a failed
 * fetch says so and "Thử lại" recovers.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { start_as } from './portal-helpers';

/** The course's procedures, as the build lists them in its catalogue. */
const catalogue: { id: string; name: string }[] = JSON.parse(
	readFileSync('build/du-lieu/thu-tuc.json', 'utf8')
);

test.describe('without the service worker', () => {
	test.use({ serviceWorkers: 'block' });

	test('a procedure that cannot be fetched says so, and "Thử lại" opens it', async ({
		page,
		watch
	}) => {
		const [first, second] = catalogue;
		await start_as(page, 'Ông Tư');
		await page.goto(`/thuc-hanh/?p=/thu-tuc/${first.id}`);
		await expect(page.getByRole('heading', { level: 2, name: first.name })).toBeVisible();
		watch.allow(/Failed to load resource/);
		let cut = true;
		await page.route(`**/du-lieu/thu-tuc/${second.id}.json`, (route) =>
			cut ? route.abort('internetdisconnected') : route.continue()
		);
		await page.goto(`/thuc-hanh/?p=/thu-tuc/${second.id}`);
		await expect(page.getByRole('alert')).toContainText('Chưa mở được trang này');
		cut = false;
		await page.getByRole('button', { name: 'Thử lại' }).click();
		await expect(page.getByRole('heading', { level: 2, name: second.name })).toBeVisible();
	});
});
