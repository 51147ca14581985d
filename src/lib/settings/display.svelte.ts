/**
 * Display preferences of this device: language, text size, contrast, reading aloud.
 * When a learner is chosen, text size, contrast and reading aloud are theirs: learner-settings.ts
 * saves them in the database and puts them here on switching. Kept in localStorage so the inline script in app.html can apply them before the first paint
 * (no flash of small text for someone who needs 200 %). The key and shape are shared with it.
 */
import { i18n, is_language, type Language } from '$lib/i18n/index.svelte';

export const DISPLAY_KEY = 'cds:display';
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextScale = (typeof TEXT_SCALES)[number];
export type Contrast = 'normal' | 'high';

export interface DisplayPrefs {
	lang: Language;
	textScale: TextScale;
	contrast: Contrast;
	/** read lessons aloud (only where the device has a Vietnamese voice: read-aloud.svelte.ts) */
	readAloud: boolean;
}

export const DEFAULT_DISPLAY: DisplayPrefs = {
	lang: 'vi',
	textScale: 1,
	contrast: 'normal',
	readAloud: false
};

/** Reads stored preferences, dropping anything malformed (never throws). */
export function parse_display(raw: string | null): DisplayPrefs {
	let value: Record<string, unknown> = {};
	try {
		const parsed: unknown = JSON.parse(raw ?? '{}');
		if (parsed && typeof parsed === 'object') value = parsed as Record<string, unknown>;
	} catch {
		// a damaged value is treated as no value
	}
	return {
		lang: is_language(value.lang) ? value.lang : DEFAULT_DISPLAY.lang,
		textScale: TEXT_SCALES.includes(value.textScale as TextScale)
			? (value.textScale as TextScale)
			: DEFAULT_DISPLAY.textScale,
		contrast: value.contrast === 'high' ? 'high' : 'normal',
		readAloud: value.readAloud === true
	};
}

function read_storage(): string | null {
	try {
		return localStorage.getItem(DISPLAY_KEY);
	} catch {
		return null;
	}
}

class Display {
	prefs = $state<DisplayPrefs>({ ...DEFAULT_DISPLAY });
	/** false when localStorage refused the last write (private mode): the page says so */
	saved = $state(true);

	/** Called once in the browser, after hydration. */
	load() {
		this.prefs = parse_display(read_storage());
		this.#apply();
	}

	update(change: Partial<DisplayPrefs>) {
		this.prefs = { ...this.prefs, ...change };
		try {
			localStorage.setItem(DISPLAY_KEY, JSON.stringify(this.prefs));
			this.saved = true;
		} catch {
			this.saved = false;
		}
		this.#apply();
	}

	#apply() {
		const root = document.documentElement;
		root.style.setProperty('--text-scale', String(this.prefs.textScale));
		if (this.prefs.contrast === 'high') root.dataset.contrast = 'high';
		else delete root.dataset.contrast;
		void i18n.set_language(this.prefs.lang);
	}
}

export const display = new Display();
