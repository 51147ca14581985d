/**
 * What the portal's pages fetch instead of carrying it: a small catalogue of every procedure
 * (enough to search, browse and show a procedure card), one file per procedure with its full
 * data, and the places. All are prerendered JSON under /du-lieu/ (src/routes/du-lieu/**), so a
 * page's own HTML and data stay the same size however many procedures and wards the course has.
 */
import type { Procedure } from '../model';

/** One line of the catalogue: what search, browse by field or agency and a card show. */
export type ProcedureSummary = Pick<
	Procedure,
	'id' | 'name' | 'code' | 'field' | 'level' | 'agency_level' | 'keywords' | 'summary'
>;

/** The catalogue line of a procedure (only these fields, whatever else the procedure has). */
export function summarize(procedure: Procedure): ProcedureSummary {
	const { id, name, code, field, level, agency_level, keywords, summary } = procedure;
	return { id, name, code, field, level, agency_level, keywords, summary };
}

/** Addresses of the prerendered data files (the site is served from the root). */
export const DATA_PATHS = {
	catalogue: '/du-lieu/thu-tuc.json',
	procedure: (id: string) => `/du-lieu/thu-tuc/${id}.json`,
	places: '/du-lieu/dia-ban.json'
} as const;
