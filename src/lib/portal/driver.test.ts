/**
 * The lesson side's one way into the practice portal, against fake-indexeddb: what a lesson
 * sets up, reads and hears, without a browser.
 */
import { File as NodeFile } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CdsDatabase, create_test_database } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { parse_places } from '$lib/content/places';
import { parse_procedure } from '$lib/content/procedure-schema';
import { portal_driver, type PortalDriver } from './driver';
import type { SimEvent } from './events';
import type { Procedure } from './model';
import { Portal, type PortalData } from './portal.svelte';
import { lesson_sandbox } from './sandbox-id';

let birth: Procedure;
let data: PortalData;
beforeAll(() => {
	const file = 'content/procedures/dang-ky-khai-sinh.yaml';
	birth = parse_procedure(file, readFileSync(file, 'utf8'));
	const places = parse_places('content/places.yaml', readFileSync('content/places.yaml', 'utf8'));
	data = { procedures: [birth], places };
});

const databases: CdsDatabase[] = [];
const portals: Portal[] = [];
const stops: (() => void)[] = [];
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['Date'] });
	vi.setSystemTime(new Date(2026, 10, 23, 9, 30));
});
afterEach(async () => {
	vi.useRealTimers();
	save_problem.clear();
	for (const stop of stops.splice(0)) stop();
	for (const portal of portals.splice(0)) portal.close();
	for (const db of databases.splice(0)) db.close();
});

/** A lesson's portal and its driver, with every event the driver lets the lesson hear. */
async function lesson_portal() {
	const db = create_test_database('driver');
	databases.push(db);
	const navigate = vi.fn();
	const portal = await Portal.open({
		db,
		learner_id: 'lan',
		sandbox: lesson_sandbox('nop-ho-so-khai-sinh'),
		data,
		navigate
	});
	portals.push(portal);
	const driver: PortalDriver = portal_driver(portal);
	const heard: SimEvent[] = [];
	stops.push(driver.observe((event) => heard.push(event)));
	return { db, portal, driver, heard, navigate };
}

const scan = (name: string, type = 'image/jpeg', bytes = 1024) =>
	new NodeFile([new Uint8Array(bytes)], name, { type }) as unknown as File;

describe('the portal driver', () => {
	it('sets up a scenario: signed out on the lesson’s first screen, from an empty sandbox', async () => {
		const { portal, driver, navigate } = await lesson_portal();
		await portal.start_application(birth.id);
		await driver.set_up({ signed_in: false, location: '/dang-nhap' }, birth.id);
		expect(navigate).toHaveBeenLastCalledWith('/dang-nhap', { replace: true });
		expect(portal.session.signed_in).toBe(false);
		expect(portal.draft).toBeNull();
		await driver.set_up({ signed_in: true, location: '/' });
		expect(portal.session.signed_in).toBe(true);
	});

	it('reads what a demo needs: the account, the practice date and the OTP it waits for', async () => {
		const { portal, driver, heard } = await lesson_portal();
		await driver.set_up({ signed_in: false, location: '/dang-nhap' });
		expect(driver.waiting_for_code).toBe(false);
		expect(driver.otp).toBeUndefined();
		expect(driver.today).toBe('2026-11-23');

		const { citizen_id, password } = driver.account;
		expect(await portal.submit_password(citizen_id, password)).toBe('ok');
		expect(driver.waiting_for_code).toBe(true);
		expect(driver.otp).toMatch(/^\d{6}$/);
		await vi.waitFor(() => expect(driver.latest_sms?.body).toContain(driver.otp ?? '-'));
		expect(heard.map((e) => e.type)).toEqual(['password-submitted', 'otp-sent']);

		driver.show_message(driver.latest_sms!);
		expect(driver.notification).toBe(driver.latest_sms);
		expect(await portal.submit_otp(driver.otp ?? '')).toBe('ok');
		expect(driver.waiting_for_code).toBe(false);
		expect(heard.map((e) => e.type).slice(-2)).toEqual(['otp-submitted', 'signed-in']);
	});

	it('lets a lesson hear a supplement file refused or kept, as on the e-form', async () => {
		const { portal, db, heard } = await lesson_portal();
		const dossier = { id: 'd1', procedure_id: birth.id } as Parameters<
			Portal['choose_supplement_file']
		>[0];
		const paper = birth.documents[0];

		const refused = await portal.choose_supplement_file(
			dossier,
			paper,
			scan('to-khai.docx', 'application/msword')
		);
		expect(refused).toEqual({ problem: expect.stringMatching(/\S/) });
		expect(heard.at(-1)).toEqual({
			type: 'file-rejected',
			procedure_id: birth.id,
			document_id: paper.id,
			reason: 'type'
		});
		expect(await db.files.count()).toBe(0);

		const kept = await portal.choose_supplement_file(dossier, paper, scan('giay.jpg'));
		expect('attachment' in kept && kept.attachment.source).toBe('device');
		expect(heard.at(-1)).toEqual({
			type: 'file-attached',
			procedure_id: birth.id,
			document_id: paper.id,
			source: 'device'
		});
		expect(await db.files.count()).toBe(1);

		portal.choose_supplement_sample(dossier, paper, '/samples/giay-chung-sinh.png');
		expect(heard.at(-1)).toMatchObject({ type: 'file-attached', source: 'sample' });
	});
});
