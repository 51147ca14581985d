/**
 * A QR code's modules as one SVG path (pure, so it is tested without a browser): each run of
 * dark modules in a row is one rectangle. The quiet zone (4 modules, ISO/IEC 18004 §6.3.8) is
 * left around the code by the view box.
 */
export const QUIET_ZONE = 4;

export interface QrDrawing {
	/** modules on a side, without the quiet zone */
	size: number;
	/** the QR version (1–40) */
	version: number;
	/** the SVG path of the dark modules, in module units, offset by the quiet zone */
	path: string;
	/** the view box's side: size + 2 × quiet zone */
	side: number;
}

/** The path of the dark modules of a matrix (true = dark), rows top to bottom. */
export function modules_path(data: readonly (readonly boolean[])[], offset = QUIET_ZONE) {
	const parts: string[] = [];
	data.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			parts.push(`M${start + offset} ${y + offset}h${x - start}v1h${start - x}z`);
		}
	});
	return parts.join('');
}

/** The drawing of one text at error-correction level M, with the encoder passed in (uqr). */
export function qr_drawing(
	text: string,
	encode: (
		text: string,
		options: { ecc: 'M'; border: number }
	) => { version: number; size: number; data: boolean[][] }
): QrDrawing {
	const qr = encode(text, { ecc: 'M', border: 0 });
	return {
		size: qr.size,
		version: qr.version,
		path: modules_path(qr.data),
		side: qr.size + 2 * QUIET_ZONE
	};
}
