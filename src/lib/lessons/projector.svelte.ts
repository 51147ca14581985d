/**
 * Projector mode for a class: the lesson and the portal side by side at 150 % text, whatever
 * the screen's width. Remembered on this device; applied on lesson pages only.
 */
const KEY = 'cds:projector';
export const PROJECTOR_SCALE = 1.5;

class Projector {
	on = $state(false);

	load() {
		try {
			this.on = localStorage.getItem(KEY) === '1';
		} catch {
			this.on = false;
		}
	}

	toggle() {
		this.on = !this.on;
		try {
			localStorage.setItem(KEY, this.on ? '1' : '0');
		} catch {
			// private mode: it lasts for this visit
		}
	}

	/** Applies the mode to the page; returns the function that undoes it. */
	apply() {
		const root = document.documentElement;
		const before = root.style.getPropertyValue('--text-scale');
		if (this.on) {
			root.classList.add('projector');
			if (!(Number(before) >= PROJECTOR_SCALE)) {
				root.style.setProperty('--text-scale', String(PROJECTOR_SCALE));
			}
		}
		return () => {
			root.classList.remove('projector');
			if (before) root.style.setProperty('--text-scale', before);
			else root.style.removeProperty('--text-scale');
		};
	}
}

export const projector = new Projector();
