import { describe, expect, it } from 'vitest';
import { guarded, save_problem, storage_error_message } from './writes.svelte';

function quota() {
	return Object.assign(new Error('QuotaExceededError'), {
		name: 'AbortError',
		inner: { name: 'QuotaExceededError' }
	});
}

describe('storage_error_message', () => {
	it('says in Vietnamese that the device is full, never the English error name', () => {
		const message = storage_error_message(quota());
		expect(message).toContain('hết chỗ lưu');
		expect(message).not.toMatch(/Quota/);
	});

	it('gives a plain retry message for any other failure', () => {
		expect(storage_error_message(new Error('boom'))).toContain('Thử lại');
	});
});

describe('guarded', () => {
	it('reports ok and clears an earlier problem when the write succeeds', async () => {
		save_problem.show(new Error('old'), async () => {});
		const result = await guarded(async () => 42);
		expect(result).toEqual({ ok: true, value: 42 });
		expect(save_problem.current).toBeNull();
	});

	it('reports the failure, shows the message, and "Thử lại" runs the same action again', async () => {
		let calls = 0;
		const result = await guarded(async () => {
			calls += 1;
			if (calls === 1) throw quota();
			return 'saved';
		});
		expect(result.ok).toBe(false);
		expect(save_problem.current?.message).toContain('hết chỗ lưu');
		await save_problem.retry();
		expect(calls).toBe(2);
		expect(save_problem.current).toBeNull();
	});
});

describe('writes_settled', () => {
	it('waits for every running write, failed ones too, and not for later ones', async () => {
		const { writes_settled } = await import('./writes.svelte');
		let finish_a!: () => void;
		let fail_b!: (e: Error) => void;
		const a = guarded(() => new Promise<void>((ok) => (finish_a = ok)));
		const b = guarded(() => new Promise<void>((_, no) => (fail_b = no)));
		let settled = false;
		const waiting = writes_settled().then(() => (settled = true));
		finish_a();
		await a;
		await Promise.resolve();
		expect(settled).toBe(false);
		fail_b(new Error('boom'));
		await b;
		await waiting;
		expect(settled).toBe(true);
		save_problem.clear();
		await expect(writes_settled()).resolves.toBeUndefined();
	});
});
