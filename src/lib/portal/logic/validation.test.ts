// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { FormField } from '../model';
import { ID_LOOKS_REAL, ID_NOT_12_DIGITS } from './citizen-id';
import { validate_field, validate_fields } from './validation';

const ctx = { today: '2026-03-02' };

function field(over: Partial<FormField> & Pick<FormField, 'type' | 'label'>): FormField {
	return { id: 'f', required: true, section: 's', ...over };
}

const check = (f: FormField, value: unknown) => validate_field(f, value, ctx);

describe('text', () => {
	const name = field({
		type: 'text',
		label: 'Họ, chữ đệm và tên của trẻ',
		min_length: 2,
		max_length: 10
	});

	it('asks for a required value, in lower case', () => {
		expect(check(name, '')).toBe('Nhập họ, chữ đệm và tên của trẻ');
		expect(check(name, undefined)).toBe('Nhập họ, chữ đệm và tên của trẻ');
		expect(check(name, null)).toBe('Nhập họ, chữ đệm và tên của trẻ');
	});

	it('treats white space alone as empty', () => {
		expect(check(name, '   \t ')).toBe('Nhập họ, chữ đệm và tên của trẻ');
	});

	it('checks the length after trimming', () => {
		expect(check(name, ' A ')).toBe('Họ, chữ đệm và tên của trẻ cần có ít nhất 2 ký tự');
		expect(check(name, '  An  ')).toBeNull();
		expect(check(name, 'Nguyễn Văn')).toBeNull();
		expect(check(name, 'Nguyễn Văn A')).toBe(
			'Họ, chữ đệm và tên của trẻ không được dài quá 10 ký tự'
		);
	});

	it('counts letters typed in NFD as one each', () => {
		const nfd = 'Nguyễn Văn'.normalize('NFD');
		expect(nfd.length).toBeGreaterThan(10);
		expect(check(name, nfd)).toBeNull();
		expect(
			check(field({ type: 'text', label: 'Tên', max_length: 2 }), 'Ấn'.normalize('NFD'))
		).toBeNull();
	});

	it('lets an optional field stay empty but still checks what is typed', () => {
		const optional = { ...name, required: false };
		expect(check(optional, '')).toBeNull();
		expect(check(optional, '  ')).toBeNull();
		expect(check(optional, 'A')).toBe('Họ, chữ đệm và tên của trẻ cần có ít nhất 2 ký tự');
	});

	it('keeps an abbreviation at the start of a label in capitals', () => {
		expect(check(field({ type: 'text', label: 'CCCD của người đi làm thay' }), '')).toBe(
			'Nhập CCCD của người đi làm thay'
		);
	});
});

describe('number', () => {
	const pages = field({ type: 'number', label: 'Số trang', min: 1, max: 500 });

	it('asks for a value', () => {
		expect(check(pages, '')).toBe('Nhập số trang');
		expect(check(pages, Number.NaN)).toBe('Nhập số trang');
	});

	it('wants a whole number', () => {
		expect(check(pages, '2,5')).toBe('Nhập số trang bằng số nguyên, ví dụ 1');
		expect(check(pages, 2.5)).toBe('Nhập số trang bằng số nguyên, ví dụ 1');
		expect(check(pages, 'năm')).toBe('Nhập số trang bằng số nguyên, ví dụ 1');
		expect(check(pages, '5')).toBeNull();
		expect(check(pages, ' 5 ')).toBeNull();
		expect(check(pages, 5)).toBeNull();
	});

	it('checks both limits with one message when both are set', () => {
		expect(check(pages, 0)).toBe('Số trang phải từ 1 đến 500');
		expect(check(pages, '501')).toBe('Số trang phải từ 1 đến 500');
		expect(check(pages, 1)).toBeNull();
		expect(check(pages, 500)).toBeNull();
	});

	it('checks a single limit', () => {
		expect(check(field({ type: 'number', label: 'Số bản', min: 1 }), '0')).toBe(
			'Số bản phải từ 1 trở lên'
		);
		expect(check(field({ type: 'number', label: 'Số phòng', max: 12 }), 13)).toBe(
			'Số phòng phải từ 12 trở xuống'
		);
		expect(check(field({ type: 'number', label: 'Số phòng', min: 3 }), 'x')).toBe(
			'Nhập số phòng bằng số nguyên, ví dụ 3'
		);
		expect(check(field({ type: 'number', label: 'Nhiệt độ' }), '-5')).toBeNull();
	});
});

describe('date', () => {
	const birth = field({
		type: 'date',
		label: 'Ngày sinh',
		not_in_future: true,
		max_age_days: 60
	});
	const plain = field({ type: 'date', label: 'Ngày cấp' });

	it('asks for a value', () => {
		expect(check(birth, ' ')).toBe('Nhập ngày sinh');
	});

	it('asks for the dd/mm/yyyy form with an example', () => {
		expect(check(plain, '2026-03-01')).toBe(
			'Nhập ngày cấp theo dạng ngày/tháng/năm, ví dụ 05/03/2025'
		);
		expect(check(plain, '1/3/26')).toBe('Nhập ngày cấp theo dạng ngày/tháng/năm, ví dụ 05/03/2025');
		expect(check(plain, 'hôm qua')).toBe(
			'Nhập ngày cấp theo dạng ngày/tháng/năm, ví dụ 05/03/2025'
		);
	});

	it('says when a day does not exist', () => {
		expect(check(plain, '31/02/2025')).toBe(
			'Ngày 31/02/2025 không có thật, hãy kiểm tra lại ngày và tháng'
		);
	});

	it('accepts d/m/yyyy', () => {
		expect(check(plain, '5/3/2025')).toBeNull();
	});

	it('refuses a date after today when not_in_future is set', () => {
		expect(check(birth, '02/03/2026')).toBeNull();
		expect(check(birth, '03/03/2026')).toBe('Ngày sinh phải là hôm nay hoặc một ngày trước đó');
		expect(check(plain, '03/03/2027')).toBeNull();
	});

	it('explains max_age_days with the earliest allowed date', () => {
		// 60 days before 02/03/2026 is 01/01/2026
		expect(check(birth, '01/01/2026')).toBeNull();
		expect(check(birth, '31/12/2025')).toBe(
			'Ngày sinh phải từ ngày 01/01/2026 trở đi, tức là trong vòng 60 ngày tính đến hôm nay'
		);
	});

	it('refuses a context date that is not ISO', () => {
		expect(() => validate_field(plain, '01/01/2026', { today: '02/03/2026' })).toThrow(RangeError);
	});
});

describe('select and radio', () => {
	const options = [
		{ value: 'nam', label: 'Nam' },
		{ value: 'nu', label: 'Nữ' }
	];
	const sex = field({ type: 'radio', label: 'Giới tính', options });
	const ward = field({
		type: 'select',
		label: 'Phường, xã',
		options: [{ value: '11311', label: 'Phường Hồng Bàng' }]
	});

	it('asks to choose', () => {
		expect(check(sex, undefined)).toBe('Chọn giới tính');
		expect(check(ward, '')).toBe('Chọn phường, xã');
	});

	it('accepts only the listed values', () => {
		expect(check(sex, 'nu')).toBeNull();
		expect(check(sex, 'Nữ')).toBe('Chọn giới tính trong các lựa chọn có sẵn');
		expect(check(ward, '11311')).toBeNull();
		expect(check(ward, '99999')).toBe('Chọn phường, xã trong các lựa chọn có sẵn');
	});

	it('lets an optional choice stay empty', () => {
		expect(check({ ...sex, required: false }, '')).toBeNull();
		expect(check({ ...sex, required: false }, 'khac')).toBe(
			'Chọn giới tính trong các lựa chọn có sẵn'
		);
	});
});

describe('checkbox', () => {
	const agree = field({
		type: 'checkbox',
		label: 'Tôi cam đoan những nội dung trên là đúng sự thật'
	});
	const papers = field({
		type: 'checkbox',
		label: 'Giấy tờ gửi kèm',
		options: [
			{ value: 'giay-chung-sinh', label: 'Giấy chứng sinh' },
			{ value: 'uy-quyen', label: 'Văn bản ủy quyền' }
		]
	});

	it('needs a single required box ticked', () => {
		const message = 'Đánh dấu vào ô “Tôi cam đoan những nội dung trên là đúng sự thật”';
		expect(check(agree, false)).toBe(message);
		expect(check(agree, undefined)).toBe(message);
		expect(check(agree, 'true')).toBe(message);
		expect(check(agree, true)).toBeNull();
		expect(check({ ...agree, required: false }, false)).toBeNull();
	});

	it('needs at least one box of a required group', () => {
		expect(check(papers, [])).toBe('Đánh dấu ít nhất một ô ở mục “Giấy tờ gửi kèm”');
		expect(check(papers, undefined)).toBe('Đánh dấu ít nhất một ô ở mục “Giấy tờ gửi kèm”');
		expect(check(papers, ['uy-quyen'])).toBeNull();
		expect(check(papers, ['giay-chung-sinh', 'uy-quyen'])).toBeNull();
		expect(check({ ...papers, required: false }, [])).toBeNull();
	});

	it('refuses values that are not in the group', () => {
		expect(check(papers, ['khac'])).toBe('Chỉ đánh dấu các ô có trong danh sách');
	});
});

describe('citizen-id', () => {
	const id = field({ type: 'citizen-id', label: 'Số định danh cá nhân' });

	it('asks for a value, then uses the practice-ID check', () => {
		expect(check(id, '')).toBe('Nhập số định danh cá nhân');
		expect(check(id, '031299123456')).toBeNull();
		expect(check(id, ' 031 299 123 456 ')).toBeNull();
		expect(check(id, '0312991234')).toBe(ID_NOT_12_DIGITS);
		expect(check(id, '031160012345')).toBe(ID_LOOKS_REAL);
	});
});

describe('phone', () => {
	const phone = field({ type: 'phone', label: 'Số điện thoại' });
	const message = 'Nhập số điện thoại gồm 10 chữ số, bắt đầu bằng số 0, ví dụ 0912 345 678';

	it('accepts 10 digits starting with 0, with spaces or dots', () => {
		expect(check(phone, '0912345678')).toBeNull();
		expect(check(phone, '0912 345 678')).toBeNull();
		expect(check(phone, '0912.345.678')).toBeNull();
		expect(check(phone, ' 09 12 34 56 78 ')).toBeNull();
	});

	it('gives an example otherwise', () => {
		expect(check(phone, '')).toBe('Nhập số điện thoại');
		expect(check(phone, '912345678')).toBe(message);
		expect(check(phone, '09123456789')).toBe(message);
		expect(check(phone, '1912345678')).toBe(message);
		expect(check(phone, '+84912345678')).toBe(message);
		expect(check(phone, '0912-345-678')).toBe(message);
		expect(check(phone, '09123456ab')).toBe(message);
	});
});

describe('address', () => {
	const home = field({ type: 'address', label: 'Nơi cư trú' });
	const full = {
		province: 'Thành phố Hải Phòng',
		ward: 'Phường Hồng Bàng',
		street: 'Số 1 Hoàng Văn Thụ'
	};

	it('accepts a full address', () => {
		expect(check(home, full)).toBeNull();
	});

	it('asks for the address when it is empty', () => {
		expect(check(home, undefined)).toBe('Nhập nơi cư trú');
		expect(check(home, { province: '', ward: ' ', street: '' })).toBe('Nhập nơi cư trú');
		expect(check({ ...home, required: false }, undefined)).toBeNull();
	});

	it('names the missing part', () => {
		expect(check(home, { ...full, province: '' })).toBe('Chọn tỉnh, thành phố cho nơi cư trú');
		expect(check(home, { ...full, ward: '  ' })).toBe('Chọn phường, xã cho nơi cư trú');
		expect(check(home, { ...full, street: '' })).toBe(
			'Nhập số nhà, tên đường hoặc thôn, tổ dân phố cho nơi cư trú'
		);
	});

	it('asks for every part once an optional address is started', () => {
		expect(check({ ...home, required: false }, { province: 'Thành phố Hải Phòng' })).toBe(
			'Chọn phường, xã cho nơi cư trú'
		);
	});
});

describe('validate_fields', () => {
	const fields: FormField[] = [
		field({ id: 'ho_ten', type: 'text', label: 'Họ, chữ đệm và tên' }),
		field({ id: 'ngay_sinh', type: 'date', label: 'Ngày sinh', not_in_future: true }),
		field({ id: 'ghi_chu', type: 'text', label: 'Ghi chú', required: false }),
		field({ id: 'dien_thoai', type: 'phone', label: 'Số điện thoại' })
	];

	it('lists errors in field order', () => {
		expect(validate_fields(fields, { ngay_sinh: '30/02/2026', dien_thoai: '123' }, ctx)).toEqual([
			{ field_id: 'ho_ten', message: 'Nhập họ, chữ đệm và tên' },
			{
				field_id: 'ngay_sinh',
				message: 'Ngày 30/02/2026 không có thật, hãy kiểm tra lại ngày và tháng'
			},
			{
				field_id: 'dien_thoai',
				message: 'Nhập số điện thoại gồm 10 chữ số, bắt đầu bằng số 0, ví dụ 0912 345 678'
			}
		]);
	});

	it('returns nothing when every answer is fine', () => {
		expect(
			validate_fields(
				fields,
				{ ho_ten: 'Trần Thị Mai', ngay_sinh: '05/03/1960', dien_thoai: '0912 345 678' },
				ctx
			)
		).toEqual([]);
	});
});

describe('messages', () => {
	it('are NFC even when the label was typed in NFD', () => {
		const nfd_label = field({ type: 'text', label: 'Họ và tên'.normalize('NFD') });
		const message = check(nfd_label, '');
		expect(message).toBe('Nhập họ và tên');
		expect(message).toBe(message?.normalize('NFC'));
		const tick = field({ type: 'checkbox', label: 'Tôi đồng ý'.normalize('NFD') });
		expect(check(tick, false)).toBe('Đánh dấu vào ô “Tôi đồng ý”');
	});
});
