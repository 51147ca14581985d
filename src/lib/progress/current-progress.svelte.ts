/**
 * The current learner's record and progress, shared by every page that shows them (the home
 * page's "Tiếp tục", the lessons list, "Tiến độ" and the certificate). Read once per page life
 * and then followed with a Dexie live query: a lesson finished in this tab or another, or another
 * learner chosen, shows without each page reading again. The database code loads only when a
 * learner is chosen on a device that holds data, so a first visit downloads none of it.
 */
import { untrack } from 'svelte';
import type { CdsDatabase, Learner } from '$lib/db/database';
import { current_learner } from '$lib/learners/current.svelte';
import type { Certificate, CertifiedLesson } from './certificate';
import type { LessonProgress } from './records';

export type CurrentProgress =
	| { status: 'loading' }
	| { status: 'nobody' }
	/** the browser blocks IndexedDB (or reading failed): the page shows DatabaseNotice */
	| { status: 'no-database' }
	| {
			status: 'ready';
			learner: Learner;
			progress: Record<string, LessonProgress>;
			/** the certificates she earned, kept for good */
			certificates: Certificate[];
	  };

/** The site's database, or null where this device holds no data yet (nothing is created). */
async function stored_database(): Promise<CdsDatabase | null> {
	const { database_exists } = await import('$lib/db/exists');
	if ((await database_exists()) === false) return null;
	return (await import('$lib/db/database')).get_database();
}

export class CurrentProgressSource {
	#value = $state<CurrentProgress>({ status: 'loading' });
	#started = false;
	/** the learner whose progress is followed now (an older answer for another is dropped) */
	#followed: string | null | undefined;
	#stop: (() => void) | undefined;
	#open_database: () => Promise<CdsDatabase | null>;

	constructor(open_database = stored_database) {
		this.#open_database = open_database;
	}

	get value(): CurrentProgress {
		return this.#value;
	}

	/**
	 * Starts reading (in the browser, after hydration: call it from onMount). Every later call,
	 * from any page, shares the first one.
	 */
	follow() {
		if (this.#started) return;
		this.#started = true;
		current_learner.load();
		$effect.root(() => {
			$effect(() => {
				const id = current_learner.id;
				untrack(() => void this.#open(id));
			});
		});
	}

	async #open(id: string | null) {
		this.#stop?.();
		this.#stop = undefined;
		this.#followed = id;
		const still = () => this.#followed === id;
		const show = (value: CurrentProgress) => {
			if (still()) this.#value = value;
		};
		if (!id) return show({ status: 'nobody' });
		if (this.#value.status === 'ready') show({ status: 'loading' });
		try {
			const [db, { list_progress, list_certificates }, { liveQuery }] = await Promise.all([
				this.#open_database(),
				import('./store'),
				import('dexie')
			]);
			if (!db) return show({ status: 'nobody' });
			if (!still()) return;
			const subscription = liveQuery(async (): Promise<CurrentProgress> => {
				const learner = await db.learners.get(id);
				if (!learner) return { status: 'nobody' };
				const [records, certificates] = await Promise.all([
					list_progress(db, learner.id),
					list_certificates(db, learner.id)
				]);
				return {
					status: 'ready',
					learner,
					progress: Object.fromEntries(records.map((r) => [r.lesson_id, r])),
					certificates
				};
			}).subscribe({ next: show, error: () => show({ status: 'no-database' }) });
			this.#stop = () => subscription.unsubscribe();
		} catch {
			show({ status: 'no-database' });
		}
	}
}

export const current_progress = new CurrentProgressSource();

/**
 * Stores the certificate the learner's progress earns for `course`, if it is not stored yet. A
 * learner action's write: it goes through `guarded`, so a refusal is shown with "Thử lại". The
 * live query above then shows it.
 */
export async function claim_certificate(learner_id: string, course: readonly CertifiedLesson[]) {
	const [{ get_database }, { issue_certificate }, { guarded }] = await Promise.all([
		import('$lib/db/database'),
		import('./store'),
		import('$lib/db/writes.svelte')
	]);
	return guarded(async () => issue_certificate(await get_database(), learner_id, course));
}
