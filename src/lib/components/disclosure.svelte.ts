/**
 * A menu button's open state (a disclosure: the button carries aria-expanded). It is open only
 * on the place it was opened on (a page, a portal screen), so moving on folds it with nothing
 * to write; Escape folds it and gives focus back to its button. Used by the site header's
 * learner menu and the portal's account menu.
 */
export class Disclosure {
	/** the button that opens it: bind it with `bind:this={menu.button}` */
	button = $state<HTMLButtonElement>();
	#opened_on = $state<string | null>(null);
	#place: () => string;
	#available: () => boolean;

	/**
	 * @param place where the learner is now (the menu folds when it changes)
	 * @param available whether the menu can be open at all (e.g. someone is signed in)
	 */
	constructor(place: () => string, available: () => boolean = () => true) {
		this.#place = place;
		this.#available = available;
	}

	get open() {
		return this.#available() && this.#opened_on === this.#place();
	}

	toggle = () => {
		this.#opened_on = this.open ? null : this.#place();
	};

	/** Folds it (another menu beside it is opening). */
	close = () => {
		this.#opened_on = null;
	};

	/** For `<svelte:window onkeydown>`: Escape folds an open menu and focuses its button. */
	on_keydown = (event: KeyboardEvent) => {
		if (event.key !== 'Escape' || !this.open) return;
		this.#opened_on = null;
		this.button?.focus();
	};
}
