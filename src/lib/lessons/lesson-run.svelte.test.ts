import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CdsDatabase, create_test_database, type Learner } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { sim_events, type SimEvent } from '$lib/portal/events';
import type { Portal } from '$lib/portal/portal.svelte';
import { list_statements, load_progress } from '$lib/progress/store';
import { LessonRun } from './lesson-run.svelte';
import type { Lesson, LessonStep } from './model';

const step = (id: string, event: SimEvent['type'], more: Partial<LessonStep> = {}): LessonStep => ({
	id,
	file: `${id}.md`,
	title: id,
	complete: [{ event }],
	hints: ['Gợi ý một.'],
	mistakes: [],
	demo: [],
	...more
});

const lesson: Lesson = {
	id: 'lam-quen/dang-nhap',
	title: 'Đăng nhập',
	description: '',
	minutes: 5,
	chapter: { slug: 'lam-quen', title: 'Làm quen' },
	file: 'index.md',
	objectives: [],
	help_levels: ['xem-mau', 'huong-dan', 'tu-lam'],
	setup: { signed_in: false, location: '/' },
	steps: [
		step('mo-dang-nhap', 'sign-in-opened'),
		step('dang-nhap', 'signed-in', {
			mistakes: [{ event: 'otp-sent', feedback: 'Chưa đúng.' }]
		}),
		step('xem-ho-so', 'tracking-viewed'),
		step('dang-xuat', 'signed-out')
	]
};

const LAN: Learner = { id: 'lan', name: 'Bà Lan', avatar: 'a', created_at: 1, last_active_at: 1 };

const open: CdsDatabase[] = [];
const runs: LessonRun[] = [];
afterEach(async () => {
	for (const run of runs.splice(0)) run.destroy();
	save_problem.clear();
	const names = new Set(open.map((db) => db.name));
	for (const db of open.splice(0)) db.close();
	for (const name of names) await CdsDatabase.delete(name);
});

/** A run on its own database connection (a tab), with a portal that only records its setup. */
async function tab(name?: string) {
	const db = name ? new CdsDatabase(name) : create_test_database();
	open.push(db);
	const portal = { db, apply_setup: vi.fn(async () => {}) } as unknown as Portal;
	const run = new LessonRun(lesson, portal, LAN);
	runs.push(run);
	await run.load();
	return { db, run, portal };
}

const emit = (event: SimEvent) => sim_events.emit(event);

async function play(run: LessonRun, events: SimEvent['type'][]) {
	for (const type of events) await run.on_event({ type } as SimEvent);
}

const ALL: SimEvent['type'][] = ['sign-in-opened', 'signed-in', 'tracking-viewed', 'signed-out'];

describe('a lesson run', () => {
	it('follows the portal’s events, saves each step and finishes with a score', async () => {
		const { db, run, portal } = await tab();
		expect(run.state).toBeNull();
		expect(await run.start('tu-lam')).toBe(true);
		expect(portal.apply_setup).toHaveBeenCalledOnce();
		expect(run.step?.id).toBe('mo-dang-nhap');
		emit({ type: 'sign-in-opened' });
		await run.settled();
		expect(run.state?.index).toBe(1);
		expect(run.feedback?.text).toBe('Đúng rồi!');
		await play(run, ['otp-sent', 'signed-in', 'tracking-viewed', 'signed-out']);
		expect(run.finished).toBe(true);
		expect(run.score).toBe(98);
		const record = await load_progress(db, 'lan', lesson.id);
		expect(record).toMatchObject({ status: 'completed', score: 98 });
		const verbs = (await list_statements(db, 'lan')).map((s) => s.verb.display.en);
		expect(verbs).toEqual([
			'attempted',
			'completed',
			'completed',
			'completed',
			'completed',
			'completed'
		]);
	});

	it('a retake starts at step 1 but the lesson stays completed with its best score', async () => {
		const { db, run } = await tab();
		await run.start('tu-lam');
		await play(run, ALL);
		expect(run.times_done).toBe(1);
		await run.start('huong-dan');
		expect(run.finished).toBe(false);
		expect(run.state?.index).toBe(0);
		await play(run, ['sign-in-opened']);
		const record = await load_progress(db, 'lan', lesson.id);
		expect(record).toMatchObject({ status: 'completed', score: 100 });
		expect(record?.attempts.map((a) => a.finished_at !== undefined)).toEqual([true, false]);
		expect(run.record?.status).toBe('completed');

		// Finishing the retake with help counts twice; the best score stays.
		await run.hint();
		await play(run, ['signed-in', 'tracking-viewed', 'signed-out']);
		expect(run.score).toBe(95);
		expect(run.times_done).toBe(2);
		expect(await load_progress(db, 'lan', lesson.id)).toMatchObject({ score: 100 });
	});

	it('reopening the lesson continues at the same step with its counts', async () => {
		const { db, run } = await tab();
		await run.start('huong-dan');
		await play(run, ['sign-in-opened', 'otp-sent']);
		const again = await tab(db.name);
		expect(again.run.step?.id).toBe('dang-nhap');
		expect(again.run.state?.mistakes).toBe(1);
	});
});

describe('a save that fails', () => {
	beforeEach(() => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
	});

	it('does not move the learner on, and “Thử lại” does', async () => {
		const { db, run } = await tab();
		await run.start('tu-lam');
		const put = vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('QuotaExceededError'));
		expect(await run.on_event({ type: 'sign-in-opened' })).toBe(false);
		expect(put).toHaveBeenCalled();
		expect(run.state?.index).toBe(0);
		expect(run.feedback).toBeNull();
		expect(save_problem.current?.message).toMatch(/Chưa lưu được|hết chỗ/);
		expect((await load_progress(db, 'lan', lesson.id))?.attempts[0].steps).toEqual([]);
		expect((await list_statements(db, 'lan')).map((s) => s.verb.display.en)).toEqual(['attempted']);

		await save_problem.retry();
		expect(save_problem.current).toBeNull();
		expect(run.state?.index).toBe(1);
		expect(run.feedback?.text).toBe('Đúng rồi!');
		expect((await load_progress(db, 'lan', lesson.id))?.attempts[0].step_id).toBe('dang-nhap');
		expect(await list_statements(db, 'lan')).toHaveLength(2);
	});

	it('a start that cannot be saved leaves the introduction on screen', async () => {
		const { db, run } = await tab();
		vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('closed'));
		expect(await run.start('tu-lam')).toBe(false);
		expect(run.state).toBeNull();
		await save_problem.retry();
		expect(run.step?.id).toBe('mo-dang-nhap');
	});

	it('a finished lesson is not taken back when the retake cannot be saved', async () => {
		const { db, run } = await tab();
		await run.start('tu-lam');
		await play(run, ALL);
		vi.spyOn(db.progress, 'put').mockRejectedValueOnce(new Error('closed'));
		expect(await run.start('tu-lam')).toBe(false);
		expect(run.finished).toBe(true);
		expect(await load_progress(db, 'lan', lesson.id)).toMatchObject({ status: 'completed' });
	});
});

describe('two tabs of one learner', () => {
	it('each follows the other live, and neither takes the other back', async () => {
		const a = await tab();
		const b = await tab(a.db.name);
		await a.run.start('huong-dan');
		await vi.waitFor(() => expect(b.run.step?.id).toBe('mo-dang-nhap'));

		await play(a.run, ['sign-in-opened', 'signed-in', 'tracking-viewed']);
		await vi.waitFor(() => expect(b.run.state?.index).toBe(3));

		// Tab B still gets an old event for step 1: it is ignored, nothing goes back.
		await play(b.run, ['sign-in-opened']);
		expect((await load_progress(a.db, 'lan', lesson.id))?.attempts[0].step_id).toBe('dang-xuat');

		await play(b.run, ['signed-out']);
		await vi.waitFor(() => expect(a.run.finished).toBe(true));
		const record = await load_progress(a.db, 'lan', lesson.id);
		expect(record?.status).toBe('completed');
		expect(record?.attempts).toHaveLength(1);
		expect(record?.attempts[0].steps.map((s) => s.step_id)).toEqual(lesson.steps.map((s) => s.id));
	});
});
