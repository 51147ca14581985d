import { describe, expect, it } from 'vitest';
import { parse_step } from './lesson-step';
import { empty_targets, scan_portal_targets, scan_svelte_source } from './portal-targets';
import { procedures as real_procedures } from './procedures.server';
import { action, STEP } from './lesson-fixtures';

describe('portal targets', () => {
	it('reads literal and templated names and ids from Svelte source', () => {
		const found = empty_targets();
		scan_svelte_source(
			`<script>const procedure_id = 'x';</script>
			<button data-sim="a.one" id="one">1</button>
			<PortalLink to="/" sim="a.two">2</PortalLink>
			<a data-sim={sim} procedure_id={apply.procedure_id}>x</a>
			<!-- <b data-sim="a.commented"></b> -->
			<i data-sim={\`docs.\${document.id}\`} id={document.sample ? undefined : \`doc-\${document.id}\`}></i>
			<i data-sim={\`open.\${dossier.procedure_id}\`} id={\`\${field.id}-street\`}></i>
			<i data-sim={\`odd.\${thing}\`} id={ids.hint_id}></i>
			<Input id={field.id} />`,
			found
		);
		expect([...found.names]).toEqual(['a.one', 'a.two']);
		expect(found.kinds).toEqual({ 'docs.': 'document', 'open.': 'procedure', 'odd.': 'unknown' });
		expect([...found.ids]).toEqual(['one']);
		expect(found.id_templates).toEqual([
			{ prefix: 'doc-', kind: 'document', suffix: '' },
			{ prefix: '', kind: 'field', suffix: '-street' },
			{ prefix: '', kind: 'field', suffix: '' }
		]);
	});

	it('reads the markup as the compiler does: not text in scripts, strings or blocks', () => {
		const found = empty_targets();
		scan_svelte_source(
			`<script lang="ts">const html: string = '<b data-sim="a.in-script" id="in-script">';</script>
			{#if ok}<b data-sim={'a.quoted'}>x</b>{:else}<p>data-sim="a.in-text"</p>{/if}
			{#each items as item (item.id)}<i data-sim={\`each.\${item.id}\`}></i>{/each}`,
			found
		);
		expect([...found.names]).toEqual(['a.quoted']);
		expect([...found.ids]).toEqual([]);
		expect(found.prefixes).toEqual(['each.']);
	});

	const real = scan_portal_targets();
	const birth = real_procedures.find((p) => p.id === 'dang-ky-khai-sinh');
	const real_context = { procedure: birth, procedures: real_procedures, help_levels: [] };
	const check = (target: string) =>
		parse_step(STEP, { ...action, target, demo: [] }, true, real, real_context);

	it('every templated name in the portal is understood', () => {
		expect(Object.entries(real.kinds).filter(([, kind]) => kind === 'unknown')).toEqual([]);
		expect(real.prefixes).toEqual(
			expect.arrayContaining(['documents.sample.', 'procedure.link.', 'browse.field.'])
		);
	});

	it.each([
		'login.submit',
		'login.citizen-id',
		'#login-id',
		'#agency-province',
		'#receive-method',
		'documents.sample.birth_certificate',
		'#doc-birth_certificate',
		'procedure.link.chung-thuc-ban-sao',
		'search.result.dang-ky-thuong-tru',
		'browse.field.tu-phap',
		'inbox.message.sms',
		'review.change.child_full_name',
		'#child_full_name',
		'#mother_address-ward',
		'#mother_address-street'
	])('the real portal has %s (for dang-ky-khai-sinh)', (target) => {
		expect(check(target).target).toBe(target);
	});

	it.each([
		['login.nope', 'unknown portal target "login.nope"; names starting with "login." are'],
		[
			'documents.sample.giay_khong_co',
			'unknown portal target "documents.sample.giay_khong_co": procedure "dang-ky-khai-sinh" has no document "giay_khong_co"'
		],
		['#child_full_name-ward', 'no element with id "child_full_name-ward"'],
		['#khong-co', 'no element with id "khong-co"']
	])('the real portal has no %s', (target, problem) => {
		expect(() => check(target)).toThrow(`${STEP}: target: ${problem}`);
	});
});
