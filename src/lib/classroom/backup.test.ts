import { describe, expect, it } from 'vitest';
import type { Learner } from '$lib/db/database';
import { merge_progress, new_attempt, record_of, type LessonProgress } from '$lib/progress/model';
import {
	backup_text,
	canonical,
	describe_restore,
	make_backup,
	merge_joined,
	plan_restore,
	read_backup,
	type DeviceData
} from './backup';
import type { Certificate } from '$lib/progress/certificate';
import type { ClassInfo } from './classes';
import { empty_roster, import_summary } from './roster';
import { finished_course } from './testing';

const T0 = Date.UTC(2026, 10, 28, 2, 0, 0);
const STEPS = ['mo-trang', 'nhap-so'];

function learner(id: string, name: string, at = T0): Learner {
	return { id, name, avatar: 'hoa-sen', created_at: at, last_active_at: at };
}

function progress(learner_id: string, attempt_id: string, finished: boolean): LessonProgress {
	const a = new_attempt(attempt_id, 'tu-lam', STEPS, T0);
	const attempt = finished ? { ...a, finished_at: T0 + 1000, score: 90, step_id: undefined } : a;
	return merge_progress(
		undefined,
		record_of(learner_id, 'lam-quen/dang-nhap-vneid', attempt),
		STEPS
	);
}

const INFO: ClassInfo = {
	id: '3b1f8e2a-4c5d-4e6f-8a9b-0c1d2e3f4a5b',
	code: 'HB7K2Q',
	name: 'Lớp tổ 5',
	place: 'Nhà văn hóa',
	trainer: 'Chị Mai',
	starts: '28/11/2026',
	ends: '',
	created_at: T0
};

function device(): DeviceData {
	const roster = import_summary(empty_roster('HB7K2Q'), finished_course(3));
	if (!roster.ok) throw new Error(roster.message);
	return {
		learners: [
			{ ...learner('lan', 'Bà Lan'), classes: [{ code: 'HB7K2Q', joined_at: T0 }] },
			learner('ba', '<img src=x onerror=alert(1)>')
		],
		settings: [
			{ learner_id: 'lan', text_scale: 1.5, contrast: 'high', read_aloud: true, updated_at: T0 }
		],
		progress: [progress('lan', 'one', true)],
		certificates: [certificate('lan', 'lam-quen/dang-nhap-vneid')],
		classes: [{ info: INFO, roster: roster.value }]
	};
}

function certificate(learner_id: string, lesson_id: string, at = T0): Certificate {
	return {
		schema: 1,
		id: `${learner_id} ${lesson_id}`,
		learner_id,
		earned_at: at,
		issued_at: at,
		lessons: [{ id: lesson_id, title: 'Đăng nhập bằng VNeID' }]
	};
}

const empty: DeviceData = {
	learners: [],
	settings: [],
	progress: [],
	certificates: [],
	classes: []
};

describe('the whole-device backup', () => {
	it('round-trips through its file text, hostile names included', () => {
		const backup = make_backup(device(), T0);
		const read = read_backup(backup_text(backup));
		expect(read).toEqual({ ok: true, value: backup });
		expect(read.ok && read.value.data.learners[1].name).toBe('<img src=x onerror=alert(1)>');
		// the fields a schema object would drop if it forgot them
		expect(read.ok && read.value.data.learners[0].classes).toEqual([
			{ code: 'HB7K2Q', joined_at: T0 }
		]);
		expect(read.ok && read.value.data.certificates).toHaveLength(1);
	});

	it('reads a backup written before certificates were in it', () => {
		const { certificates: _, ...older } = device();
		const read = read_backup(JSON.stringify({ ...make_backup(device(), T0), data: older }));
		expect(read.ok && read.value.data.certificates).toEqual([]);
	});

	it('adds certificates and joined classes, never takes one away', () => {
		const here: DeviceData = {
			...empty,
			learners: [
				{ ...learner('lan', 'Bà Lan', T0 + 9), classes: [{ code: 'ABC234', joined_at: T0 + 5 }] }
			],
			certificates: [certificate('lan', 'khac/bai')]
		};
		const { data, preview } = plan_restore(here, device(), () => STEPS);
		const lan = data.learners.find((l) => l.id === 'lan')!;
		expect(lan.classes?.map((c) => c.code)).toEqual(['HB7K2Q', 'ABC234']);
		expect(data.certificates.map((c) => c.id).sort()).toEqual([
			'lan khac/bai',
			'lan lam-quen/dang-nhap-vneid'
		]);
		expect(preview).toMatchObject({ certificates_added: 1, memberships_added: 1 });
		expect(describe_restore(preview)).toContain('Thêm 1 giấy chứng nhận.');
		// a backup without them takes nothing away
		const bare = { ...device(), learners: [learner('lan', 'Bà Lan', T0 + 20)], certificates: [] };
		const again = plan_restore(data, bare, () => STEPS);
		expect(again.data.learners.find((l) => l.id === 'lan')?.classes).toHaveLength(2);
		expect(again.data.certificates).toHaveLength(2);
	});

	it('keeps a joined class’s name: the first joining’s, else the one the other device knew', () => {
		const typed = { code: 'HB7K2Q', joined_at: T0 };
		const scanned = { code: 'HB7K2Q', joined_at: T0 + 5, name: 'Lớp tổ 5' };
		expect(merge_joined([typed], [scanned])).toEqual([{ ...typed, name: 'Lớp tổ 5' }]);
		expect(merge_joined([scanned], [typed])).toEqual([{ ...typed, name: 'Lớp tổ 5' }]);
		const first = { code: 'HB7K2Q', joined_at: T0, name: 'Lớp tổ 5 (cũ)' };
		expect(merge_joined([scanned], [first])).toEqual([first]);
		expect(merge_joined([typed], [typed])).toEqual([typed]);
		// a backup's name is cleaned as a link's is, and one too long is refused
		const named = device();
		named.learners[0].classes = [{ code: 'HB7K2Q', joined_at: T0, name: ' Lớp\u202e tổ 5 ' }];
		const read = read_backup(backup_text(make_backup(named, T0)));
		expect(read.ok && read.value.data.learners[0].classes).toEqual([
			{ code: 'HB7K2Q', joined_at: T0, name: 'Lớp tổ 5' }
		]);
		named.learners[0].classes = [{ code: 'HB7K2Q', joined_at: T0, name: 'x'.repeat(400) }];
		expect(read_backup(backup_text(make_backup(named, T0))).ok).toBe(false);
	});

	it('restored on a fresh device gives the same data, and restoring again changes nothing', () => {
		const data = device();
		const first = plan_restore(empty, data, () => STEPS);
		expect(canonical(first.data)).toEqual(canonical(data));
		expect(first.preview).toMatchObject({
			learners_added: ['Bà Lan', '<img src=x onerror=alert(1)>'],
			lessons_added: 1,
			certificates_added: 1,
			classes_added: ['Lớp tổ 5']
		});
		const again = plan_restore(first.data, data, () => STEPS);
		expect(again.preview.nothing_new).toBe(true);
		expect(canonical(again.data)).toEqual(canonical(first.data));
		expect(describe_restore(again.preview)).toEqual([
			'Tệp sao lưu không có gì mới so với máy này. Không có gì thay đổi.'
		]);
	});

	it('merges, never overwrites: a completion on either side is kept, every attempt too', () => {
		const here: DeviceData = {
			...empty,
			learners: [learner('lan', 'Bà Lan', T0 + 5)],
			progress: [progress('lan', 'two', false)]
		};
		const { data, preview } = plan_restore(here, device(), () => STEPS);
		const record = data.progress.find((p) => p.learner_id === 'lan')!;
		expect(record.status).toBe('completed');
		expect(record.attempts.map((a) => a.id).sort()).toEqual(['one', 'two']);
		expect(preview.learners_merged).toEqual(['Bà Lan']);
		expect(preview.lessons_updated).toBe(1);
	});

	it('a different learner with a name already on the device is renamed, not merged', () => {
		const here: DeviceData = { ...empty, learners: [learner('other', 'bà lan')] };
		const { data, preview } = plan_restore(here, device(), () => STEPS);
		expect(data.learners.map((l) => l.name)).toContain('Bà Lan (2)');
		expect(preview.learners_renamed).toEqual([{ from: 'Bà Lan', to: 'Bà Lan (2)' }]);
		expect(describe_restore(preview).join('\n')).toContain('Bà Lan (2)');
	});

	it('refuses what is not a valid backup, in Vietnamese, without throwing', () => {
		const good = backup_text(make_backup(device(), T0));
		const cases: [unknown, string][] = [
			['', 'invalid'],
			['{', 'invalid'],
			['[]', 'not_ours'],
			['{"format":"khac"}', 'not_ours'],
			[good.replace('"version":1', '"version":2'), 'newer_version'],
			[good.replace('"contrast":"high"', '"contrast":"<script>"'), 'invalid'],
			[good.replace('"status":"completed"', '"status":"done"'), 'invalid'],
			[good.replace('"code":"HB7K2Q"', '"code":"hb7k2q"'), 'invalid'],
			[42, 'invalid']
		];
		for (const [text, reason] of cases) {
			const result = read_backup(text);
			expect(result, String(text).slice(0, 40)).toMatchObject({ ok: false, reason });
			expect(!result.ok && result.message).toContain('Công dân số');
		}
	});
});
