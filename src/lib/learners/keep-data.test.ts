import { beforeEach, describe, expect, it } from 'vitest';
import {
	ask_to_keep_data,
	backup_reminder_needed,
	BACKUP_REMIND_MS,
	keep_data,
	KEEP_DATA_KEY,
	parse_keep_data,
	remember_backup
} from './keep-data';

const NOW = Date.UTC(2026, 10, 28);

beforeEach(() => localStorage.clear());

describe('keeping this device’s data', () => {
	it('reminds of a backup only where the browser did not promise to keep the data', () => {
		expect(backup_reminder_needed({}, NOW)).toBe(false);
		expect(backup_reminder_needed({ persistence: 'persisted' }, NOW)).toBe(false);
		expect(backup_reminder_needed({ persistence: 'not-persisted' }, NOW)).toBe(true);
		expect(backup_reminder_needed({ persistence: 'unsupported' }, NOW)).toBe(true);
		expect(backup_reminder_needed({ persistence: 'unsupported', backup_at: NOW - 1000 }, NOW)).toBe(
			false
		);
		expect(
			backup_reminder_needed(
				{ persistence: 'not-persisted', backup_at: NOW - BACKUP_REMIND_MS },
				NOW
			)
		).toBe(true);
	});

	it('remembers the browser’s answer and the last backup; a refusal or a missing API never throws', async () => {
		expect(await ask_to_keep_data(async () => 'not-persisted')).toBe('not-persisted');
		remember_backup(NOW);
		expect(keep_data()).toEqual({ persistence: 'not-persisted', backup_at: NOW });
		expect(
			await ask_to_keep_data(async () => {
				throw new Error('no API');
			})
		).toBe('unsupported');
		expect(keep_data().persistence).toBe('unsupported');
	});

	it('a damaged stored value counts as nothing', () => {
		localStorage.setItem(KEEP_DATA_KEY, '{oops');
		expect(keep_data()).toEqual({});
		expect(parse_keep_data('{"persistence":"maybe","backup_at":"x"}')).toEqual({});
	});
});
