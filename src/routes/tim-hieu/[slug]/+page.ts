import type { Component } from 'svelte';

// Only the body of the article being read is loaded; the list comes from the server load.
const bodies = import.meta.glob<{ default: Component }>('/content/articles/*.md');

export async function load({ data }) {
	const body = await bodies[`/${data.article.file}`]();
	return { ...data, Body: body.default };
}
