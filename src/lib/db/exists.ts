/**
 * Whether this device already holds the site's database, without loading Dexie: a first visit
 * (nothing stored yet) then needs no database code until the learner saves something.
 */
import { database_status, OPEN_TIMEOUT_MS, within } from './status.svelte';

export const DATABASE_NAME = 'cong-dan-so';

/**
 * true / false when the browser can say; undefined when it cannot (then open the database).
 * "No database yet" is only answered where storage works (database_status probes it): where the
 * browser blocks or hangs IndexedDB it is undefined, so the page opens the database, gets
 * DatabaseUnavailableError and says so, instead of offering practice that cannot be saved.
 */
export async function database_exists(name = DATABASE_NAME): Promise<boolean | undefined> {
	let listed: boolean | undefined;
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
			return undefined;
		}
		const databases = await within(indexedDB.databases(), OPEN_TIMEOUT_MS, () => new Error());
		listed = databases.some((db) => db.name === name);
	} catch {
		return undefined;
	}
	if (listed === false) {
		await database_status.check();
		if (database_status.unavailable) return undefined;
	}
	return listed;
}
