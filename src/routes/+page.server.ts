import { articles } from '$lib/content/articles.server';
import { lessons } from '$lib/content/lessons.server';

export function load() {
	return {
		articles: articles.map(({ slug, title, description }) => ({ slug, title, description })),
		// for "Tiếp tục: <bài>, bước N/M"
		lessons: lessons.map(({ id, title, steps }) => ({
			id,
			title,
			step_ids: steps.map((step) => step.id)
		}))
	};
}
