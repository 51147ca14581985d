/**
 * The one gateway through which the portal gets its procedures and places in the browser.
 * Each file is fetched once per page load and kept (a second screen asking for the same
 * procedure gets the same answer at once); a failed fetch is forgotten, so "Thử lại" fetches it
 * again. The service worker keeps the files for offline use (src/service-worker.ts).
 */
import type { Places } from '$lib/content/places';
import type { Procedure } from '../model';
import { DATA_PATHS, summarize, type ProcedureSummary } from './catalogue';

/** Every procedure and the places, known up front (tests, and anything built on the server). */
export interface PortalData {
	procedures: Procedure[];
	places: Places;
}

/** Where the portal's data comes from. */
export interface PortalSource {
	catalogue(): Promise<ProcedureSummary[]>;
	/** the procedure, or undefined when the course has no procedure with that id */
	procedure(id: string): Promise<Procedure | undefined>;
	places(): Promise<Places>;
	/** everything at once, when it is already in memory (no waiting, no loading state) */
	readonly known?: PortalData;
}

/** What the learner reads when a screen or its data could not be fetched (PortalScreen.svelte). */
export const DATA_UNAVAILABLE =
	'Chưa mở được trang này. Có thể máy đang mất mạng và trang chưa được lưu sẵn trên máy. Hãy kiểm tra mạng rồi bấm “Thử lại”.';

/** A data file could not be fetched (offline before the service worker kept it, or a server error). */
export class DataUnavailable extends Error {
	constructor(
		readonly path: string,
		cause?: unknown
	) {
		super(DATA_UNAVAILABLE, { cause });
		this.name = 'DataUnavailable';
	}
}

type Fetch = (path: string) => Promise<Response>;

/** A source reading the prerendered JSON files through `fetch_file`. */
export function fetch_source(fetch_file: Fetch = (path) => fetch(path)): PortalSource {
	const kept = new Map<string, Promise<unknown>>();

	/** The parsed file, or undefined for a 404; throws DataUnavailable otherwise. */
	function get<T>(path: string): Promise<T | undefined> {
		let answer = kept.get(path) as Promise<T | undefined> | undefined;
		if (!answer) {
			answer = (async () => {
				let response: Response;
				try {
					response = await fetch_file(path);
				} catch (error) {
					throw new DataUnavailable(path, error);
				}
				if (response.status === 404) return undefined;
				if (!response.ok) throw new DataUnavailable(path, response.status);
				try {
					return (await response.json()) as T;
				} catch (error) {
					throw new DataUnavailable(path, error);
				}
			})();
			kept.set(path, answer);
			// forgotten on failure, so the next ask ("Thử lại") fetches again
			answer.catch(() => kept.delete(path));
		}
		return answer;
	}

	async function required<T>(path: string): Promise<T> {
		const value = await get<T>(path);
		if (value === undefined) throw new DataUnavailable(path, 404);
		return value;
	}

	return {
		catalogue: () => required<ProcedureSummary[]>(DATA_PATHS.catalogue),
		procedure: (id) =>
			/^[a-z0-9][a-z0-9-]*$/.test(id)
				? get<Procedure>(DATA_PATHS.procedure(id))
				: Promise.resolve(undefined),
		places: () => required<Places>(DATA_PATHS.places)
	};
}

/** A source over data already in memory. */
export function memory_source(data: PortalData): PortalSource {
	return {
		known: data,
		catalogue: async () => data.procedures.map(summarize),
		procedure: async (id) => data.procedures.find((p) => p.id === id),
		places: async () => data.places
	};
}

let shared: PortalSource | undefined;

/** The browser's one source, shared by every portal on the page (so files are fetched once). */
export function site_source(): PortalSource {
	shared ??= fetch_source();
	return shared;
}
