/** What the sandbox database keeps of a learner's lessons (the progress record: model.ts). */
import type { XapiStatement } from './xapi';

export type { Attempt, AttemptTotals, LessonProgress, ProgressV3 } from './model';

/** Each learning record also kept as an xAPI statement, for class reports later. */
export interface StatementRecord {
	id: string;
	learner_id: string;
	timestamp: string;
	statement: XapiStatement;
}
