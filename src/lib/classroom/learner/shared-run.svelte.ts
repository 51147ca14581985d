/**
 * The shared-device mode at work (shared-device.ts has the rules), loaded by the root layout only
 * when the mode is on. The device goes back to "Ai đang học?", with nobody chosen:
 *
 * - after a lesson is finished: a banner counts AFTER_LESSON_SECONDS down (the learner sees her
 *   result first; "Học tiếp" keeps her);
 * - after the idle minutes with no tap or key on any tab of the site.
 *
 * Saving first: the field in focus is left (so its change is saved), every running write is
 * waited for (writes_settled), and where a write failed the device stays, showing "Thử lại":
 * leaving never drops a learner's work. The presenter view (/trinh-chieu/) never leaves.
 */
import { mount, unmount } from 'svelte';
import type { Subscription } from 'dexie';
import { resolve } from '$app/paths';
import { save_problem, writes_settled } from '$lib/db/writes.svelte';
import { current_learner } from '$lib/learners/current.svelte';
import {
	AFTER_LESSON_SECONDS,
	finished_count,
	idle_due,
	read_shared_device
} from './shared-device';
import SharedBanner from './SharedBanner.svelte';

const ACTIVE_KEY = 'cds:shared-active-at';
const TICK_MS = 5_000;
const INPUTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;
/** pages where finishing counts: a lesson, the final test */
const LESSON_PAGE = /\/(bai-hoc\/.+|kiem-tra-cuoi-khoa)\/$/;

let stop_running: (() => void) | null = null;

function stored_active_at() {
	try {
		return Number(localStorage.getItem(ACTIVE_KEY)) || 0;
	} catch {
		return 0;
	}
}

/** Starts the mode on this tab (once); returns what stops it. */
export function start_shared_mode(): () => void {
	if (stop_running) return stop_running;
	if (location.pathname.startsWith(resolve('/trinh-chieu/'))) return () => {};

	let last_input = Date.now();
	let written = 0;
	let leaving = false;
	let followed: string | null = null;
	let subscription: Subscription | undefined;
	let banner: Record<string, unknown> | null = null;
	let countdown: ReturnType<typeof setInterval> | undefined;

	const mark = () => {
		last_input = Date.now();
		if (last_input - written > 10_000) {
			written = last_input;
			try {
				localStorage.setItem(ACTIVE_KEY, String(last_input));
			} catch {
				// private mode: this tab's own inputs still count
			}
		}
	};

	function close_banner() {
		clearInterval(countdown);
		if (banner) void unmount(banner);
		banner = null;
	}

	async function leave() {
		if (leaving || !current_learner.id) return;
		leaving = true;
		try {
			(document.activeElement as HTMLElement | null)?.blur?.();
			await new Promise((ok) => setTimeout(ok, 100));
			await writes_settled();
			// a write failed: stay, with "Thử lại" showing, until it is saved
			if (save_problem.current) return;
			close_banner();
			current_learner.set(null);
			location.assign(resolve('/nguoi-hoc/'));
		} finally {
			leaving = false;
		}
	}

	function lesson_finished() {
		if (!LESSON_PAGE.test(location.pathname) || banner) return;
		const props = $state({ seconds: AFTER_LESSON_SECONDS });
		banner = mount(SharedBanner, {
			target: document.body,
			props: {
				get seconds() {
					return props.seconds;
				},
				on_leave: () => void leave(),
				on_stay: close_banner
			}
		});
		countdown = setInterval(() => {
			props.seconds = Math.max(0, props.seconds - 1);
			if (props.seconds === 0) {
				clearInterval(countdown);
				void leave();
			}
		}, 1000);
	}

	async function follow(id: string | null) {
		subscription?.unsubscribe();
		subscription = undefined;
		followed = id;
		if (!id) return;
		const [{ liveQuery }, { get_database }] = await Promise.all([
			import('dexie'),
			import('$lib/db/database')
		]);
		const db = await get_database();
		if (followed !== id) return;
		let baseline: number | null = null;
		subscription = liveQuery(() => db.progress.where({ learner_id: id }).toArray()).subscribe({
			next: (records) => {
				const count = finished_count(records);
				if (baseline !== null && count > baseline) lesson_finished();
				baseline = count;
			},
			error: () => {
				// reading failed: the idle return still works
			}
		});
	}

	function tick() {
		const setting = read_shared_device();
		if (!setting.on) return stop();
		if (current_learner.id !== followed) void follow(current_learner.id).catch(() => {});
		const last = Math.max(last_input, stored_active_at());
		if (current_learner.id && idle_due(last, Date.now(), setting.idle_minutes)) void leave();
	}

	for (const type of INPUTS) addEventListener(type, mark, { passive: true, capture: true });
	const timer = setInterval(tick, TICK_MS);
	void follow(current_learner.id).catch(() => {});

	function stop() {
		clearInterval(timer);
		close_banner();
		subscription?.unsubscribe();
		for (const type of INPUTS) removeEventListener(type, mark, { capture: true });
		stop_running = null;
	}
	stop_running = stop;
	return stop;
}
