// Renders static/icons/icon.svg to the PNG sizes the web app manifest lists.
// Run once after changing the SVG: npm run render-icons (needs Chromium).
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
for (const size of [192, 512]) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`
	);
	await page.screenshot({ path: `static/icons/icon-${size}.png` });
	await page.close();
}
await browser.close();
console.log('static/icons/icon-192.png, icon-512.png written');
