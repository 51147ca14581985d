// "Các thủ tục có thể tập": every shipped procedure by field, with its lesson and the seed's 2018
// counts. This page's data grows with the course (src/routes/page-data.test.ts bounds it).
import { lessons } from '$lib/content/lessons.server';
import { catalogue_by_field } from '$lib/content/procedure-catalogue';
import { procedures } from '$lib/content/procedures.server';

export function load() {
	return {
		fields: catalogue_by_field(
			procedures,
			lessons.map(({ id, title, procedure }) => ({ id, title, procedure }))
		)
	};
}
