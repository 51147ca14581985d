// One lesson's title and step texts for the presenter view (/trinh-chieu/), fetched when the
// learner it follows is on that lesson: the presenter page does not carry the whole course.
import { error, json } from '@sveltejs/kit';
import { get_lesson, lesson_texts, lessons } from '$lib/content/lessons.server';

export const prerender = true;

export function entries() {
	return lessons.map((lesson) => {
		const [chapter, name] = lesson.id.split('/');
		return { chapter, lesson: name };
	});
}

export async function GET({ params }) {
	const lesson = get_lesson(`${params.chapter}/${params.lesson}`);
	if (!lesson) error(404, 'Not found');
	const { bodies } = await lesson_texts(lesson);
	return json({
		id: lesson.id,
		title: lesson.title,
		steps: lesson.steps.map((step) => ({
			id: step.id,
			title: step.title,
			html: bodies[step.id] ?? ''
		}))
	});
}
