import { describe, expect, it } from 'vitest';
import { create_engine, load_language } from './engine';
import en from './locales/en.json';
import vi from './locales/vi.json';
import { vietnamese, type MessageKey } from './index.svelte';

function keys(value: object, prefix = ''): string[] {
	return Object.entries(value).flatMap(([key, inner]) =>
		typeof inner === 'string' ? [`${prefix}${key}`] : keys(inner, `${prefix}${key}.`)
	);
}

const text_of = (strings: object, key: string) =>
	key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], strings);

describe('UI strings', () => {
	it('English covers every Vietnamese key, and no more', () => {
		expect(keys(en).sort()).toEqual(keys(vi).sort());
	});

	it('no string is empty and every string is in Unicode NFC', () => {
		for (const [lang, strings] of Object.entries({ vi, en })) {
			for (const key of keys(strings)) {
				const text = text_of(strings, key);
				expect(typeof text === 'string' && text.trim().length > 0, `${lang} ${key}`).toBe(true);
				expect((text as string).normalize('NFC'), `${lang} ${key}`).toBe(text);
			}
		}
	});

	it('the built-in Vietnamese gives exactly what i18next gives, for every key', () => {
		const engine = create_engine();
		const values = { count: 4, percent: 150, date: '26/11/2026', name: 'Bà Lan' };
		for (const key of keys(vi) as MessageKey[]) {
			expect(vietnamese(key, values), key).toBe(engine.t(key, values));
		}
		expect(vietnamese('learn.minutes', { count: 4 })).toBe('Khoảng 4 phút đọc');
	});

	it('i18next switches to English on demand and back', async () => {
		const engine = create_engine();
		expect(engine.t('settings.title')).toBe('Cài đặt');
		expect(engine.hasResourceBundle('en', 'translation')).toBe(false);
		await load_language(engine, 'en');
		expect(engine.t('settings.title')).toBe('Settings');
		await load_language(engine, 'vi');
		expect(engine.t('settings.title')).toBe('Cài đặt');
	});
});
