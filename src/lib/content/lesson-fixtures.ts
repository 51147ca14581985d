/** Small fixtures shared by the tests of the lesson content check (not a test itself). */
import type { Procedure } from '$lib/portal/model';
import { build_lesson_index } from './course-tree';
import { parse_step } from './lesson-step';
import type { KnownTargets } from './portal-targets';

type LessonIndexInput = Parameters<typeof build_lesson_index>[0];

export const procedure: Procedure = {
	id: 'thu-a',
	name: 'Thủ tục A',
	field: 'tu-phap',
	level: 'toan-trinh',
	agency: 'UBND xã',
	agency_level: 'xa',
	processing_time: { working_days: 1, text: '1 ngày' },
	fee: { kind: 'free' },
	documents: [{ id: 'giay_a', name: 'Giấy A', required: true }],
	result: 'Giấy kết quả',
	result_issuer: 'ubnd-xa',
	result_statement: 'Kết quả cho {ho_ten}.',
	receive_methods: ['online'],
	legal_basis: ['Luật A'],
	sources: [{ title: 'Nguồn', url: 'https://example.gov.vn' }],
	sections: [{ id: 'nguoi', title: 'Người làm' }],
	fields: [
		{ id: 'ho_ten', label: 'Họ tên', type: 'text', required: true, section: 'nguoi' },
		{ id: 'dia_chi', label: 'Địa chỉ', type: 'address', required: true, section: 'nguoi' },
		{
			id: 'gioi_tinh',
			label: 'Giới tính',
			type: 'radio',
			required: true,
			section: 'nguoi',
			options: [
				{ value: 'nam', label: 'Nam' },
				{ value: 'nu', label: 'Nữ' }
			]
		}
	],
	scenario: {},
	summary: 'Thủ tục để thử.'
};
export const procedures = [procedure, { ...procedure, id: 'thu-b', name: 'Thủ tục B' }];

export const known: KnownTargets = {
	names: new Set(['login.submit', 'login.citizen-id', 'login.password', 'form.next']),
	prefixes: ['documents.sample.', 'procedure.link.', 'browse.field.', 'inbox.message.', 'x.'],
	kinds: {
		'documents.sample.': 'document',
		'procedure.link.': 'procedure',
		'browse.field.': 'portal-field',
		'inbox.message.': 'message-kind',
		'x.': 'unknown'
	},
	ids: new Set(['login-id', 'login-password', 'agency-province']),
	id_templates: [
		{ prefix: '', kind: 'field', suffix: '' },
		{ prefix: '', kind: 'field', suffix: '-ward' },
		{ prefix: 'doc-', kind: 'document', suffix: '' }
	]
};

export const chapter = { title: 'Bắt đầu', description: 'Làm quen với Cổng.' };

export const lesson = {
	title: 'Đăng nhập bằng VNeID',
	description: 'Đăng nhập vào bản tập.',
	minutes: 5,
	procedure: 'thu-a',
	objectives: ['Đăng nhập an toàn'],
	help_levels: ['xem-mau', 'huong-dan', 'tu-lam'],
	setup: { signed_in: false, location: '/dang-nhap' }
};

export const action = {
	title: 'Nhập số định danh',
	target: '#login-id',
	complete: [{ event: 'login-typed', where: { field: 'citizen-id', filled: true } }],
	hints: ['Gõ 12 chữ số trên thẻ căn cước.'],
	mistakes: [
		{ event: 'password-submitted', where: { ok: false }, feedback: 'Mật khẩu chưa đúng.' }
	],
	demo: [{ fill: '#login-id', value: '{account.citizen_id}' }, { click: 'login.submit' }]
};

export const question = {
	title: 'Kiểm tra nhanh',
	question: {
		kind: 'single',
		prompt: 'Có nên đọc mã OTP cho người gọi điện không?',
		options: [
			{ text: 'Có', correct: false, explanation: 'Không ai được hỏi mã OTP của bạn.' },
			{ text: 'Không', correct: true, explanation: 'Đúng: mã OTP chỉ mình bạn biết.' }
		]
	}
};

export const STEP = 'content/lessons/01-bat-dau/01-dang-nhap/02-nhap-so.md';
export const LESSON = 'content/lessons/01-bat-dau/01-dang-nhap/index.md';
export const context = { procedure, procedures, help_levels: lesson.help_levels as never };

export const step = (metadata: unknown, body = true, ctx: object = context) =>
	parse_step(STEP, metadata, body, known, ctx);

/** A small course: keys as import.meta.glob gives them. */
export function course(overrides: Partial<LessonIndexInput> = {}): LessonIndexInput {
	const s = (metadata: unknown) => ({ metadata, has_body: true });
	return {
		chapters: {
			'/content/lessons/10-nang-cao/index.md': { ...chapter, title: 'Nâng cao' },
			'/content/lessons/2-bat-dau/index.md': chapter
		},
		lessons: {
			'/content/lessons/2-bat-dau/01-dang-nhap/index.md': lesson,
			'/content/lessons/2-bat-dau/02-tim-thu-tuc/index.md': { ...lesson, title: 'Tìm thủ tục' },
			'/content/lessons/10-nang-cao/01-dang-nhap/index.md': { ...lesson, title: 'Nộp hồ sơ' }
		},
		steps: {
			'/content/lessons/2-bat-dau/01-dang-nhap/10-kiem-tra.md': s(question),
			'/content/lessons/2-bat-dau/01-dang-nhap/2-nhap-so.md': s(action),
			'/content/lessons/2-bat-dau/02-tim-thu-tuc/01-tim.md': s(action),
			'/content/lessons/10-nang-cao/01-dang-nhap/01-nop.md': s(action)
		},
		procedures,
		known,
		...overrides
	};
}
