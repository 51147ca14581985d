import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parse_yaml } from 'yaml';

// The one inline script in app.html applies saved display settings before the first paint.
// The Content-Security-Policy allows it by hash, so it is computed from the file itself.
const app_html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const boot_script = /<script>([\s\S]*?)<\/script>/.exec(app_html)?.[1];
if (!boot_script) throw new Error('src/app.html: the boot <script> is missing');
const boot_hash = `sha256-${createHash('sha256').update(boot_script).digest('base64')}`;

// Lessons link the first use of each glossary term to /tu-dien/ (src/lib/content/glossary-links.ts,
// loaded as TypeScript by Node 22). The glossary is checked by its own loader at build time;
// here only its ids and forms are read.
const glossary_links = await import(
	new URL('./src/lib/content/glossary-links.ts', import.meta.url).href
);
const glossary_dir = new URL('./content/glossary/', import.meta.url);
/** @type {{ id: string, forms: string[] }[]} */
const glossary_terms = readdirSync(glossary_dir)
	.filter((name) => name.endsWith('.yaml'))
	.flatMap((name) => parse_yaml(readFileSync(new URL(name, glossary_dir), 'utf8'))?.terms ?? [])
	.filter((term) => typeof term?.id === 'string' && Array.isArray(term?.forms));
const remark_glossary = glossary_links.remark_glossary_links({
	terms: glossary_terms,
	/** @param {string} folder */
	lesson_texts: (folder) => ({
		files: glossary_links.reading_order(readdirSync(folder)),
		/** @param {string} name */
		read: (name) => readFileSync(join(folder, name), 'utf8')
	})
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	extensions: ['.svelte', '.md'],
	preprocess: [vitePreprocess(), mdsvex({ extensions: ['.md'], remarkPlugins: [remark_glossary] })],
	compilerOptions: {
		// Runes everywhere except libraries and mdsvex output (its layouts use $$props).
		runes: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.md')
				? undefined
				: true
	},
	kit: {
		// vitest's files apart from the build's: Kit writes all of its generated files anew when it
		// starts, and npm test runs vitest beside the build, which reads them.
		outDir: process.env.VITEST ? '.svelte-kit/vitest' : '.svelte-kit',
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
