/**
 * Procedures and places are fetched by the portal as its screens need them (src/lib/portal/data).
 * After one visit the service worker has kept every file, so every procedure and the ward picker
 * open with the network cut; without it, a failed fetch says so and "Thử lại" recovers.
 */
import { readFileSync } from 'node:fs';
import { expect, test, wait_for_service_worker } from './fixtures';
import { account_name, sign_in, start_as } from './portal-helpers';

/** The course's procedures, as the build lists them in its catalogue. */
const catalogue: { id: string; name: string }[] = JSON.parse(
	readFileSync('build/du-lieu/thu-tuc.json', 'utf8')
);

// The service worker keeps the data (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit every procedure and the ward picker open offline', async ({
	page,
	context
}) => {
	await start_as(page, 'Bà Lan');
	await sign_in(page);
	await expect(account_name(page)).toBeVisible();
	await wait_for_service_worker(page);
	await context.setOffline(true);
	for (const { id, name } of catalogue) {
		await page.goto(`/thuc-hanh/?p=/thu-tuc/${id}`);
		await expect(page.getByRole('heading', { level: 2, name }), id).toBeVisible();
	}
	// the ward picker, which needs the places
	await page.goto(`/thuc-hanh/?p=/nop/${catalogue[0].id}/co-quan`);
	await page
		.getByRole('combobox', { name: 'Tỉnh, thành phố' })
		.selectOption({ label: 'Thành phố Hải Phòng' });
	await expect(
		page
			.getByRole('combobox', { name: 'Phường, xã' })
			.getByRole('option', { name: 'Phường Hồng Bàng' })
	).toBeAttached();
	await expect(page.getByRole('alert')).toHaveCount(0);
});

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
