/**
 * The lessons as content/lessons lists them, read the way the site builds them (numbers order
 * folders and files and are stripped from addresses and ids), so tests generated from the
 * content pick up every lesson with no edit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ContentLesson {
	/** `chapter-slug/lesson-slug`, as progress is stored */
	id: string;
	/** the lesson page, `/bai-hoc/<id>/` */
	path: string;
	title: string;
	/** the step ids in order */
	step_ids: string[];
	/** offers "Xem mẫu" */
	demo: boolean;
	/** for each knowledge check, by its question: the texts of the right options */
	answers: Map<string, string[]>;
}

/** A step file's frontmatter, parsed. */
function step_front(file: string): Record<string, unknown> {
	const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1];
	return (front ? parse(front) : {}) ?? {};
}

interface Question {
	prompt: string;
	options: { text: string; correct?: boolean }[];
}

const strip = (name: string) => name.replace(/\.md$/, '').replace(/^\d+-/, '');

function numbered_dirs(dir: string) {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && /^\d+-/.test(entry.name))
		.map((entry) => entry.name)
		.sort();
}

export function content_lessons(root = 'content/lessons'): ContentLesson[] {
	const lessons: ContentLesson[] = [];
	for (const chapter of numbered_dirs(root)) {
		for (const folder of numbered_dirs(join(root, chapter))) {
			const dir = join(root, chapter, folder);
			const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(
				readFileSync(join(dir, 'index.md'), 'utf8')
			)?.[1];
			if (!front) throw new Error(`${dir}/index.md has no frontmatter`);
			const title = /^title:\s*(.+?)\s*$/m.exec(front)?.[1].replace(/^(['"])(.*)\1$/, '$2');
			// help_levels as a flow list ([xem-mau, …]) or a block list (- xem-mau)
			const levels = /^help_levels:((?:.*)(?:\r?\n[ \t]+-.*)*)/m.exec(front)?.[1] ?? '';
			const id = `${strip(chapter)}/${strip(folder)}`;
			const step_files = readdirSync(dir)
				.filter((name) => /^\d+-.*\.md$/.test(name))
				.sort();
			const answers = new Map<string, string[]>();
			for (const name of step_files) {
				const question = step_front(join(dir, name)).question as Question | undefined;
				if (question) {
					answers.set(
						question.prompt,
						question.options.filter((o) => o.correct).map((o) => o.text)
					);
				}
			}
			lessons.push({
				id,
				path: `/bai-hoc/${id}/`,
				title: title ?? id,
				step_ids: step_files.map(strip),
				demo: /\bxem-mau\b/.test(levels),
				answers
			});
		}
	}
	return lessons;
}
