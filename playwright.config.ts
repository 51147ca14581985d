import { defineConfig } from '@playwright/test';
import { statfsSync } from 'node:fs';
import { chromium_path } from './scripts/chromium.mjs';

/**
 * Chromium keeps its shared memory in /dev/shm; where that is small (64 MB in a default Docker
 * container) it must use files in /tmp instead, which cost about 8 % of the browser tests' time
 * here (24 GB /dev/shm, 29/11/2026).
 */
function small_dev_shm() {
	try {
		const { bsize, blocks } = statfsSync('/dev/shm');
		return bsize * blocks < 1024 ** 3;
	} catch {
		return true;
	}
}

// Debian's headless Chromium where installed, else its full Chromium; CHROMIUM_PATH for another.
const executablePath = chromium_path();
const port = Number(process.env.TEST_PORT ?? 4174);

export default defineConfig({
	testDir: 'tests/e2e',
	// Playwright empties its output folder on start: keep it apart from the other results.
	outputDir: 'test-results/playwright',
	forbidOnly: !!process.env.CI,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	// Each test goes to whichever worker is free, not each file to one worker: the run no longer
	// ends on one worker finishing a long file while the other core waits (every test starts as a
	// new visitor, so none depends on another's order; isolation.test.ts says so where it does).
	fullyParallel: true,
	timeout: 60_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		locale: 'vi-VN',
		timezoneId: 'Asia/Ho_Chi_Minh',
		// Recording a trace of every test doubled the suite's time on 2 cores: only a retry records.
		trace: 'on-first-retry',
		// Each new context would install the service worker and precache the whole site, the
		// heaviest work of a page load here. Only the offline tests need it (they allow it).
		serviceWorkers: 'block',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--no-first-run',
				'--disable-sync',
				'--disable-quic',
				// V8's baseline compilers only: a test's page lives seconds, and optimising its
				// scripts on the second core cost more than it saved (a sample of 57 tests: 147
				// core-seconds against 157, the same tests passing, 29/11/2026).
				'--js-flags=--max-opt=1',
				...(small_dev_shm() ? ['--disable-dev-shm-usage'] : [])
			]
		}
	},
	// The desktop project first: its few long tests then share the start, and the phone's many
	// short ones (a page check each) fill both workers up to the end.
	projects: [
		{
			name: 'desktop',
			use: { viewport: { width: 1280, height: 800 } },
			testMatch: /(a11y-desktop|portal-a11y|lessons-a11y|pages)\.test\.ts/
		},
		{
			name: 'phone',
			use: { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true },
			testIgnore: /a11y-desktop\.test\.ts/
		}
	],
	// The real static artefact in build/, served as a static host would (npm test builds first).
	webServer: {
		// scripts/serve.mjs's site, and axe-core as a file of its origin (tests/e2e/server.mjs)
		command: 'node tests/e2e/server.mjs',
		url: `http://localhost:${port}/`,
		env: { PORT: String(port) },
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
