// Serves the prerendered site in build/ exactly as a static host would, with no dependencies.
// Usage: npm run serve  (PORT and HOST may be set; default http://localhost:4173)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve('build');

const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.pdf': 'application/pdf',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2'
};

/** @param {string} file */
function is_file(file) {
	return existsSync(file) && statSync(file).isFile();
}

/**
 * Answers a request for the site as a static host would. Exported for the browser tests' server
 * (tests/e2e/server.mjs), which serves the same site.
 * @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res
 */
export function serve_site(req, res) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	let path;
	try {
		path = decodeURIComponent(url.pathname);
	} catch {
		res.writeHead(400).end('Bad request');
		return;
	}
	const file = normalize(join(root, path));
	if (!file.startsWith(root)) {
		res.writeHead(403).end('Forbidden');
		return;
	}
	let target = file;
	if (!is_file(target)) {
		if (is_file(join(file, 'index.html'))) {
			if (!path.endsWith('/')) {
				res.writeHead(301, { location: `${path}/${url.search}` }).end();
				return;
			}
			target = join(file, 'index.html');
		} else if (is_file(`${file}.html`)) {
			target = `${file}.html`;
		} else {
			const not_found = join(root, '404.html');
			res.writeHead(404, { 'content-type': types['.html'] });
			if (is_file(not_found)) createReadStream(not_found).pipe(res);
			else res.end('Not found');
			return;
		}
	}
	const headers = { 'content-type': types[extname(target)] ?? 'application/octet-stream' };
	if (path.includes('/_app/immutable/'))
		headers['cache-control'] = 'public, max-age=31536000, immutable';
	else headers['cache-control'] = 'no-cache';
	res.writeHead(200, headers);
	createReadStream(target).pipe(res);
}

/**
 * Listens on PORT (default 4173) and HOST (default localhost), serving `handler`; stops the
 * process when build/ holds no site.
 * @param {import('node:http').RequestListener} handler
 */
export function listen(handler) {
	if (!existsSync(join(root, 'index.html'))) {
		console.error('build/ has no site yet. Run "npm start" (it builds first) or "npm run build".');
		process.exit(1);
	}
	const port = Number(process.env.PORT ?? 4173);
	const host = process.env.HOST ?? 'localhost';
	createServer(handler).listen(port, host, () => {
		console.log(`Công dân số đang chạy tại / is running at http://${host}:${port}/`);
		console.log('Nhấn Ctrl+C để dừng. / Press Ctrl+C to stop.');
	});
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	listen(serve_site);
}
