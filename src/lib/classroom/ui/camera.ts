/**
 * Reading QR codes from the camera, apart from the component so it is tested without one: the
 * Vietnamese message for each way getUserMedia fails, and the choice of decoder (the browser's
 * BarcodeDetector where it reads QR codes, else jsQR, loaded with import() only when scanning
 * starts and bundled from our own origin).
 */

export const CAMERA_MESSAGES = {
	refused:
		'Trang chưa được phép dùng máy ảnh. Hãy bấm vào biểu tượng bên trái địa chỉ trang, chọn “Cho phép” máy ảnh, rồi bấm “Bật máy ảnh” lần nữa. Bạn cũng có thể chọn tệp người học gửi qua Zalo.',
	missing:
		'Không tìm thấy máy ảnh trên máy này. Hãy chọn tệp người học gửi qua Zalo, hoặc dùng điện thoại có máy ảnh.',
	busy: 'Máy ảnh đang bận (có thể một ứng dụng khác đang dùng). Hãy đóng ứng dụng đó rồi bấm “Bật máy ảnh” lần nữa.',
	unsupported:
		'Trình duyệt này không cho trang dùng máy ảnh. Hãy mở trang bằng Chrome, hoặc chọn tệp người học gửi qua Zalo.',
	decoder: 'Không mở được phần đọc mã QR. Hãy tải lại trang rồi thử lại.'
} as const;

/** The message for an error getUserMedia rejected with. */
export function camera_error_message(error: unknown): string {
	const name = (error as { name?: unknown } | null)?.name;
	switch (name) {
		case 'NotAllowedError':
		case 'PermissionDeniedError':
		case 'SecurityError':
			return CAMERA_MESSAGES.refused;
		case 'NotFoundError':
		case 'DevicesNotFoundError':
		case 'OverconstrainedError':
			return CAMERA_MESSAGES.missing;
		case 'NotReadableError':
		case 'TrackStartError':
		case 'AbortError':
			return CAMERA_MESSAGES.busy;
		default:
			return CAMERA_MESSAGES.unsupported;
	}
}

/** Reads the QR code in a frame (a video or a canvas): its text, or null. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

interface DetectorLike {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): DetectorLike;
	getSupportedFormats?: () => Promise<string[]>;
}

/** The browser's BarcodeDetector when it reads QR codes, else null. */
export async function native_reader(scope: object = globalThis): Promise<FrameReader | null> {
	const Detector = (scope as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (!Detector) return null;
	try {
		const formats = (await Detector.getSupportedFormats?.()) ?? [];
		if (!formats.includes('qr_code')) return null;
		const detector = new Detector({ formats: ['qr_code'] });
		return async (video) => {
			const codes = await detector.detect(video);
			return codes[0]?.rawValue ?? null;
		};
	} catch {
		return null;
	}
}

/** The largest side a frame is scaled to before jsQR reads it (speed on cheap phones). */
const MAX_SIDE = 720;

/** jsQR on a canvas copy of the frame. */
export async function fallback_reader(): Promise<FrameReader> {
	const { default: jsqr } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true });
	return async (video) => {
		const w = video.videoWidth;
		const h = video.videoHeight;
		if (!context || !w || !h) return null;
		const scale = Math.min(1, MAX_SIDE / Math.max(w, h));
		canvas.width = Math.round(w * scale);
		canvas.height = Math.round(h * scale);
		context.drawImage(video, 0, 0, canvas.width, canvas.height);
		const image = context.getImageData(0, 0, canvas.width, canvas.height);
		const code = jsqr(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
		return code?.data || null;
	};
}
