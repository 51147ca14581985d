/**
 * The project's Playwright `test`: every test fails if the page logs a console error, throws,
 * or makes a request to another origin (nothing may leave the device).
 */
import AxeBuilder from '@axe-core/playwright';
import {
	test as base,
	expect,
	type Browser,
	type BrowserContext,
	type BrowserContextOptions,
	type Page
} from '@playwright/test';
import { AXE_PATH } from './axe-file.mjs';

export { expect };

export interface Watch {
	console_errors: string[];
	external_requests: string[];
	/** console errors a test expects (e.g. the router reporting a 404 it was asked for) */
	allow: (pattern: RegExp) => void;
}

/** What changes a context's clock (page.clock). */
const CLOCK_CHANGES = 'install setFixedTime setSystemTime pauseAt resume runFor fastForward'.split(
	' '
);

/** What changes a page beyond its document: a new document does not undo these. */
const LASTING_PAGE_CHANGES = [
	...'addInitScript route routeFromHAR routeWebSocket exposeFunction exposeBinding'.split(' '),
	...'setViewportSize emulateMedia setExtraHTTPHeaders'.split(' '),
	...'setDefaultTimeout setDefaultNavigationTimeout once prependListener'.split(' ')
];

/** Runs `then` with the arguments before each call of these methods of `target`. */
function before_calls(target: object, names: string[], then: (args: unknown[]) => void) {
	const methods = target as Record<string, (...args: unknown[]) => unknown>;
	for (const name of names) {
		const original = methods[name].bind(target);
		methods[name] = (...args: unknown[]) => {
			then(args);
			return original(...args);
		};
	}
}

/**
 * Browser contexts kept for a worker's whole run, one per set of options, each with its page. A
 * test in a fresh context loads and compiles the site's scripts cold; in a kept one they come
 * from the HTTP cache: the browser tests took about half the CPU that way (29/11/2026). A kept
 * page also spares a new renderer process, whose scripts start cold again: a test's start took
 * 1.5 core-seconds in a new page and 0.8 in the kept one (10 lesson pages, 29/11/2026). Each test
 * still starts as a new visitor: the kept page is blank, no other page is left open, and this
 * origin's storage (IndexedDB, local storage, service workers, caches) is cleared.
 */
class KeptContexts {
	#contexts = new Map<string, BrowserContext>();
	/** contexts whose clock a test changed: a later test must not inherit it */
	#clock_touched = new WeakSet<BrowserContext>();
	/** each kept context's page, handed to the next test if the last one left it as it was */
	#pages = new WeakMap<BrowserContext, Page>();
	/** pages a test changed in a way a new document does not undo (init scripts, routes, …) */
	#page_touched = new WeakSet<Page>();
	/** listeners a test added to the kept page, taken off when it ends */
	#listeners = new WeakMap<Page, [string, (...args: unknown[]) => void][]>();

	async take(browser: Browser, options: BrowserContextOptions, workday_clock: boolean) {
		const key = JSON.stringify({ options, workday_clock });
		let context = this.#contexts.get(key);
		if (!context) {
			context = await browser.newContext(options);
			if (workday_clock) await context.clock.setFixedTime(WORKDAY_MORNING);
			this.#watch_clock(context);
			this.#contexts.set(key, context);
		}
		let page = this.#pages.get(context);
		if (!page || page.isClosed()) {
			page = await context.newPage();
			this.#watch_page(page);
			this.#pages.set(context, page);
		}
		const cdp = await context.newCDPSession(page);
		await cdp.send('Storage.clearDataForOrigin', {
			origin: new URL(options.baseURL ?? 'http://localhost').origin,
			storageTypes:
				'cookies,indexeddb,local_storage,service_workers,cache_storage,file_systems,storage_buckets'
		});
		await cdp.detach();
		return context;
	}

	async give_back(context: BrowserContext) {
		const kept = this.#pages.get(context);
		for (const page of context.pages()) {
			if (page !== kept || this.#page_touched.has(page)) await page.close();
		}
		if (this.#clock_touched.has(context)) {
			for (const [key, item] of this.#contexts) if (item === context) this.#contexts.delete(key);
			await context.close();
			return;
		}
		await context.setOffline(false);
		if (kept && !kept.isClosed()) {
			for (const [event, listener] of this.#listeners.get(kept)?.splice(0) ?? []) {
				kept.off(event as 'load', listener);
			}
			// the site unloaded: its database connections closed before the next test clears it
			await kept.goto('about:blank');
		}
	}

	async close() {
		for (const context of this.#contexts.values()) await context.close();
	}

	/** page.clock is its context's clock: any change to it marks the context as not to keep. */
	#watch_clock(context: BrowserContext) {
		before_calls(context.clock, CLOCK_CHANGES, () => this.#clock_touched.add(context));
	}

	/**
	 * What a test may do to its page that outlives a new document marks the page as not to keep;
	 * listeners (the console watch's among them) are noted, to be taken off at the test's end.
	 */
	#watch_page(page: Page) {
		before_calls(page, LASTING_PAGE_CHANGES, () => this.#page_touched.add(page));
		const listeners: [string, (...args: unknown[]) => void][] = [];
		this.#listeners.set(page, listeners);
		before_calls(page, ['on', 'addListener'], ([event, listener]) =>
			listeners.push([event as string, listener as (...args: unknown[]) => void])
		);
	}
}

/** A page kept for a worker's run, with what it reported since its last check. */
export interface ChecksTab {
	page: Page;
	/** console errors and requests to another origin since the last check */
	problems: string[];
}

export const test = base.extend<
	{
		watch: Watch;
		fresh_context: boolean;
		workday_clock: boolean;
		context_options: BrowserContextOptions;
	},
	{ kept_contexts: KeptContexts; checks_tab: ChecksTab }
>({
	/**
	 * A context of its own for the test: set it (test.use) where a test changes the context in a
	 * way a page cannot undo: its clock (page.clock), or service workers allowed. A retry always
	 * gets one, so its trace is whole.
	 */
	fresh_context: [false, { option: true }],
	/**
	 * The page's clock stands at WORKDAY_MORNING (timers still run). The practice portal's days
	 * and office hours follow the device's clock, so a journey that fast-forwards would behave
	 * differently on a Sunday night run: tests that count on office steps set this.
	 */
	workday_clock: [false, { option: true }],
	kept_contexts: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
		async ({}, use) => {
			const kept = new KeptContexts();
			await use(kept);
			await kept.close();
		},
		{ scope: 'worker' }
	],
	/**
	 * page-checks.ts's tab: one page per worker that goes from page to page of the site. It is
	 * declared here, with every other worker fixture, so that its tests share the workers of the
	 * rest: a test file whose worker fixtures differ gets workers of its own, each starting Node
	 * and a browser again (7 workers in all before, 4 now, 30/11/2026).
	 */
	checks_tab: [
		async ({ browser }, use, worker) => {
			const { viewport, isMobile, hasTouch, locale, timezoneId, baseURL } = worker.project.use;
			const context = await browser.newContext({
				viewport,
				isMobile,
				hasTouch,
				locale,
				timezoneId,
				baseURL,
				serviceWorkers: 'block'
			});
			const page = await context.newPage();
			const tab: ChecksTab = { page, problems: [] };
			listen(page, baseURL, (kind, text) =>
				tab.problems.push(kind === 'request' ? `request to another origin: ${text}` : text)
			);
			await use(tab);
			await context.close();
		},
		{ scope: 'worker' }
	],
	/** The context options of the project and the test's test.use, as Playwright combines them. */
	context_options: async (
		{
			contextOptions,
			acceptDownloads,
			baseURL,
			colorScheme,
			deviceScaleFactor,
			hasTouch,
			isMobile,
			javaScriptEnabled,
			locale,
			offline,
			permissions,
			reducedMotion,
			serviceWorkers,
			timezoneId,
			viewport
		},
		use
	) => {
		const options: BrowserContextOptions = {
			acceptDownloads,
			baseURL,
			colorScheme,
			deviceScaleFactor,
			hasTouch,
			isMobile,
			javaScriptEnabled,
			locale,
			offline,
			permissions,
			reducedMotion,
			serviceWorkers,
			timezoneId,
			viewport
		};
		for (const key of Object.keys(options) as (keyof BrowserContextOptions)[]) {
			if (options[key] === undefined) delete options[key];
		}
		await use({ ...contextOptions, ...options });
	},
	context: async (
		{ browser, context_options, fresh_context, kept_contexts, workday_clock },
		use,
		info
	) => {
		if (fresh_context || info.retry > 0 || context_options.serviceWorkers !== 'block') {
			const context = await browser.newContext(context_options);
			if (workday_clock) await context.clock.setFixedTime(WORKDAY_MORNING);
			await use(context);
			await context.close();
			return;
		}
		const context = await kept_contexts.take(browser, context_options, workday_clock);
		await use(context);
		await kept_contexts.give_back(context);
	},
	page: async ({ context }, use) => {
		await use(context.pages()[0] ?? (await context.newPage()));
	},
	watch: [
		async ({ page, baseURL }, use) => {
			const allowed: RegExp[] = [];
			const watch: Watch = {
				console_errors: [],
				external_requests: [],
				allow: (pattern) => allowed.push(pattern)
			};
			listen(page, baseURL, (kind, text) =>
				(kind === 'request' ? watch.external_requests : watch.console_errors).push(text)
			);
			await use(watch);
			expect(watch.external_requests, 'requests to another origin').toEqual([]);
			const unexpected = watch.console_errors.filter((m) => !allowed.some((re) => re.test(m)));
			expect(unexpected, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

/**
 * Reports what no page of the site may do: log a console error, throw, or make a request to
 * another origin than `base_url`'s (data: and blob: URLs stay on the device).
 */
export function listen(
	page: Page,
	base_url: string | undefined,
	report: (kind: 'error' | 'request', text: string) => void
) {
	const origin = new URL(base_url ?? 'http://localhost').origin;
	page.on('console', (message) => {
		if (message.type() === 'error') report('error', message.text());
	});
	page.on('pageerror', (error) => report('error', String(error)));
	page.on('request', (request) => {
		const url = request.url();
		if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) report('request', url);
	});
}

/** Every prerendered page, as a URL path ('/', '/cai-dat/', …), read from build/. */
export { pages_in_build as prerendered_pages } from '../../scripts/pages.mjs';

/** Waits until the service worker controls the page (it has precached the whole site). */
export async function wait_for_service_worker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

/** A working Tuesday morning in Hải Phòng (see `workday_clock`). */
export const WORKDAY_MORNING = new Date('2026-11-24T09:30:00+07:00');

/**
 * Puts axe-core in the page, once per document: as a file of the site's origin (the tests'
 * server.mjs serves it), whose compiled code the browser keeps with its cache.
 */
async function load_axe(page: Page) {
	const loaded = await page.evaluate(
		(src) =>
			'axe' in window ||
			new Promise<boolean>((done) => {
				const script = document.createElement('script');
				script.src = src;
				script.onload = () => done(true);
				script.onerror = () => done(false);
				document.head.append(script);
			}),
		AXE_PATH
	);
	if (!loaded) throw new Error(`axe-core did not load from ${AXE_PATH} (tests/e2e/server.mjs)`);
}

/**
 * axe (WCAG 2.2 A/AA) on the page as it is now: the violations, one line each. Legacy mode runs
 * axe in the page itself; the default also opens a blank page per check to merge frame results,
 * which costs about 3 s on this machine and our pages have no cross-origin frames to merge.
 * Only violations are listed in full (`resultTypes`): the passes are not read.
 */
export async function axe_violations(
	page: Page,
	options: { include?: string } = {}
): Promise<string[]> {
	await load_axe(page);
	// the page has axe already: AxeBuilder would otherwise send its whole source at each check
	const builder = new AxeBuilder({ page, axeSource: ';' });
	if (options.include) builder.include(options.include);
	const results = await builder
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.options({ resultTypes: ['violations'] })
		.setLegacyMode(true)
		.analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/**
 * Moves the page to `path` as a tap on a link of the site would: the app's router follows it
 * without loading the page again. About half the time of page.goto here (its scripts are not
 * parsed and run again), for tests that go from page to page of a site already loaded.
 */
export async function follow_link(page: Page, path: string) {
	await page.evaluate((path) => {
		const link = document.createElement('a');
		link.href = path;
		document.body.append(link);
		link.click();
		link.remove();
	}, path);
	await page.waitForFunction((path) => location.pathname === path, path);
}

/**
 * The main menu ("Mục chính"), open: on a phone its links fold behind the header's "Mục chính"
 * button (once the page's scripts run), which this taps; a wide screen shows them.
 */
export async function main_menu(page: Page) {
	const nav = page.getByRole('navigation', { name: 'Mục chính' });
	if ((page.viewportSize()?.width ?? 1280) < 768) {
		const button = page.getByRole('banner').getByRole('button', { name: 'Mục chính' });
		if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
	}
	await expect(nav).toBeVisible();
	return nav;
}
