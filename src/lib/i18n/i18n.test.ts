import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import vi from './locales/vi.json';
import { create_i18n, load_language } from './index.svelte';

function keys(value: object, prefix = ''): string[] {
	return Object.entries(value).flatMap(([key, inner]) =>
		typeof inner === 'string' ? [`${prefix}${key}`] : keys(inner, `${prefix}${key}.`)
	);
}

describe('UI strings', () => {
	it('English covers every Vietnamese key, and no more', () => {
		expect(keys(en).sort()).toEqual(keys(vi).sort());
	});

	it('no string is empty and every string is in Unicode NFC', () => {
		for (const [lang, strings] of Object.entries({ vi, en })) {
			for (const key of keys(strings)) {
				const text = key
					.split('.')
					.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings);
				expect(typeof text === 'string' && text.trim().length > 0, `${lang} ${key}`).toBe(true);
				expect((text as string).normalize('NFC'), `${lang} ${key}`).toBe(text);
			}
		}
	});

	it('translates with Vietnamese by default, fills in values, and loads English on demand', async () => {
		const i18n = create_i18n();
		expect(i18n.t('settings.title')).toBe('Cài đặt');
		expect(i18n.t('learn.minutes', { count: 4 })).toBe('Khoảng 4 phút đọc');
		expect(i18n.hasResourceBundle('en', 'translation')).toBe(false);
		await load_language(i18n, 'en');
		expect(i18n.t('settings.title')).toBe('Settings');
		await load_language(i18n, 'vi');
		expect(i18n.t('settings.title')).toBe('Cài đặt');
	});
});
