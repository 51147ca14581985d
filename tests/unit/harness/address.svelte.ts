/**
 * The page address for portal journeys in jsdom: what `$app/state`'s page.url and `goto` from
 * `$app/navigation` read and move (portal-journeys.svelte.test.ts mocks both with it), so the
 * portal's links and its own moves change the screen as Kit's router does in the browser.
 */
export const address = $state({ href: 'http://localhost/thuc-hanh/' });

/** The address now, as page.url gives it: a copy made on each read, never changed. */
// eslint-disable-next-line svelte/prefer-svelte-reactivity -- read-only copy of the $state href
export const url_now = () => new URL(address.href);

/** Follows a link or a goto to `href`, relative to the address now. */
export function go(href: string) {
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- only its href is kept
	address.href = new URL(href, address.href).href;
}
