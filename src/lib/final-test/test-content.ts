/**
 * The final test, "Bài kiểm tra cuối khóa", as data: practice scenarios the learner plays in
 * "Tự làm" with no guidance, each scored by checks on what she did in the portal (its events),
 * and knowledge questions. Every fact in the texts comes from ../shared/domain/ as in the
 * lessons of content/lessons/03-nop-ho-so (sources there); where the reference gives no figure
 * (postal fees and times) the texts name none.
 *
 * How a check reads the events (score.ts):
 * - without `last_of`: met when ANY event matches `event` and `where`;
 * - with `last_of`: only the LAST event of that type matching `last_of` counts, and it must
 *   match `where` (a delivery method chosen, then changed, counts as the final choice).
 */
import type { Question } from '$lib/lessons/model';
import { FINAL_TEST_ID } from './id';
import type { Persona } from '$lib/portal/persona';
import type { SimEventType } from '$lib/portal/events';

export type Where = Record<string, string | number | boolean>;

export interface Check {
	id: string;
	/** what the learner did, as the result screen says it */
	label: string;
	event: SimEventType;
	where?: Where;
	last_of?: Where;
	/** points when met (1 unless said) */
	points?: number;
}

export interface Scenario {
	id: string;
	title: string;
	/** the task, the only text she gets: what happened, what to do, the facts she needs */
	task: string[];
	procedure: string;
	setup: {
		signed_in: boolean;
		location: string;
		practice_date?: string;
		persona?: Persona;
	};
	checks: Check[];
}

export interface FinalTest {
	/** stored like a lesson's progress under this id (progress table; see store.ts) */
	id: string;
	/** pass mark, percent */
	pass_mark: number;
	scenarios: Scenario[];
	questions: Question[];
	/** share of the score (percent) of each scenario and of the questions together; sums to 100 */
	weights: { scenarios: number[]; questions: number };
}

export { FINAL_TEST_ID };
export const PASS_MARK = 80;

const birth: Scenario = {
	id: 'khai-sinh-qua-buu-dien',
	title: 'Đăng ký khai sinh cho cháu, nhận qua bưu điện',
	procedure: 'dang-ky-khai-sinh',
	task: [
		'Cháu của bạn vừa chào đời. Hãy đăng ký khai sinh cho cháu và nhận kết quả qua bưu điện.',
		'Bạn là bà Nguyễn Thị Hoa, bà của bé. Con gái bạn là chị Nguyễn Thị Lan, sinh ngày 15/08/1990, số định danh 031399000321.',
		'Bé tên Nguyễn Minh Khang, con trai, sinh ngày 17/10/2026 tại Bệnh viện Tập huấn, Hải Phòng. Cả nhà sống ở phường Hồng Bàng.',
		'Làm cho đến khi nhận được kết quả, rồi bấm “Tôi đã làm xong”.'
	],
	setup: {
		signed_in: true,
		location: '/',
		practice_date: '2026-10-20',
		persona: 'ong-ba'
	},
	checks: [
		{
			id: 'mo-thu-tuc',
			label: 'Tìm và mở đúng thủ tục đăng ký khai sinh',
			event: 'procedure-opened',
			where: { procedure_id: 'dang-ky-khai-sinh' }
		},
		{
			id: 'chon-co-quan',
			label: 'Chọn nơi giải quyết ở Hải Phòng',
			event: 'agency-chosen',
			where: { procedure_id: 'dang-ky-khai-sinh', province: 'hai-phong' },
			last_of: { procedure_id: 'dang-ky-khai-sinh' }
		},
		{
			id: 'ngay-sinh-be',
			label: 'Khai đúng ngày sinh của bé',
			event: 'field-set',
			where: { value: '17/10/2026', valid: true },
			last_of: { procedure_id: 'dang-ky-khai-sinh', field_id: 'child_date_of_birth' }
		},
		{
			id: 'thong-tin-me',
			label: 'Khai thông tin của mẹ bé, không phải của mình',
			event: 'field-set',
			where: { value: '15/08/1990', valid: true },
			last_of: { procedure_id: 'dang-ky-khai-sinh', field_id: 'mother_date_of_birth' }
		},
		{
			id: 'nguoi-di-dang-ky',
			label: 'Chọn “Ông hoặc bà của bé”',
			event: 'field-set',
			where: { value: 'ong-ba' },
			last_of: { procedure_id: 'dang-ky-khai-sinh', field_id: 'filer_relationship' }
		},
		{
			id: 'giay-chung-sinh',
			label: 'Đính kèm Giấy chứng sinh',
			event: 'file-attached',
			where: { procedure_id: 'dang-ky-khai-sinh', document_id: 'birth_certificate' }
		},
		{
			id: 'buu-dien',
			label: 'Chọn nhận kết quả qua bưu điện',
			event: 'delivery-chosen',
			where: { method: 'post' },
			last_of: { procedure_id: 'dang-ky-khai-sinh' },
			points: 2
		},
		{
			id: 'nop',
			label: 'Nộp hồ sơ',
			event: 'submitted',
			where: { procedure_id: 'dang-ky-khai-sinh' },
			points: 2
		},
		{
			id: 'ban-nhap',
			label: 'Xác nhận bản nháp Giấy khai sinh',
			event: 'draft-confirmed'
		},
		{
			id: 'nhan-ket-qua',
			label: 'Theo dõi đến khi nhận được kết quả',
			event: 'status-changed',
			where: { status: 'da-tra-ket-qua' }
		}
	]
};

const copy: Scenario = {
	id: 'chung-thuc-tra-phi',
	title: 'Chứng thực bản sao, trả phí trên mạng',
	procedure: 'chung-thuc-ban-sao',
	task: [
		'Bạn cần 1 bản sao chứng thực của Bằng tốt nghiệp trung học phổ thông. Bằng có 2 trang.',
		'Hãy nộp yêu cầu chứng thực ở phường Hồng Bàng, trả phí trên mạng, và đến phường nhận bản sao.',
		'Làm cho đến khi đã nhận bản sao, rồi bấm “Tôi đã làm xong”.'
	],
	setup: { signed_in: true, location: '/', practice_date: '2026-10-20' },
	checks: [
		{
			id: 'mo-thu-tuc',
			label: 'Tìm và mở đúng thủ tục chứng thực bản sao',
			event: 'procedure-opened',
			where: { procedure_id: 'chung-thuc-ban-sao' }
		},
		{
			id: 'khai-giay-to',
			label: 'Khai giấy tờ cần chứng thực',
			event: 'section-completed',
			where: { procedure_id: 'chung-thuc-ban-sao', section_id: 'document' }
		},
		{
			id: 'ban-chinh',
			label: 'Đính kèm ảnh bản chính',
			event: 'file-attached',
			where: { procedure_id: 'chung-thuc-ban-sao', document_id: 'original_document' }
		},
		{
			id: 'nhan-truc-tiep',
			label: 'Chọn nhận trực tiếp tại phường',
			event: 'delivery-chosen',
			where: { method: 'desk' },
			last_of: { procedure_id: 'chung-thuc-ban-sao' }
		},
		{
			id: 'tra-phi',
			label: 'Trả phí 4.000 đ trên mạng',
			event: 'paid',
			where: { procedure_id: 'chung-thuc-ban-sao', amount: 4000 },
			points: 2
		},
		{
			id: 'nop',
			label: 'Nộp hồ sơ',
			event: 'submitted',
			where: { procedure_id: 'chung-thuc-ban-sao' },
			points: 2
		},
		{
			id: 'den-nhan',
			label: 'Đến nhận bản sao khi có kết quả',
			event: 'result-collected'
		}
	]
};

const questions: Question[] = [
	{
		kind: 'single',
		prompt: 'Có người gọi điện xưng là công an, xin mã OTP để “cập nhật VNeID”. Bạn làm gì?',
		options: [
			{
				text: 'Không đọc mã, tắt máy. Cần thì đến Công an phường.',
				correct: true,
				explanation:
					'Đúng. Công an không sửa VNeID qua điện thoại, chỉ giúp trực tiếp. Không đưa mã OTP cho ai.'
			},
			{
				text: 'Đọc mã cho họ, vì họ xưng là công an.',
				correct: false,
				explanation: 'Không được. Ai xin mã OTP của bạn cũng là kẻ lừa đảo.'
			}
		]
	},
	{
		kind: 'single',
		prompt: 'Địa chỉ nào là Cổng Dịch vụ công quốc gia thật?',
		options: [
			{
				text: 'dichvucong.gov.vn',
				correct: true,
				explanation: 'Đúng. Hãy tự gõ địa chỉ này, đừng bấm đường dẫn người lạ gửi.'
			},
			{
				text: 'dichvucong-gov.vn.com',
				correct: false,
				explanation: 'Sai. Địa chỉ này chỉ giống tên Cổng thật. Cổng thật là dichvucong.gov.vn.'
			}
		]
	},
	{
		kind: 'single',
		prompt: 'Mã hồ sơ dùng để làm gì?',
		options: [
			{
				text: 'Để tra cứu, theo dõi hồ sơ, và đọc cho cán bộ khi cần hỏi.',
				correct: true,
				explanation: 'Đúng. Mỗi hồ sơ có một mã riêng.'
			},
			{
				text: 'Là mật khẩu mới để đăng nhập Cổng.',
				correct: false,
				explanation: 'Sai. Bạn vẫn đăng nhập bằng tài khoản VNeID như cũ.'
			}
		]
	},
	{
		kind: 'single',
		prompt: 'Cơ quan yêu cầu bổ sung giấy tờ mà bạn để quá hạn. Điều gì xảy ra?',
		options: [
			{
				text: 'Hồ sơ bị dừng xử lý.',
				correct: true,
				explanation: 'Đúng. Hãy gửi bổ sung trước hạn ghi trong Phiếu hướng dẫn bổ sung.'
			},
			{
				text: 'Cơ quan tự tìm giấy tờ thay bạn.',
				correct: false,
				explanation: 'Sai. Quá hạn mà chưa bổ sung thì hồ sơ bị dừng xử lý.'
			}
		]
	},
	{
		kind: 'single',
		prompt: 'Bạn muốn nhận kết quả mà không phải đi lại. Bạn chọn cách nào?',
		options: [
			{
				text: 'Nhận bản điện tử trên Cổng, hoặc nhận qua bưu điện.',
				correct: true,
				explanation:
					'Đúng. Bản điện tử có chữ ký số, giá trị như bản giấy. Bưu điện mang đến tận nhà.'
			},
			{
				text: 'Chỉ có cách đến phường nhận.',
				correct: false,
				explanation: 'Sai. Nhiều thủ tục cho nhận bản điện tử hoặc qua bưu chính công ích.'
			}
		]
	}
];

export const FINAL_TEST: FinalTest = {
	id: FINAL_TEST_ID,
	pass_mark: PASS_MARK,
	scenarios: [birth, copy],
	questions,
	weights: { scenarios: [40, 30], questions: 30 }
};
