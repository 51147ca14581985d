/**
 * One spelling of the tone mark on oa, oe, uy for everything a learner reads: the traditional
 * one ("khóa", "hòa", "thủy"), as on the real Cổng Dịch vụ công quốc gia. The build checks the
 * content (language.ts, content-error.ts); this test reads every file of content/, src/ and tests/
 * as text, so a label in a component, a message in a .ts file or a test that asserts one cannot
 * bring the other spelling back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { new_tone_marks } from './language';

const FOLDERS = ['content', 'src', 'tests'];
const TEXT_FILES = /\.(ts|js|svelte|md|yaml|json|html|css|svg|txt)$/;

/** The text files below a folder (a route folder may be named like a file: du-lieu/thu-tuc.json/). */
function text_files(folder: string): string[] {
	return readdirSync(folder, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && TEXT_FILES.test(entry.name))
		.map((entry) => join(entry.parentPath, entry.name));
}

describe('the spelling of tone marks', () => {
	it('is the traditional one in every file of content/, src/ and tests/', () => {
		const files = FOLDERS.flatMap(text_files);
		expect(files.length).toBeGreaterThan(100);
		const found = files.flatMap((file) =>
			new_tone_marks(readFileSync(file, 'utf8')).map(
				({ word, traditional }) => `${file}: write “${traditional}”, not “${word}”`
			)
		);
		expect(found).toEqual([]);
	});
});
