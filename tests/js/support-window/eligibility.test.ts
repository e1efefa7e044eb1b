/**
 * Eligibility and running components (SPEC, POLICY.md E1, C1, W1): the five
 * overall rules in their order, each precedence (not eligible before
 * outside before unknown), inactive and missing components, the plain rules
 * of a policy without `premium` and `required`, and the new policy keys'
 * validation.
 */
import { defaultPolicy, evaluate } from '../../../src/support-window';
import type {
	ComponentFacts,
	ComponentVerdict,
	SupportPolicy,
} from '../../../src/support-window';

import { component, plainPolicy, site, validatePolicy } from './helpers';

/**
 * A Dokan site as the default policy wants it: everything running and current.
 *
 * @param changes Fields to change by slug; null drops the component.
 */
function dokanSite(
	changes: Partial< Record< string, Partial< ComponentFacts > | null > > = {}
): ComponentFacts[] {
	const base: Record< string, Partial< ComponentFacts > > = {
		wordpress: { installed: '7.1.4', latest: '7.1.4' },
		woocommerce: { installed: '10.9.4', latest: '10.9.4' },
		'dokan-lite': { installed: '4.1.0', latest: '4.1.2' },
		'dokan-pro': { installed: '4.1.1', latest: '4.1.1' },
	};
	return Object.entries( base ).flatMap( ( [ slug, fields ] ) => {
		const change = changes[ slug ];
		// null: the site check does not report the component at all.
		return change === null
			? []
			: [ component( slug, { ...fields, ...change } ) ];
	} );
}

const proMissing = { 'dokan-pro': { installed: null } };
const proInactive = { 'dokan-pro': { active: false } };
const oldWoo = { woocommerce: { installed: '10.2.2' } };
const noUpdateData = { 'dokan-lite': { latest: null } };

function row( components: ComponentVerdict[], slug: string ) {
	return components.find( ( c ) => c.slug === slug ) as ComponentVerdict;
}

describe( 'the overall rules, in order (default policy)', () => {
	it.each( [
		// [ case, changes, overall ]
		[ 'everything running and inside', {}, 'supported' ],
		// Rule 2: no premium product running (E1, C1)…
		[ 'Dokan Pro not installed', proMissing, 'not-eligible' ],
		[ 'Dokan Pro installed but not active', proInactive, 'not-eligible' ],
		// …comes before rule 3 (outside)…
		[
			'no Dokan Pro and an old WooCommerce',
			{ ...proMissing, ...oldWoo },
			'not-eligible',
		],
		[
			'no Dokan Pro and WooCommerce missing',
			{ ...proMissing, woocommerce: { installed: null } },
			'not-eligible',
		],
		// …and before rule 4 (unknown).
		[
			'no Dokan Pro and no update data',
			{ ...proMissing, ...noUpdateData },
			'not-eligible',
		],
		// Rule 3: a running component outside, or a required one not running (W1).
		[ 'an old WooCommerce', oldWoo, 'outside' ],
		[
			'WooCommerce not installed',
			{ woocommerce: { installed: null } },
			'outside',
		],
		[
			'WooCommerce not active',
			{ woocommerce: { active: false } },
			'outside',
		],
		[
			'Dokan (Lite) not active',
			{ 'dokan-lite': { active: false } },
			'outside',
		],
		// …comes before rule 4.
		[
			'an old WooCommerce and no update data for Dokan',
			{ ...oldWoo, ...noUpdateData },
			'outside',
		],
		[
			'Dokan not active and no update data for Pro',
			{ 'dokan-lite': { active: false }, 'dokan-pro': { latest: null } },
			'outside',
		],
		// Rule 4: a running component that cannot be decided.
		[ 'no update data for Dokan', noUpdateData, 'unknown' ],
		[
			'Dokan Pro running, its version unreadable',
			{ 'dokan-pro': { installed: 'trunk' } },
			'unknown',
		],
		[
			'WordPress version not detected',
			{ wordpress: { installed: null } },
			'unknown',
		],
		// A required or premium component the facts do not report is missing data.
		[ 'WooCommerce not reported at all', { woocommerce: null }, 'unknown' ],
		[ 'Dokan Pro not reported at all', { 'dokan-pro': null }, 'unknown' ],
		// An inactive component does not decide, even outside its window.
		[
			'an old Dokan Pro, not active (its window does not decide)',
			{ 'dokan-pro': { active: false, installed: '3.0.0' } },
			'not-eligible',
		],
	] as const )( '%s → %s', ( _case, changes, overall ) => {
		const verdict = evaluate(
			site( ...dokanSite( changes ) ),
			defaultPolicy
		);
		expect( verdict.overall ).toBe( overall );
	} );

	it( 'rule 1: an unusable policy says unknown before anything else', () => {
		const verdict = evaluate( site( ...dokanSite( proMissing ) ), {
			...defaultPolicy,
			premium: [ 'dokan-plus' ],
		} );
		expect( verdict.overall ).toBe( 'unknown' );
		expect( verdict.error ).toContain( '"dokan-plus"' );
	} );

	it( 'rule 1: facts without components say unknown', () => {
		const verdict = evaluate( site(), defaultPolicy );
		expect( verdict.overall ).toBe( 'unknown' );
		expect( verdict.error ).toContain( 'no components' );
	} );

	it( 'never supported with nothing running', () => {
		const idle = dokanSite().map( ( c ) => ( { ...c, active: false } ) );
		expect( evaluate( site( ...idle ), plainPolicy ).overall ).toBe(
			'unknown'
		);
	} );

	it( 'says which required or premium component the facts do not report', () => {
		const verdict = evaluate(
			site( ...dokanSite( { woocommerce: null, 'dokan-pro': null } ) ),
			defaultPolicy
		);
		expect( verdict.error ).toBe(
			'The site check did not report woocommerce, dokan-pro, which the support policy names, so support cannot be checked.'
		);
		// Still every reported component, with its window.
		expect( verdict.components.map( ( c ) => c.slug ) ).toEqual( [
			'wordpress',
			'dokan-lite',
		] );
	} );

	it( 'says nothing of a missing component where the verdict does not rest on it', () => {
		// Outside stands whatever WooCommerce is (rule 3 before rule 4).
		const verdict = evaluate(
			site(
				...dokanSite( {
					woocommerce: null,
					wordpress: { installed: '6.8', latest: '6.9' },
				} )
			),
			defaultPolicy
		);
		expect( verdict.overall ).toBe( 'outside' );
		expect( verdict.error ).toBeUndefined();
	} );

	it( 'still shows every component’s window when not eligible', () => {
		const verdict = evaluate(
			site( ...dokanSite( { ...proMissing, ...oldWoo } ) ),
			defaultPolicy
		);
		expect(
			verdict.components.map( ( c ) => [ c.slug, c.status ] )
		).toEqual( [
			[ 'wordpress', 'latest' ],
			[ 'woocommerce', 'outside' ],
			[ 'dokan-lite', 'in-window' ],
			[ 'dokan-pro', 'not-installed' ],
		] );
	} );
} );

describe( 'component verdicts of section A', () => {
	const judge = (
		changes: Parameters< typeof dokanSite >[ 0 ],
		slug: string
	) =>
		row(
			evaluate( site( ...dokanSite( changes ) ), defaultPolicy )
				.components,
			slug
		);

	it( 'a premium product not installed: not installed, no fix (buying is not a screen)', () => {
		expect( judge( proMissing, 'dokan-pro' ) ).toMatchObject( {
			status: 'not-installed',
			rule: null,
			fix: null,
			reason: 'Dokan Pro is not installed.',
		} );
	} );

	it( 'a premium product not active: inactive, with its version, what it would be, and "activate" (E1)', () => {
		const v = judge( proInactive, 'dokan-pro' );
		expect( v ).toMatchObject( {
			status: 'inactive',
			windowStatus: 'latest',
			installed: '4.1.1',
			latest: '4.1.1',
			rule: 'E1',
			fix: { action: 'activate', updateTo: null, screen: 'plugins.php' },
		} );
		expect( v.reason ).toBe(
			'Dokan Pro 4.1.1 is installed but not active, and support is for sites running it (E1). Activate Dokan Pro on the Plugins screen.'
		);
		expect( v.note ).toBe(
			'If it were active: Dokan Pro 4.1.1 is the latest version: supported (W1).'
		);
	} );

	it( 'a required component not installed: W1, installed from the Add Plugins screen', () => {
		const v = judge( { woocommerce: { installed: null } }, 'woocommerce' );
		expect( v ).toMatchObject( {
			status: 'not-installed',
			rule: 'W1',
			fix: {
				action: 'install',
				updateTo: null,
				screen: 'plugin-install.php',
			},
		} );
		expect( v.reason ).toBe(
			'WooCommerce is not installed, and support is for sites running it (W1). Install WooCommerce.'
		);
		expect( v.windowStatus ).toBeUndefined();
	} );

	it( 'a required component not active: W1, activated on the Plugins screen, and what it would be', () => {
		const v = judge(
			{ woocommerce: { active: false, installed: '10.2.2' } },
			'woocommerce'
		);
		expect( v ).toMatchObject( {
			status: 'inactive',
			windowStatus: 'outside',
			installed: '10.2.2',
			rule: 'W1',
			fix: { action: 'activate', screen: 'plugins.php' },
		} );
		expect( v.reason ).toContain( '(W1). Activate WooCommerce' );
		expect( v.note ).toContain(
			'If it were active: WooCommerce 10.2.2 is not the latest version (10.9.4)'
		);
	} );

	it( 'a component nothing needs running, not active: it does not count, no fix', () => {
		const facts = [
			...dokanSite(),
			component( 'dokan-wholesale', {
				installed: '1.0.0',
				latest: '2.0.0',
				active: false,
			} ),
		];
		const verdict = evaluate( site( ...facts ), defaultPolicy );
		expect( verdict.overall ).toBe( 'supported' );
		const v = row( verdict.components, 'dokan-wholesale' );
		expect( v ).toMatchObject( {
			status: 'inactive',
			windowStatus: 'outside',
			rule: null,
			fix: null,
		} );
		expect( v.reason ).toContain( 'so it does not count' );
	} );

	it( 'an active component has no windowStatus', () => {
		expect( judge( {}, 'dokan-lite' ).windowStatus ).toBeUndefined();
	} );
} );

describe( 'the plain rules: a policy without premium or required', () => {
	it.each( [
		[ 'no Dokan Pro', proMissing, 'supported' ],
		[ 'Dokan Pro not active', proInactive, 'supported' ],
		[
			'WooCommerce not installed',
			{ woocommerce: { installed: null } },
			'supported',
		],
		[
			'an old WooCommerce, not active',
			{ woocommerce: { installed: '10.2.2', active: false } },
			'supported',
		],
		[ 'an old WooCommerce, running', oldWoo, 'outside' ],
		[
			'WooCommerce not reported at all',
			{ woocommerce: null },
			'supported',
		],
	] as const )( '%s → %s', ( _case, changes, overall ) => {
		const verdict = evaluate(
			site( ...dokanSite( changes ) ),
			plainPolicy
		);
		expect( verdict.overall ).toBe( overall );
	} );

	it( 'a missing plugin is just not installed: no rule, no fix', () => {
		const verdict = evaluate(
			site( ...dokanSite( { woocommerce: { installed: null } } ) ),
			plainPolicy
		);
		expect( row( verdict.components, 'woocommerce' ) ).toMatchObject( {
			status: 'not-installed',
			rule: null,
			fix: null,
		} );
	} );

	it( 'an inactive plugin does not count and has no fix', () => {
		const verdict = evaluate(
			site( ...dokanSite( proInactive ) ),
			plainPolicy
		);
		expect( row( verdict.components, 'dokan-pro' ) ).toMatchObject( {
			status: 'inactive',
			rule: null,
			fix: null,
		} );
	} );

	it( 'another vendor can name its own premium products', () => {
		const policy: SupportPolicy = {
			vendor: 'weDevs',
			premium: [ 'dokan-wholesale' ],
			components: { 'dokan-wholesale': { releasesBehind: 1 } },
		};
		expect( validatePolicy( policy ) ).toEqual( [] );
		const wordpress = component( 'wordpress', {
			installed: '7.1.4',
			latest: '7.1.4',
		} );
		// Not reported at all: missing data, not "not eligible".
		expect( evaluate( site( wordpress ), policy ).overall ).toBe(
			'unknown'
		);
		const wholesale = component( 'dokan-wholesale', { installed: null } );
		expect( evaluate( site( wordpress, wholesale ), policy ).overall ).toBe(
			'not-eligible'
		);
	} );
} );

describe( 'validation of premium and required', () => {
	it.each( [
		[
			{ premium: 'dokan-pro' },
			'The support policy’s "premium" must be a list of component slugs, but it is "dokan-pro".',
		],
		[
			{ premium: [ 'dokan-pro', 3 ] },
			'The support policy’s "premium" must be a list of component slugs, but it is a list.',
		],
		[
			{ premium: [ 'dokan-plus' ] },
			'The support policy names "dokan-plus" as premium, but has no component of that slug.',
		],
		[
			{
				components: {
					...defaultPolicy.components,
					woocommerce: { releasesBehind: 0, required: 'yes' },
				},
			},
			'The support policy for "woocommerce" says "required" is "yes", but it must be true or false.',
		],
		[
			{
				components: {
					...defaultPolicy.components,
					wordpress: { releasesBehind: 0, required: 1 },
				},
			},
			'The support policy for "wordpress" says "required" is 1, but it must be true or false.',
		],
	] )( 'rejects %j', ( change, message ) => {
		const policy = { ...defaultPolicy, ...change };
		expect( validatePolicy( policy ) ).toEqual( [ message ] );
		const verdict = evaluate(
			site( ...dokanSite() ),
			policy as SupportPolicy
		);
		expect( verdict.overall ).toBe( 'unknown' );
		expect( verdict.error ).toBe(
			`The support policy is invalid, so support cannot be checked: ${ message }`
		);
		expect(
			verdict.components.every( ( c ) => c.status === 'unknown' )
		).toBe( true );
	} );

	it( 'accepts required: false and an empty premium list', () => {
		expect(
			validatePolicy( {
				vendor: 'Dokan',
				premium: [],
				components: {
					wordpress: { releasesBehind: 0, required: false },
				},
			} )
		).toEqual( [] );
	} );
} );
