/**
 * The one gateway for "did it save?". Every write a learner's action makes (progress, answers,
 * dossiers, files, settings, learners) runs through `guarded`: when the browser refuses it
 * (storage full, database closed, private mode), the learner sees one plain Vietnamese message
 * with "Thử lại" (the banner in the root layout, SaveProblem.svelte), and the caller gets
 * `ok: false` so it never moves on as if the write had happened.
 */

export type WriteResult<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** The Vietnamese sentence for a failed write, by the kind of failure. */
export function storage_error_message(error: unknown): string {
	const name = error_name(error);
	if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error)?.message ?? ''))) {
		return 'Máy đã hết chỗ lưu nên bài chưa được lưu. Hãy xóa bớt ảnh, video hoặc ứng dụng không dùng, rồi bấm “Thử lại”.';
	}
	if (
		name === 'DatabaseUnavailableError' ||
		name === 'MissingAPIError' ||
		name === 'OpenFailedError'
	) {
		return 'Trình duyệt này không cho trang lưu bài (có thể đang ở chế độ ẩn danh hoặc trong ứng dụng khác). Hãy mở trang bằng Chrome, rồi bấm “Thử lại”.';
	}
	return 'Chưa lưu được. Hãy bấm “Thử lại”. Nếu vẫn không được, hãy tải lại trang.';
}

function error_name(error: unknown): string {
	if (!error || typeof error !== 'object') return '';
	const own = (error as { name?: unknown }).name;
	const inner = (error as { inner?: { name?: unknown } }).inner?.name;
	// Dexie wraps the browser's error: look at both.
	if (inner === 'QuotaExceededError') return 'QuotaExceededError';
	return typeof own === 'string' ? own : '';
}

export interface SaveProblemState {
	message: string;
	retry: () => Promise<unknown>;
}

class SaveProblems {
	current = $state<SaveProblemState | null>(null);
	/** true while "Thử lại" runs, so the button cannot be pressed twice */
	retrying = $state(false);

	show(error: unknown, retry: () => Promise<unknown>) {
		this.current = { message: storage_error_message(error), retry };
	}

	clear() {
		this.current = null;
	}

	async retry() {
		const problem = this.current;
		if (!problem || this.retrying) return;
		this.retrying = true;
		try {
			await problem.retry();
		} finally {
			this.retrying = false;
		}
	}
}

/** The problem shown to the learner now, if any (one at a time: the latest wins). */
export const save_problem = new SaveProblems();

/** writes running now, and who waits for them all to end */
let in_flight = 0;
let settled_waiters: (() => void)[] = [];

/**
 * Resolves once no guarded write is running (at once when none is): a shared device that goes
 * back to "Ai đang học?" waits for it, so leaving never drops a write.
 */
export function writes_settled(): Promise<void> {
	if (in_flight === 0) return Promise.resolve();
	return new Promise((resolve) => settled_waiters.push(resolve));
}

/**
 * Runs a learner's action that writes. On success clears any earlier problem; on failure shows
 * the message with a retry that runs the same action again, and reports `ok: false`.
 */
export async function guarded<T>(action: () => Promise<T>): Promise<WriteResult<T>> {
	in_flight++;
	try {
		const value = await action();
		save_problem.clear();
		return { ok: true, value };
	} catch (error) {
		console.warn('write failed', error);
		save_problem.show(error, () => guarded(action));
		return { ok: false, error };
	} finally {
		if (--in_flight === 0) {
			const waiting = settled_waiters;
			settled_waiters = [];
			for (const resolve of waiting) resolve();
		}
	}
}
