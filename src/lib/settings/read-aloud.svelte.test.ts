import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	read_aloud,
	speak,
	stop_speaking,
	vietnamese_voice,
	VOICES_WAIT_MS
} from './read-aloud.svelte';

function voice(lang: string, name = lang, localService = true) {
	return { lang, name, localService, default: false, voiceURI: name } as SpeechSynthesisVoice;
}

class FakeUtterance {
	text: string;
	voice: SpeechSynthesisVoice | null = null;
	lang = '';
	rate = 1;
	constructor(text: string) {
		this.text = text;
	}
}

/** A device whose speech engine offers these voices. */
function device(voices: SpeechSynthesisVoice[]) {
	const engine = {
		getVoices: vi.fn(() => voices),
		speak: vi.fn(),
		cancel: vi.fn(),
		addEventListener: vi.fn(),
		removeEventListener: vi.fn()
	};
	vi.stubGlobal('speechSynthesis', engine);
	vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
	return engine;
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('read_aloud.available', () => {
	// The module remembers, like a page does, once the voices have settled: this test comes first.
	it('is "checking" until the voices load or the wait is over, then says there is none', () => {
		vi.useFakeTimers();
		device([]);
		const seen: string[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(read_aloud.checking ? 'checking' : read_aloud.available ? 'yes' : 'none');
			});
		});
		flushSync();
		vi.advanceTimersByTime(VOICES_WAIT_MS);
		flushSync();
		expect(seen).toEqual(['checking', 'none']);
		stop();
	});

	it('becomes true when the device’s voices arrive late (voiceschanged)', async () => {
		const voices: SpeechSynthesisVoice[] = [];
		const engine = device(voices);
		const seen: boolean[] = [];
		const stop = $effect.root(() => {
			$effect(() => {
				seen.push(read_aloud.available);
			});
		});
		flushSync();
		expect(seen).toEqual([false]);
		const [[event, on_change]] = engine.addEventListener.mock.calls as [[string, () => void]];
		expect(event).toBe('voiceschanged');
		voices.push(voice('vi-VN'));
		on_change();
		flushSync();
		expect(seen).toEqual([false, true]);
		stop();
		await Promise.resolve();
		expect(engine.removeEventListener).toHaveBeenCalled();
	});
});

describe('vietnamese_voice', () => {
	it('is null where there is no speech engine or no Vietnamese voice', () => {
		expect(vietnamese_voice()).toBeNull();
		device([voice('en-US'), voice('fr-FR'), voice('zh-CN')]);
		expect(vietnamese_voice()).toBeNull();
	});

	it('does not take a language that merely starts with the letters "vi"', () => {
		device([voice('vai'), voice('vo')]);
		expect(vietnamese_voice()).toBeNull();
	});

	it('finds vi-VN, vi_VN (Android) and vi, preferring vi-VN on the device', () => {
		device([voice('en-US'), voice('vi', 'vi plain'), voice('vi-VN', 'vi online', false)]);
		expect(vietnamese_voice()?.name).toBe('vi online');
		device([voice('vi-VN', 'vi online', false), voice('vi_VN', 'vi local')]);
		expect(vietnamese_voice()?.name).toBe('vi local');
		device([voice('en-US'), voice('vi', 'vi plain')]);
		expect(vietnamese_voice()?.name).toBe('vi plain');
	});
});

describe('speak', () => {
	it('reads with the Vietnamese voice, in vi-VN, a little slower, stopping what was read', () => {
		const engine = device([voice('en-US'), voice('vi-VN', 'Linh')]);
		expect(speak('Bấm nút Đăng nhập')).toBe(true);
		expect(engine.cancel).toHaveBeenCalledBefore(engine.speak);
		const [utterance] = engine.speak.mock.calls[0] as [FakeUtterance];
		expect(utterance).toMatchObject({ text: 'Bấm nút Đăng nhập', lang: 'vi-VN', rate: 0.9 });
		expect(utterance.voice?.name).toBe('Linh');
	});

	it('never speaks with another language’s voice', () => {
		const engine = device([voice('en-US'), voice('en-GB')]);
		expect(speak('Xin chào')).toBe(false);
		expect(engine.speak).not.toHaveBeenCalled();
		expect(engine.cancel).not.toHaveBeenCalled();
	});

	it('does nothing (and does not throw) without a speech engine', () => {
		expect(speak('Xin chào')).toBe(false);
		expect(() => stop_speaking()).not.toThrow();
	});
});
