/**
 * The step's highlight: a ring around the element to use, with the rest of the page dimmed by
 * a shadow that takes no clicks, so the target stays reachable by mouse, finger, keyboard and
 * screen reader. It follows the target when the portal redraws.
 */

/** A lesson target: a portal `data-sim` name, or `#id` of a form element. */
export function find_target(target: string, root: ParentNode = document): HTMLElement | null {
	if (target.startsWith('#'))
		return root.querySelector<HTMLElement>(`#${CSS.escape(target.slice(1))}`);
	return root.querySelector<HTMLElement>(`[data-sim="${CSS.escape(target)}"]`);
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

export function create_spotlight(options: { bottom_space: () => number }) {
	let target: string | undefined;
	let ringed: HTMLElement | null = null;
	let observer: MutationObserver | undefined;

	function clear() {
		ringed?.removeAttribute('data-spotlight');
		ringed = null;
	}

	function apply() {
		const element = target ? find_target(target) : null;
		const ring = element ? ring_of(element) : null;
		if (ring === ringed) return;
		clear();
		if (!ring) return;
		ring.setAttribute('data-spotlight', '');
		ringed = ring;
		uncover();
	}

	/** Scrolls just enough for the ring to sit between the top of the screen and the sheet. */
	function uncover() {
		if (!ringed) return;
		const box = ringed.getBoundingClientRect();
		const bottom = innerHeight - options.bottom_space() - 16;
		if (box.bottom > bottom) scrollBy({ top: box.bottom - bottom, behavior: 'instant' });
		else if (box.top < 16) scrollBy({ top: box.top - 16, behavior: 'instant' });
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
		/** Checks the ring is still clear of the sheet (the sheet grew, the page moved). */
		uncover,
		/** Rings and scrolls to the target again (after the page moved, e.g. a navigation). */
		refresh() {
			clear();
			apply();
		},
		hide() {
			target = undefined;
			clear();
			observer?.disconnect();
			observer = undefined;
		}
	};
}
