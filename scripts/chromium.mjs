// Which Chromium the tests and measuring scripts drive: CHROMIUM_PATH when set, otherwise
// Debian's headless build of Chromium (apt-get install chromium-headless-shell) when it is
// installed, otherwise Debian's full Chromium (apt-get install chromium).
//
// The headless build is Chromium without its browser window layer. The browser tests took
// 352 s with it against 547 s with the full browser on this 2-core machine (29/11/2026), with
// the same tests passing. Lighthouse keeps the full browser (`full` below): it measures a page
// as a phone's browser draws it.
import { existsSync } from 'node:fs';

export const FULL_CHROMIUM = '/usr/bin/chromium';
export const HEADLESS_CHROMIUM = '/usr/bin/chromium-headless-shell';

/** @param {{ full?: boolean }} [options] @returns {string} */
export function chromium_path({ full = false } = {}) {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (!full && existsSync(HEADLESS_CHROMIUM)) return HEADLESS_CHROMIUM;
	return FULL_CHROMIUM;
}
