/**
 * The one entry point for UI text. i18next holds the strings; this wrapper makes `t()`
 * reactive (components re-render when the language changes) and keeps <html lang> in step.
 * Lesson and procedure text is Vietnamese content, not UI chrome, and does not pass through here.
 */
import i18next from 'i18next';
import en from './locales/en.json';
import vi from './locales/vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every message key, as a dotted path ("settings.title"): a missing key fails the type check. */
type Leaves<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<typeof vi>;
export type Messages = typeof vi;

/** Builds a fresh, synchronously ready i18next instance (tests make their own). */
export function create_i18n(lng: Language = 'vi') {
	const instance = i18next.createInstance();
	void instance.init({
		lng,
		fallbackLng: 'vi',
		supportedLngs: [...LANGUAGES],
		resources: { vi: { translation: vi }, en: { translation: en } },
		initAsync: false,
		interpolation: { escapeValue: false }
	});
	return instance;
}

export function is_language(value: unknown): value is Language {
	return LANGUAGES.includes(value as Language);
}

class I18n {
	#instance = create_i18n('vi');
	language = $state<Language>('vi');

	/** Translates a key; reading `language` makes the caller re-run when it changes. */
	t = (key: MessageKey, values?: Record<string, string | number>): string => {
		void this.language;
		return this.#instance.t(key, values ?? {});
	};

	set_language(language: Language) {
		if (language === this.language) return;
		void this.#instance.changeLanguage(language);
		this.language = language;
		if (typeof document !== 'undefined') document.documentElement.lang = language;
	}
}

export const i18n = new I18n();
export const t = i18n.t;
