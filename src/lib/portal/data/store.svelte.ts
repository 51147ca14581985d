/**
 * What one portal has loaded of the course's procedures and places, read by its screens
 * synchronously (`portal.data.procedures`, `portal.data.places`, `portal.procedure(id)`). A
 * screen is drawn only once what it reads is here: Portal.prepare(screen) loads it first.
 */
import type { Places } from '$lib/content/places';
import type { Procedure } from '../model';
import { summarize, type ProcedureSummary } from './catalogue';
import type { PortalSource } from './loader';

export class PortalStore {
	readonly #source: PortalSource;
	#catalogue = $state.raw<ProcedureSummary[] | null>(null);
	#places = $state.raw<Places | null>(null);
	/** every full procedure loaded so far, by id (read it through procedure() in a screen) */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- `#added` says when it changes
	readonly loaded = new Map<string, Procedure>();
	/** bumped when a procedure is added, so what procedure() answered is asked again */
	#added = $state(0);
	/** ids asked for that the course does not have */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup, not state
	readonly #missing = new Set<string>();

	constructor(source: PortalSource) {
		this.#source = source;
		const known = source.known;
		if (known) {
			this.#catalogue = known.procedures.map(summarize);
			this.#places = known.places;
			for (const procedure of known.procedures) this.loaded.set(procedure.id, procedure);
		}
	}

	/** The catalogue (search, browse, cards); empty until need_catalogue() has loaded it. */
	get procedures(): ProcedureSummary[] {
		return this.#catalogue ?? [];
	}

	/** The places; a screen that reads them is drawn only after need_places(). */
	get places(): Places {
		if (!this.#places) throw new Error('the places were read before they were loaded');
		return this.#places;
	}

	/** A loaded procedure (undefined until need_procedure() has loaded it). */
	procedure(id: string): Procedure | undefined {
		void this.#added;
		return this.loaded.get(id);
	}

	get has_places() {
		return this.#places !== null;
	}

	async need_catalogue() {
		this.#catalogue ??= await this.#source.catalogue();
	}

	async need_places() {
		this.#places ??= await this.#source.places();
	}

	/** Loads a procedure's full data; undefined when the course has none with that id. */
	async need_procedure(id: string): Promise<Procedure | undefined> {
		const known = this.loaded.get(id);
		if (known || this.#missing.has(id)) return known;
		const procedure = await this.#source.procedure(id);
		if (procedure) {
			this.loaded.set(id, procedure);
			this.#added++;
		} else this.#missing.add(id);
		return procedure;
	}
}
