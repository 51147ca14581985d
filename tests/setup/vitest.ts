// Runs before every vitest file: IndexedDB in memory (before Dexie loads) and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { beforeEach } from 'vitest';

// Files share one jsdom per worker (isolate: false in vite.config.ts): each test starts with
// the storage a fresh page would have.
if (typeof localStorage !== 'undefined') {
	beforeEach(() => {
		localStorage.clear();
		sessionStorage.clear();
	});
}

// jsdom does not lay out pages, so it has no scrollIntoView; the browser tests cover scrolling.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
	Element.prototype.scrollIntoView = function scrollIntoView() {};
}

// On 2 shared cores a screen can take more than testing-library's default 1 s to show what a
// test waits for (findBy…, waitFor): wait up to 5 s, as a patient user would.
if (typeof document !== 'undefined') {
	const { configure } = await import('@testing-library/svelte');
	configure({ asyncUtilTimeout: 5000 });
}
