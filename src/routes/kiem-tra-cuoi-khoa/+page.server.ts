import { certificate_course } from '$lib/content/lessons.server';

export function load() {
	return { course: certificate_course };
}
