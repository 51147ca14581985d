/**
 * Everything a learner does in the practice portal, as typed events on one channel. Lessons
 * (and anything else) subscribe here; the portal never imports lesson code.
 *
 * The events and their fields are defined once, as the runtime schema sim_event_schema in
 * event-schema.ts; `SimEvent` is its output type.
 */
import type * as v from 'valibot';
import type { sim_event_schema } from './event-schema';

export type SimEvent = v.InferOutput<typeof sim_event_schema>;
export type SimEventType = SimEvent['type'];

export type Listener = (event: SimEvent) => void;

export function create_event_channel() {
	const listeners = new Set<Listener>();
	return {
		/** Calls `listener` for every event from now on; returns the function that stops it. */
		subscribe(listener: Listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
		emit(event: SimEvent) {
			for (const listener of [...listeners]) listener(event);
		}
	};
}

/** The one channel of the practice portal. */
export const sim_events = create_event_channel();
