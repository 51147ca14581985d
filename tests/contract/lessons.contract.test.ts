/**
 * The contract between the lessons and the practice portal, without a browser (fake-indexeddb;
 * jsdom only because Kit's client modules expect a window). Generated from the content: for every lesson of content/lessons, a real Portal
 * (the façade the screens use) and a LessonRun on one database, joined only by the event
 * channel. For each step the test sends what its learner would cause — an unrelated event,
 * each mistake the step names, wrong answers, then the event (or right answer) that completes
 * it — and asserts the step reached, the feedback shown and what was saved. A lesson added to the
 * content is tested with no edit here.
 *
 * Then the lessons' journeys are driven through the façade's own methods, to check that the
 * portal emits the events the content waits for, in order (screen-only events, which a screen
 * sends on the channel itself, are sent the same way here).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Places } from '$lib/content/places';
import { lessons } from '$lib/content/lessons.server';
import { procedures } from '$lib/content/procedures.server';
import { create_test_database, type CdsDatabase, type Learner } from '$lib/db/database';
import { save_problem } from '$lib/db/writes.svelte';
import { LessonRun } from '$lib/lessons/lesson-run.svelte';
import type { EventMatcher, Lesson, LessonStep } from '$lib/lessons/model';
import { sim_events, type SimEvent, type SimEventType } from '$lib/portal/events';
import { Portal } from '$lib/portal/portal.svelte';
import { location_of } from '$lib/portal/routes';
import { phone_of } from '$lib/vneid/phone';
import { list_statements, load_progress } from '$lib/progress/store';

const places = {
	provinces: [
		{
			id: 'hai-phong',
			name: 'Thành phố Hải Phòng',
			wards: [{ id: 'hong-bang', name: 'Phường Hồng Bàng' }]
		}
	]
} as unknown as Places;

const LAN: Learner = { id: 'lan', name: 'Bà Lan', avatar: 'a', created_at: 1, last_active_at: 1 };

let db: CdsDatabase;
let portal: Portal;
let run: LessonRun;
let events: SimEvent[];
let stop: () => void;
let went: string[];

beforeEach(() => {
	// Monday 23/11/2026 09:00 on the device, so the office's working days do not depend on today
	vi.useFakeTimers({ now: new Date(2026, 10, 23, 9, 0), toFake: ['Date'] });
	db = create_test_database('contract');
	events = [];
	went = [];
	stop = sim_events.subscribe((event) => events.push(event));
});

afterEach(async () => {
	stop();
	run?.destroy();
	portal?.close();
	save_problem.clear();
	vi.useRealTimers();
	await db.delete();
});

async function open(lesson: Lesson) {
	portal = await Portal.open({
		db,
		learner_id: LAN.id,
		sandbox: `lesson:${lesson.id}`,
		data: { procedures, places },
		navigate: (location) => went.push(location)
	});
	run = new LessonRun(lesson, portal, LAN);
	await run.load();
}

/** An event that `matcher` accepts (its `where` fields, nothing else). */
function event_for(matcher: EventMatcher): SimEvent {
	return { type: matcher.event, ...matcher.where } as unknown as SimEvent;
}

/** Sends an event on the portal's channel, as a screen or the façade does, and lets the run save. */
async function send(event: SimEvent) {
	portal.emit(event);
	await run.settled();
}

/** An event type none of the step's matchers names: it must change nothing. */
function unrelated(step: LessonStep): SimEvent {
	const named = new Set<SimEventType>([
		...step.complete.map((m) => m.event),
		...step.mistakes.map((m) => m.event)
	]);
	const type = (['rated', 'sandbox-reset', 'account-unlocked'] as const).find((t) => !named.has(t));
	return { type: type!, dossier_id: 'x', level: 'x' } as unknown as SimEvent;
}

const where = () => ({ index: run.state?.index, step: run.step?.id, finished: run.finished });

describe.each(lessons.map((lesson) => [lesson.id, lesson] as const))('lesson %s', (_, lesson) => {
	it('starts from its setup: the portal signed in or out, on its first screen', async () => {
		await open(lesson);
		expect(run.state).toBeNull();
		expect(await run.start('huong-dan')).toBe(true);
		expect(where()).toEqual({ index: 0, step: lesson.steps[0].id, finished: false });
		expect(portal.session.signed_in).toBe(lesson.setup.signed_in);
		expect(went.at(-1)).toBe(lesson.setup.location);
		expect(await load_progress(db, LAN.id, lesson.id)).toMatchObject({ status: 'in-progress' });
	});

	it('each step moves on only on its own event or right answer; mistakes get their feedback', async () => {
		await open(lesson);
		await run.start('tu-lam');
		let mistakes = 0;
		for (const [index, step] of lesson.steps.entries()) {
			const here = { index, step: step.id, finished: false };
			expect(where(), `before step ${step.id}`).toEqual(here);

			await send(unrelated(step));
			expect(where(), `${step.id}: an unrelated event`).toEqual(here);

			for (const wrong of step.mistakes) {
				await send(event_for(wrong));
				expect(where(), `${step.id}: mistake ${wrong.event}`).toEqual(here);
				expect(run.feedback).toEqual({ kind: 'mistake', text: wrong.feedback });
				mistakes++;
			}

			if (step.question) {
				// events never answer a question
				if (step.complete[0]) await send(event_for(step.complete[0]));
				expect(where(), `${step.id}: an event on a question`).toEqual(here);
				const options = step.question.options;
				const right = options.flatMap((o, i) => (o.correct ? [i] : []));
				const wrong = options.findIndex((o) => !o.correct);
				if (wrong >= 0) {
					expect(await run.answer_question([wrong])).toBe(true);
					expect(where(), `${step.id}: a wrong answer`).toEqual(here);
					expect(run.answer?.result.correct).toBe(false);
					mistakes++;
				}
				expect(await run.answer_question(right)).toBe(true);
				expect(run.answer?.result.correct).toBe(true);
			} else {
				expect(step.complete.length, `${step.id} has an event that completes it`).toBeGreaterThan(
					0
				);
				await send(event_for(step.complete[0]));
			}
			const last = index === lesson.steps.length - 1;
			expect(where(), `after step ${step.id}`).toEqual(
				last
					? { index: index + 1, step: undefined, finished: true }
					: { index: index + 1, step: lesson.steps[index + 1].id, finished: false }
			);
			expect(run.feedback).toEqual({ kind: 'done', text: 'Đúng rồi!' });
		}

		const record = await load_progress(db, LAN.id, lesson.id);
		expect(record?.status).toBe('completed');
		expect(record?.attempts[0].steps.map((s) => s.step_id).sort()).toEqual(
			lesson.steps.map((s) => s.id).sort()
		);
		expect(record?.attempts[0].totals.mistakes).toBe(mistakes);
		// "Tự làm" without a hint: full marks unless a mistake was made
		expect(run.score).toBe(record?.score);
		if (mistakes === 0) expect(run.score).toBe(100);
		else expect(run.score).toBeLessThan(100);
		const verbs = (await list_statements(db, LAN.id)).map((s) => s.verb.display.en);
		// one "attempted", one per step (a question is "answered"), one "completed" for the lesson
		const count = (verb: string) => verbs.filter((v) => v === verb).length;
		const questions = lesson.steps.filter((s) => s.question).length;
		expect(count('attempted')).toBe(1);
		expect(count('answered')).toBe(questions);
		expect(count('completed')).toBe(lesson.steps.length - questions + 1);
	});

	it('once finished, events change nothing; a retake starts at step 1 and keeps the completion', async () => {
		await open(lesson);
		await run.start('tu-lam');
		for (const step of lesson.steps) {
			if (step.question)
				await run.answer_question(step.question.options.flatMap((o, i) => (o.correct ? [i] : [])));
			else await send(event_for(step.complete[0]));
		}
		expect(run.finished).toBe(true);
		const first = lesson.steps.find((s) => !s.question);
		if (first) await send(event_for(first.complete[0]));
		expect(run.finished).toBe(true);
		expect(run.times_done).toBe(1);

		vi.setSystemTime(Date.now() + 60_000); // the retake starts later than the first attempt
		expect(await run.start('huong-dan')).toBe(true);
		expect(where()).toEqual({ index: 0, step: lesson.steps[0].id, finished: false });
		const record = await load_progress(db, LAN.id, lesson.id);
		expect(record).toMatchObject({ status: 'completed', score: 100 });
		expect(record?.attempts.map((a) => a.finished_at !== undefined)).toEqual([true, false]);
		expect(run.record?.status).toBe('completed');
		expect(run.times_done).toBe(1);
	});
});

/** The lesson with this id, from the content (the journeys below are written for it). */
function lesson_named(id: string) {
	const lesson = lessons.find((l) => l.id === id);
	if (!lesson) throw new Error(`no lesson ${id} in content/lessons`);
	return lesson;
}

const types = () =>
	events.map((e) =>
		'ok' in e ? `${e.type}:${e.ok}` : 'status' in e ? `${e.type}:${e.status}` : e.type
	);

describe('the portal façade emits the events the lessons wait for', () => {
	it('signing in and out (the login lesson)', async () => {
		const lesson = lesson_named('lam-quen-cong-dich-vu-cong/dang-nhap-vneid');
		await open(lesson);
		await run.start('huong-dan');
		const step = () => run.step?.id;
		// the sign-in page's own events
		await send({ type: 'sign-in-opened' });
		expect(step()).toBe('go-so-dinh-danh');
		// a number that is not the practice account's is a mistake, said at once; the step stays
		portal.login_typed('citizen-id', '123');
		await run.settled();
		expect(step()).toBe('go-so-dinh-danh');
		expect(run.feedback?.kind).toBe('mistake');
		// while typing, nothing is said until the box holds the account's number: then it moves on
		const heard = events.length;
		portal.login_typed('citizen-id', '0', { as_typed: true });
		expect(events.length, 'a half-typed number is not reported').toBe(heard);
		portal.login_typed('citizen-id', portal.account.citizen_id, { as_typed: true });
		await run.settled();
		expect(step()).toBe('go-mat-khau');
		portal.login_typed('password', portal.account.password, { as_typed: true });
		await run.settled();
		expect(step()).toBe('bam-dang-nhap');

		events = [];
		expect(await portal.submit_password(portal.account.citizen_id, 'sai-mat-khau')).toBe('wrong');
		await run.settled();
		expect(types()).toEqual(['password-submitted:false']);
		expect(step()).toBe('bam-dang-nhap');
		expect(run.feedback?.kind).toBe('mistake');

		events = [];
		expect(await portal.submit_password(portal.account.citizen_id, portal.account.password)).toBe(
			'ok'
		);
		await run.settled();
		expect(types()).toEqual(['password-submitted:true', 'otp-sent']);
		expect(step()).toBe('go-ma-otp');
		expect(portal.session.otp_code).toMatch(/^\d{6}$/);

		portal.login_typed('otp', portal.session.otp_code!);
		events = [];
		expect(await portal.submit_otp(portal.session.otp_code!)).toBe('ok');
		await run.settled();
		expect(types()).toEqual(['otp-submitted:true', 'signed-in']);
		expect(portal.session.signed_in).toBe(true);
		expect(run.step?.question).toBeDefined();
		const asked = run.step!.id;
		await run.answer_question(
			run.step!.question!.options.flatMap((o, i) => (o.correct ? [i] : []))
		);
		// the answer is kept as the answer to its own question, not to the step that follows
		expect(run.answer?.result.correct).toBe(true);
		expect(run.answer?.step_id).toBe(asked);
		expect(run.step?.id).not.toBe(asked);

		events = [];
		await portal.visited(location_of({ name: 'my-dossiers' }), 'my-dossiers');
		await run.settled();
		expect(types()).toEqual(['navigated']);
		expect(step()).toBe('dang-xuat');

		events = [];
		expect((await portal.sign_out()).ok).toBe(true);
		await run.settled();
		expect(types()).toEqual(['signed-out']);
		expect(run.finished).toBe(true);
		expect(went.at(-1)).toBe('/');
		expect(run.score).toBeLessThan(100);
	});

	it('the VNeID app: passcode, "Thủ tục hành chính" (the app lesson)', async () => {
		const lesson = lesson_named('lam-quen-cong-dich-vu-cong/dung-ung-dung-vneid');
		await open(lesson);
		await run.start('huong-dan');
		const step = () => run.step?.id;
		const phone = phone_of(portal);
		await phone.open();
		await phone.open_app();
		await run.settled();
		expect(step()).toBe('dang-nhap-bang-passcode');
		events = [];
		await phone.sign_in('000000');
		await run.settled();
		expect(run.feedback?.kind).toBe('mistake');
		await phone.sign_in(portal.account.passcode);
		await run.settled();
		expect(types()).toEqual([
			'passcode-submitted:false',
			'passcode-submitted:true',
			'vneid-signed-in'
		]);
		expect(run.step?.question).toBeDefined();
		await run.answer_question(
			run.step!.question!.options.flatMap((o, i) => (o.correct ? [i] : []))
		);
		await phone.show('procedures');
		await run.settled();
		expect(step()).toBe('xem-mot-thu-tuc');
		await phone.view_procedure('lien-thong-khai-sinh');
		await run.settled();
		expect(step()).toBe('cat-dien-thoai');
		await phone.close();
		await run.settled();
		expect(run.finished).toBe(true);
	});

	it('signing in to the website by QR code (the QR lesson)', async () => {
		const lesson = lesson_named('lam-quen-cong-dich-vu-cong/dang-nhap-bang-ma-qr');
		await open(lesson);
		await run.start('huong-dan');
		const step = () => run.step?.id;
		const phone = phone_of(portal);
		expect(went.at(-1)).toBe('/dang-nhap');
		await phone.show_qr();
		await phone.open();
		await phone.open_app();
		await phone.sign_in(portal.account.passcode);
		await run.settled();
		expect(step()).toBe('bam-quet-ma-qr');
		await phone.show('scan');
		await run.settled();
		expect(await phone.scan()).toBe(true);
		await run.settled();
		expect(step()).toBe('xac-nhan-bang-passcode');
		events = [];
		expect(await phone.confirm_qr('000000')).toMatchObject({ ok: false });
		await run.settled();
		expect(run.feedback?.kind).toBe('mistake');
		expect(await phone.confirm_qr(portal.account.passcode)).toEqual({ ok: true });
		await run.settled();
		expect(types()).toEqual([
			'passcode-submitted:false',
			'passcode-submitted:true',
			'signed-in',
			'phone-closed'
		]);
		expect(portal.session.signed_in).toBe(true);
		expect(went.at(-1)).toBe('/');
		await run.answer_question(
			run.step!.question!.options.flatMap((o, i) => (o.correct ? [i] : []))
		);
		expect((await portal.sign_out()).ok).toBe(true);
		await run.settled();
		expect(run.finished).toBe(true);
		expect(run.score).toBeLessThan(100);
	});

	it('filing a birth registration and following it to its result (the birth lesson)', async () => {
		const lesson = lesson_named('lam-quen-cong-dich-vu-cong/nop-ho-so-khai-sinh');
		const id = lesson.procedure!;
		await open(lesson);
		await run.start('huong-dan');
		const step = () => run.step?.id;
		const procedure = portal.procedure(id)!;
		expect(portal.session.signed_in).toBe(true);

		await send({ type: 'searched', query: 'xyz', results: 0, found: false });
		expect(run.feedback?.kind).toBe('mistake');
		await send({ type: 'searched', query: 'khai sinh', results: 1, found: true });
		await send({ type: 'procedure-opened', procedure_id: id });
		events = [];
		await portal.start_application(id);
		await portal.visited(location_of({ name: 'agency', procedure_id: id }), 'agency');
		await run.settled();
		expect(types()).toEqual(['apply-started', 'navigated']);
		expect(step()).toBe('chon-co-quan');

		events = [];
		expect((await portal.choose_agency('hai-phong', 'hong-bang')).ok).toBe(true);
		await run.settled();
		expect(events).toEqual([
			{ type: 'agency-chosen', procedure_id: id, province: 'hai-phong', ward: 'hong-bang' }
		]);
		expect(step()).toBe('khai-thong-tin-be');

		// the e-form's pages: saved through the façade, announced by the form screen
		await send({
			type: 'form-errors-shown',
			procedure_id: id,
			section_id: 'child',
			field_ids: ['child_full_name']
		});
		expect(step()).toBe('khai-thong-tin-be');
		// a date of birth other than the one on the Giấy chứng sinh is caught, on the same step
		const date_of_birth = (value: string) =>
			send({
				type: 'field-set',
				procedure_id: id,
				field_id: 'child_date_of_birth',
				valid: true,
				value
			});
		await date_of_birth('18/10/2026');
		expect(step()).toBe('khai-thong-tin-be');
		await date_of_birth('17/10/2026');
		expect(step()).toBe('kiem-tra-thong-tin-me');
		for (const section_id of ['child', 'mother', 'father']) {
			await send({ type: 'section-completed', procedure_id: id, section_id });
		}
		expect(step()).toBe('nguoi-di-dang-ky');
		await send({
			type: 'field-set',
			procedure_id: id,
			field_id: 'filer_relationship',
			valid: true,
			value: 'me'
		});
		await portal.visited(location_of({ name: 'documents', procedure_id: id }), 'documents');
		await run.settled();
		expect(step()).toBe('dinh-kem-giay-chung-sinh');

		events = [];
		const certificate = procedure.documents.find((d) => d.id === 'birth_certificate')!;
		const refused = await portal.attach_device_file(
			certificate,
			new File(['x'], 'to-khai.docx', { type: 'application/msword' })
		);
		expect(refused).toMatch(/\S/);
		expect((await portal.attach_sample(certificate, '/samples/giay-chung-sinh.png')).ok).toBe(true);
		await run.settled();
		expect(types()).toEqual(['file-rejected', 'file-attached']);
		expect(step()).toBe('sang-buoc-nhan-ket-qua');

		await portal.visited(location_of({ name: 'receive', procedure_id: id }), 'receive');
		events = [];
		expect((await portal.choose_receive({ method: 'online' } as never)).ok).toBe(true);
		await run.settled();
		expect(events).toEqual([{ type: 'delivery-chosen', procedure_id: id, method: 'online' }]);
		expect(step()).toBe('cam-doan-va-nop');

		events = [];
		const filed = await portal.submit(procedure);
		if (!filed.ok) throw filed.error;
		await run.settled();
		expect(events).toEqual([
			{ type: 'submitted', procedure_id: id, dossier_id: filed.value.id, code: filed.value.code }
		]);
		expect(went.at(-1)).toBe(`/ho-so/${filed.value.id}`);
		expect(run.step?.question).toBeDefined();
		await run.answer_question(
			run.step!.question!.options.flatMap((o, i) => (o.correct ? [i] : []))
		);
		expect(step()).toBe('xac-nhan-ban-nhap');

		// days go by until the office sends the draft; then the citizen confirms it
		events = [];
		for (let day = 0; day < 10 && !portal.dossier(filed.value.id)?.draft_confirmation; day++) {
			expect((await portal.fast_forward(1)).ok).toBe(true);
		}
		await run.settled();
		expect(types()).toContain('clock-advanced');
		expect(types()).toContain('status-changed:dang-xu-ly');
		expect(step()).toBe('xac-nhan-ban-nhap');
		events = [];
		expect((await portal.confirm_draft(portal.dossier(filed.value.id)!)).ok).toBe(true);
		await run.settled();
		expect(events).toEqual([{ type: 'draft-confirmed', dossier_id: filed.value.id }]);
		expect(step()).toBe('tua-nhanh-den-khi-co-ket-qua');

		events = [];
		for (let day = 0; day < 15 && !run.step?.id.startsWith('xem-ket-qua'); day++) {
			expect((await portal.fast_forward(1)).ok).toBe(true);
			await run.settled();
		}
		expect(types()).toContain('status-changed:da-tra-ket-qua');
		expect(portal.dossier(filed.value.id)?.status).toBe('da-tra-ket-qua');
		expect(step()).toBe('xem-ket-qua');
		await send({ type: 'result-opened', dossier_id: filed.value.id });
		expect(run.finished).toBe(true);
	});
});
