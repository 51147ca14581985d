/**
 * The portal's own logic, without a browser: what a learner does after filing (answering a
 * request for papers, confirming a draft, collecting a result in person) and the events it
 * emits, in order. The device clock is fixed so nothing depends on the day the test runs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { procedures } from '$lib/content/procedures.server';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import type { Places } from '$lib/content/places';
import type { SimEvent } from './events';
import { sim_events } from './events';
import { compute_fee } from './logic/fees';
import { Portal } from './portal.svelte';

const places: Places = {
	provinces: [
		{
			id: 'hai-phong',
			name: 'Thành phố Hải Phòng',
			wards: [{ id: 'hong-bang', name: 'Phường Hồng Bàng' }]
		}
	]
} as unknown as Places;

let db: CdsDatabase;
let events: SimEvent[];
let stop: () => void;

beforeEach(() => {
	// Monday 23/11/2026 09:00 on the device (Tuesday 24/11 is a day off)
	vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0), toFake: ['Date'] });
	db = create_test_database('portal-events');
	events = [];
	stop = sim_events.subscribe((event) => events.push(event));
});

afterEach(async () => {
	stop();
	vi.useRealTimers();
	await db.delete();
});

async function file(procedure_id: string, method: 'online' | 'desk' | 'post') {
	const portal = await Portal.open({
		db,
		learner_id: 'lan',
		data: { procedures, places },
		navigate: () => {}
	});
	const procedure = portal.procedure(procedure_id)!;
	// Through the façade, as the screens do: each step saved before the next.
	await portal.start_application(procedure_id);
	await portal.choose_agency('hai-phong', 'hong-bang');
	await portal.choose_receive(
		method === 'post'
			? {
					method,
					address: { province: 'hai-phong', ward: 'hong-bang', street: 'Số 5, tổ dân phố 2' },
					recipient: portal.account.full_name,
					phone: portal.account.phone
				}
			: { method }
	);
	events = [];
	const filed = await portal.submit(procedure);
	if (!filed.ok) throw new Error('filing failed');
	return { portal, dossier: filed.value };
}

const types = () => events.map((e) => ('status' in e ? `${e.type}:${e.status}` : e.type));

describe('after filing, the portal emits what happens, in order', () => {
	it('a request for papers, the answer, and the result (residence registration)', async () => {
		const { portal, dossier } = await file('dang-ky-thuong-tru', 'online');
		events = [];
		await portal.refresh('2026-11-25T09:00');
		expect(portal.dossier(dossier.id)?.status).toBe('yeu-cau-bo-sung');
		expect(types()).toEqual(['status-changed:yeu-cau-bo-sung']);

		await portal.send_supplement(portal.dossier(dossier.id)!, {
			document_id: 'residence_proof',
			source: 'sample',
			name: 'giay-to-cho-o.png',
			type: 'image/png',
			size: 0,
			ref: '/samples/giay-to-cho-o.png'
		});
		const sent = portal.dossier(dossier.id)!;
		expect(sent.status).toBe('dang-xu-ly');
		expect(types()).toEqual(['status-changed:yeu-cau-bo-sung', 'supplement-sent']);

		await portal.refresh(`${sent.appointment_date}T09:00`);
		expect(types().at(-1)).toBe('status-changed:da-tra-ket-qua');
		const messages = portal.messages.filter((m) => m.dossier_id === dossier.id);
		expect(messages.every((m) => !/https?:/.test(m.body))).toBe(true);
	});

	it('a draft to confirm, then a result collected in person (birth registration)', async () => {
		const { portal, dossier } = await file('dang-ky-khai-sinh', 'desk');
		expect(types()).toEqual(['submitted']);
		await portal.refresh('2026-11-23T11:00');
		const waiting = portal.dossier(dossier.id)!;
		expect(waiting.draft_confirmation?.sent_at).toBe('2026-11-23T10:30');

		// "Xác nhận bản nháp" on the dossier page, at 11:00
		vi.setSystemTime(new Date(2026, 10, 23, 11, 0));
		expect((await portal.confirm_draft(waiting)).ok).toBe(true);
		await portal.refresh('2026-11-30T09:00');
		const ready = portal.dossier(dossier.id)!;
		expect(ready.status).toBe('da-xu-ly-xong');
		expect(ready.collect_at).toBe(
			'Trung tâm Phục vụ hành chính công của phường Hồng Bàng, Thành phố Hải Phòng (Bộ phận Một cửa)'
		);

		// "Tôi đã đến nhận" on the dossier page, a week later at 10:00
		vi.setSystemTime(new Date(2026, 10, 30, 10, 0));
		expect((await portal.collect_result(ready)).ok).toBe(true);
		await portal.refresh('2026-11-30T10:05');
		expect(portal.dossier(dossier.id)?.status).toBe('da-tra-ket-qua');
		expect(types()).toEqual([
			'submitted',
			'status-changed:dang-xu-ly',
			'draft-confirmed',
			'status-changed:da-xu-ly-xong',
			'result-collected'
		]);
	});

	it('a withdrawn dossier stays withdrawn as the days go by and when the portal opens again', async () => {
		const { portal, dossier } = await file('dang-ky-khai-sinh', 'desk');
		expect((await portal.withdraw(portal.dossier(dossier.id)!)).ok).toBe(true);
		expect(portal.dossier(dossier.id)?.status).toBe('cong-dan-rut-ho-so');
		expect((await portal.fast_forward(3)).ok).toBe(true);
		expect(portal.dossier(dossier.id)?.status).toBe('cong-dan-rut-ho-so');
		portal.close();
		const again = await Portal.open({
			db,
			learner_id: 'lan',
			data: { procedures, places },
			navigate: () => {}
		});
		expect(again.dossier(dossier.id)?.status).toBe('cong-dan-rut-ho-so');
		// the office does nothing more with it: no status change after the withdrawal
		expect(types()).toEqual(['submitted', 'withdrawn', 'clock-advanced']);
	});
});

describe('paying online, then the result by post (certified copy)', () => {
	it('the fee follows pages and copies; a wallet too small and a wrong bank OTP are refused, then the bank pays', async () => {
		const portal = await Portal.open({
			db,
			learner_id: 'lan',
			data: { procedures, places },
			navigate: () => {}
		});
		const copy = portal.procedure('chung-thuc-ban-sao')!;
		await portal.start_application(copy.id);
		await portal.choose_agency('hai-phong', 'hong-bang');
		await portal.set_answers({
			document_name: 'Bằng tốt nghiệp',
			page_count: '5',
			copy_count: '3'
		});
		// 5 pages × 3 copies = (2.000 + 2.000 + 1.000 × 3) × 3
		const fee = compute_fee(copy.fee, portal.draft!.answers);
		expect(fee).toMatchObject({ amount: 21_000, error: null });

		events = [];
		expect(await portal.start_payment(copy, 'vi-dien-tu', 21_000)).toBe('insufficient-funds');
		expect(await portal.start_payment(copy, 'ngan-hang', 21_000)).toBe('otp');
		const sms = portal.messages.find((m) => m.subject === 'Mã OTP thanh toán');
		expect(sms?.body).toContain(portal.payment_otp!.code);
		expect(await portal.confirm_payment(copy, '000000', 21_000)).toBe('wrong');
		expect(portal.draft?.payment).toBeUndefined();
		expect(await portal.confirm_payment(copy, portal.payment_otp!.code, 21_000)).toBe('ok');
		expect(portal.draft?.payment).toMatchObject({ amount: 21_000, method: 'ngan-hang' });
		expect(portal.draft?.payment_failures).toBe(2);
		expect(events.map((e) => ('reason' in e ? `${e.type}:${e.reason}` : e.type))).toEqual([
			'payment-failed:insufficient-funds',
			'payment-failed:wrong-otp',
			'paid'
		]);
	});

	it('a result sent by post gets a tracking code, then is delivered', async () => {
		const { portal, dossier } = await file('chung-thuc-ban-sao', 'post');
		for (let day = 0; day < 10 && portal.dossier(dossier.id)?.status !== 'da-xu-ly-xong'; day++)
			await portal.fast_forward(1);
		expect(portal.dossier(dossier.id)?.tracking_code).toMatch(/^EB\d{9}VN$/);
		for (let day = 0; day < 10 && portal.dossier(dossier.id)?.status !== 'da-tra-ket-qua'; day++)
			await portal.fast_forward(1);
		expect(portal.dossier(dossier.id)?.status).toBe('da-tra-ket-qua');
	});
});
