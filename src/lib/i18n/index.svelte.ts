/**
 * The one entry point for UI text. i18next holds the strings; this wrapper makes `t()`
 * reactive (components re-render when the language changes) and keeps <html lang> in step.
 * Lesson and procedure text is Vietnamese content, not UI chrome, and does not pass through here.
 */
import i18next from 'i18next';
import vi from './locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every message key, as a dotted path ("settings.title"): a missing key fails the type check. */
type Leaves<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof vi>;
export type Messages = typeof vi;

/**
 * Builds a fresh i18next instance, synchronously ready in Vietnamese (tests make their own).
 * Other languages load on demand (load_language), so Vietnamese pages carry no English text.
 */
export function create_i18n() {
	const instance = i18next.createInstance();
	void instance.init({
		lng: 'vi',
		fallbackLng: 'vi',
		supportedLngs: [...LANGUAGES],
		resources: { vi: { translation: vi } },
		initAsync: false,
		interpolation: { escapeValue: false }
	});
	return instance;
}

const bundles: Record<Exclude<Language, 'vi'>, () => Promise<{ default: Messages }>> = {
	en: () => import('./locales/en.json')
};

/** Adds a language's strings to an instance (once) and switches it to that language. */
export async function load_language(instance: ReturnType<typeof create_i18n>, language: Language) {
	if (language !== 'vi' && !instance.hasResourceBundle(language, 'translation')) {
		instance.addResourceBundle(language, 'translation', (await bundles[language]()).default);
	}
	await instance.changeLanguage(language);
}

export function is_language(value: unknown): value is Language {
	return LANGUAGES.includes(value as Language);
}

class I18n {
	#instance = create_i18n();
	language = $state<Language>('vi');

	/** Translates a key; reading `language` makes the caller re-run when it changes. */
	t = (key: MessageKey, values?: Record<string, string | number>): string => {
		void this.language;
		return this.#instance.t(key, values ?? {});
	};

	async set_language(language: Language) {
		if (language === this.language) return;
		await load_language(this.#instance, language);
		this.language = language;
		if (typeof document !== 'undefined') document.documentElement.lang = language;
	}
}

export const i18n = new I18n();
export const t = i18n.t;
