/**
 * i18next, the translation engine, with the Vietnamese strings built in and other languages
 * added on demand. It loads when a learner switches language (see index.svelte.ts).
 */
import i18next from 'i18next';
import type { Language, Messages } from './index.svelte';
import vi from './locales/vi.json';

export function create_engine() {
	const instance = i18next.createInstance();
	void instance.init({
		lng: 'vi',
		fallbackLng: 'vi',
		supportedLngs: ['vi', 'en'],
		resources: { vi: { translation: vi } },
		initAsync: false,
		interpolation: { escapeValue: false }
	});
	return instance;
}

export type Engine = ReturnType<typeof create_engine>;

const bundles: Record<Exclude<Language, 'vi'>, () => Promise<{ default: Messages }>> = {
	en: () => import('./locales/en.json')
};

/** Adds a language's strings to the engine (once) and switches it to that language. */
export async function load_language(engine: Engine, language: Language) {
	if (language !== 'vi' && !engine.hasResourceBundle(language, 'translation')) {
		engine.addResourceBundle(language, 'translation', (await bundles[language]()).default);
	}
	await engine.changeLanguage(language);
}
