/** Asks the browser to keep this site's data (so practice is not evicted when space runs low). */

export type PersistenceState = 'persisted' | 'not-persisted' | 'unsupported';

export async function persistence_state(storage = globalThis.navigator?.storage) {
	if (!storage?.persisted) return 'unsupported' as const;
	return (await storage.persisted()) ? ('persisted' as const) : ('not-persisted' as const);
}

export async function request_persistence(
	storage = globalThis.navigator?.storage
): Promise<PersistenceState> {
	if (!storage?.persist) return 'unsupported';
	return (await storage.persist()) ? 'persisted' : 'not-persisted';
}
