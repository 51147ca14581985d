import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY, parse_display } from './display.svelte';

describe('stored display preferences', () => {
	it('reads a valid value', () => {
		expect(parse_display('{"lang":"en","textScale":2,"contrast":"high","readAloud":true}')).toEqual(
			{
				lang: 'en',
				textScale: 2,
				contrast: 'high',
				readAloud: true
			}
		);
	});

	it('falls back to the defaults for nothing, damaged JSON or unknown values', () => {
		expect(parse_display(null)).toEqual(DEFAULT_DISPLAY);
		expect(parse_display('{not json')).toEqual(DEFAULT_DISPLAY);
		expect(parse_display('"text"')).toEqual(DEFAULT_DISPLAY);
		expect(
			parse_display('{"lang":"fr","textScale":9,"contrast":"neon","readAloud":"yes"}')
		).toEqual(DEFAULT_DISPLAY);
	});

	it('keeps the good parts of a partly damaged value', () => {
		expect(parse_display('{"lang":"en","textScale":"big"}')).toEqual({
			lang: 'en',
			textScale: 1,
			contrast: 'normal',
			readAloud: false
		});
	});
});
