/**
 * The final test reads what the learner did from the portal's events, through the lesson
 * driver. Here a real Portal (the façade the screens use) plays the certified-copy scenario as a
 * learner would, the driver passes the events on, and the scoring finds every check met; events
 * a screen sends itself (a saved e-form page) are sent the same way.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Places } from '$lib/content/places';
import { procedures } from '$lib/content/procedures.server';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { score_scenario } from '$lib/final-test/score';
import { FINAL_TEST } from '$lib/final-test/test-content';
import { FINAL_TEST_SANDBOX } from '$lib/final-test/id';
import { portal_driver } from '$lib/portal/driver';
import type { SimEvent } from '$lib/portal/events';
import { Portal } from '$lib/portal/portal.svelte';

const places = {
	provinces: [
		{
			id: 'hai-phong',
			name: 'Thành phố Hải Phòng',
			wards: [{ id: 'hong-bang', name: 'Phường Hồng Bàng' }]
		}
	]
} as unknown as Places;

let db: CdsDatabase;
let portal: Portal;

beforeEach(() => {
	// Monday 23/11/2026 09:00 on the device
	vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0), toFake: ['Date'] });
	db = create_test_database('final-test');
});

afterEach(async () => {
	portal?.close();
	save_problem.clear();
	vi.useRealTimers();
	await db.delete();
});

describe('the final test scores what was done in the portal', () => {
	it('the certified-copy scenario, played through the façade, meets every check', async () => {
		const scenario = FINAL_TEST.scenarios.find((s) => s.id === 'chung-thuc-tra-phi')!;
		portal = await Portal.open({
			db,
			learner_id: 'lan',
			sandbox: FINAL_TEST_SANDBOX,
			data: { procedures, places },
			navigate: () => {}
		});
		const driver = portal_driver(portal);
		expect((await driver.set_up(scenario.setup, scenario.procedure))?.ok).toBe(true);
		const events: SimEvent[] = [];
		const stop = driver.observe((e) => events.push(e));

		const id = scenario.procedure;
		const procedure = portal.procedure(id)!;
		portal.emit({ type: 'procedure-opened', procedure_id: id });
		await portal.start_application(id);
		expect((await portal.choose_agency('hai-phong', 'hong-bang')).ok).toBe(true);
		expect(
			(
				await portal.set_answers({
					document_name: 'Bằng tốt nghiệp',
					page_count: '2',
					copy_count: '1'
				})
			).ok
		).toBe(true);
		portal.emit({ type: 'section-completed', procedure_id: id, section_id: 'document' });
		const original = procedure.documents.find((d) => d.id === 'original_document')!;
		expect((await portal.attach_sample(original, '/samples/ban-chinh-giay-to.png')).ok).toBe(true);
		expect((await portal.choose_receive({ method: 'desk' })).ok).toBe(true);
		// the practice wallet is too small; the bank card works with the OTP it sends
		expect(await portal.start_payment(procedure, 'vi-dien-tu', 4000)).toBe('insufficient-funds');
		expect(await portal.start_payment(procedure, 'ngan-hang', 4000)).toBe('otp');
		expect(await portal.confirm_payment(procedure, driver.otp!, 4000)).toBe('ok');
		const filed = await portal.submit(procedure);
		if (!filed.ok) throw filed.error;
		for (let day = 0; day < 5 && portal.dossier(filed.value.id)?.status !== 'da-xu-ly-xong'; day++)
			expect((await portal.fast_forward(1)).ok).toBe(true);
		expect((await portal.collect_result(portal.dossier(filed.value.id)!)).ok).toBe(true);
		stop();

		const result = score_scenario(scenario, events);
		expect(result.checks.filter((c) => !c.met).map((c) => c.id)).toEqual([]);
		expect(result.points).toBe(result.max);
	});
});
