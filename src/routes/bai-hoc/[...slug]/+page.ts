import type { Component } from 'svelte';

type Module = { default: Component };
export type TextLoader = () => Promise<Module>;

// Each text of a lesson (its introduction, each step's instruction) is an mdsvex component
// loaded when it is shown, so opening a lesson downloads only what the learner reads first.
const texts = import.meta.glob<Module>([
	'/content/lessons/*/*/index.md',
	'/content/lessons/*/*/[0-9]*.md'
]);

export function load({ data }) {
	const lesson = data.lesson;
	const bodies: Record<string, TextLoader> = Object.fromEntries(
		lesson.steps.flatMap((step) => {
			const loader = texts[`/${step.file}`];
			return loader ? [[step.id, loader]] : [];
		})
	);
	return { ...data, intro: texts[`/${lesson.file}`] as TextLoader | undefined, bodies };
}
