/**
 * Offline: after one visit the service worker has kept every page and every data file, so the
 * whole site, the practice portal included, works with the network cut.
 *
 * What is kept is read from the browser's own cache, file by file, against the build: every
 * prerendered page, the catalogue, each procedure's file and the places. What is served is
 * checked by opening one page of each kind with the network cut (all lesson pages are one
 * template, so are the readings), and by a learner who signs in to the practice portal, opens
 * procedures and the ward picker, and reloads, all offline.
 */
import { readFileSync } from 'node:fs';
import { expect, main_menu, prerendered_pages, test, wait_for_service_worker } from './fixtures';
import { account_name, open_procedure, sign_in } from './portal-helpers';
import { route_of } from '../../scripts/pages.mjs';

/** The course's procedures, as the build lists them in its catalogue. */
const catalogue: { id: string; name: string }[] = JSON.parse(
	readFileSync('build/du-lieu/thu-tuc.json', 'utf8')
);

/** One page of each route: pages under /bai-hoc/<chapter>/ and /tim-hieu/ share a template. */
function one_page_per_template(pages: string[]) {
	return [...Map.groupBy(pages, route_of).values()].map(([first]) => first);
}

// The service worker keeps the site (the config blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

test('after one visit, every page and data file is kept, and the site works with the network cut', async ({
	page,
	context
}) => {
	await page.goto('/');
	await wait_for_service_worker(page);
	await context.setOffline(true);

	const kept = new Set(
		await page.evaluate(async () => {
			const paths: string[] = [];
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
			}
			return paths;
		})
	);
	const pages = prerendered_pages();
	const data = [
		'/du-lieu/thu-tuc.json',
		'/du-lieu/dia-ban.json',
		...catalogue.map(({ id }) => `/du-lieu/thu-tuc/${id}.json`)
	];
	const missing = [...pages, ...data].filter(
		(path) =>
			!kept.has(path) && !kept.has(path.replace(/\/$/, '')) && !kept.has(`${path}index.html`)
	);
	expect(missing, 'pages and data files the service worker did not keep').toEqual([]);

	for (const path of one_page_per_template(pages)) {
		const response = await page.goto(path);
		expect(response?.ok(), path).toBe(true);
		await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
		await expect(page.getByRole('contentinfo'), path).toContainText('dichvucong.gov.vn');
	}

	// moving around by links, and the practice portal, with the network still cut
	await page.goto('/');
	await (await main_menu(page)).getByRole('link', { name: 'Thực hành', exact: true }).click();
	await page.getByRole('textbox', { name: 'Tên của bạn' }).fill('Bà Hạnh');
	await page.getByRole('button', { name: 'Bắt đầu tập' }).click();
	await sign_in(page);
	await expect(account_name(page)).toBeVisible();
	await open_procedure(page, 'thuong tru', 'Đăng ký thường trú');
	await page.reload();
	await expect(page.getByRole('heading', { level: 2, name: 'Đăng ký thường trú' })).toBeVisible();
	// procedures opened by address: the first and the last of the catalogue
	for (const { id, name } of [catalogue[0], catalogue.at(-1)!]) {
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
