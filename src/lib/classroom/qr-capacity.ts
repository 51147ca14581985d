/**
 * How much text a QR code holds at error-correction level M (ISO/IEC 18004:2015), to choose
 * between one code and numbered parts and to report the version a learner's code needs.
 *
 * The data codewords of a version are its raw data modules / 8 less the error-correction
 * codewords (blocks × codewords per block, Table 9 of the standard; the same tables as Project
 * Nayuki's reference encoder). Alphanumeric mode: 4 mode bits, a character count of 9, 11 or
 * 13 bits (versions 1–9, 10–26, 27–40), then 11 bits for each pair of characters and 6 for a
 * last single one. Byte mode: a count of 8 or 16 bits, 8 bits a byte.
 */

/** The largest version a cheap phone camera reads reliably from another phone's screen. */
export const MAX_QR_VERSION = 15;

// prettier-ignore
const ECC_CODEWORDS_PER_BLOCK_M = [-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28];
// prettier-ignore
const ECC_BLOCKS_M = [-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49];

/** Modules left for data and error correction once the function patterns are placed. */
function raw_data_modules(version: number) {
	let result = (16 * version + 128) * version + 64;
	if (version >= 2) {
		const align = Math.floor(version / 7) + 2;
		result -= (25 * align - 10) * align - 55;
		if (version >= 7) result -= 36;
	}
	return result;
}

/** Data codewords of a version at level M. */
export function data_codewords_m(version: number) {
	return (
		Math.floor(raw_data_modules(version) / 8) -
		ECC_CODEWORDS_PER_BLOCK_M[version] * ECC_BLOCKS_M[version]
	);
}

/** The most alphanumeric characters a version holds at level M. */
export function alphanumeric_capacity_m(version: number) {
	const count_bits = version <= 9 ? 9 : version <= 26 ? 11 : 13;
	const bits = data_codewords_m(version) * 8 - 4 - count_bits;
	const pairs = Math.floor(bits / 11);
	return pairs * 2 + (bits - pairs * 11 >= 6 ? 1 : 0);
}

/** The most bytes a version holds in byte mode at level M. */
export function byte_capacity_m(version: number) {
	const count_bits = version <= 9 ? 8 : 16;
	return Math.floor((data_codewords_m(version) * 8 - 4 - count_bits) / 8);
}

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/;

/** The smallest version (1–40) holding this text at level M, or null when none does. */
export function qr_version_m(text: string): number | null {
	const alphanumeric = ALPHANUMERIC.test(text);
	const length = alphanumeric ? text.length : new TextEncoder().encode(text).length;
	for (let version = 1; version <= 40; version++) {
		const capacity = alphanumeric ? alphanumeric_capacity_m(version) : byte_capacity_m(version);
		if (length <= capacity) return version;
	}
	return null;
}

/** Modules on a side of a version: 21 for version 1, 77 for version 15. */
export function qr_size(version: number) {
	return 17 + 4 * version;
}
