/**
 * The portal's data gateway: each file fetched once, a failed fetch reported in Vietnamese and
 * fetched again on "Thử lại", an unknown procedure told apart from a network failure.
 */
import { describe, expect, it, vi } from 'vitest';
import { DATA_UNAVAILABLE, DataUnavailable, fetch_source } from './loader';
import { DATA_PATHS } from './catalogue';

const birth = { id: 'dang-ky-khai-sinh', name: 'Đăng ký khai sinh' };
const places = { note: 'ghi chú', provinces: [] };

/** A fake server: path → JSON body; anything else 404; `offline` makes every fetch throw. */
function server(files: Record<string, unknown>) {
	const state = { offline: false };
	const fetch_file = vi.fn(async (path: string) => {
		if (state.offline) throw new TypeError('Failed to fetch');
		return path in files
			? new Response(JSON.stringify(files[path]), { status: 200 })
			: new Response('Not found', { status: 404 });
	});
	return { state, fetch_file };
}

describe('fetch_source', () => {
	it('fetches a procedure once and gives the same data to every later ask', async () => {
		const { fetch_file } = server({ [DATA_PATHS.procedure(birth.id)]: birth });
		const source = fetch_source(fetch_file);
		const [first, second] = await Promise.all([
			source.procedure(birth.id),
			source.procedure(birth.id)
		]);
		expect(first).toEqual(birth);
		expect(await source.procedure(birth.id)).toBe(second);
		expect(fetch_file).toHaveBeenCalledTimes(1);
		expect(fetch_file).toHaveBeenCalledWith('/du-lieu/thu-tuc/dang-ky-khai-sinh.json');
	});

	it('says in Vietnamese that the data could not be loaded, and fetches again on retry', async () => {
		const { state, fetch_file } = server({ [DATA_PATHS.places]: places });
		const source = fetch_source(fetch_file);
		state.offline = true;
		const failed = source.places();
		await expect(failed).rejects.toBeInstanceOf(DataUnavailable);
		await expect(failed).rejects.toThrow(DATA_UNAVAILABLE);
		expect(DATA_UNAVAILABLE).toContain('Thử lại');
		// the network is back: "Thử lại" asks again and gets the file
		state.offline = false;
		expect(await source.places()).toEqual(places);
		expect(fetch_file).toHaveBeenCalledTimes(2);
	});

	it('treats a server error as a failure, not as a missing procedure', async () => {
		const source = fetch_source(async () => new Response('oops', { status: 503 }));
		await expect(source.procedure(birth.id)).rejects.toBeInstanceOf(DataUnavailable);
		await expect(source.catalogue()).rejects.toBeInstanceOf(DataUnavailable);
	});

	it('answers undefined for a procedure the course does not have, and never fetches a bad id', async () => {
		const { fetch_file } = server({});
		const source = fetch_source(fetch_file);
		expect(await source.procedure('khong-co')).toBeUndefined();
		expect(await source.procedure('../dia-ban')).toBeUndefined();
		expect(fetch_file).toHaveBeenCalledTimes(1);
	});
});
