import { check_page, one_per_template } from './page-checks';

// the desktop checks one page per template (the phone checks every page: a11y.test.ts)
for (const path of one_per_template) check_page(path);
