// Every page is prerendered into build/<path>/index.html, which any static host serves.
export const prerender = true;
export const trailingSlash = 'always';
