/**
 * Keeping this device's practice: when the first learner is added, the site asks the browser to
 * keep its data (persistent storage, src/lib/db/persistence.ts), not only from a button in "Cài
 * đặt". Where the browser refuses (or cannot say), the trainer and the learner are reminded to
 * keep a backup (src/lib/classroom/learner/DeviceBackup.svelte), until one is made, and again a
 * month after the last one. The answer and the last backup's day are kept in localStorage.
 */
import { request_persistence, type PersistenceState } from '$lib/db/persistence';

export const KEEP_DATA_KEY = 'cds:keep-data';
/** a backup older than this is reminded of again, where the browser may evict the data */
export const BACKUP_REMIND_MS = 30 * 86_400_000;

export interface KeepData {
	/** what the browser answered when asked to keep the data */
	persistence?: PersistenceState;
	/** when the last backup file was made on this device */
	backup_at?: number;
}

export function parse_keep_data(raw: string | null): KeepData {
	try {
		const value = JSON.parse(raw ?? '{}');
		if (!value || typeof value !== 'object') return {};
		const persistence = ['persisted', 'not-persisted', 'unsupported'].includes(value.persistence)
			? (value.persistence as PersistenceState)
			: undefined;
		const backup_at = Number.isFinite(value.backup_at) ? Number(value.backup_at) : undefined;
		return {
			...(persistence ? { persistence } : {}),
			...(backup_at !== undefined ? { backup_at } : {})
		};
	} catch {
		return {};
	}
}

/** Whether to remind of a backup: the browser did not promise to keep the data, and no recent backup. */
export function backup_reminder_needed(keep: KeepData, now: number): boolean {
	if (!keep.persistence || keep.persistence === 'persisted') return false;
	return keep.backup_at === undefined || now - keep.backup_at >= BACKUP_REMIND_MS;
}

function read(): KeepData {
	try {
		return parse_keep_data(localStorage.getItem(KEEP_DATA_KEY));
	} catch {
		return {};
	}
}

function write(change: KeepData) {
	try {
		localStorage.setItem(KEEP_DATA_KEY, JSON.stringify({ ...read(), ...change }));
	} catch {
		// private mode: the reminder shows again next time, which is harmless
	}
}

export function keep_data(): KeepData {
	return read();
}

/**
 * Asks the browser to keep the data (after the first learner is added) and remembers its
 * answer. Never rejects: a browser without the API counts as 'unsupported'.
 */
export async function ask_to_keep_data(
	request: () => Promise<PersistenceState> = request_persistence
): Promise<PersistenceState> {
	let answer: PersistenceState;
	try {
		answer = await request();
	} catch {
		answer = 'unsupported';
	}
	write({ persistence: answer });
	return answer;
}

/** The answer the settings page found (it checks persistence itself). */
export function remember_persistence(answer: PersistenceState) {
	write({ persistence: answer });
}

export function remember_backup(now = Date.now()) {
	write({ backup_at: now });
}
