import { glossary } from '$lib/content/glossary.server';

export function load() {
	return { glossary };
}
