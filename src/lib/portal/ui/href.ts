import { goto } from '$app/navigation';
import { page } from '$app/state';

/**
 * The real page address of a portal location on the page that shows the portal (the practice
 * page or a lesson): /thuc-hanh/?p=/thu-tuc/…
 */
export function portal_href(location: string) {
	return `${page.url.pathname}?p=${encodeURIComponent(location)}`;
}

/** Moves the practice portal to a location (the one place the portal navigates from code). */
export function go_to_location(location: string, options?: { replace?: boolean }) {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query
	return goto(portal_href(location), { replaceState: options?.replace ?? false });
}
