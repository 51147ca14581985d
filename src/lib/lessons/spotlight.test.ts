import { afterEach, describe, expect, it } from 'vitest';
import { create_spotlight } from './spotlight';

describe('the ring around the thing to use', () => {
	const spotlight = create_spotlight();
	afterEach(() => {
		spotlight.hide();
		document.body.replaceChildren();
	});

	it('rings a link that runs over two lines as one box, and a button as it is', () => {
		document.body.innerHTML = `<p>Xem <a href="#" data-sim="long.link">Đăng ký thường trú tại Công an phường Hồng Bàng</a></p>
			<button data-sim="go" style="display: block">Tiếp tục</button>`;
		spotlight.show('long.link');
		const link = document.querySelector('a')!;
		expect(link.getAttribute('data-spotlight')).toBe('inline');
		spotlight.show('go');
		expect(link.hasAttribute('data-spotlight')).toBe(false);
		expect(document.querySelector('button')!.getAttribute('data-spotlight')).toBe('');
	});
});
