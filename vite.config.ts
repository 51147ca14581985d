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

export default defineConfig({
	// No options here: Kit 2 reads its configuration from svelte.config.js.
	plugins: [sveltekit(), svelteTesting()],
	resolve: {
		// Dexie's default entry wraps its ES5 UMD build; its modern ES module is ~2 KB gzip smaller.
		alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }]
	},
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		setupFiles: ['tests/setup/vitest.ts'],
		restoreMocks: true
	}
});
