import { error } from '@sveltejs/kit';
import { articles, get_article } from '$lib/content/articles.server';

export function entries() {
	return articles.map(({ slug }) => ({ slug }));
}

export function load({ params }) {
	const article = get_article(params.slug);
	if (!article) error(404, 'Not found');
	return { article };
}
