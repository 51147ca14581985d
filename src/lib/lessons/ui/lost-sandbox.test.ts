import { afterEach, describe, expect, it, vi } from 'vitest';
import { CdsDatabase, create_test_database, type Learner } from '$lib/db/database';
import type { Places } from '$lib/content/places';
import { portal_driver } from '$lib/portal/driver';
import { Portal } from '$lib/portal/portal.svelte';
import { lesson_sandbox, PRACTICE_SANDBOX } from '$lib/portal/sandbox-id';
import { load_progress } from '$lib/progress/store';
import { LessonRun } from '../lesson-run.svelte';
import type { Lesson, LessonStep } from '../model';
import { restart_if_sandbox_lost, sandbox_lost } from './lost-sandbox';

const step = (id: string, event: 'sign-in-opened' | 'signed-in' | 'signed-out'): LessonStep => ({
	id,
	file: `${id}.md`,
	title: id,
	complete: [{ event }],
	hints: [],
	mistakes: [],
	demo: []
});

const lesson: Lesson = {
	id: 'lam-quen/dang-nhap',
	title: 'Đăng nhập',
	description: '',
	minutes: 5,
	chapter: { slug: 'lam-quen', title: 'Làm quen' },
	file: 'index.md',
	objectives: [],
	help_levels: ['huong-dan'],
	setup: { signed_in: true, location: '/' },
	steps: [step('mo', 'sign-in-opened'), step('vao', 'signed-in'), step('ra', 'signed-out')]
};
const LAN: Learner = { id: 'lan', name: 'Bà Lan', avatar: 'a', created_at: 1, last_active_at: 1 };
const data = { procedures: [], places: { provinces: [] } as unknown as Places };

const dbs: CdsDatabase[] = [];
const closers: (() => void)[] = [];
afterEach(async () => {
	for (const close of closers.splice(0)) close();
	for (const db of dbs.splice(0)) await db.delete();
});

/** The lesson page opened in a tab: its portal on the lesson's sandbox and its run, loaded. */
async function open_lesson(db: CdsDatabase) {
	const sandbox = lesson_sandbox(lesson.id);
	const portal = await Portal.open({ db, learner_id: LAN.id, sandbox, data, navigate: vi.fn() });
	const run = new LessonRun(lesson, portal, LAN);
	closers.push(
		() => run.destroy(),
		() => portal.close()
	);
	await run.load();
	return { portal, run };
}

describe('a lesson half-done before each lesson had its own sandbox', () => {
	it('starts again at step 1, keeping the finished attempt and the half-done one', async () => {
		const db = create_test_database('lost-sandbox');
		dbs.push(db);
		const first = await open_lesson(db);
		await first.run.start('huong-dan');
		for (const type of ['sign-in-opened', 'signed-in', 'signed-out'] as const) {
			await first.run.on_event({ type });
		}
		await first.run.start('huong-dan');
		await first.run.on_event({ type: 'sign-in-opened' });
		expect(first.run.state?.index).toBe(1);
		expect(await sandbox_lost(first.run, portal_driver(first.portal))).toBe(false);

		// what the version 5 upgrade leaves: the progress, but no session in the lesson's sandbox
		await db.sandbox_sessions.delete([LAN.id, lesson_sandbox(lesson.id)]);
		const resumed = await open_lesson(db);
		expect(resumed.run.state?.index).toBe(1);
		expect(await restart_if_sandbox_lost(resumed.run, portal_driver(resumed.portal))).toBe(true);

		expect(resumed.run.state?.index).toBe(0);
		expect(resumed.portal.session.signed_in).toBe(true); // the lesson's setup, applied again
		const record = await load_progress(db, LAN.id, lesson.id);
		expect(record?.status).toBe('completed');
		expect(record?.attempts).toHaveLength(3);
		// once set up, resuming again changes nothing
		expect(await restart_if_sandbox_lost(resumed.run, portal_driver(resumed.portal))).toBe(false);
	});

	it('leaves alone a lesson not started, a finished one, one cleared by “Làm lại từ đầu”, and free practice', async () => {
		const db = create_test_database('lost-sandbox-2');
		dbs.push(db);
		const { portal, run } = await open_lesson(db);
		expect(await sandbox_lost(run, portal_driver(portal))).toBe(false); // not started: the introduction shows
		await run.start('huong-dan');
		expect((await portal.reset()).ok).toBe(true);
		expect(await sandbox_lost(run, portal_driver(portal))).toBe(false);
		for (const type of ['sign-in-opened', 'signed-in', 'signed-out'] as const) {
			await run.on_event({ type });
		}
		await db.sandbox_sessions.clear();
		expect(run.finished).toBe(true);
		expect(await sandbox_lost(run, portal_driver(portal))).toBe(false);
		const practice = await Portal.open({
			db,
			learner_id: LAN.id,
			sandbox: PRACTICE_SANDBOX,
			data,
			navigate: vi.fn()
		});
		closers.push(() => practice.close());
		expect(await sandbox_lost({ state: run.state, finished: false }, portal_driver(practice))).toBe(
			false
		);
	});
});
