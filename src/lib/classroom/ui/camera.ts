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

/** The browser's BarcodeDetector set to QR codes, when it reads them; else null. */
async function native_detector(scope: object): Promise<DetectorLike | null> {
	const Detector = (scope as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (!Detector) return null;
	try {
		const formats = (await Detector.getSupportedFormats?.()) ?? [];
		if (!formats.includes('qr_code')) return null;
		return new Detector({ formats: ['qr_code'] });
	} catch {
		return null;
	}
}

/** The browser's BarcodeDetector when it reads QR codes, else null. */
export async function native_reader(scope: object = globalThis): Promise<FrameReader | null> {
	const detector = await native_detector(scope);
	if (!detector) return null;
	return async (video) => {
		const codes = await detector.detect(video);
		return codes[0]?.rawValue ?? null;
	};
}

/** The largest side a frame is scaled to before jsQR reads it (speed on cheap phones). */
const MAX_SIDE = 720;

type JsQr = typeof import('jsqr').default;

/**
 * jsQR, served from our own origin as a file of its own and run as a classic script (it sets
 * `self.jsQR`). Bundling it instead would add the bundler's CommonJS helpers (jsQR is CommonJS)
 * to the runtime chunk every page of the site loads.
 */
async function load_jsqr(): Promise<JsQr> {
	const scope = globalThis as { jsQR?: JsQr };
	if (scope.jsQR) return scope.jsQR;
	const { default: url } = await import('jsqr/dist/jsQR.js?url');
	await new Promise<void>((resolve, reject) => {
		const script = document.createElement('script');
		script.src = url;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error('jsQR did not load'));
		document.head.append(script);
	});
	if (!scope.jsQR) throw new Error('jsQR did not load');
	return scope.jsQR;
}

/**
 * jsQR on a canvas copy of `source` (a video frame or a picture), scaled so its larger side is at
 * most `max_side`: the text of the code found, or null.
 */
function read_with_jsqr(
	jsqr: JsQr,
	context: CanvasRenderingContext2D,
	source: CanvasImageSource,
	[w, h]: [number, number],
	max_side: number
) {
	const { canvas } = context;
	const scale = Math.min(1, max_side / Math.max(w, h));
	canvas.width = Math.max(1, Math.round(w * scale));
	canvas.height = Math.max(1, Math.round(h * scale));
	context.drawImage(source, 0, 0, canvas.width, canvas.height);
	const image = context.getImageData(0, 0, canvas.width, canvas.height);
	const code = jsqr(image.data, image.width, image.height, { inversionAttempts: 'attemptBoth' });
	return code?.data || null;
}

function canvas_context() {
	return document.createElement('canvas').getContext('2d', { willReadFrequently: true });
}

/** jsQR on a canvas copy of the frame. */
export async function fallback_reader(): Promise<FrameReader> {
	const jsqr = await load_jsqr();
	const context = canvas_context();
	return async (video) => {
		const size: [number, number] = [video.videoWidth, video.videoHeight];
		if (!context || !size[0] || !size[1]) return null;
		return read_with_jsqr(jsqr, context, video, size, MAX_SIDE);
	};
}

/** The largest side a picture is scaled to before jsQR reads it (a phone's screenshot). */
const MAX_PICTURE_SIDE = 1600;

/**
 * The QR code in a picture (a screenshot of the learner's code sent over Zalo): its text, or null
 * when none is found. The browser's BarcodeDetector where it has one, else jsQR.
 */
export async function read_picture(picture: Blob): Promise<string | null> {
	const bitmap = await createImageBitmap(picture);
	try {
		const detector = await native_detector(globalThis);
		if (detector) {
			const codes = await detector.detect(bitmap);
			if (codes[0]?.rawValue) return codes[0].rawValue;
		}
		const jsqr = await load_jsqr();
		const context = canvas_context();
		if (!context) return null;
		return read_with_jsqr(jsqr, context, bitmap, [bitmap.width, bitmap.height], MAX_PICTURE_SIDE);
	} finally {
		bitmap.close();
	}
}
