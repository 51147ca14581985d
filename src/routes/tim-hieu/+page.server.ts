import { articles } from '$lib/content/articles.server';

export function load() {
	return {
		articles: articles.map(({ slug, title, description, minutes }) => ({
			slug,
			title,
			description,
			minutes
		}))
	};
}
