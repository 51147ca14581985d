/**
 * The one gateway to content/places.yaml. Runs at build time only (prerendering); a bad file
 * stops the build with the file name and the field.
 */
import { parse_places, type Places, type Province, type Ward } from './places';

const files = import.meta.glob<string>('/content/places.yaml', {
	query: '?raw',
	import: 'default',
	eager: true
});

function load(): Places {
	const entries = Object.entries(files);
	if (entries.length !== 1) throw new Error('content/places.yaml: file not found');
	const [file, source_text] = entries[0];
	return parse_places(file, source_text);
}

export const places: Places = load();

export function get_province(id: string): Province | undefined {
	return places.provinces.find((province) => province.id === id);
}

export function get_ward(province_id: string, ward_id: string): Ward | undefined {
	return get_province(province_id)?.wards.find((ward) => ward.id === ward_id);
}
