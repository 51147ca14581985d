// npm test: every quality gate in order, each run even when an earlier one failed, so one
// failure never hides another. Ends with one plain line "N passed, N failed" that counts the
// unit, component and browser tests together (a failed gate counts as one failed test).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const results_dir = 'test-results';
rmSync(results_dir, { recursive: true, force: true });
mkdirSync(results_dir, { recursive: true });

/** @type {{ name: string, ok: boolean }[]} */
const gates = [];

/** @param {string} name @param {string} script @param {string[]} [args] */
function run(name, script, args = []) {
	console.log(`\n━━ ${name} ━━`);
	const result = spawnSync(
		'npm',
		['run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
		{
			stdio: 'inherit'
		}
	);
	const ok = result.status === 0;
	gates.push({ name, ok });
	return ok;
}

/** @param {string} file */
function read_json(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

if (!run('Node version', 'node-check')) {
	console.log('\n0 passed, 1 failed');
	process.exit(1);
}
run('Type check (svelte-check, tsc)', 'check');
run('Lint (prettier, eslint)', 'lint');
run('Unit and component tests (vitest)', 'test:unit', [
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${results_dir}/vitest.json`
]);
const built = run('Build (prerender every page)', 'build');
if (built) {
	run('Browser tests (Playwright, Chromium)', 'test:e2e');
	run('Size budgets', 'measure', ['--no-lighthouse']);
}

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
for (const gate of gates) console.log(`${gate.ok ? '✓' : '✗'} ${gate.name}`);
const failed_gates = gates.filter((gate) => !gate.ok).length;
if (!vitest) console.log('! vitest wrote no results');
if (built && !playwright) console.log('! Playwright wrote no results');
if (!built) console.log('! the build failed, so the browser tests did not run');

// A failed gate with no failing test in it (type check, lint, build, budgets) still counts.
failed = Math.max(failed, failed_gates);
const line = `${passed} passed, ${failed} failed`;
writeFileSync(`${results_dir}/summary.txt`, `${line}\n`);
console.log(line);
process.exit(failed > 0 || passed === 0 || !existsSync(`${results_dir}/vitest.json`) ? 1 : 0);
