// The browser tests' web server: the site exactly as scripts/serve.mjs serves it, plus axe-core
// (AXE_PATH) as a file of the site's own origin, which the page checks load with a <script>
// element (fixtures.ts, axe_violations). Sent with each check instead, its source (1.45 MB
// unminified) went through Playwright's pipe and was compiled again in each new page, about 0.25
// core-seconds a time; as a file kept in the browser's cache, its compiled code is kept too
// (0.03-0.05), and the site's Content-Security-Policy ('self') allows it.
import { createReadStream } from 'node:fs';
import { listen, serve_site } from '../../scripts/serve.mjs';
import { AXE_FILE, AXE_PATH } from './axe-file.mjs';

listen((req, res) => {
	if (req.url !== AXE_PATH) return serve_site(req, res);
	res.writeHead(200, {
		'content-type': 'text/javascript; charset=utf-8',
		// the path names axe-core's version: a new version is a new file
		'cache-control': 'public, max-age=31536000, immutable'
	});
	createReadStream(AXE_FILE).pipe(res);
});
