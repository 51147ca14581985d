import { error } from '@sveltejs/kit';
import { get_lesson, lessons } from '$lib/content/lessons.server';
import { places } from '$lib/content/places.server';
import { procedures } from '$lib/content/procedures.server';

export function entries() {
	return lessons.map((lesson) => ({ slug: lesson.id }));
}

export function load({ params }) {
	// A rest parameter keeps the trailing slash of `/bai-hoc/chuong/bai/`.
	const lesson = get_lesson(params.slug.replace(/\/$/, ''));
	if (!lesson) error(404, 'Not found');
	return { lesson, procedures, places, all_lessons: lessons.map((l) => l.id) };
}
