/**
 * The one entry point for UI text. `t()` is reactive: components re-render when the language
 * changes, and <html lang> follows it. Lesson and procedure text is Vietnamese content, not UI
 * chrome, and does not pass through here.
 *
 * Vietnamese, the default, is read straight from locales/vi.json, so a Vietnamese page carries
 * no translation engine (about 17 KB gzip saved on every page, for phones on slow data).
 * i18next loads when a learner chooses another language and translates from then on; a test
 * checks that both give the same Vietnamese text for every key.
 */
import type { Engine } from './engine';
import vi from './locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every message key, as a dotted path ("settings.title"): a missing key fails the type check. */
type Leaves<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof vi>;
export type Messages = typeof vi;
export type Values = Record<string, string | number>;

export function is_language(value: unknown): value is Language {
	return LANGUAGES.includes(value as Language);
}

/** The Vietnamese text of a key with its {{values}} filled in, as i18next would give it. */
export function vietnamese(key: MessageKey, values: Values = {}): string {
	const text = key
		.split('.')
		.reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], vi);
	if (typeof text !== 'string') return key;
	return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
		name in values ? String(values[name]) : whole
	);
}

class I18n {
	#engine: Engine | undefined;
	language = $state<Language>('vi');

	/** Translates a key; reading `language` makes the caller re-run when it changes. */
	t = (key: MessageKey, values?: Values): string => {
		if (this.language === 'vi' || !this.#engine) return vietnamese(key, values);
		return this.#engine.t(key, values ?? {});
	};

	async set_language(language: Language) {
		if (language === this.language) return;
		if (language !== 'vi' || this.#engine) {
			const { create_engine, load_language } = await import('./engine');
			this.#engine ??= create_engine();
			await load_language(this.#engine, language);
		}
		this.language = language;
		if (typeof document !== 'undefined') document.documentElement.lang = language;
	}
}

export const i18n = new I18n();
export const t = i18n.t;
