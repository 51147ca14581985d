/** Learners on this device: no passwords, just a name and a picture. */
import {
	delete_sandbox_records,
	SANDBOX_TABLES,
	type CdsDatabase,
	type Learner
} from '$lib/db/database';
import { AVATARS } from './avatars';
import { check_learner_name, clean_learner_name } from './names';

export { check_learner_name, clean_learner_name, NAME_MAX } from './names';

export async function list_learners(db: CdsDatabase) {
	const learners = await db.learners.toArray();
	return learners.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export async function add_learner(db: CdsDatabase, name: string, avatar: string, now = Date.now()) {
	const clean = clean_learner_name(name);
	const learner: Learner = {
		id: crypto.randomUUID(),
		name: clean,
		avatar: AVATARS.some((a) => a.id === avatar) ? avatar : AVATARS[0].id,
		created_at: now,
		last_active_at: now
	};
	await db.transaction('rw', db.learners, async () => {
		const error = check_learner_name(clean, await db.learners.toArray());
		if (error) throw new Error(error);
		await db.learners.add(learner);
	});
	return learner;
}

export async function touch_learner(db: CdsDatabase, id: string, now = Date.now()) {
	await db.learners.update(id, { last_active_at: now });
}

/** Removes a learner with everything that is theirs, in one transaction. */
export async function remove_learner(db: CdsDatabase, id: string) {
	const tables = ['learners', 'settings', ...SANDBOX_TABLES].map((name) => db.table(name));
	await db.transaction('rw', tables, async () => {
		await db.learners.delete(id);
		await db.settings.delete(id);
		await delete_sandbox_records(db, id);
	});
}
