import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// The one inline script in app.html applies saved display settings before the first paint.
// The Content-Security-Policy allows it by hash, so it is computed from the file itself.
const app_html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const boot_script = /<script>([\s\S]*?)<\/script>/.exec(app_html)?.[1];
if (!boot_script) throw new Error('src/app.html: the boot <script> is missing');
const boot_hash = `sha256-${createHash('sha256').update(boot_script).digest('base64')}`;

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'] })],
	compilerOptions: {
		// Runes everywhere except libraries and mdsvex output (its layouts use $$props).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		adapter: adapter({ strict: true, fallback: '404.html' }),
		prerender: {
			handleHttpError: ({ path, referrer, message }) => {
				throw new Error(`${message} (${path}, linked from ${referrer ?? 'nowhere'})`);
			},
			handleMissingId: ({ path, id, referrers }) => {
				throw new Error(`#${id} does not exist on ${path} (linked from ${referrers.join(', ')})`);
			}
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', boot_hash],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self', 'blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		typescript: {
			config: (tsconfig) => {
				tsconfig.include.push('../tests/**/*.ts', '../scripts/**/*.ts', '../playwright.config.ts');
				return tsconfig;
			}
		}
	}
};

export default config;
