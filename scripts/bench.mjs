#!/usr/bin/env node
/**
 * npm run bench: times the trainer's side of "Lớp học" in Chromium (see scripts/chromium.mjs), as a
 * trainer's device runs it:
 *   - the dashboard aggregation of 1,000 learners × 30 lessons (target ≤ 100 ms),
 *   - the import of a class file of 1,000 learners (decode, check, preview, merge; no database),
 *   - the QR code of a learner who finished the whole course: how many codes, their version and
 *     size (the course's own lesson count, with help on some steps or on two steps of every
 *     lesson, and 30 lessons).
 * src/lib/classroom/trainer/bench.ts is bundled with rolldown (Vite's bundler) and run in a blank
 * page. Not part of npm test: timings depend on the machine.
 */
import { chromium } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { chromium_path } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const executablePath = chromium_path();
const TARGET_MS = 100;

// The course: every lesson folder, and the final test.
const lessons_dir = `${root}content/lessons`;
const course_lessons =
	readdirSync(lessons_dir)
		.filter((chapter) => statSync(`${lessons_dir}/${chapter}`).isDirectory())
		.flatMap((chapter) =>
			readdirSync(`${lessons_dir}/${chapter}`).filter((l) =>
				statSync(`${lessons_dir}/${chapter}/${l}`).isDirectory()
			)
		).length + 1;

const bundle = await rolldown({
	input: `${root}src/lib/classroom/trainer/bench.ts`,
	resolve: { alias: { $lib: `${root}src/lib` } },
	logLevel: 'silent'
});
const { output } = await bundle.generate({ format: 'iife', name: 'cds_bench' });
await bundle.close();

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
	const page = await browser.newPage();
	await page.setContent('<!doctype html><title>bench</title>');
	await page.addScriptTag({ content: output[0].code });
	const result = await page.evaluate((options) => globalThis.cds_bench.run_bench(options), {
		learners: 1000,
		lessons: 30,
		course_lessons
	});
	const ms = (n) => `${n.toFixed(1)} ms`;
	const a = result.aggregation;
	console.log(`Chromium ${browser.version()}`);
	console.log(
		`Dashboard aggregation, ${a.learners} learners × ${a.lessons} lessons: median ${ms(a.median_ms)}, worst ${ms(a.max_ms)} (target ≤ ${TARGET_MS} ms: ${a.median_ms <= TARGET_MS ? 'met' : 'MISSED'})`
	);
	const i = result.import;
	console.log(
		`Import of a class file of ${i.learners} learners (${(i.file_bytes / 1024).toFixed(0)} KB; decode, check, preview, merge): median ${ms(i.median_ms)}, worst ${ms(i.max_ms)}; ${i.imported} learners merged`
	);
	for (const q of result.qr) {
		console.log(
			`A learner who finished ${q.lessons} lessons (${q.help}): ${q.codes} QR code${q.codes > 1 ? 's' : ''}, version ${q.versions.join(', ')} at level M, ${q.characters.join(' + ')} characters (${q.frame_bytes} bytes compressed)`
		);
	}
	// Timings are wall-clock: on a shared machine they grow with its load.
	const [load] = loadavg();
	const cores = availableParallelism();
	const busy = load > cores;
	console.log(
		`Load average ${load.toFixed(1)} on ${cores} cores${busy ? ': the machine is busy, so these times are longer than a quiet device would take' : ''}.`
	);
	if (a.median_ms > TARGET_MS && !busy) process.exitCode = 1;
} finally {
	await browser.close();
}
