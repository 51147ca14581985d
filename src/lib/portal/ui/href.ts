import { goto } from '$app/navigation';
import { resolve } from '$app/paths';

/** The real page address of a portal location: /thuc-hanh/?p=/thu-tuc/… */
export function portal_href(location: string) {
	return `${resolve('/thuc-hanh')}/?p=${encodeURIComponent(location)}`;
}

/** Moves the practice portal to a location (the one place the portal navigates from code). */
export function go_to_location(location: string, options?: { replace?: boolean }) {
	// eslint-disable-next-line svelte/no-navigation-without-resolve -- portal_href resolves the path
	return goto(portal_href(location), { replaceState: options?.replace ?? false });
}
