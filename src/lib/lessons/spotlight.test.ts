import { afterEach, describe, expect, it, vi } from 'vitest';
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

	it('leaves a learner who scrolled away from the ring where she is, and brings it back when the page moved it', async () => {
		document.body.innerHTML = `<div class="form-group" data-sim="field">Bạn là gì của bé?</div>
			<button>Lưu và tiếp tục</button>`;
		const field = document.querySelector<HTMLElement>('[data-sim="field"]')!;
		// jsdom lays nothing out: the field's place on the screen and the page's scroll are given
		let top = 100;
		let scroll = 0;
		vi.spyOn(field, 'getBoundingClientRect').mockImplementation(
			() => ({ top, bottom: top + 60, height: 60, left: 0, right: 360, width: 360 }) as DOMRect
		);
		vi.spyOn(window, 'scrollY', 'get').mockImplementation(() => scroll);
		const scrolled = vi.spyOn(field, 'scrollIntoView').mockImplementation(() => {});
		spotlight.show('field');
		const calls = scrolled.mock.calls.length;
		const something_redrawn = async () => {
			document.body.append(document.createElement('span'));
			await new Promise((done) => setTimeout(done));
		};

		// she scrolls down 900 px to reach the button: the field is out of sight, not moved
		scroll = 900;
		top = 100 - 900;
		await something_redrawn();
		expect(scrolled.mock.calls.length, 'not pulled back').toBe(calls);

		// a section drawn above the field pushes it 300 px further down the page
		top = 100 - 900 + 300;
		await something_redrawn();
		expect(scrolled.mock.calls.length, 'brought back').toBe(calls + 1);
	});
});
