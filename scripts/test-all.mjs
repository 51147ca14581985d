// npm test: every quality gate, each run even when an earlier one failed, so one failure never
// hides another. Independent gates run side by side in two lanes (this machine has 2 cores), each
// gate's output printed whole when it ends, with how long it took. Ends with one plain line
// "N passed, N failed" that counts the unit, component and browser tests together (a failed gate
// counts as one failed test).
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

// How the gates share this machine's 2 cores (measured 30/11/2026, all gates on a clean clone):
// - The build and the browser tests run at normal priority, one after the other; the size budgets
//   follow them. The browser tests alone took 184 s and 333 core-seconds; beside the other gates
//   at the same priority, 250-265 s and about 400: a browser test waits on timers, the network
//   and polls, and every second it lasts costs the browser and Playwright more work.
// - Lint, the type check and vitest are plain computation, which costs the same whenever it is
//   done: they run as idle tasks, on what the browser tests leave idle, and take both cores once
//   those end. Lint needs nothing built and starts at once; the type check reads the types the
//   build writes; vitest comes last, as its Kit plugin rewrites files under .svelte-kit that the
//   build and the type check read.
// - `nice 19` was not enough: beside two busy loops at nice 19 the browser tests took 234 s and
//   369 core-seconds, against 210 s and 340 beside the same loops as idle tasks.
// All gates took 300 s with the second lane at normal priority (578 core-seconds), 272 s with it
// at nice 19 (527) and 248 s as idle tasks (476), the last two on the same code and machine.
const background = { background: true };
const build = gate('Build (prerender every page)', 'build');
const lint = gate('Lint (prettier, eslint)', 'lint', [], background);
const built = await build;
await Promise.all([
	(async () => {
		if (!built) return;
		await gate('Browser tests (Playwright, Chromium)', 'test:e2e');
		await gate('Size budgets', 'measure', ['--no-lighthouse']);
	})(),
	(async () => {
		await lint;
		await gate('Type check (svelte-check, tsc)', 'check:types', [], background);
		await gate(
			'Unit and component tests (vitest)',
			'test:unit',
			['--reporter=default', '--reporter=json', `--outputFile.json=${results_dir}/vitest.json`],
			background
		);
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
