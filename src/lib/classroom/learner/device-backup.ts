/**
 * The whole-device backup against the database: reading everything a backup holds, and writing
 * a restore in ONE transaction across its tables (all or nothing). The rules are in
 * ../backup.ts (pure); callers run the restore through guarded() (src/lib/db/writes.svelte.ts).
 */
import type { CdsDatabase } from '$lib/db/database';
import { plan_restore, type DeviceData, type RestorePreview } from '../backup';

type StepIds = (lesson_id: string) => readonly string[] | undefined;

/** Everything of this device a backup holds. */
export async function read_device_data(db: CdsDatabase): Promise<DeviceData> {
	return db.transaction(
		'r',
		[db.learners, db.settings, db.progress, db.certificates, db.classes],
		async () => {
			const [learners, settings, progress, certificates, classes] = await Promise.all([
				db.learners.toArray(),
				db.settings.toArray(),
				db.progress.toArray(),
				db.certificates.toArray(),
				db.classes.toArray()
			]);
			return {
				learners,
				settings,
				progress,
				certificates,
				classes: classes.map((c) => ({ info: c.info, roster: c.roster }))
			};
		}
	);
}

/** What restoring `backup` would change now, for the preview (nothing is written). */
export async function preview_restore(db: CdsDatabase, backup: DeviceData, step_ids: StepIds) {
	return plan_restore(await read_device_data(db), backup, step_ids).preview;
}

/**
 * Restores `backup` onto this device: the merge is planned and written inside one transaction,
 * so a change made meanwhile (another tab) is merged too, and a refused write leaves the device
 * as it was. Returns what it did.
 */
export async function restore_device_data(
	db: CdsDatabase,
	backup: DeviceData,
	step_ids: StepIds,
	now = Date.now()
): Promise<RestorePreview> {
	return db.transaction(
		'rw',
		[db.learners, db.settings, db.progress, db.certificates, db.classes],
		async () => {
			const { preview, data } = plan_restore(await read_device_data(db), backup, step_ids);
			if (preview.nothing_new) return preview;
			await db.learners.bulkPut(data.learners);
			await db.settings.bulkPut(data.settings);
			await db.progress.bulkPut(data.progress);
			await db.certificates.bulkPut(data.certificates);
			const stored = new Map((await db.classes.toArray()).map((c) => [c.id, c]));
			for (const c of data.classes) {
				const kept = stored.get(c.info.id);
				if (kept && JSON.stringify(kept.roster) === JSON.stringify(c.roster)) continue;
				await db.classes.put({
					id: c.info.id,
					code: c.info.code,
					info: c.info,
					roster: c.roster,
					updated_at: now
				});
			}
			return preview;
		}
	);
}

/**
 * What a backup holds, in words: "2 người học trên máy này, 1 lớp (3 người học đã gửi tiến độ)".
 * The trainer's classes count too: a device with only classes on it is not an empty backup.
 */
export function backup_contents(data: Pick<DeviceData, 'learners' | 'classes'>) {
	const parts = [`${data.learners.length} người học trên máy này`];
	if (data.classes.length) {
		const sent = data.classes.reduce((n, c) => n + c.roster.learners.length, 0);
		parts.push(`${data.classes.length} lớp (${sent} người học đã gửi tiến độ)`);
	}
	return parts.join(', ');
}

/** The backup file's name: `cong-dan-so-sao-luu-2026-11-28.json` (the day in Vietnam). */
export function backup_file_name(now: number) {
	const day = new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
	return `cong-dan-so-sao-luu-${day}.json`;
}
