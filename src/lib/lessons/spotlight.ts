/**
 * The step's highlight: a ring around the element to use, with the rest of the page dimmed by
 * a shadow that takes no clicks, so the target stays reachable by mouse, finger, keyboard and
 * screen reader. It follows the target when the portal redraws.
 */

/**
 * A lesson target: a portal `data-sim` name, or `#id` of a form element. `a | b` names the thing
 * to use and, while it is not on screen yet, what brings it (e.g. "Tua nhanh 1 ngày").
 */
export function find_target(target: string, root: ParentNode = document): HTMLElement | null {
	for (const one of target.split('|').map((t) => t.trim())) {
		const found = one.startsWith('#')
			? root.querySelector<HTMLElement>(`#${CSS.escape(one.slice(1))}`)
			: root.querySelector<HTMLElement>(`[data-sim="${CSS.escape(one)}"]`);
		if (found) return found;
	}
	return null;
}

/** What to ring: a radio or checkbox is shown with its whole question. */
export function ring_of(element: HTMLElement): HTMLElement {
	if (element instanceof HTMLInputElement && ['radio', 'checkbox'].includes(element.type)) {
		return element.closest<HTMLElement>('.form-group') ?? element;
	}
	if (element instanceof HTMLInputElement && element.type === 'file') {
		return element.closest<HTMLElement>('label') ?? element;
	}
	return element;
}

/**
 * What to bring into view with a target: its whole field (label, hint, error and box) when that
 * fits in the visible part of the screen, so the learner reads what the box is for.
 */
export function view_of(element: HTMLElement, room = innerHeight): HTMLElement {
	const group = element.closest<HTMLElement>('.form-group');
	if (group && group.getBoundingClientRect().height <= room * 0.8) return group;
	return element;
}

/** The part of the screen left between the page's own top and bottom bars (scroll-padding). */
export function visible_room() {
	const style = getComputedStyle(document.documentElement);
	const top = parseFloat(style.scrollPaddingTop) || 0;
	const bottom = parseFloat(style.scrollPaddingBottom) || 0;
	return { top, bottom: innerHeight - bottom, height: innerHeight - top - bottom };
}

/**
 * Scrolls just enough for `element` to sit in the visible part of the screen. The page's
 * scroll-padding (the slim top bar, the heads-up message, the step bar) is taken into account.
 * Never animated: the learner's eyes find a still page faster, and no one who asked for reduced
 * motion gets any.
 */
export function reveal(element: HTMLElement, block: ScrollLogicalPosition = 'nearest') {
	const room = visible_room();
	const box = element.getBoundingClientRect();
	if (block === 'nearest' && box.top >= room.top && box.bottom <= room.bottom) return;
	// Taller than the room: its beginning (a question and its first choices) comes first.
	const position = box.height > room.height ? 'start' : block;
	element.scrollIntoView({ block: position, inline: 'nearest', behavior: 'instant' });
}

/** No part of `element` is in the room between the page's bars. */
function out_of_sight(element: HTMLElement) {
	const room = visible_room();
	const box = element.getBoundingClientRect();
	return box.bottom <= room.top || box.top >= room.bottom;
}

export function create_spotlight() {
	let target: string | undefined;
	let ringed: HTMLElement | null = null;
	let observer: MutationObserver | undefined;
	const later: ReturnType<typeof setTimeout>[] = [];

	function clear() {
		ringed?.removeAttribute('data-spotlight');
		ringed = null;
	}

	/** Where the ring stood in the page (not on the screen) when it was last brought into view. */
	let placed_at = 0;
	const page_top = (element: HTMLElement) => element.getBoundingClientRect().top + scrollY;
	/** The page changed around the ring (a section drawn or removed above it) since it was placed. */
	const moved = (element: HTMLElement) => Math.abs(page_top(element) - placed_at) > 1;

	function apply() {
		const element = target ? find_target(target) : null;
		const ring = element ? ring_of(element) : null;
		// The same target, but the page changed around it (a screen redrawn, a section added above
		// it) and moved it wholly out of sight: bring it back. A ring the learner scrolled away
		// from (to read, or to reach "Lưu và tiếp tục" below it) stays where she put it: pulling
		// the page back there made her tap land on something else.
		if (ring && ring === ringed && out_of_sight(ring) && moved(ring)) uncover();
		if (ring === ringed) return;
		clear();
		if (!ring) return;
		// A link that runs over two lines would get a ring around each line, dark bars across the
		// words between them: an inline element is ringed as one box.
		ring.setAttribute(
			'data-spotlight',
			getComputedStyle(ring).display === 'inline' ? 'inline' : ''
		);
		ringed = ring;
		uncover();
		// A screen change that lands just after (the page reset to its top by a navigation, a
		// section drawn above) can leave the new target out of sight: look again shortly after.
		for (const timer of later.splice(0)) clearTimeout(timer);
		// Not when the learner has already scrolled on by herself.
		for (const delay of [120, 400])
			later.push(
				setTimeout(() => {
					if (ringed && out_of_sight(ringed) && (moved(ringed) || scrollY === 0)) uncover();
				}, delay)
			);
	}

	/** Scrolls just enough for the ring (and its label) to sit clear of the page's bars. */
	function uncover() {
		if (!ringed) return;
		reveal(view_of(ringed, visible_room().height));
		placed_at = page_top(ringed);
	}

	return {
		show(next: string | undefined) {
			target = next;
			apply();
			if (!observer) {
				observer = new MutationObserver(() => apply());
				observer.observe(document.body, { childList: true, subtree: true });
			}
		},
		/** Checks the ring is still clear of the bars (a bar changed size, the page moved). */
		uncover,
		/** Rings and scrolls to the target again (after the page moved, e.g. a navigation). */
		refresh() {
			clear();
			apply();
		},
		hide() {
			target = undefined;
			for (const timer of later.splice(0)) clearTimeout(timer);
			clear();
			observer?.disconnect();
			observer = undefined;
		}
	};
}
