import { afterEach, describe, expect, it } from 'vitest';
import { create_test_database, type CdsDatabase } from '$lib/db/database';
import { backup_text, canonical, make_backup, read_backup } from '$lib/classroom/backup';
import { empty_roster, import_summary } from '$lib/classroom/roster';
import { finished_course } from '$lib/classroom/testing';
import {
	read_device_data,
	restore_device_data,
	preview_restore,
	backup_contents,
	backup_file_name
} from '$lib/classroom/learner/device-backup';
import { join_class } from '$lib/classroom/learner/membership';
import { merge_progress, new_attempt, record_of } from '$lib/progress/model';
import { add_learner } from './learners';

const T0 = Date.UTC(2026, 10, 28, 2, 0, 0);
const STEPS = ['mo-trang', 'nhap-so'];
const open: CdsDatabase[] = [];

function database() {
	const db = create_test_database();
	open.push(db);
	return db;
}

afterEach(async () => {
	for (const db of open.splice(0)) await db.delete();
});

async function filled() {
	const db = database();
	const lan = await add_learner(db, 'Bà Lan', 'hoa-sen', T0);
	await join_class(db, lan.id, 'HB7K2Q', { now: T0, name: 'Lớp dịch vụ công tổ 5' });
	await db.settings.put({
		learner_id: lan.id,
		text_scale: 2,
		contrast: 'high',
		updated_at: T0
	});
	const attempt = { ...new_attempt('one', 'tu-lam', STEPS, T0), finished_at: T0 + 9, score: 90 };
	await db.progress.put(
		merge_progress(undefined, record_of(lan.id, 'lam-quen/dang-nhap', attempt), STEPS)
	);
	await db.certificates.put({
		schema: 1,
		id: `${lan.id} lam-quen/dang-nhap`,
		learner_id: lan.id,
		earned_at: T0,
		issued_at: T0,
		lessons: [{ id: 'lam-quen/dang-nhap', title: 'Đăng nhập' }]
	});
	const roster = import_summary(empty_roster('ABC234'), {
		...finished_course(2),
		class_code: 'ABC234'
	});
	if (!roster.ok) throw new Error(roster.message);
	const info = {
		id: '3b1f8e2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
		code: 'ABC234',
		name: 'Lớp tổ 5',
		place: '',
		trainer: '',
		starts: '',
		ends: '',
		created_at: T0
	};
	await db.classes.put({
		id: info.id,
		code: info.code,
		info,
		roster: roster.value,
		updated_at: T0
	});
	return db;
}

describe('backing up this device and restoring it on another', () => {
	it('gives the same learners, class membership, progress, certificates and classes', async () => {
		const from = await filled();
		const text = backup_text(make_backup(await read_device_data(from), T0));
		const read = read_backup(text);
		if (!read.ok) throw new Error(read.message);
		const to = database();
		const preview = await preview_restore(to, read.value.data, () => STEPS);
		expect(preview).toMatchObject({
			learners_added: ['Bà Lan'],
			lessons_added: 1,
			certificates_added: 1,
			classes_added: ['Lớp tổ 5']
		});
		// the preview wrote nothing
		expect(await to.learners.count()).toBe(0);
		await restore_device_data(to, read.value.data, () => STEPS);
		const restored = await read_device_data(to);
		expect(canonical(restored)).toEqual(canonical(await read_device_data(from)));
		expect(restored.learners[0].classes).toEqual([
			{ code: 'HB7K2Q', joined_at: T0, name: 'Lớp dịch vụ công tổ 5' }
		]);
		expect((await to.classes.where({ code: 'ABC234' }).first())?.info.name).toBe('Lớp tổ 5');
	});

	it('restoring the same file twice changes nothing the second time', async () => {
		const from = await filled();
		const data = (
			read_backup(backup_text(make_backup(await read_device_data(from), T0))) as {
				ok: true;
				value: { data: Awaited<ReturnType<typeof read_device_data>> };
			}
		).value.data;
		const to = database();
		await restore_device_data(to, data, () => STEPS);
		const once = await read_device_data(to);
		const again = await restore_device_data(to, data, () => STEPS, T0 + 99);
		expect(again.nothing_new).toBe(true);
		expect(await read_device_data(to)).toEqual(once);
	});

	it('names the file by the day in Vietnam', () => {
		expect(backup_file_name(Date.UTC(2026, 10, 28, 20, 0, 0))).toBe(
			'cong-dan-so-sao-luu-2026-11-29.json'
		);
	});
});

describe('what a backup holds, said when it is saved', () => {
	it('counts the trainer’s classes and the learners who sent progress, not only this device’s learners', async () => {
		const data = await read_device_data(await filled());
		expect(backup_contents(data)).toBe(
			'1 người học trên máy này, 1 lớp (1 người học đã gửi tiến độ)'
		);
		expect(backup_contents({ learners: [], classes: [] })).toBe('0 người học trên máy này');
	});
});
