import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sim_event_schema } from '$lib/portal/event-schema';
import { EVENT_NAMES, event_vocabulary } from './event-matching';
import { action, context, known, STEP } from './lesson-fixtures';

/** The lesson validator, loaded fresh against an event schema changed in event-schema.ts alone. */
async function validator_with(
	change: (options: typeof sim_event_schema.options) => v.GenericSchema[]
) {
	vi.resetModules();
	vi.doMock('$lib/portal/event-schema', async (import_original) => {
		const original = await import_original<typeof import('$lib/portal/event-schema')>();
		const options = change(original.sim_event_schema.options);
		return { ...original, sim_event_schema: v.variant('type', options as never) };
	});
	const { parse_step } = await import('./lesson-step');
	return (complete: unknown) =>
		parse_step(STEP, { ...action, complete, mistakes: [] }, true, known, context);
}

describe('the events a lesson may wait for come from the portal’s event schema alone', () => {
	afterEach(() => {
		vi.doUnmock('$lib/portal/event-schema');
		vi.resetModules();
	});

	it('accepts an event added to the schema, with its fields and their kinds', async () => {
		const waved = v.object({ type: v.literal('hand-waved'), times: v.number() });
		const step = await validator_with((options) => [...options, waved]);
		expect(step([{ event: 'hand-waved', where: { times: 2 } }]).complete).toEqual([
			{ event: 'hand-waved', where: { times: 2 } }
		]);
		expect(() => step([{ event: 'hand-waved', where: { times: 'hai' } }])).toThrow(
			`${STEP}: complete[0].where.times: expected a number, got "hai"`
		);
		expect(() => step([{ event: 'hand-waved', where: { hand: 'left' } }])).toThrow(
			'event "hand-waved" has no field "hand"; its fields are times'
		);
	});

	it('rejects an event the schema no longer has', async () => {
		const step = await validator_with((options) =>
			options.filter((option) => option.entries.type.literal !== 'otp-sent')
		);
		expect(() => step([{ event: 'otp-sent' }])).toThrow(
			`${STEP}: complete[0].event: unknown event "otp-sent"`
		);
	});

	it('closes a field to the values of its picklist', async () => {
		const rang = v.object({ type: v.literal('bell-rang'), bell: v.picklist(['small', 'big']) });
		const step = await validator_with((options) => [...options, rang]);
		expect(step([{ event: 'bell-rang', where: { bell: 'big' } }]).complete).toHaveLength(1);
		expect(() => step([{ event: 'bell-rang', where: { bell: 'huge' } }])).toThrow(
			'complete[0].where.bell: expected one of small, big, got "huge"'
		);
	});
});

// ── README.md's event table ─────────────────────────────────────────────────────────────────

/** The rows of the table under "Các sự kiện hay dùng": events, and the fields column. */
function readme_rows(): { events: string[]; fields: string }[] {
	const readme = readFileSync('README.md', 'utf8');
	const section = readme.split('### Các sự kiện hay dùng')[1]?.split('\n### ')[0] ?? '';
	return section
		.split('\n')
		.filter((line) => line.startsWith('| `'))
		.map((line) => {
			const cells = line.split(' | ');
			const names = [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
			return { events: names, fields: cells[cells.length - 1].replace(/\s*\|\s*$/, '') };
		});
}

/** `field` (`a`, `b`) pairs of a fields cell: the field names and the values shown for each. */
function fields_of(cell: string): { field: string; values: string[] }[] {
	return [...cell.matchAll(/`([^`]+)`\s*(?:\(([^()]*)\))?/g)].map((m) => ({
		field: m[1],
		values: [...(m[2] ?? '').matchAll(/`([^`]+)`/g)].map((value) => value[1])
	}));
}

describe('README.md’s event table agrees with the schema', () => {
	const rows = readme_rows();
	const vocabulary = event_vocabulary(sim_event_schema);

	it('names every event of the schema, and only those', () => {
		const documented = rows.flatMap((row) => row.events);
		expect(documented.length).toBeGreaterThan(20);
		expect([...documented].sort()).toEqual([...EVENT_NAMES].sort());
	});

	it('lists only fields its events carry, with values they can take', () => {
		for (const row of rows) {
			for (const { field, values } of fields_of(row.fields)) {
				const carriers = row.events.filter((event) => vocabulary.get(event)?.[field]);
				expect(carriers, `${row.events.join(', ')}: field ${field}`).not.toEqual([]);
				for (const event of carriers) {
					const { kind, values: allowed } = vocabulary.get(event)?.[field] ?? {};
					expect(kind, `${event}.${field} is a list`).not.toBe('list');
					if (allowed) expect(allowed, `${event}.${field}`).toEqual(expect.arrayContaining(values));
				}
			}
		}
	});
});
