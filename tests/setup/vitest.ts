// Runs before every vitest file: IndexedDB in memory (before Dexie loads) and DOM matchers.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
