import { expect, test } from './fixtures';
import { check_page, pages } from './page-checks';

test('the build holds every page of the site', () => {
	expect(pages).toEqual(
		expect.arrayContaining([
			'/',
			'/cai-dat/',
			'/tim-hieu/',
			'/tim-hieu/dich-vu-cong-truc-tuyen-la-gi/'
		])
	);
});

// the phone checks every page
for (const path of pages) check_page(path);
