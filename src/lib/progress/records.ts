/** What the sandbox database keeps of a learner's lessons. */
import type { PlayerState } from '$lib/lessons/player';
import type { XapiStatement } from './xapi';

export interface LessonProgress {
	learner_id: string;
	lesson_id: string;
	status: 'in-progress' | 'completed';
	/** the player exactly as it was: step, help level, hints, mistakes, step records */
	state: PlayerState;
	/** 0–100 once finished */
	score: number | null;
	started_at: number;
	updated_at: number;
	completed_at?: number;
}

/** Each learning record also kept as an xAPI statement, for class reports later. */
export interface StatementRecord {
	id: string;
	learner_id: string;
	timestamp: string;
	statement: XapiStatement;
}
