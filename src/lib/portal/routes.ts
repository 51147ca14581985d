/**
 * The practice portal's own addresses. The real page stays /thuc-hanh/; the portal's location
 * travels in its `p` query parameter (dossier ids exist only in IndexedDB, so they cannot be
 * prerendered routes), which makes every screen survive a reload and the back button.
 */
import type * as v from 'valibot';
import type { screen_schema } from './screen-schema';

/** A screen of the portal and what it shows; defined once in screen-schema.ts. */
export type Screen = v.InferOutput<typeof screen_schema>;
export type ScreenName = Screen['name'];

const APPLY_STEPS = {
	'co-quan': 'agency',
	'xem-lai': 'review',
	'giay-to': 'documents',
	'nhan-ket-qua': 'receive',
	'thanh-toan': 'pay',
	nop: 'submit'
} as const;

const DOSSIER_STEPS = { 'bo-sung': 'supplement', 'ket-qua': 'result', 'danh-gia': 'rate' } as const;

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ID = /^[A-Za-z0-9-]+$/;

/** Reads a portal location such as `/nop/dang-ky-khai-sinh/ke-khai/tre-em`. */
export function parse_location(location: string): Screen {
	const url = new URL(location, 'https://dichvucong.gov.vn');
	const parts = url.pathname.split('/').filter(Boolean);
	const [first, second, third, fourth] = parts;
	const not_found = { name: 'not-found', location } as const;

	if (parts.length === 0) return { name: 'home' };
	if (first === 'dang-nhap' && parts.length === 1) return { name: 'login' };
	if (first === 'hop-thu' && parts.length === 1) return { name: 'inbox' };
	if (first === 'ho-so-cua-toi' && parts.length === 1) return { name: 'my-dossiers' };
	if (first === 'tim-kiem' && parts.length === 1) {
		const get = (key: string) => url.searchParams.get(key)?.trim() ?? '';
		return { name: 'search', query: get('q'), field: get('linh-vuc'), agency: get('co-quan') };
	}
	if (first === 'thu-tuc' && parts.length === 2 && SLUG.test(second)) {
		return { name: 'procedure', procedure_id: second };
	}
	if (first === 'nop' && second && SLUG.test(second)) {
		if (parts.length === 3 && third in APPLY_STEPS) {
			return { name: APPLY_STEPS[third as keyof typeof APPLY_STEPS], procedure_id: second };
		}
		if (parts.length === 4 && third === 'ke-khai' && SLUG.test(fourth)) {
			return { name: 'form', procedure_id: second, section_id: fourth };
		}
		return not_found;
	}
	if (first === 'ho-so' && second && ID.test(second)) {
		if (parts.length === 2) return { name: 'dossier', dossier_id: second };
		if (parts.length === 3 && third in DOSSIER_STEPS) {
			return { name: DOSSIER_STEPS[third as keyof typeof DOSSIER_STEPS], dossier_id: second };
		}
	}
	return not_found;
}

/** Builds the location of a screen (the inverse of parse_location). */
export function location_of(screen: Exclude<Screen, { name: 'not-found' }>): string {
	switch (screen.name) {
		case 'home':
			return '/';
		case 'login':
			return '/dang-nhap';
		case 'inbox':
			return '/hop-thu';
		case 'my-dossiers':
			return '/ho-so-cua-toi';
		case 'search': {
			const params = new URLSearchParams();
			if (screen.query) params.set('q', screen.query);
			if (screen.field) params.set('linh-vuc', screen.field);
			if (screen.agency) params.set('co-quan', screen.agency);
			const query = params.toString();
			return `/tim-kiem${query ? `?${query}` : ''}`;
		}
		case 'procedure':
			return `/thu-tuc/${screen.procedure_id}`;
		case 'form':
			return `/nop/${screen.procedure_id}/ke-khai/${screen.section_id}`;
		case 'dossier':
			return `/ho-so/${screen.dossier_id}`;
		case 'supplement':
		case 'result':
		case 'rate': {
			const step = Object.entries(DOSSIER_STEPS).find(([, name]) => name === screen.name)?.[0];
			return `/ho-so/${screen.dossier_id}/${step}`;
		}
		default: {
			const step = Object.entries(APPLY_STEPS).find(([, name]) => name === screen.name)?.[0];
			return `/nop/${screen.procedure_id}/${step}`;
		}
	}
}

/** The address shown in the simulated browser's address bar. */
export const PORTAL_ORIGIN = 'https://dichvucong.gov.vn';

/**
 * The address bar's text for a location: only a screen of the practice portal, rebuilt from
 * the route table, so whatever a crafted link puts in `p` the host stays dichvucong.gov.vn and
 * an unknown location shows the portal's not-found address.
 */
export function display_address(location: string): { scheme: string; host: string; path: string } {
	const screen = parse_location(location.startsWith('/') ? location : `/${location}`);
	const path = screen.name === 'not-found' ? NOT_FOUND_PATH : location_of(screen);
	return { scheme: 'https://', host: 'dichvucong.gov.vn', path: path === '/' ? '' : path };
}

/** What the bar shows for a location that is not a screen of the portal. */
export const NOT_FOUND_PATH = '/khong-tim-thay';
