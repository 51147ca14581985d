// Runs before every vitest file: IndexedDB in memory (before Dexie loads) and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';

// jsdom does not lay out pages, so it has no scrollIntoView; the browser tests cover scrolling.
if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
	Element.prototype.scrollIntoView = function scrollIntoView() {};
}
