// The prerendered pages in build/, shared by the size budgets (scripts/measure.mjs) and the
// browser tests (tests/e2e), so both read the same list and group it the same way.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every prerendered page, as a URL path ('/', '/cai-dat/', …), read from build/. @returns {string[]} */
export function pages_in_build(root = 'build') {
	/** @type {string[]} */
	const pages = [];
	/** @param {string} dir */
	const walk = (dir) => {
		for (const name of readdirSync(dir)) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				if (name !== '_app') walk(path);
			} else if (name === 'index.html') {
				pages.push(`/${relative(root, dir)}/`.replace(/\/+/g, '/'));
			}
		}
	};
	walk(root);
	return pages.sort();
}

/**
 * The route a page belongs to: pages under a section (/bai-hoc/<chapter>/<lesson>/,
 * /tim-hieu/<reading>/) share one template per depth; a top-level page is its own.
 * @param {string} path @returns {string}
 */
export function route_of(path) {
	const parts = path.split('/').filter(Boolean);
	return parts.length > 1 ? `/${parts[0]}/${'*/'.repeat(parts.length - 1)}` : path;
}
