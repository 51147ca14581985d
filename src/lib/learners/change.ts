/**
 * A learner's change (add, choose, rename, remove) run through guarded(): when the browser
 * refuses the write (storage full, storage blocked), the banner says so in Vietnamese with
 * "Thử lại", which runs the whole change again, and the caller does not move on. A name that
 * cannot be used (NameError) is not a failed save: it is thrown back for the form to show at
 * the name field.
 */
import { guarded } from '$lib/db/writes.svelte';
import { NameError } from './names';

export async function learner_change(action: () => Promise<void>): Promise<boolean> {
	const result = await guarded(async () => {
		try {
			await action();
		} catch (error) {
			if (error instanceof NameError) return error;
			throw error;
		}
	});
	if (result.ok && result.value) throw result.value;
	return result.ok;
}
