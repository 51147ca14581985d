/**
 * The schema of content/places.yaml (provinces and their wards/communes after 1/7/2025) and
 * its pure parser: text in, Places out, no file access. Only names the reference confirms are
 * listed, so the practice portal offers only these; featured wards come first.
 *
 * Types can be imported anywhere (`import type`); the parser shares the YAML reader with
 * procedure-schema.ts and is meant for build time and tests, through places.server.ts.
 */
import * as v from 'valibot';
import {
	describe_issue,
	display_file,
	issue_path,
	text_problems,
	throw_problems,
	type Problem
} from './content-error';
import { is_https_url, nonblank_text, slug } from './content-values';
import { read_yaml } from './procedure-schema';

export type ProvinceKind = 'tinh' | 'thanh-pho';
/** phường, xã, or đặc khu (special zone, e.g. Cát Hải) */
export type WardKind = 'phuong' | 'xa' | 'dac-khu';

/** Where a place name comes from; a few sources have no public address. */
export interface PlaceSource {
	title: string;
	url?: string;
}

export interface Ward {
	id: string;
	/** full name as shown, e.g. "Phường Hồng Bàng" */
	name: string;
	kind: WardKind;
	/** the portal's 5-digit ward code (wardCode), where a source gives one */
	code?: string;
	/** listed first and suggested in lessons (Hồng Bàng, Hồng An) */
	featured?: boolean;
	note?: string;
	/** the former units it was formed from on 01/07/2025 (Nghị quyết 1669/NQ-UBTVQH15), so a
	 * learner who types her old ward's name still finds the new one */
	formed_from?: string[];
	/** its own source, else the province's `wards_source` (filled in by the parser) */
	source: PlaceSource;
}

export interface Province {
	id: string;
	/** full name as shown, e.g. "Thành phố Hải Phòng" */
	name: string;
	kind: ProvinceKind;
	/** the portal's province code (provinceCode), e.g. "31" for Hải Phòng */
	code?: string;
	note?: string;
	source: PlaceSource;
	/** the source of every ward listed without its own */
	wards_source?: PlaceSource;
	wards: Ward[];
}

export interface Places {
	/** shown to learners: the list is not complete */
	note: string;
	provinces: Province[];
}

const place_source = v.strictObject({
	title: nonblank_text,
	url: v.optional(
		v.pipe(
			v.string(),
			v.check(
				is_https_url,
				(issue) => `expected a full https:// address, got ${JSON.stringify(issue.input)}`
			)
		)
	)
});

const ward_schema = v.strictObject({
	id: slug,
	name: nonblank_text,
	kind: v.picklist(['phuong', 'xa', 'dac-khu']),
	code: v.optional(
		v.pipe(
			v.string(),
			v.regex(
				/^\d{5}$/,
				(issue) => `expected 5 digits in quotes, got ${JSON.stringify(issue.input)}`
			)
		)
	),
	featured: v.optional(v.boolean()),
	note: v.optional(nonblank_text),
	formed_from: v.optional(v.array(nonblank_text)),
	source: v.optional(place_source)
});

const province_schema = v.strictObject({
	id: slug,
	name: nonblank_text,
	kind: v.picklist(['tinh', 'thanh-pho']),
	code: v.optional(
		v.pipe(
			v.string(),
			v.regex(
				/^\d{2}$/,
				(issue) => `expected 2 digits in quotes, got ${JSON.stringify(issue.input)}`
			)
		)
	),
	note: v.optional(nonblank_text),
	source: place_source,
	wards_source: v.optional(place_source),
	wards: v.pipe(v.array(ward_schema), v.minLength(1, 'list at least one ward or commune'))
});

export const places_schema = v.strictObject({
	note: nonblank_text,
	provinces: v.pipe(v.array(province_schema), v.minLength(1, 'list at least one province'))
});

// The schema's output is exactly Places.
type Output = v.InferOutput<typeof places_schema>;
/** The file's shape: a ward may leave its source to the province's `wards_source`. */
type FileWard = Omit<Ward, 'source'> & { source?: PlaceSource };
type FilePlaces = Omit<Places, 'provinces'> & {
	provinces: (Omit<Province, 'wards'> & { wards: FileWard[] })[];
};
const _output_is_places: Output extends FilePlaces ? true : never = true;
const _places_is_output: FilePlaces extends Output ? true : never = true;

/** Unique ids and codes, a source for every ward, and featured wards before the others. */
function cross_problems(places: FilePlaces): Problem[] {
	const problems: Problem[] = [];
	const seen_provinces = new Map<string, string>();
	places.provinces.forEach((province, i) => {
		const at = `provinces[${i}]`;
		for (const key of ['id', 'code'] as const) {
			const value = province[key];
			if (value === undefined) continue;
			const other = seen_provinces.get(`${key}:${value}`);
			if (other)
				problems.push({ path: `${at}.${key}`, problem: `duplicate "${value}" (also at ${other})` });
			else seen_provinces.set(`${key}:${value}`, `${at}.${key}`);
		}
		const seen = new Map<string, string>();
		let others_started = false;
		province.wards.forEach((ward, j) => {
			const ward_at = `${at}.wards[${j}]`;
			for (const key of ['id', 'code'] as const) {
				const value = ward[key];
				if (value === undefined) continue;
				const other = seen.get(`${key}:${value}`);
				if (other) {
					problems.push({
						path: `${ward_at}.${key}`,
						problem: `duplicate "${value}" (also at ${other})`
					});
				} else seen.set(`${key}:${value}`, `${ward_at}.${key}`);
			}
			if (!ward.source && !province.wards_source) {
				problems.push({
					path: `${ward_at}.source`,
					problem: `is missing, and ${at} has no wards_source to use instead`
				});
			}
			if (!ward.featured) others_started = true;
			else if (others_started) {
				problems.push({
					path: `${ward_at}.featured`,
					problem: 'featured wards must be listed before the others'
				});
			}
		});
	});
	return problems;
}

/** Parses and validates content/places.yaml; throws a ContentError naming file and field. */
export function parse_places(file: string, source_text: string): Places {
	const shown = display_file(file);
	const { data, problems } = read_yaml(source_text);
	if (problems.length) throw_problems(shown, problems);
	const spelling = text_problems(data);
	if (spelling.length) throw_problems(shown, spelling);
	const result = v.safeParse(places_schema, data);
	if (!result.success) {
		throw_problems(
			shown,
			result.issues.map((issue) => ({ path: issue_path(issue), problem: describe_issue(issue) }))
		);
	}
	const cross = cross_problems(result.output);
	if (cross.length) throw_problems(shown, cross);
	return {
		...result.output,
		provinces: result.output.provinces.map((province) => ({
			...province,
			wards: province.wards.map((ward) => ({
				...ward,
				source: (ward.source ?? province.wards_source)!
			}))
		}))
	};
}

/** Featured wards of all provinces, in file order (Hồng Bàng, Hồng An). */
export function featured_wards(places: Places): { province: Province; ward: Ward }[] {
	return places.provinces.flatMap((province) =>
		province.wards.filter((ward) => ward.featured).map((ward) => ({ province, ward }))
	);
}
