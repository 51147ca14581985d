/**
 * What `npm run bench` (scripts/bench.mjs) times in Chromium: the dashboard aggregation of a
 * large class, the import of a class file of many learners, and the QR code a learner who
 * finished the whole course shows. Not part of the app; bundled by the bench script only.
 */
import { summary_texts } from '../chunks';
import { qr_version_m } from '../qr-capacity';
import { empty_roster, roster_learner, type Roster } from '../roster';
import {
	catalog_keys,
	lesson_key,
	step_key,
	type CatalogLesson,
	type LearnerSummary
} from '../summary';
import { encode_summary } from '../transfer';
import { finished_course, whole_course } from '../testing';
import { aggregate } from './dashboard';
import { decode_text, preview_batch } from './import';

const CODE = 'HB7K2Q';

function catalog_of(lessons: number, steps: number): CatalogLesson[] {
	return Array.from({ length: lessons }, (_, i) => ({
		id: `chuong-${Math.floor(i / 5) + 1}/bai-${i + 1}`,
		title: `Bài ${i + 1}`,
		steps: Array.from({ length: steps }, (_, j) => ({
			id: `buoc-${j + 1}`,
			title: `Bước ${j + 1}`
		}))
	}));
}

/** A learner of a large class: most lessons done, some in progress, a few hard steps. */
function learner(n: number, catalog: CatalogLesson[]): LearnerSummary {
	const reached = (n * 7) % (catalog.length + 1);
	return {
		class_code: CODE,
		learner_id: `hv-${String(n).padStart(5, '0')}`,
		name: `Người học số ${n + 1}`,
		sent_at: Date.UTC(2026, 10, 28, 9, 0, n % 60),
		lessons: catalog
			.slice(0, reached)
			.map((lesson, i) => {
				const done = i < reached - 1 || n % 3 === 0;
				return {
					key: lesson_key(lesson.id),
					status: done ? ('completed' as const) : ('in-progress' as const),
					score: done ? 50 + ((n + i) % 51) : null,
					level: (['xem-mau', 'huong-dan', 'tu-lam'] as const)[(n + i) % 3],
					attempts: 1 + ((n + i) % 2),
					finished: done ? 1 : 0,
					minutes: 3 + ((n * i) % 20),
					steps: [(n + i) % 15, (n * 3 + i) % 15]
						.filter((s, k, all) => all.indexOf(s) === k)
						.map((s) => ({
							key: step_key(lesson.steps[s].id),
							hints: 1 + (s % 3),
							mistakes: s % 2
						}))
						.sort((a, b) => a.key.localeCompare(b.key))
				};
			})
			.sort((a, b) => a.key.localeCompare(b.key))
	};
}

function median(values: number[]) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

async function time(runs: number, action: () => unknown | Promise<unknown>) {
	await action(); // warm up
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await action();
		times.push(performance.now() - start);
	}
	return { median_ms: median(times), max_ms: Math.max(...times) };
}

export async function run_bench(options: {
	learners: number;
	lessons: number;
	course_lessons: number;
}) {
	const catalog = catalog_of(options.lessons, 15);
	const summaries = Array.from({ length: options.learners }, (_, n) => learner(n, catalog));
	const roster: Roster = {
		class_code: CODE,
		learners: summaries.map(roster_learner).sort((a, b) => a.learner_id.localeCompare(b.learner_id))
	};
	const aggregation = await time(9, () => aggregate(roster, catalog));

	const file = (await Promise.all(summaries.map((s) => summary_texts(s)))).flat().join('\n');
	const keys = catalog_keys(catalog);
	let imported = 0;
	const importing = await time(3, async () => {
		const results = await decode_text(file, { class_code: CODE });
		const batch = preview_batch(
			empty_roster(CODE),
			results.map((result) => ({ source: 'bench', result })),
			keys
		);
		imported = batch.after.learners.length;
	});

	const qr = async (summary: LearnerSummary, help: string) => {
		const texts = await summary_texts(summary);
		const frame = await encode_summary(summary);
		return {
			lessons: summary.lessons.length,
			help,
			codes: texts.length,
			versions: texts.map(qr_version_m),
			characters: texts.map((t) => t.length),
			frame_bytes: frame.length
		};
	};

	return {
		aggregation: { learners: options.learners, lessons: options.lessons, ...aggregation },
		import: {
			learners: options.learners,
			file_characters: file.length,
			file_bytes: new TextEncoder().encode(file).length,
			imported,
			...importing
		},
		qr: [
			await qr(finished_course(options.course_lessons), 'help on some steps'),
			await qr(
				whole_course(catalog_of(options.course_lessons, 15)),
				'help on two steps of every lesson'
			),
			await qr(finished_course(options.lessons), 'help on some steps')
		]
	};
}
