/** Small binary helpers for the transfer format: CRC-32, varints, a bounds-checked reader. */

const CRC_TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 (IEEE 802.3, as zip and PNG use it). */
export function crc32(bytes: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** 32-bit FNV-1a over the UTF-8 bytes of a text. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
	let hash = seed;
	for (const byte of new TextEncoder().encode(text)) {
		hash ^= byte;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash >>> 0;
}

/** Thrown by ByteReader when the bytes end early or hold an impossible value. */
export class FormatError extends Error {
	constructor(public readonly reason: 'truncated' | 'corrupt' | 'oversized') {
		super(reason);
		this.name = 'FormatError';
	}
}

export class ByteWriter {
	private bytes: number[] = [];

	u8(n: number) {
		this.bytes.push(n & 0xff);
	}

	raw(bytes: Uint8Array) {
		for (const b of bytes) this.bytes.push(b);
	}

	/** An unsigned integer up to 2^53, 7 bits a byte (LEB128). */
	uint(n: number) {
		if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a count: ${n}`);
		while (n >= 0x80) {
			this.bytes.push((n % 0x80) | 0x80);
			n = Math.floor(n / 0x80);
		}
		this.bytes.push(n);
	}

	/** A signed integer (zigzag, then LEB128). */
	int(n: number) {
		this.uint(n < 0 ? -2 * n - 1 : 2 * n);
	}

	/** A text as its UTF-8 length and bytes. */
	text(s: string) {
		const bytes = new TextEncoder().encode(s);
		this.uint(bytes.length);
		this.raw(bytes);
	}

	done() {
		return Uint8Array.from(this.bytes);
	}
}

export class ByteReader {
	private at = 0;
	constructor(private readonly bytes: Uint8Array) {}

	get left() {
		return this.bytes.length - this.at;
	}

	u8() {
		if (this.at >= this.bytes.length) throw new FormatError('truncated');
		return this.bytes[this.at++];
	}

	raw(n: number) {
		if (n > this.left) throw new FormatError('truncated');
		const out = this.bytes.slice(this.at, this.at + n);
		this.at += n;
		return out;
	}

	uint() {
		let n = 0;
		let scale = 1;
		for (let i = 0; i < 8; i++) {
			const byte = this.u8();
			n += (byte & 0x7f) * scale;
			if (!(byte & 0x80)) {
				if (!Number.isSafeInteger(n)) throw new FormatError('corrupt');
				return n;
			}
			scale *= 0x80;
		}
		throw new FormatError('corrupt');
	}

	int() {
		const n = this.uint();
		return n % 2 ? -(n + 1) / 2 : n / 2;
	}

	/** A text of at most `max` UTF-8 bytes; invalid UTF-8 is corrupt. */
	text(max: number) {
		const length = this.uint();
		if (length > max) throw new FormatError('oversized');
		try {
			return new TextDecoder('utf-8', { fatal: true }).decode(this.raw(length));
		} catch (error) {
			if (error instanceof FormatError) throw error;
			throw new FormatError('corrupt');
		}
	}
}

export function hex(n: number, digits: number) {
	return n.toString(16).padStart(digits, '0');
}
