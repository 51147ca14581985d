/**
 * The small value schemas every kind of content shares (articles, procedures, places,
 * lessons). Text is checked for Unicode NFC on the whole file first (nfc_problems in
 * content-error.ts), so these only check the shape.
 */
import * as v from 'valibot';

/** Non-empty text. */
export const nonblank_text = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', 'must not be empty')
);

export const slug = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase slug like "dang-ky-khai-sinh"')
);

/** Stable ids that lessons point at: `child_full_name`. */
export const snake_id = v.pipe(
	v.string(),
	v.regex(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/, 'expected a snake_case id like "child_full_name"')
);

export function is_https_url(s: string): boolean {
	if (!s.startsWith('https://')) return false;
	try {
		return new URL(s).hostname.includes('.');
	} catch {
		return false;
	}
}

export const https_url = v.pipe(
	v.string(),
	v.check(
		is_https_url,
		(issue) => `expected a full https:// address, got ${JSON.stringify(issue.input)}`
	)
);

export const source_schema = v.strictObject({ title: nonblank_text, url: https_url });

/** 'YYYY-MM-DD', quoted in YAML (an unquoted date becomes a JavaScript Date). */
export const iso_date = v.pipe(
	v.string('must be a date in quotes, like "2026-11-26"'),
	v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like "2026-11-26"')
);
