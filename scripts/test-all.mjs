// npm test: every quality gate, each run even when an earlier one failed, so one failure never
// hides another. Gates run side by side where that is faster on this machine's 2 cores (see the
// order below), each gate's output printed whole when it ends, with how long it took. Ends with
// one plain line "N passed, N failed" that counts the unit, component and browser tests together
// (a failed gate counts as one failed test).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const results_dir = 'test-results';
rmSync(results_dir, { recursive: true, force: true });
mkdirSync(results_dir, { recursive: true });
const started = Date.now();

/** @type {{ name: string, ok: boolean, seconds: number }[]} */
const gates = [];
const seconds = (since) => Math.round((Date.now() - since) / 100) / 10;

/**
 * Runs one npm script, its output kept together and printed when it ends; `background`, only on
 * what the other gates leave idle.
 * @param {string} name @param {string} script @param {string[]} [args]
 * @param {{ background?: boolean }} [options]
 * @returns {Promise<boolean>}
 */
function gate(name, script, args = [], { background = false } = {}) {
	const since = Date.now();
	const command = [
		...(background ? idle_priority : []),
		'npm',
		'run',
		'--silent',
		script,
		...(args.length ? ['--', ...args] : [])
	];
	return new Promise((done) => {
		const child = spawn(command[0], command.slice(1), {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, FORCE_COLOR: '0' }
		});
		/** @type {Buffer[]} */
		const output = [];
		child.stdout.on('data', (chunk) => output.push(chunk));
		child.stderr.on('data', (chunk) => output.push(chunk));
		child.on('close', (code) => {
			const ok = code === 0;
			const took = seconds(since);
			gates.push({ name, ok, seconds: took });
			console.log(`\n━━ ${name} ━━`);
			process.stdout.write(Buffer.concat(output));
			console.log(`━━ ${ok ? '✓' : '✗'} ${name}: ${took} s ━━`);
			done(ok);
		});
	});
}

/**
 * How a background gate is started: as an idle task (Linux's SCHED_IDLE: it runs only when a core
 * would otherwise be idle) where `chrt` can, else at the lowest `nice` priority, else as it is.
 */
const idle_priority =
	process.platform === 'win32'
		? []
		: ([
				['chrt', '--idle', '0'],
				['nice', '-n', '19']
			].find((prefix) => spawnSync(prefix[0], [...prefix.slice(1), 'true']).status === 0) ?? []);

/** @param {string} file */
function read_json(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

const node = spawnSync('npm', ['run', '--silent', 'node-check'], { stdio: 'inherit' });
if (node.status !== 0) {
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}

// How the gates share this machine's 2 cores (measured 30/11/2026, all gates on a clean clone).
// The browser tests are the longest gate, and the only one whose cost grows with anything else
// running: alone they took 184 s and 333 core-seconds; with a third Playwright worker 216 s and
// 418; beside two busy loops at nice 19, 234 s and 369; beside the same loops as idle tasks
// (Linux's SCHED_IDLE), 210 s and 340. A browser test waits on timers, the network and polls, and
// every second it lasts costs the browser and Playwright more work. So:
// 1. The build and vitest run first, at normal priority (vitest keeps the files Kit generates for
//    it apart, so it can run beside the build: svelte.config.js, outDir).
// 2. The browser tests then run with nothing else at their priority.
// 3. Lint, the size budgets and the type check are plain computation (or, for the budgets, bytes
//    counted), which costs the same whenever it is done: they run one after another as idle
//    tasks, from the start, on the CPU the other gates leave idle. Lint needs nothing built; the
//    budgets and the type check read the build.
// All gates, same code: 285 s with vitest, the type check and the budgets after the browser tests;
// 275 s with the budgets after them; 263 s this way (536 core-seconds, 23 of them idle).
const build = gate('Build (prerender every page)', 'build');
const unit = gate('Unit and component tests (vitest)', 'test:unit', [
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${results_dir}/vitest.json`
]);
const lint = gate('Lint (prettier, eslint)', 'lint', [], { background: true });
const built = await build;
await Promise.all([
	(async () => {
		await unit;
		if (built) await gate('Browser tests (Playwright, Chromium)', 'test:e2e');
	})(),
	(async () => {
		await lint;
		if (built) await gate('Size budgets', 'measure', ['--no-lighthouse'], { background: true });
		await gate('Type check (svelte-check, tsc)', 'check:types', [], { background: true });
	})()
]);

let passed = 0;
let failed = 0;
const vitest = read_json(`${results_dir}/vitest.json`);
if (vitest) {
	passed += vitest.numPassedTests ?? 0;
	failed += vitest.numFailedTests ?? 0;
}
const playwright = read_json(`${results_dir}/playwright.json`);
if (playwright?.stats) {
	passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
	failed += playwright.stats.unexpected ?? 0;
}

console.log('\n━━ Summary ━━');
for (const { name, ok, seconds: took } of gates) {
	console.log(`${ok ? '✓' : '✗'} ${name} (${took} s)`);
}
console.log(`  all gates: ${seconds(started)} s`);
const failed_gates = gates.filter((g) => !g.ok).length;
if (!vitest) console.log('! vitest wrote no results');
if (built && !playwright) console.log('! Playwright wrote no results');
if (!built) console.log('! the build failed, so the browser tests did not run');

// A failed gate with no failing test in it (type check, lint, build, budgets) still counts.
failed = Math.max(failed, failed_gates);
const line = `${passed} passed, ${failed} failed`;
writeFileSync(`${results_dir}/summary.txt`, `${line}\n`);
console.log(line);
process.exit(failed > 0 || passed === 0 || !existsSync(`${results_dir}/vitest.json`) ? 1 : 0);
