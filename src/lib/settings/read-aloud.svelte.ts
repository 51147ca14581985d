/**
 * Reading aloud with the device's own Vietnamese voice (Web Speech API, nothing leaves the
 * device). Offered only where the device has a voice whose language is Vietnamese: another
 * voice would read Vietnamese words wrongly, so this module never speaks with one.
 *
 * Lesson code: show a "Đọc to" control when `read_aloud.enabled`, and call speak(text).
 */
import { createSubscriber } from 'svelte/reactivity';
import { display } from './display.svelte';

/** What "Nghe thử" on the settings page reads. */
export const READ_ALOUD_SAMPLE = 'Xin chào. Đây là giọng đọc tiếng Việt trên máy của bạn.';

/** How long to wait for voices to load before saying the device has no Vietnamese voice. */
export const VOICES_WAIT_MS = 1500;

function synthesis(): SpeechSynthesis | null {
	return typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
}

const is_vietnamese = (voice: SpeechSynthesisVoice) => /^vi([-_]|$)/i.test(voice.lang);

/**
 * The device's Vietnamese voice, or null: vi-VN before other Vietnamese variants, and a voice on
 * the device before one that needs the network.
 */
export function vietnamese_voice(): SpeechSynthesisVoice | null {
	const voices = (synthesis()?.getVoices() ?? []).filter(is_vietnamese);
	const rank = (voice: SpeechSynthesisVoice) =>
		(/^vi[-_]vn$/i.test(voice.lang) ? 0 : 2) + (voice.localService ? 0 : 1);
	return voices.sort((a, b) => rank(a) - rank(b))[0] ?? null;
}

let voices_settled = false;

// Voices may load after the page (Chrome fills getVoices() later and fires `voiceschanged`).
const subscribe = createSubscriber((update) => {
	const speech = synthesis();
	if (!speech) return;
	const settle = () => {
		voices_settled = true;
		update();
	};
	if (speech.getVoices().length) voices_settled = true;
	speech.addEventListener('voiceschanged', settle);
	const timer = setTimeout(settle, VOICES_WAIT_MS);
	return () => {
		speech.removeEventListener('voiceschanged', settle);
		clearTimeout(timer);
	};
});

export const read_aloud = {
	/** the device has a Vietnamese voice (reactive: becomes true when voices arrive) */
	get available(): boolean {
		subscribe();
		return vietnamese_voice() !== null;
	},
	/** still waiting for the device's voices: say nothing about them yet */
	get checking(): boolean {
		subscribe();
		return synthesis() !== null && !voices_settled && vietnamese_voice() === null;
	},
	/** the learner turned reading aloud on and the device can do it */
	get enabled(): boolean {
		return display.prefs.readAloud && this.available;
	}
};

/**
 * Reads `text` aloud with the Vietnamese voice, stopping what was being read. Returns false, and
 * says nothing, when the device has no Vietnamese voice.
 */
export function speak(text: string): boolean {
	const speech = synthesis();
	const voice = vietnamese_voice();
	if (!speech || !voice) return false;
	speech.cancel();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.voice = voice;
	utterance.lang = 'vi-VN';
	utterance.rate = 0.9;
	speech.speak(utterance);
	return true;
}

/** Stops reading aloud. */
export function stop_speaking() {
	synthesis()?.cancel();
}
