// Runs before every vitest file: IndexedDB in memory (before Dexie loads) and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

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
