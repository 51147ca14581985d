// Renders the sample scans: content/samples-src/<name>.svg → static/samples/<name>.png.
// The practice portal accepts PNG uploads, so lessons hand out PNGs; the SVGs are the sources.
// Chromium's screenshot is a full-colour PNG of about 80 KB; the page has only a few colours
// (black text, red stamp, white paper and their anti-aliased edges), so it is re-encoded as a
// 256-colour PNG, which keeps every file under 60 KB with no visible loss.
// Usage: node scripts/render-samples.mjs   (CHROMIUM_PATH overrides /usr/bin/chromium)
import { chromium } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';

const source_dir = 'content/samples-src';
const target_dir = 'static/samples';
const width = 600;
const height = 850;
/** Every PNG must stay small: learners on cheap phones download them. */
const max_bytes = 60 * 1024;

// ── A minimal PNG reader and 256-colour writer (8-bit RGB/RGBA in, palette out) ─────────────

const crc_table = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
	let c = 0xffffffff;
	for (const b of bytes) c = crc_table[(c ^ b) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG into RGB pixels. @param {Buffer} png */
function decode_png(png) {
	let pos = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	/** @type {Buffer[]} */
	const idat = [];
	while (pos < png.length) {
		const length = png.readUInt32BE(pos);
		const type = png.toString('latin1', pos + 4, pos + 8);
		const data = png.subarray(pos + 8, pos + 8 + length);
		if (type === 'IHDR') {
			width = data.readUInt32BE(0);
			height = data.readUInt32BE(4);
			const [depth, colour, , , interlace] = data.subarray(8, 13);
			channels = colour === 2 ? 3 : colour === 6 ? 4 : 0;
			if (depth !== 8 || !channels || interlace) throw new Error('unexpected PNG format');
		} else if (type === 'IDAT') idat.push(data);
		pos += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const rgb = Buffer.alloc(width * height * 3);
	let prev = Buffer.alloc(stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
		for (let x = 0; x < stride; x++) {
			const a = x >= channels ? line[x - channels] : 0;
			const b = prev[x];
			const c = x >= channels ? prev[x - channels] : 0;
			let predictor = 0;
			if (filter === 1) predictor = a;
			else if (filter === 2) predictor = b;
			else if (filter === 3) predictor = (a + b) >> 1;
			else if (filter === 4) {
				const p = a + b - c;
				const pa = Math.abs(p - a);
				const pb = Math.abs(p - b);
				const pc = Math.abs(p - c);
				predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			}
			line[x] = (line[x] + predictor) & 0xff;
		}
		for (let x = 0; x < width; x++) {
			line.copy(rgb, (y * width + x) * 3, x * channels, x * channels + 3);
		}
		prev = line;
	}
	return { width, height, rgb };
}

/**
 * Re-encodes RGB pixels as a palette PNG: the 256 most used colours, every other colour mapped
 * to the nearest of them (only anti-aliased edge pixels move, by a shade).
 * @param {{ width: number, height: number, rgb: Buffer }} image
 */
function encode_palette_png({ width, height, rgb }) {
	/** @type {Map<number, number>} */
	const counts = new Map();
	for (let i = 0; i < rgb.length; i += 3) {
		const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const palette = [...counts.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, 256)
		.map(([key]) => key);
	/** @type {Map<number, number>} */
	const index_of = new Map(palette.map((key, i) => [key, i]));
	const nearest = (/** @type {number} */ key) => {
		let best = 0;
		let best_distance = Infinity;
		palette.forEach((other, i) => {
			const dr = ((key >> 16) & 0xff) - ((other >> 16) & 0xff);
			const dg = ((key >> 8) & 0xff) - ((other >> 8) & 0xff);
			const db = (key & 0xff) - (other & 0xff);
			const distance = dr * dr + dg * dg + db * db;
			if (distance < best_distance) [best, best_distance] = [i, distance];
		});
		return best;
	};
	const rows = Buffer.alloc(height * (width + 1));
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 3;
			const key = (rgb[i] << 16) | (rgb[i + 1] << 8) | rgb[i + 2];
			let index = index_of.get(key);
			if (index === undefined) index_of.set(key, (index = nearest(key)));
			rows[y * (width + 1) + 1 + x] = index;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 3; // palette colour
	const plte = Buffer.alloc(palette.length * 3);
	palette.forEach((key, i) => plte.writeUIntBE(key, i * 3, 3));
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('PLTE', plte),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

// ── Rendering ───────────────────────────────────────────────────────────────────────────────

mkdirSync(target_dir, { recursive: true });
const names = readdirSync(source_dir)
	.filter((file) => file.endsWith('.svg'))
	.map((file) => file.replace(/\.svg$/, ''))
	.sort();

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
let failed = false;
try {
	const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
	for (const name of names) {
		const svg = readFileSync(join(source_dir, `${name}.svg`), 'utf8').replace(
			/^<\?xml[^>]*>\s*/,
			''
		);
		// Inline SVG (not <img>) so the page's system fonts draw the Vietnamese text.
		await page.setContent(
			`<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}svg{display:block}</style></head><body>${svg}</body></html>`
		);
		await page.evaluate(() => document.fonts.ready);
		const target = join(target_dir, `${name}.png`);
		const shot = await page.screenshot({ clip: { x: 0, y: 0, width, height } });
		writeFileSync(target, encode_palette_png(decode_png(shot)));
		const bytes = statSync(target).size;
		const too_big = bytes > max_bytes;
		failed ||= too_big;
		console.log(
			`${target}: ${Math.round(bytes / 1024)} KB${too_big ? ' — TOO BIG (max 60 KB)' : ''}`
		);
	}
} finally {
	await browser.close();
}
if (failed) process.exit(1);
