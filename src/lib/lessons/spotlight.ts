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
		// Keep it above a bottom sheet of instructions.
		ring.style.scrollMarginBottom = `${options.bottom_space() + 16}px`;
		ring.style.scrollMarginTop = '16px';
		const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
		ring.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
		ringed = ring;
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
		hide() {
			target = undefined;
			clear();
			observer?.disconnect();
			observer = undefined;
		}
	};
}
