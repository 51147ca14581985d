import { describe, expect, it } from 'vitest';
import { return_path } from '../../src/routes/nguoi-hoc/return-path';

const at = (search: string) => new URL(`https://congdanso.example/nguoi-hoc/${search}`);

describe('going back after choosing a learner', () => {
	it('goes back to the page of this site the header named', () => {
		expect(return_path(at('?ve=%2Ftim-hieu%2F'))).toBe('/tim-hieu/');
		expect(return_path(at('?ve=%2Fthuc-hanh%2F%3Fp%3D%252Fho-so'))).toBe('/thuc-hanh/?p=%2Fho-so');
		expect(return_path(at('?ve=%2F'))).toBe('/');
	});

	it('stays when no page is named', () => {
		expect(return_path(at(''))).toBeNull();
		expect(return_path(at('?ve='))).toBeNull();
	});

	it('never leaves the site, and never loops to the learners page', () => {
		for (const target of [
			'https://evil.example/',
			'//evil.example/',
			'/\\evil.example/',
			'javascript:alert(1)',
			'tim-hieu/',
			'/nguoi-hoc/',
			'/nguoi-hoc/?ve=/'
		]) {
			expect(return_path(at(`?ve=${encodeURIComponent(target)}`)), target).toBeNull();
		}
	});
});
