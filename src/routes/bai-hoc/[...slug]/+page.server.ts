import { error } from '@sveltejs/kit';
import { certificate_course, get_lesson, lesson_texts, lessons } from '$lib/content/lessons.server';

export function entries() {
	return lessons.map((lesson) => ({ slug: lesson.id }));
}

// Only this lesson's own data, its texts as HTML among it: the portal fetches the procedures and
// places it opens (src/lib/portal/data/loader.ts), so the page does not grow with the course.
export async function load({ params }) {
	// A rest parameter keeps the trailing slash of `/bai-hoc/chuong/bai/`.
	const lesson = get_lesson(params.slug.replace(/\/$/, ''));
	if (!lesson) error(404, 'Not found');
	return { lesson, ...(await lesson_texts(lesson)), all_lessons: certificate_course };
}
