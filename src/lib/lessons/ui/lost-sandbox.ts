/**
 * A lesson half-done before the database kept each lesson's own sandbox (Dexie version 5) has
 * its progress, but its practice portal (sign-in, draft, dossiers) stayed behind in free practice:
 * resumed as it was, the later steps would wait for a dossier that is not there. Every attempt
 * started since stores its sandbox's session when it starts (Portal.apply_setup), and "Làm lại từ
 * đầu" stores a fresh one, so an unfinished attempt whose lesson sandbox holds no session is one
 * of those. The player then starts a new attempt from step 1 (earlier attempts, and so a finished
 * lesson and its certificate, stay) and says why.
 */
import type { PortalDriver } from '$lib/portal/driver';
import type { LessonRun } from '../lesson-run.svelte';

export const SANDBOX_LOST_MESSAGE =
	'Trang web vừa được cập nhật, nên phần Cổng tập của bài này phải làm lại. Bài học bắt đầu lại từ bước 1. Kết quả các lần học trước của bạn vẫn được giữ nguyên.';

/** True when the run shows an unfinished attempt whose lesson sandbox was never set up. */
export async function sandbox_lost(
	run: Pick<LessonRun, 'state' | 'finished'>,
	portal: Pick<PortalDriver, 'is_set_up' | 'in_lesson_sandbox'>
): Promise<boolean> {
	if (!run.state || run.finished || !portal.in_lesson_sandbox) return false;
	return !(await portal.is_set_up());
}

/** Restarts such an attempt at step 1; resolves to true when it did (and it was saved). */
export async function restart_if_sandbox_lost(
	run: Pick<LessonRun, 'state' | 'finished' | 'start'>,
	portal: Pick<PortalDriver, 'is_set_up' | 'in_lesson_sandbox'>
): Promise<boolean> {
	if (!(await sandbox_lost(run, portal))) return false;
	return run.start(run.state?.level ?? 'huong-dan');
}
