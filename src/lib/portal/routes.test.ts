import { describe, expect, it } from 'vitest';
import {
	NOT_FOUND_PATH,
	display_address,
	location_of,
	parse_location,
	type Screen
} from './routes';

const screens: Exclude<Screen, { name: 'not-found' }>[] = [
	{ name: 'home' },
	{ name: 'login' },
	{ name: 'inbox' },
	{ name: 'my-dossiers' },
	{ name: 'search', query: 'khai sinh', field: '', agency: '' },
	{ name: 'search', query: '', field: 'tu-phap', agency: 'xa' },
	{ name: 'procedure', procedure_id: 'dang-ky-khai-sinh' },
	{ name: 'agency', procedure_id: 'dang-ky-khai-sinh' },
	{ name: 'form', procedure_id: 'dang-ky-khai-sinh', section_id: 'tre-em' },
	{ name: 'review', procedure_id: 'dang-ky-khai-sinh' },
	{ name: 'documents', procedure_id: 'dang-ky-khai-sinh' },
	{ name: 'receive', procedure_id: 'dang-ky-khai-sinh' },
	{ name: 'pay', procedure_id: 'chung-thuc-ban-sao' },
	{ name: 'submit', procedure_id: 'chung-thuc-ban-sao' },
	{ name: 'dossier', dossier_id: '0b6c-41' },
	{ name: 'supplement', dossier_id: '0b6c-41' },
	{ name: 'result', dossier_id: '0b6c-41' },
	{ name: 'rate', dossier_id: '0b6c-41' }
];

describe('portal locations', () => {
	it.each(screens)('%o survives a round trip through its address', (screen) => {
		expect(parse_location(location_of(screen))).toEqual(screen);
	});

	it('uses Vietnamese addresses like the real portal', () => {
		expect(location_of({ name: 'form', procedure_id: 'x', section_id: 'y' })).toBe(
			'/nop/x/ke-khai/y'
		);
		expect(location_of({ name: 'search', query: 'khai sinh', field: '', agency: '' })).toBe(
			'/tim-kiem?q=khai+sinh'
		);
	});

	it.each(['/khong-co', '/nop/x', '/nop/x/la', '/thu-tuc/', '/ho-so/a/b', '/thu-tuc/A B'])(
		'an unknown address %s is "not found", never a crash',
		(location) => {
			expect(parse_location(location)).toEqual({ name: 'not-found', location });
		}
	);
});

describe('the address bar shows only addresses of the portal’s own screens', () => {
	const shown = (location: string) => {
		const { scheme, host, path } = display_address(location);
		return `${scheme}${host}${path}`;
	};

	it('shows a screen’s own address', () => {
		expect(shown('/')).toBe('https://dichvucong.gov.vn');
		expect(shown('/ho-so-cua-toi')).toBe('https://dichvucong.gov.vn/ho-so-cua-toi');
		expect(shown('/tim-kiem?q=khai%20sinh')).toBe('https://dichvucong.gov.vn/tim-kiem?q=khai+sinh');
	});

	it('never lets a crafted location extend the host', () => {
		for (const crafted of ['.lua-dao.vn/dang-nhap', '.lua-dao.vn', '@lua-dao.vn/x', ':8080/x']) {
			const { host, path } = display_address(crafted);
			expect(host).toBe('dichvucong.gov.vn');
			expect(path).toBe(NOT_FOUND_PATH);
			expect(shown(crafted)).not.toContain('lua-dao');
		}
	});
});
