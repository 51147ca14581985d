/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Kit's own service worker: precaches every built file, static file and prerendered page on
 * install, so after one visit the whole site works with the network off. `prerendered` also
 * lists the portal's data files (/du-lieu/*.json: the catalogue, one file per procedure, the
 * places; src/routes/du-lieu), so every procedure opens offline too
 * (tests/e2e/offline.test.ts).
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `cache-${version}`;
const ASSETS = [...build, ...files, ...prerendered];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(ASSETS))
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
			.then(() => sw.clients.claim())
	);
});

/** `/tim-hieu/x` and `/tim-hieu/x/` are the same prerendered page. */
function page_key(url: URL) {
	if (url.pathname.endsWith('/') || url.pathname.split('/').pop()?.includes('.'))
		return url.pathname;
	return `${url.pathname}/`;
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			const cached =
				(await cache.match(url.pathname)) ??
				(await cache.match(page_key(url))) ??
				(await cache.match(event.request, { ignoreSearch: true }));
			if (cached && ASSETS.includes(url.pathname.replace(/\/$/, '') || '/')) return cached;
			if (cached && ASSETS.includes(page_key(url))) return cached;
			try {
				const response = await fetch(event.request);
				if (response.ok && response.type === 'basic')
					void cache.put(event.request, response.clone());
				return response;
			} catch (error) {
				if (cached) return cached;
				if (event.request.mode === 'navigate') {
					const fallback = (await cache.match('/404.html')) ?? (await cache.match('/'));
					if (fallback) return fallback;
				}
				throw error;
			}
		})()
	);
});
