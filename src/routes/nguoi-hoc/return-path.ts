/** The query parameter naming the page to go back to after choosing a learner (the header sets it). */
export const RETURN_PARAM = 've';

/**
 * Where to go after choosing a learner: the page named in the address, if it is a page of this
 * site (never another site, never the learners page itself); else null.
 */
export function return_path(url: URL, learners_path = '/nguoi-hoc/'): string | null {
	const path = url.searchParams.get(RETURN_PARAM);
	if (!path || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return null;
	const target = new URL(path, url.origin);
	if (target.origin !== url.origin || target.pathname.startsWith(learners_path)) return null;
	return target.pathname + target.search + target.hash;
}
