import jsqr from 'jsqr';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { summary_texts } from '../chunks';
import { qr_version_m } from '../qr-capacity';
import { finished_course } from '../testing';
import { camera_error_message, CAMERA_MESSAGES, native_reader } from './camera';
import { modules_path, qr_drawing, QUIET_ZONE } from './qr-path';

/** The drawing as RGBA pixels, `scale` pixels a module, as a camera would see it. */
function pixels(text: string, scale = 4) {
	const qr = encode(text, { ecc: 'M', border: QUIET_ZONE });
	const side = qr.size * scale;
	const data = new Uint8ClampedArray(side * side * 4).fill(255);
	for (let y = 0; y < side; y++)
		for (let x = 0; x < side; x++) {
			if (!qr.data[Math.floor(y / scale)][Math.floor(x / scale)]) continue;
			const at = (y * side + x) * 4;
			data[at] = data[at + 1] = data[at + 2] = 0;
		}
	return { data, side };
}

describe('QR codes the app draws', () => {
	it('draws each run of dark modules once, offset by the quiet zone', () => {
		expect(
			modules_path([
				[true, true, false],
				[false, true, false]
			])
		).toBe('M4 4h2v1h-2zM5 5h1v1h-1z');
	});

	it('uses the smallest version level M allows, and compact alphanumeric mode for CDS1 texts', async () => {
		const [text] = await summary_texts(finished_course(20));
		const drawing = qr_drawing(text, encode);
		expect(drawing.version).toBe(qr_version_m(text));
		expect(drawing.version).toBeLessThanOrEqual(15);
		expect(drawing.side).toBe(17 + 4 * drawing.version + 2 * QUIET_ZONE);
	});

	it('is read back by the decoder the scanner falls back to (jsQR)', async () => {
		const texts = await summary_texts(finished_course(20));
		for (const text of texts) {
			const { data, side } = pixels(text);
			expect(jsqr(data, side, side)?.data).toBe(text);
		}
	});
});

describe('the camera', () => {
	it('says plainly when the camera is refused, missing or busy', () => {
		expect(camera_error_message({ name: 'NotAllowedError' })).toBe(CAMERA_MESSAGES.refused);
		expect(camera_error_message({ name: 'NotFoundError' })).toBe(CAMERA_MESSAGES.missing);
		expect(camera_error_message({ name: 'NotReadableError' })).toBe(CAMERA_MESSAGES.busy);
		expect(camera_error_message(new Error('?'))).toBe(CAMERA_MESSAGES.unsupported);
		expect(CAMERA_MESSAGES.refused).toMatch(/Cho phép/);
	});

	it('uses BarcodeDetector only where it reads QR codes', async () => {
		expect(await native_reader({})).toBeNull();
		class NoQr {
			static getSupportedFormats = async () => ['ean_13'];
			detect = async () => [];
		}
		expect(await native_reader({ BarcodeDetector: NoQr })).toBeNull();
		class Qr {
			static getSupportedFormats = async () => ['qr_code'];
			detect = async () => [{ rawValue: 'CDS1:ABC' }];
		}
		const read = await native_reader({ BarcodeDetector: Qr });
		expect(await read!({} as HTMLVideoElement)).toBe('CDS1:ABC');
	});
});
