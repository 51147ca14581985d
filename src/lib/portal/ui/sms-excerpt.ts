/**
 * The part of a message a heads-up notification shows first: from the word before the
 * code it carries (an OTP, a dossier code), so the code is in the first line or two even in
 * very large text. A message without a code starts at its beginning.
 */
export function sms_excerpt(body: string, words_before = 1): string {
	const code = /\b\d{6,}\b/.exec(body);
	if (!code) return body;
	const before = body.slice(0, code.index).trimEnd().split(/\s+/);
	if (before.length <= words_before) return body;
	return `…${before.slice(-words_before).join(' ')} ${body.slice(code.index)}`;
}
