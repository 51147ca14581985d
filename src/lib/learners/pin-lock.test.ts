import { describe, expect, it } from 'vitest';
import { after_wrong_try, format_wait, FREE_TRIES, wait_after, wait_left } from './pin-lock';

const T = 1_700_000_000_000;

describe('wrong PINs slow down', () => {
	it('costs nothing for the first 5 wrong tries, then waits 30 s, 1 min, 2 min … up to 1 hour', () => {
		expect(FREE_TRIES).toBe(5);
		expect([0, 1, 2, 3, 4].map(wait_after)).toEqual([0, 0, 0, 0, 0]);
		expect([5, 6, 7, 8, 9, 10].map(wait_after)).toEqual([
			30_000, 60_000, 120_000, 240_000, 480_000, 960_000
		]);
		expect(wait_after(12)).toBe(3_600_000);
		expect(wait_after(100)).toBe(3_600_000);
	});

	it('counts each wrong try and sets when the next one may come', () => {
		let state = {};
		for (let i = 0; i < 4; i++) state = after_wrong_try(state, T);
		expect(state).toEqual({ pin_failures: 4, pin_locked_until: T });
		expect(wait_left(state, T)).toBe(0);
		state = after_wrong_try(state, T);
		expect(state).toEqual({ pin_failures: 5, pin_locked_until: T + 30_000 });
		expect(wait_left(state, T + 10_000)).toBe(20_000);
		expect(wait_left(state, T + 30_000)).toBe(0);
		state = after_wrong_try(state, T + 30_000);
		expect(wait_left(state, T + 30_000)).toBe(60_000);
	});

	it('reads a record written before the count existed as no wait', () => {
		expect(wait_left({}, T)).toBe(0);
		expect(after_wrong_try({}, T)).toEqual({ pin_failures: 1, pin_locked_until: T });
	});

	it('never waits longer than the schedule says, even if the clock was moved back', () => {
		const state = { pin_failures: 5, pin_locked_until: T + 30_000 };
		expect(wait_left(state, T - 86_400_000)).toBe(30_000);
	});
});

describe('the countdown in plain Vietnamese', () => {
	it.each([
		[30_000, '30 giây'],
		[29_001, '30 giây'],
		[400, '1 giây'],
		[60_000, '1 phút'],
		[90_000, '1 phút 30 giây'],
		[120_000, '2 phút'],
		[3_600_000, '60 phút']
	])('%i ms reads "%s"', (ms, text) => {
		expect(format_wait(ms)).toBe(text);
	});
});
