/**
 * Every procedure of content/procedures can be filed end to end in the practice portal, through
 * the façade the screens use (no browser; fake-indexeddb). Generated from the content: for each
 * procedure a learner signs in with VNeID and the OTP, opens the procedure, chooses a ward,
 * types each field's sample value (its `sample` in the YAML), attaches the sample scan of each
 * required paper, picks how to receive the result, pays when there is a fee to pay online, and
 * files. Nothing may be missing then (the checklist the "Nộp hồ sơ" screen shows is empty). The
 * days are then fast-forwarded, answering what the office asks on the way (a paper to add, a
 * draft to confirm, collecting a paper result at the desk), until the dossier shows
 * "Đã trả kết quả". A procedure added to the content is tested with no edit here.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse_places } from '$lib/content/places';
import { procedures } from '$lib/content/procedures.server';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { pays_online } from '$lib/portal/apply-steps';
import { draft_gaps } from '$lib/portal/completeness';
import { compute_fee } from '$lib/portal/logic/fees';
import { sample_answers, SAMPLE_PLACE } from '$lib/portal/logic/sample-answers';
import { validate_fields } from '$lib/portal/logic/validation';
import { STATUSES, type Procedure, type ReceiveMethod } from '$lib/portal/model';
import { Portal } from '$lib/portal/portal.svelte';
import { location_of } from '$lib/portal/routes';

const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));

let db: CdsDatabase;
let portal: Portal;

beforeEach(() => {
	// Monday 23/11/2026 09:00 on the device, so the office's working days do not depend on today
	vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0), toFake: ['Date'] });
	db = create_test_database('procedures-contract');
});

afterEach(async () => {
	portal?.close();
	save_problem.clear();
	vi.useRealTimers();
	await db.delete();
});

async function sign_in() {
	portal = await Portal.open({
		db,
		learner_id: 'lan',
		sandbox: 'practice',
		data: { procedures, places },
		navigate: () => {}
	});
	expect(await portal.submit_password(portal.account.citizen_id, portal.account.password)).toBe(
		'ok'
	);
	expect(await portal.submit_otp(portal.session.otp_code!)).toBe('ok');
	expect(portal.session.signed_in).toBe(true);
}

/** The sample scan of a paper: its own, else the first the procedure has (a photo of a paper). */
function sample_for(procedure: Procedure, document_id: string): string {
	const own = procedure.documents.find((d) => d.id === document_id)?.sample;
	const any = procedure.documents.find((d) => d.sample)?.sample;
	return `/samples/${own ?? any ?? 'ban-chinh-giay-to.png'}`;
}

/** Everything the learner fills before "Nộp hồ sơ", as the screens save it. */
async function fill(procedure: Procedure, method: ReceiveMethod) {
	await portal.start_application(procedure.id);
	await portal.visited(location_of({ name: 'agency', procedure_id: procedure.id }), 'agency');
	expect((await portal.choose_agency(SAMPLE_PLACE.province, SAMPLE_PLACE.ward)).ok).toBe(true);

	const answers = sample_answers(procedure.fields, portal.today);
	expect((await portal.set_answers(answers)).ok).toBe(true);
	// what the e-form would refuse on any page: nothing, with the prefilled account data too
	expect(validate_fields(procedure.fields, portal.draft!.answers, { today: portal.today })).toEqual(
		[]
	);

	for (const document of procedure.documents.filter((d) => d.required)) {
		const attached = await portal.attach_sample(document, sample_for(procedure, document.id));
		expect(attached.ok, `${document.id} attached`).toBe(true);
	}

	const receive =
		method === 'post'
			? {
					method,
					address: { ...SAMPLE_PLACE, street: 'Số 12, tổ dân phố 3' },
					recipient: portal.account.full_name,
					phone: portal.account.phone
				}
			: { method };
	expect((await portal.choose_receive(receive)).ok).toBe(true);

	if (pays_online(procedure)) {
		const fee = compute_fee(procedure.fee, portal.draft!.answers);
		expect(fee.error).toBeNull();
		expect(fee.amount).toBeGreaterThan(0);
		expect(await portal.start_payment(procedure, 'ngan-hang', fee.amount!)).toBe('otp');
		expect(await portal.confirm_payment(procedure, portal.payment_otp!.code, fee.amount!)).toBe(
			'ok'
		);
		expect(portal.draft?.payment?.amount).toBe(fee.amount);
	}
	expect(draft_gaps(procedure, portal.draft!, portal.today)).toEqual([]);
}

/** Days go by; the learner answers the office the way the dossier page lets her. */
async function follow_to_result(procedure: Procedure, dossier_id: string) {
	const limit = procedure.processing_time.working_days * 2 + 20;
	for (let day = 0; day < limit; day++) {
		const dossier = portal.dossier(dossier_id)!;
		if (dossier.status === 'da-tra-ket-qua') return dossier;
		expect(['dung-xu-ly', 'cong-dan-rut-ho-so', 'khong-duoc-tiep-nhan']).not.toContain(
			dossier.status
		);
		if (dossier.status === 'yeu-cau-bo-sung' && !dossier.supplement?.sent_at) {
			const document_id = dossier.supplement!.document_id;
			const document = procedure.documents.find((d) => d.id === document_id)!;
			const chosen = portal.choose_supplement_sample(
				dossier,
				document,
				sample_for(procedure, document_id)
			);
			expect((await portal.send_supplement(dossier, chosen)).ok).toBe(true);
			continue;
		}
		if (dossier.draft_confirmation && !dossier.draft_confirmation.confirmed_at) {
			expect((await portal.confirm_draft(dossier)).ok).toBe(true);
			continue;
		}
		if (dossier.status === 'da-xu-ly-xong' && dossier.receive.method === 'desk') {
			expect((await portal.collect_result(dossier)).ok).toBe(true);
			continue;
		}
		expect((await portal.fast_forward(1)).ok).toBe(true);
	}
	return portal.dossier(dossier_id)!;
}

describe.each(procedures.map((p) => [p.id, p] as const))('procedure %s', (_, procedure) => {
	// the first and the last way of receiving the result the procedure offers (online, post or
	// collecting it at the desk), to keep the run short on a shared machine
	const methods = [...new Set([procedure.receive_methods[0], procedure.receive_methods.at(-1)!])];

	it.each(methods)(
		'filed with its sample data and received %s, reaches "Đã trả kết quả"',
		async (method) => {
			await sign_in();
			await fill(procedure, method);
			const filed = await portal.submit(procedure);
			if (!filed.ok) throw filed.error;
			expect(filed.value.status).toBe('moi-dang-ky');
			expect(filed.value.code).toMatch(/\S/);

			const dossier = await follow_to_result(procedure, filed.value.id);
			expect(STATUSES[dossier.status]).toBe('Đã trả kết quả');
			expect(dossier.answers).toMatchObject(
				Object.fromEntries(
					procedure.fields
						.filter((f) => f.sample !== undefined)
						.map((f) => [f.id, expect.anything()])
				)
			);
			if (procedure.scenario.supplement) expect(dossier.supplement?.sent_at).toBeDefined();
			if (pays_online(procedure)) expect(dossier.payment?.amount).toBeGreaterThan(0);
		}
	);
});
