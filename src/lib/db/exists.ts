/**
 * Whether this device already holds the site's database, without loading Dexie: a first visit
 * (nothing stored yet) then needs no database code until the learner saves something.
 */
export const DATABASE_NAME = 'cong-dan-so';

/** true / false when the browser can say; undefined when it cannot (then open the database). */
export async function database_exists(name = DATABASE_NAME): Promise<boolean | undefined> {
	try {
		if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') {
			return undefined;
		}
		return (await indexedDB.databases()).some((db) => db.name === name);
	} catch {
		return undefined;
	}
}
