/**
 * "Xem mẫu": a step plays itself, slowly, on the learner's screen. Each action waits for its
 * target, rings it, pauses so the learner can see, then acts like a person would (typing fires
 * input and change, clicking clicks), so the portal emits the same events as for the learner.
 */
import { format_date } from '$lib/portal/logic/format';
import { add_days } from '$lib/portal/logic/iso';
import type { DemoAction } from './model';
import { find_target } from './spotlight';

export interface DemoContext {
	account: { citizen_id: string; password: string; passcode: string };
	/** the code in the latest OTP message, if any */
	otp: () => string | undefined;
	/** today in the practice, 'YYYY-MM-DD' */
	today: () => string;
	/** ring the element being used */
	show: (target: string | undefined) => void;
	signal: AbortSignal;
	/** pause before each action, ms */
	pace: number;
	/** false while the portal is still moving to a new screen */
	settled: () => boolean;
}

/** Fills in {account.citizen_id}, {account.password}, {account.passcode}, {otp} and {today-N} / {today}. */
export function resolve_value(
	value: string,
	context: Pick<DemoContext, 'account' | 'otp' | 'today'>
): string {
	return value.replace(/\{([a-z_.]+)(?:-(\d+))?\}/g, (whole, name: string, days?: string) => {
		if (name === 'account.citizen_id') return context.account.citizen_id;
		if (name === 'account.password') return context.account.password;
		if (name === 'account.passcode') return context.account.passcode;
		if (name === 'otp') return context.otp() ?? '';
		if (name === 'today') return format_date(add_days(context.today(), -Number(days ?? 0)));
		return whole;
	});
}

/**
 * Browser tests play every lesson at "Xem mẫu" with `localStorage['cds:demo-pace'] = 'fast'`:
 * the demo then skips its pauses for the eye and looks more often (it still waits for each
 * target and for the portal to settle). Nothing a learner does sets it.
 */
export const DEMO_PACE_KEY = 'cds:demo-pace';

function fast(): boolean {
	try {
		return globalThis.localStorage?.getItem(DEMO_PACE_KEY) === 'fast';
	} catch {
		return false;
	}
}

/** How often the demo looks again for a target or a calm portal, ms. */
const poll = () => (fast() ? 10 : 100);

function pause(ms: number, signal: AbortSignal) {
	return new Promise<void>((resolve, reject) => {
		if (signal.aborted) return reject(signal.reason);
		const timer = setTimeout(resolve, ms);
		signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), {
			once: true
		});
	});
}

async function wait_for(target: string, signal: AbortSignal, timeout = 10_000) {
	const until = Date.now() + timeout;
	for (;;) {
		const element = find_target(target);
		if (element && !(element as HTMLButtonElement).disabled) return element;
		if (Date.now() > until) throw new Error(`demo: ${target} did not appear`);
		await pause(poll(), signal);
	}
}

function set_value(element: HTMLInputElement | HTMLSelectElement, value: string) {
	const prototype = Object.getPrototypeOf(element) as object;
	const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
	if (setter) setter.call(element, value);
	else element.value = value;
	element.dispatchEvent(new Event('input', { bubbles: true }));
	element.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Waits until the portal has finished moving (the last click may have started a navigation). */
async function settle(context: DemoContext) {
	let calm = 0;
	while (calm < 3) {
		await pause(poll(), context.signal);
		calm = context.settled() ? calm + 1 : 0;
	}
}

/** Days the demo may forward beyond a step's count, as the learner is told "until …". */
export const EXTRA_DAYS = 10;

/** How long the demo waits, after a day forwarded, for the lesson to take the step as done. */
const STEP_DONE_WAIT_MS = 1500;

function target_of(action: DemoAction): string | undefined {
	if ('forward' in action) return undefined;
	return 'fill' in action
		? action.fill
		: 'click' in action
			? action.click
			: 'choose' in action
				? action.choose
				: action.select;
}

async function forward_one_day(context: DemoContext) {
	const button = await wait_for('clock.forward', context.signal);
	context.show('clock.forward');
	await pause(context.pace, context.signal);
	button.click();
	await pause(context.pace / 2, context.signal);
	await settle(context);
}

/**
 * "Tua nhanh 1 ngày" `days` times, then on, a day at a time, until what the step waits for has
 * come, as the step's text tells the learner ("cho đến khi …"): the next action's target, or,
 * after the step's last action, the step's end (the player then stops the demo). How many days
 * that takes depends on the hour the learner practises (a dossier filed at night is taken in the
 * next morning), weekends and holidays; the content's count is what a working morning needs.
 */
async function forward(days: number, next: DemoAction | undefined, context: DemoContext) {
	for (let day = 0; day < days; day++) await forward_one_day(context);
	const next_target = next && target_of(next);
	// another "Tua nhanh" follows, and goes on by itself
	if (next && !next_target) return;
	for (let extra = 0; extra < EXTRA_DAYS; extra++) {
		if (!next_target) await pause(STEP_DONE_WAIT_MS, context.signal);
		else if (find_target(next_target)) return;
		await forward_one_day(context);
	}
	if (next_target && find_target(next_target)) return;
	throw new Error(`demo: still waiting after ${days + EXTRA_DAYS} days`);
}

async function act(action: DemoAction, next: DemoAction | undefined, context: DemoContext) {
	await settle(context);
	if ('forward' in action) return forward(action.forward, next, context);
	const target = target_of(action)!;
	const element = await wait_for(target, context.signal);
	context.show(target);
	await pause(context.pace, context.signal);
	if ('click' in action) {
		element.click();
	} else if ('fill' in action) {
		element.focus();
		set_value(element as HTMLInputElement, resolve_value(action.value, context));
		element.blur();
	} else if ('select' in action) {
		set_value(element as HTMLSelectElement, action.value);
	} else {
		const name = (element as HTMLInputElement).name || target.slice(1);
		const option = document.querySelector<HTMLInputElement>(
			`input[name="${CSS.escape(name)}"][value="${CSS.escape(action.value)}"]`
		);
		(option ?? element).click();
	}
}

/** Plays the actions in order; stops quietly when the signal aborts. */
export async function run_demo(actions: DemoAction[], context: DemoContext) {
	if (fast()) context = { ...context, pace: 0 };
	try {
		for (const [i, action] of actions.entries()) await act(action, actions[i + 1], context);
		return true;
	} catch (error) {
		if (context.signal.aborted) return false;
		throw error;
	}
}
