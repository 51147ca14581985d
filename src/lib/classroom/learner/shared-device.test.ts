import { describe, expect, it } from 'vitest';
import { merge_progress, new_attempt, record_of } from '$lib/progress/model';
import {
	finished_count,
	idle_due,
	latest_step,
	parse_shared_device,
	SHARED_OFF
} from './shared-device';

const T0 = Date.UTC(2026, 10, 28, 2, 0, 0);
const STEPS = ['mo-trang', 'nhap-so'];

function record(lesson: string, at: number, finished = false) {
	const a = new_attempt(`a-${lesson}`, 'huong-dan', STEPS, at);
	const attempt = finished ? { ...a, finished_at: at + 5, score: 90, step_id: undefined } : a;
	return merge_progress(undefined, record_of('lan', lesson, { ...attempt, updated_at: at }), STEPS);
}

describe('a device shared by a class', () => {
	it('is off unless switched on; a damaged value counts as off', () => {
		expect(parse_shared_device(null)).toEqual(SHARED_OFF);
		expect(parse_shared_device('{oops')).toEqual(SHARED_OFF);
		expect(parse_shared_device('{"on":true,"idle_minutes":10}')).toEqual({
			on: true,
			idle_minutes: 10
		});
		expect(parse_shared_device('{"on":true,"idle_minutes":0}')).toEqual({
			on: true,
			idle_minutes: 5
		});
	});

	it('goes back after the idle minutes, not before', () => {
		expect(idle_due(T0, T0 + 5 * 60_000 - 1, 5)).toBe(false);
		expect(idle_due(T0, T0 + 5 * 60_000, 5)).toBe(true);
	});

	it('sees a lesson finished, and the step the learner is on', () => {
		const started = record('a/b', T0);
		const done = record('c/d', T0 + 1000, true);
		expect(finished_count([started])).toBe(0);
		expect(finished_count([started, done])).toBe(1);
		expect(latest_step([started])).toEqual({
			lesson_id: 'a/b',
			step_id: 'mo-trang',
			updated_at: T0
		});
		expect(latest_step([started, done])).toEqual({ lesson_id: 'c/d', updated_at: T0 + 1000 });
		expect(latest_step([])).toBeNull();
	});
});
