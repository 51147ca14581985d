/**
 * What the root layout loads on a device shared by a class: one tiny module, so that the
 * layout, on every page, carries a single dynamic import; the mode itself (shared-run.svelte.ts)
 * and what it needs load from here.
 */
export async function start() {
	const { start_shared_mode } = await import('./shared-run.svelte');
	return start_shared_mode();
}
