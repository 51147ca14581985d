/** Learners on this device: a name, a picture and, if they want one, a 4-digit PIN. */
import type { Table } from 'dexie';
import type { CdsDatabase, Learner } from '$lib/db/database';
import { AVATARS } from './avatars';
import { check_learner_name, clean_learner_name, NameError } from './names';
import { check_pin_of, type PinRecord } from './pin';
import { after_wrong_try, wait_left } from './pin-lock';

export { check_learner_name, clean_learner_name, NAME_MAX, NameError } from './names';

export async function list_learners(db: CdsDatabase) {
	const learners = await db.learners.toArray();
	return learners.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

function known_avatar(avatar: string) {
	return AVATARS.some((a) => a.id === avatar) ? avatar : AVATARS[0].id;
}

/**
 * Adds a learner. `pin` is the hashed PIN (hash_pin in pin.ts): hashing is asynchronous, so it
 * happens before, never inside, the database transaction.
 */
export async function add_learner(
	db: CdsDatabase,
	name: string,
	avatar: string,
	now = Date.now(),
	pin?: PinRecord
) {
	const clean = clean_learner_name(name);
	const learner: Learner = {
		id: crypto.randomUUID(),
		name: clean,
		avatar: known_avatar(avatar),
		created_at: now,
		last_active_at: now,
		...(pin ? { pin_hash: pin.pin_hash, pin_salt: pin.pin_salt } : {})
	};
	await db.transaction('rw', db.learners, async () => {
		const error = check_learner_name(clean, await db.learners.toArray());
		if (error) throw new NameError(error);
		await db.learners.add(learner);
	});
	return learner;
}

export interface LearnerChange {
	name?: string;
	avatar?: string;
	/** a new hashed PIN, or null to remove the PIN; leave out to keep it as it is */
	pin?: PinRecord | null;
}

/**
 * Renames a learner, changes their picture or PIN. A name another learner already has is refused
 * with its Vietnamese message and nothing is written. Returns the updated learner.
 */
export async function update_learner(db: CdsDatabase, id: string, change: LearnerChange) {
	return db.transaction('rw', db.learners, async () => {
		const learner = await db.learners.get(id);
		if (!learner) throw new Error('Không tìm thấy người học này trên máy.');
		const updated: Learner = { ...learner };
		if (change.name !== undefined) {
			const others = (await db.learners.toArray()).filter((other) => other.id !== id);
			const error = check_learner_name(change.name, others);
			if (error) throw new NameError(error);
			updated.name = clean_learner_name(change.name);
		}
		if (change.avatar !== undefined) updated.avatar = known_avatar(change.avatar);
		if (change.pin !== undefined) {
			delete updated.pin_failures;
			delete updated.pin_locked_until;
		}
		if (change.pin) {
			updated.pin_hash = change.pin.pin_hash;
			updated.pin_salt = change.pin.pin_salt;
		} else if (change.pin === null) {
			delete updated.pin_hash;
			delete updated.pin_salt;
		}
		await db.learners.put(updated);
		return updated;
	});
}

export async function touch_learner(db: CdsDatabase, id: string, now = Date.now()) {
	await db.learners.update(id, { last_active_at: now });
}

/**
 * Every table that holds a learner's own records: keyed by `learner_id` or with a `learner_id`
 * index (settings, the portal sandbox, lesson progress, and any table added later that follows
 * the database's rule).
 */
export function learner_tables(db: CdsDatabase): Table[] {
	return db.tables.filter(
		(table) =>
			table.name !== 'learners' &&
			(table.schema.primKey.keyPath === 'learner_id' || 'learner_id' in table.schema.idxByName)
	);
}

/** Removes a learner with everything that is theirs, in one transaction. */
export async function remove_learner(db: CdsDatabase, id: string) {
	const tables = learner_tables(db).map((table) => db.table(table.name));
	await db.transaction('rw', [db.table('learners'), ...tables], async () => {
		await db.learners.delete(id);
		for (const table of tables) {
			if (table.schema.primKey.keyPath === 'learner_id') await table.delete(id);
			else await table.where({ learner_id: id }).delete();
		}
	});
}

export type PinTry =
	| { outcome: 'open' }
	| { outcome: 'wrong'; wait_ms: number }
	| { outcome: 'wait'; wait_ms: number };

/**
 * One try of a learner's PIN at `now`. While the learner's wait runs the PIN is not even
 * checked. A wrong PIN is counted on the learner record (the wait grows after FREE_TRIES, and
 * survives a reload); the right one clears the count and, for a hash of an earlier form, stores
 * the PBKDF2 hash in its place. The slow hashing runs before, never inside, the transaction.
 */
export async function try_pin(
	db: CdsDatabase,
	id: string,
	pin: string,
	now = Date.now()
): Promise<PinTry> {
	const learner = await db.learners.get(id);
	if (!learner) throw new Error('Không tìm thấy người học này trên máy.');
	const waiting = wait_left(learner, now);
	if (waiting) return { outcome: 'wait', wait_ms: waiting };
	const { ok, upgrade } = await check_pin_of(learner, pin);
	return db.transaction('rw', db.learners, async (): Promise<PinTry> => {
		const fresh = await db.learners.get(id);
		if (!fresh) throw new Error('Không tìm thấy người học này trên máy.');
		if (ok) {
			const updated: Learner = { ...fresh, ...(upgrade ?? {}) };
			delete updated.pin_failures;
			delete updated.pin_locked_until;
			if (upgrade || fresh.pin_failures || fresh.pin_locked_until) await db.learners.put(updated);
			return { outcome: 'open' };
		}
		const counted = after_wrong_try(fresh, now);
		await db.learners.put({ ...fresh, ...counted });
		return { outcome: 'wrong', wait_ms: wait_left(counted, now) };
	});
}
