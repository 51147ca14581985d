/**
 * "Tua nhanh 1 ngày" in a demo goes on "until …", as the step's text tells the learner: a
 * dossier filed at night is taken the next morning, so the content's count of days (what a
 * working morning needs) can be a day short. Here the portal is a button that makes the awaited
 * thing appear after a given number of presses.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_PACE_KEY, EXTRA_DAYS, run_demo, type DemoContext } from './demo';

let presses = 0;

/** A clock button; after `appear_after` presses, the confirm button (and `on_day` runs). */
function portal(appear_after: number, on_day: (presses: number) => void = () => {}) {
	document.body.innerHTML = '<button data-sim="clock.forward">Tua nhanh 1 ngày</button>';
	document.querySelector('button')!.addEventListener('click', () => {
		presses++;
		if (presses === appear_after)
			document.body.insertAdjacentHTML('beforeend', '<button data-sim="dossier.confirm-draft">');
		on_day(presses);
	});
}

function context(controller = new AbortController()): DemoContext {
	return {
		account: { citizen_id: '', password: '', passcode: '' },
		otp: () => undefined,
		today: () => '2026-10-20',
		show: () => {},
		signal: controller.signal,
		pace: 0,
		settled: () => true
	};
}

beforeEach(() => {
	presses = 0;
	localStorage.setItem(DEMO_PACE_KEY, 'fast');
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
	document.body.innerHTML = '';
});

async function play(demo: Parameters<typeof run_demo>[0], ctx: DemoContext) {
	const played = run_demo(demo, ctx);
	const outcome = played.then(
		(value) => ({ value }),
		(error: Error) => ({ error })
	);
	await vi.runAllTimersAsync();
	return outcome;
}

describe('a demo forwarding days', () => {
	it('forwards its count when that is enough, and no more', async () => {
		portal(4);
		let confirmed = false;
		document.addEventListener('click', (e) => {
			if ((e.target as Element).matches('[data-sim="dossier.confirm-draft"]')) confirmed = true;
		});
		expect(await play([{ forward: 4 }, { click: 'dossier.confirm-draft' }], context())).toEqual({
			value: true
		});
		expect(presses).toBe(4);
		expect(confirmed).toBe(true);
	});

	it('forwards on, a day at a time, until the next thing to tap has come', async () => {
		portal(6);
		expect(await play([{ forward: 4 }, { click: 'dossier.confirm-draft' }], context())).toEqual({
			value: true
		});
		expect(presses).toBe(6);
	});

	it('as a step’s last action, forwards on until the lesson takes the step as done', async () => {
		const controller = new AbortController();
		// the step is done once the third day beyond its count has passed
		portal(Infinity, (n) => n === 5 && controller.abort());
		expect(await play([{ forward: 2 }], context(controller))).toEqual({ value: false });
		expect(presses).toBe(5);
	});

	it('gives up, so the learner is told, when nothing comes in many more days', async () => {
		portal(Infinity);
		const outcome = await play([{ forward: 2 }], context());
		expect(outcome).toHaveProperty('error');
		expect(presses).toBe(2 + EXTRA_DAYS);
	});
});
