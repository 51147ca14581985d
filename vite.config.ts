import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

// vitest 5 and jsdom 31 need Node 22.22+; on an older Node vitest dies with an obscure
// "Failed to start forks worker" message, so stop early and say what to do.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 22)) {
	throw new Error(
		`Công dân số needs Node 22.22 or newer, but this is Node ${process.versions.node}. ` +
			'Run it through npm (npm run …), which uses node_modules/.bin/node, or install Node 22.'
	);
}

/**
 * Test files of pure logic (no DOM, no components, no Kit client module): they run in plain
 * Node, which starts far faster than jsdom. A file that needs `window` belongs to "dom".
 */
const PURE = [
	'src/lib/portal/logic/**/*.test.ts',
	'src/lib/content/**/*.test.ts',
	// it runs the pages' server loads, which render lesson texts with svelte/server
	'src/routes/page-data.test.ts',
	'src/lib/classroom/**/*.test.ts',
	'src/lib/scenarios/**/*.test.ts',
	'src/lib/db/writes.test.ts',
	'src/lib/i18n/i18n.test.ts',
	'src/lib/learners/pin.test.ts',
	'src/lib/learners/pin-lock.test.ts',
	'src/lib/lessons/demo.test.ts',
	'src/lib/lessons/player.test.ts',
	'src/lib/lessons/ui/resume.test.ts',
	'src/lib/lessons/ui/step-view.test.ts',
	'src/lib/portal/answers.test.ts',
	'src/lib/portal/routes.test.ts',
	'src/lib/portal/ui/sms-excerpt.test.ts',
	'src/lib/progress/certificate.test.ts',
	'src/lib/progress/model.test.ts',
	'src/lib/progress/xapi.test.ts',
	'src/lib/settings/display.test.ts',
	'src/lib/text/clean.test.ts',
	'tests/unit/return-path.test.ts'
];

/**
 * Files that swap modules (vi.mock, vi.doMock, vi.resetModules) or globals (vi.stubGlobal):
 * they get a fresh module registry each, in a VM context of a kept worker (pool vmThreads): the
 * whole of vitest took about 45 core-seconds that way against 56 with a new worker thread for
 * each of these files (three runs each, 29/11/2026). Every other file shares its worker's modules
 * (isolate: false), which took vitest from about 260 s to 60 s on this machine: most of the
 * time was spent building a jsdom and importing the same modules again for each file.
 */
const ISOLATED = [
	'src/lib/content/event-matching.test.ts',
	'src/lib/db/database.test.ts',
	'src/lib/db/status.test.ts',
	'src/lib/settings/read-aloud.svelte.test.ts',
	'src/routes/page-data.test.ts',
	'tests/unit/phone-notification.svelte.test.ts',
	'tests/unit/portal-journeys.svelte.test.ts',
	'tests/unit/site-header.svelte.test.ts'
];
const DOM = ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/contract/**/*.test.ts'];

export default defineConfig({
	// No options here: Kit 2 reads its configuration from svelte.config.js.
	plugins: [sveltekit(), svelteTesting()],
	resolve: {
		// Dexie's default entry wraps its ES5 UMD build; its modern ES module is ~2 KB gzip smaller.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	test: {
		setupFiles: ['tests/setup/vitest.ts'],
		restoreMocks: true,
		// npm test runs vitest beside the build on 2 cores: a test (or a hook) that imports the
		// whole content can take more than the defaults there.
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// Worker threads start faster than forked processes: about a fifth less CPU for the
		// component tests on this 2-core machine.
		pool: 'threads',
		// Pure rules need no DOM: they run in plain Node, which starts far faster than jsdom.
		projects: [
			{
				extends: true,
				test: {
					name: 'logic',
					environment: 'node',
					include: PURE,
					exclude: ISOLATED,
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'dom',
					environment: 'jsdom',
					// svelteTesting() adds its auto-cleanup to the root config only: projects need it named.
					setupFiles: ['tests/setup/vitest.ts', '@testing-library/svelte/vitest'],
					include: DOM,
					exclude: [...PURE, ...ISOLATED],
					isolate: false
				}
			},
			{
				extends: true,
				test: {
					name: 'isolated',
					environment: 'jsdom',
					pool: 'vmThreads',
					setupFiles: ['tests/setup/vitest.ts', '@testing-library/svelte/vitest'],
					include: ISOLATED.filter((file) => !PURE.includes(file))
				}
			},
			{
				extends: true,
				test: {
					name: 'isolated-logic',
					environment: 'node',
					pool: 'vmThreads',
					include: ISOLATED.filter((file) => PURE.includes(file))
				}
			}
		]
	}
});
