/**
 * The support-window engine: evaluate( facts, policy ) against the policy's
 * own example, the real release histories and every rule of SPEC's window
 * section.
 */
import { parseComponents, parseSiteFacts } from '../../../src/site-facts';
import { defaultPolicy, evaluate } from '../../../src/support-window';
import type {
	ComponentFacts,
	ComponentVerdict,
	SupportPolicy,
} from '../../../src/support-window';

import {
	component,
	history,
	plainPolicy,
	policyWith,
	releasedBy,
	shuffled,
	site,
	validatePolicy,
} from './helpers';

function judge(
	facts: ComponentFacts,
	policy: SupportPolicy = defaultPolicy
): ComponentVerdict {
	const verdict = evaluate( site( facts ), policy );
	expect( verdict.components ).toHaveLength( 1 );
	return verdict.components[ 0 ] as ComponentVerdict;
}

/** 3.7.0 … 3.7.28, as the policy's example implies. */
const series3728 = Array.from( { length: 29 }, ( _, i ) => `3.7.${ i }` );

describe( "the policy's own example (W2): latest 3.7.28", () => {
	describe.each( [
		[ 'release-list', series3728 ],
		[ 'release-list (shuffled)', shuffled( series3728, 7 ) ],
		[ 'estimate', null ],
	] )( 'basis %s', ( label, releases ) => {
		const basis = label.startsWith( 'release-list' )
			? 'release-list'
			: 'estimate';
		it.each( [
			[ '3.7.28', 'latest', 0 ],
			[ '3.7.27', 'in-window', 1 ],
			[ '3.7.26', 'in-window', 2 ],
			[ '3.7.25', 'outside', 3 ],
			[ '3.7.0', 'outside', 28 ],
		] )( '%s is %s (%d behind)', ( installed, status, behind ) => {
			const v = judge(
				component( 'dokan-lite', {
					installed,
					latest: '3.7.28',
					releases,
				} )
			);
			expect( v ).toMatchObject( {
				status,
				basis,
				latest: '3.7.28',
				oldestSupported: '3.7.26',
				releasesBehind: behind,
			} );
		} );
	} );

	it( 'an older line is outside on both bases (the window ends on 3.7)', () => {
		for ( const releases of [ [ '3.6.5', ...series3728 ], null ] ) {
			const v = judge(
				component( 'dokan-lite', {
					installed: '3.6.5',
					latest: '3.7.28',
					releases,
				} )
			);
			expect( v.status ).toBe( 'outside' );
			expect( v.rule ).toBe( 'W2' );
		}
	} );
} );

describe( 'reasons, rules and fixes', () => {
	const dokan = component( 'dokan-lite', {
		installed: '4.1.0',
		latest: '4.1.2',
		releases: [ '4.1.2', '4.1.1', '4.1.0', '4.0.9' ],
	} );

	it( "matches SPEC's example verdict", () => {
		expect( judge( dokan ) ).toEqual( {
			slug: 'dokan-lite',
			name: 'Dokan',
			status: 'in-window',
			installed: '4.1.0',
			latest: '4.1.2',
			oldestSupported: '4.1.0',
			basis: 'release-list',
			rule: 'W2',
			reason: 'Dokan 4.1.0 is 2 releases behind 4.1.2: still supported (W2). Update first (W3).',
			fix: { action: 'update', updateTo: '4.1.2', screen: 'plugins.php' },
			releasesBehind: 2,
		} );
	} );

	it( 'uses the singular for one release', () => {
		expect( judge( { ...dokan, installed: '4.1.1' } ).reason ).toBe(
			'Dokan 4.1.1 is 1 release behind 4.1.2: still supported (W2). Update first (W3).'
		);
	} );

	it( 'cites W1 for the latest version, with no fix', () => {
		const v = judge( { ...dokan, installed: '4.1.2' } );
		expect( v ).toMatchObject( {
			status: 'latest',
			rule: 'W1',
			fix: null,
		} );
		expect( v.reason ).toBe(
			'Dokan 4.1.2 is the latest version: supported (W1).'
		);
	} );

	it( 'cites W2 and W3 outside a plugin window', () => {
		const v = judge( { ...dokan, installed: '4.0.9' } );
		expect( v ).toMatchObject( {
			status: 'outside',
			rule: 'W2',
			releasesBehind: 3,
			fix: { updateTo: '4.1.2', screen: 'plugins.php' },
		} );
		expect( v.reason ).toBe(
			'Dokan 4.0.9 is 3 releases behind 4.1.2: outside the supported window, which ends at 4.1.0 (W2). Update to 4.1.2 (W3).'
		);
	} );

	it( 'cites W1 when WordPress is not the latest, fixed on update-core.php', () => {
		const v = judge(
			component( 'wordpress', {
				installed: '6.8.3',
				latest: '6.9',
				releases: [ '6.9', '6.8.3' ],
			} )
		);
		expect( v ).toMatchObject( {
			status: 'outside',
			rule: 'W1',
			oldestSupported: '6.9',
			fix: { updateTo: '6.9', screen: 'update-core.php' },
		} );
		expect( v.reason ).toBe(
			'WordPress 6.8.3 is not the latest version (6.9): support requires the latest WordPress (W1). Update to 6.9 (W3).'
		);
	} );

	it( 'says in the note when the basis is an estimate', () => {
		const v = judge( { ...dokan, releases: null } );
		expect( v.basis ).toBe( 'estimate' );
		expect( v.note ).toContain( 'estimate' );
		expect( v.note ).toContain( '4.1 line' );
	} );
} );

describe( 'WordPress history (two-part majors, backports on old branches)', () => {
	const all = history.wordpress;

	it( 'finds the latest by version, not by date or input order', () => {
		// On 2026-03-13 the newest-dated releases were backports (4.7.32…).
		const snapshot = releasedBy( 'wordpress', '2026-03-13' );
		expect( snapshot[ 0 ] ).not.toBe( '6.9.4' );
		for ( const releases of [ snapshot, shuffled( snapshot, 3 ) ] ) {
			const v = judge(
				component( 'wordpress', {
					installed: '5.2.24',
					latest: null,
					releases,
				} )
			);
			expect( v ).toMatchObject( {
				status: 'outside',
				latest: '6.9.4',
				oldestSupported: '6.9.4',
				rule: 'W1',
			} );
			expect(
				judge(
					component( 'wordpress', {
						installed: '6.9.4',
						latest: '6.9.4',
						releases,
					} )
				).status
			).toBe( 'latest' );
		}
	} );

	it( 'a backport released with a newer major is still behind it (6.9.7 vs 7.0.4)', () => {
		const v = judge(
			component( 'wordpress', {
				installed: '6.9.7',
				latest: '7.1',
				releases: all,
			} )
		);
		// 7.1, 7.0.4, 7.0.3, 7.0.2, 7.0.1, 7.0 are newer.
		expect( v ).toMatchObject( { status: 'outside', releasesBehind: 6 } );
	} );

	it( 'a wider window counts by version: 7.1, 7.0.4, 7.0.3', () => {
		const policy = policyWith( { wordpress: 2 } );
		const at = ( installed: string ) =>
			judge(
				component( 'wordpress', {
					installed,
					latest: '7.1',
					releases: all,
				} ),
				policy
			);
		expect( at( '7.0.3' ) ).toMatchObject( {
			status: 'in-window',
			oldestSupported: '7.0.3',
			releasesBehind: 2,
		} );
		// By date, 6.9.7 (same day as 7.0.4) would have been inside.
		expect( at( '6.9.7' ).status ).toBe( 'outside' );
		expect( at( '7.0.2' ).status ).toBe( 'outside' );
	} );

	it.each( [
		[ '6.9', 'latest' ],
		[ '6.9.0', 'latest' ],
		[ '6.8.3', 'outside' ],
		[ '6.9-RC2', 'outside' ],
	] )( 'on the day 6.9 shipped, %s is %s', ( installed, status ) => {
		const v = judge(
			component( 'wordpress', {
				installed,
				latest: '6.9',
				releases: releasedBy( 'wordpress', '2025-12-02' ),
			} )
		);
		expect( v.status ).toBe( status );
		expect( v.latest ).toBe( '6.9' );
	} );

	it( 'a list holding both 6.9 and 6.9.0 counts them once', () => {
		const v = judge(
			component( 'wordpress', {
				installed: '6.8.3',
				latest: '6.9',
				releases: [ '6.9.0', '6.8.3', '6.9' ],
			} ),
			policyWith( { wordpress: 1 } )
		);
		expect( v ).toMatchObject( {
			status: 'in-window',
			latest: '6.9',
			oldestSupported: '6.8.3',
			releasesBehind: 1,
		} );
	} );

	it( 'a development build is outside and cannot be updated to a release', () => {
		const v = judge(
			component( 'wordpress', {
				installed: '7.2-alpha-63338',
				latest: '7.1',
				releases: all,
			} )
		);
		expect( v ).toMatchObject( {
			status: 'outside',
			rule: 'W1',
			fix: { updateTo: null, screen: 'update-core.php' },
		} );
		expect( v.reason ).toContain( 'pre-release or development build' );
	} );

	it( 'a release candidate below the latest is outside, fixed by updating', () => {
		const v = judge(
			component( 'wordpress', {
				installed: '7.1-RC2',
				latest: '7.1',
				releases: all,
			} )
		);
		expect( v ).toMatchObject( {
			status: 'outside',
			fix: { updateTo: '7.1', screen: 'update-core.php' },
		} );
	} );

	it( 'estimating from a two-part latest: only the latest itself is known', () => {
		const at = ( installed: string, n: number ) =>
			judge(
				component( 'wordpress', { installed, latest: '6.9' } ),
				policyWith( { wordpress: n } )
			);
		expect( at( '6.9.0', 0 ).status ).toBe( 'latest' );
		expect( at( '6.8.3', 0 ) ).toMatchObject( {
			status: 'outside',
			basis: 'estimate',
			oldestSupported: '6.9',
		} );
		// One release back from 6.9 would be on the 6.8 line: cannot tell.
		expect( at( '6.8.3', 1 ) ).toMatchObject( {
			status: 'unknown',
			basis: 'estimate',
			oldestSupported: null,
		} );
	} );

	it( 'four-part versions are placed by comparison', () => {
		const releases = [ '4.7.5', '4.7.4', '4.7.3' ];
		const policy = policyWith( { wordpress: 1 } );
		const at = ( installed: string ) =>
			judge(
				component( 'wordpress', {
					installed,
					latest: '4.7.5',
					releases,
				} ),
				policy
			);
		expect( at( '4.7.4.1' ) ).toMatchObject( {
			status: 'in-window',
			releasesBehind: 1,
		} );
		expect( at( '4.7.3.9' ) ).toMatchObject( {
			status: 'outside',
			releasesBehind: 2,
		} );
	} );
} );

describe( 'WooCommerce history (same-day releases, backports, gaps)', () => {
	it( 'same-day releases are ordered by version (10.3.1 then 10.3.2 on 2025-10-23)', () => {
		const releases = shuffled(
			releasedBy( 'woocommerce', '2025-10-23' ),
			5
		);
		const at = ( installed: string, policy = defaultPolicy ) =>
			judge(
				component( 'woocommerce', {
					installed,
					latest: '10.3.2',
					releases,
				} ),
				policy
			);
		expect( at( '10.3.2' ).status ).toBe( 'latest' );
		expect( at( '10.3.1' ) ).toMatchObject( {
			status: 'outside',
			rule: 'W1',
			releasesBehind: 1,
		} );
		expect( at( '10.3.1', policyWith( { woocommerce: 1 } ) ).status ).toBe(
			'in-window'
		);
	} );

	it( 'a backport on an old branch does not count as the latest', () => {
		// 10.4.4 and 10.3.8 shipped alongside 10.5.3.
		const releases = releasedBy( 'woocommerce', '2026-03-03' );
		expect( releases ).toEqual(
			expect.arrayContaining( [ '10.5.3', '10.4.4', '10.3.8' ] )
		);
		const at = ( installed: string ) =>
			judge(
				component( 'woocommerce', {
					installed,
					latest: null,
					releases,
				} ),
				policyWith( { woocommerce: 2 } )
			);
		expect( at( '10.5.1' ) ).toMatchObject( {
			status: 'in-window',
			latest: '10.5.3',
			oldestSupported: '10.5.1',
		} );
		expect( at( '10.4.4' ) ).toMatchObject( {
			status: 'outside',
			releasesBehind: 4,
		} );
	} );

	it( 'with all history, latest is 10.9.4 and 10.9.3 never existed', () => {
		const at = ( installed: string ) =>
			judge(
				component( 'woocommerce', {
					installed,
					latest: '10.9.4',
					releases: history.woocommerce,
				} ),
				policyWith( { woocommerce: 1 } )
			);
		expect( at( '10.9.4' ).status ).toBe( 'latest' );
		expect( at( '10.9.2' ) ).toMatchObject( {
			status: 'in-window',
			releasesBehind: 1,
			oldestSupported: '10.9.2',
		} );
		expect( at( '10.9.1' ).status ).toBe( 'outside' );
	} );

	it( 'the list beats the estimate across a numbering gap (10.4.1 was never released)', () => {
		const releases = releasedBy( 'woocommerce', '2025-12-12' );
		const facts = component( 'woocommerce', {
			installed: '10.4.0',
			latest: '10.4.2',
			releases,
		} );
		const policy = policyWith( { woocommerce: 1 } );
		expect( judge( facts, policy ) ).toMatchObject( {
			status: 'in-window',
			basis: 'release-list',
			releasesBehind: 1,
		} );
		expect( judge( { ...facts, releases: null }, policy ) ).toMatchObject( {
			status: 'outside',
			basis: 'estimate',
			releasesBehind: 2,
		} );
	} );

	it.each( [ '10.4.0-beta.1', '10.4.0-rc.1', '10.5.0-dev' ] )(
		'pre-release %s is outside',
		( installed ) => {
			const v = judge(
				component( 'woocommerce', {
					installed,
					latest: '10.4.3',
					releases: [
						'10.4.0-rc.1',
						'10.4.0-beta.1',
						...history.woocommerce,
					],
				} )
			);
			expect( v ).toMatchObject( {
				status: 'outside',
				rule: 'W1',
				latest: '10.9.4',
			} );
		}
	);

	it( 'pre-release entries of a list are never the latest', () => {
		const v = judge(
			component( 'woocommerce', {
				installed: '10.3.6',
				latest: '10.4.0-rc.1',
				releases: [ '10.4.0-rc.1', '10.4.0-beta.1', '10.3.6' ],
			} )
		);
		expect( v ).toMatchObject( { status: 'latest', latest: '10.3.6' } );
		expect( v.note ).toContain( 'not a stable release' );
	} );
} );

describe( 'Dokan history (long patch series, 2 behind allowed)', () => {
	const at = (
		installed: string,
		latest: string,
		releases: string[] | null
	) => judge( component( 'dokan-lite', { installed, latest, releases } ) );

	it.each( [
		[ '4.1.2', 'latest', 0 ],
		[ '4.1.1', 'in-window', 1 ],
		[ '4.1.0', 'in-window', 2 ],
		[ '4.0.9', 'outside', 3 ],
		[ '3.14.11', 'outside', 13 ],
		[ '2.5.3', 'outside', 205 ],
	] )( 'latest 4.1.2 with the full list: %s is %s', ( v, status, behind ) => {
		expect( at( v, '4.1.2', history.dokanLite ) ).toMatchObject( {
			status,
			releasesBehind: behind,
			oldestSupported: '4.1.0',
		} );
	} );

	it( 'the window crosses lines with a list (latest 3.8.0: 3.7.24, 3.7.23 inside)', () => {
		const releases = releasedBy( 'dokanLite', '9999' ).filter(
			( r ) => ! /^(4|3\.(8|9|1\d))\./.test( r ) || r === '3.8.0'
		);
		expect( at( '3.7.23', '3.8.0', releases ) ).toMatchObject( {
			status: 'in-window',
			oldestSupported: '3.7.23',
		} );
		expect( at( '3.7.22', '3.8.0', releases ).status ).toBe( 'outside' );
		// Without the list the same question cannot be answered honestly.
		expect( at( '3.7.23', '3.8.0', null ) ).toMatchObject( {
			status: 'unknown',
			basis: 'estimate',
			oldestSupported: null,
			fix: { updateTo: '3.8.0', screen: 'plugins.php' },
		} );
	} );

	it( 'a long patch series: latest 3.7.24 → 3.7.22 inside, 3.7.21 outside', () => {
		const releases = history.dokanLite.filter(
			( r ) => r.startsWith( '3.7.' ) || r.startsWith( '3.6.' )
		);
		for ( const list of [ releases, null ] ) {
			expect( at( '3.7.22', '3.7.24', list ).status ).toBe( 'in-window' );
			expect( at( '3.7.21', '3.7.24', list ) ).toMatchObject( {
				status: 'outside',
				releasesBehind: 3,
			} );
		}
	} );

	describe( 'estimate when the window would cross onto an earlier line (latest 4.1.1)', () => {
		it( 'a version on the latest line is still decided', () => {
			expect( at( '4.1.0', '4.1.1', null ) ).toMatchObject( {
				status: 'in-window',
				basis: 'estimate',
				releasesBehind: 1,
				oldestSupported: null,
			} );
			expect( at( '4.1', '4.1.1', null ).status ).toBe( 'in-window' );
		} );
		it( 'a version on an earlier line is unknown, not a guess', () => {
			const v = at( '4.0.9', '4.1.1', null );
			expect( v ).toMatchObject( {
				status: 'unknown',
				basis: 'estimate',
				rule: null,
				oldestSupported: null,
				releasesBehind: null,
			} );
			expect( v.reason ).toContain( 'earlier version line' );
			// The real list shows it was exactly 2 behind.
			expect(
				at( '4.0.9', '4.1.1', releasedBy( 'dokanLite', '2025-10-09' ) )
			).toMatchObject( { status: 'in-window', releasesBehind: 2 } );
		} );
	} );

	it( 'estimate with the window inside the latest line: an older line is outside', () => {
		expect( at( '4.0.9', '4.1.2', null ) ).toMatchObject( {
			status: 'outside',
			basis: 'estimate',
			oldestSupported: '4.1.0',
			releasesBehind: null,
		} );
	} );
} );

describe( 'every other rule', () => {
	it( 'installed null is not-installed (except WordPress: missing data)', () => {
		expect(
			judge(
				component( 'dokan-pro', { installed: null, latest: '4.1.0' } )
			)
		).toMatchObject( {
			status: 'not-installed',
			rule: null,
			fix: null,
			reason: 'Dokan Pro is not installed.',
		} );
		expect(
			judge(
				component( 'wordpress', { installed: null, latest: '7.1' } )
			).status
		).toBe( 'unknown' );
	} );

	it.each( [
		'',
		'   ',
		'trunk',
		'v4.1.0',
		'4.1.',
		'4..1',
		'x'.repeat( 300 ),
	] )( 'an unreadable installed version (%j) is unknown', ( installed ) => {
		const v = judge(
			component( 'dokan-lite', { installed, latest: '4.1.2' } )
		);
		expect( v ).toMatchObject( { status: 'unknown', rule: null } );
		expect( v.reason ).toContain( 'cannot be read' );
	} );

	it( 'a non-string installed version is unknown', () => {
		// What the REST answer holds is read by parseSiteFacts() first.
		const facts = parseSiteFacts(
			site(
				component( 'dokan-lite', {
					installed: 4.1 as unknown as string,
					latest: '4.1.2',
				} )
			)
		);
		const v = evaluate( facts!, defaultPolicy ).components[ 0 ];
		expect( v ).toMatchObject( { status: 'unknown', installed: '4.1' } );
	} );

	it( 'no latest and no list: unknown, basis none', () => {
		const v = judge(
			component( 'dokan-pro', { installed: '4.1.0', error: 'timeout' } )
		);
		expect( v ).toMatchObject( {
			status: 'unknown',
			basis: 'none',
			latest: null,
			oldestSupported: null,
			fix: null,
		} );
		expect( v.note ).toContain( 'Detection problem: timeout' );
	} );

	it( 'an empty or all-pre-release list falls back to the estimate', () => {
		for ( const releases of [ [], [ '4.2.0-beta.1', 'trunk' ] ] ) {
			const v = judge(
				component( 'dokan-lite', {
					installed: '4.1.0',
					latest: '4.1.2',
					releases,
				} )
			);
			expect( v ).toMatchObject( {
				status: 'in-window',
				basis: 'estimate',
			} );
			expect( v.note ).toContain( 'no stable release' );
		}
	} );

	it( 'installed newer than the newest known release is latest, with a note', () => {
		const v = judge(
			component( 'dokan-lite', {
				installed: '4.1.3',
				latest: '4.1.2',
				releases: [ '4.1.2', '4.1.1' ],
			} )
		);
		expect( v ).toMatchObject( {
			status: 'latest',
			rule: 'W1',
			fix: null,
		} );
		expect( v.note ).toContain(
			'newer than the newest known release (4.1.2): stale data?'
		);
	} );

	it( 'latest 6.9 with 6.9.0 installed is latest, without a stale note', () => {
		const v = judge(
			component( 'wordpress', { installed: '6.9.0', latest: '6.9' } )
		);
		expect( v.status ).toBe( 'latest' );
		expect( v.basis ).toBe( 'estimate' );
		expect( v.note ?? '' ).not.toContain( 'stale' );
	} );

	it( 'says the window was estimated only where the estimate decided', () => {
		const inWindow = judge(
			component( 'dokan-pro', { installed: '4.1.0', latest: '4.1.1' } )
		);
		expect( inWindow.status ).toBe( 'in-window' );
		expect( inWindow.note ).toContain( 'estimate' );

		// The latest alone decides a component that must be the latest (W1)…
		const mustBeLatest = judge(
			component( 'wordpress', { installed: '6.8.3', latest: '7.1.4' } )
		);
		expect( mustBeLatest.status ).toBe( 'outside' );
		expect( mustBeLatest.note ?? '' ).not.toContain( 'estimate' );

		// …and the basis does not matter for a component that is the latest.
		const latest = judge(
			component( 'dokan-pro', { installed: '4.1.1', latest: '4.1.1' } )
		);
		expect( latest.status ).toBe( 'latest' );
		expect( latest.note ?? '' ).not.toContain( 'estimate' );
	} );

	it( 'a reported latest newer than the list joins it as the newest', () => {
		const v = judge(
			component( 'dokan-lite', {
				installed: '4.1.0',
				latest: '4.1.3',
				releases: [ '4.1.2', '4.1.1', '4.1.0' ],
			} )
		);
		expect( v ).toMatchObject( {
			status: 'outside',
			latest: '4.1.3',
			oldestSupported: '4.1.1',
			releasesBehind: 3,
		} );
		expect( v.note ).toContain( 'does not include the reported latest' );
	} );

	it( 'a list that stops more than one release below the latest is not used: the window is estimated', () => {
		// A list fetched before 3.7.26 and 3.7.27 came out, and a latest learnt since.
		const at = ( installed: string ) =>
			judge(
				component( 'dokan-lite', {
					installed,
					latest: '3.7.28',
					releases: [ '3.7.25', '3.7.24', '3.7.23' ],
				} )
			);
		const below = at( '3.7.25' );
		expect( below ).toMatchObject( {
			status: 'outside',
			rule: 'W2',
			basis: 'estimate',
			oldestSupported: '3.7.26',
			releasesBehind: 3,
		} );
		expect( below.reason ).toBe(
			'Dokan 3.7.25 is 3 releases behind 3.7.28: outside the supported window, which ends at 3.7.26 (W2). Update to 3.7.28 (W3).'
		);
		expect( below.note ).toBe(
			'Basis: estimate. The release list stops at 3.7.25, more than one release below the reported latest version 3.7.28, so it misses releases and was not used: the window was estimated from version numbers, assuming consecutive patch releases on the 3.7 line.'
		);
		expect( at( '3.7.26' ) ).toMatchObject( {
			status: 'in-window',
			releasesBehind: 2,
		} );
		expect( at( '3.7.28' ) ).toMatchObject( { status: 'latest' } );
	} );

	it( 'across lines, a list that misses releases gives unknown below the latest line', () => {
		const at = ( installed: string, latest: string ) =>
			judge(
				component( 'dokan-lite', {
					installed,
					latest,
					releases: [ '4.1.9', '4.1.8', '4.1.7' ],
				} )
			);
		// 4.2.0 may have come between: the estimate stops at its line.
		expect( at( '4.1.9', '4.2.1' ) ).toMatchObject( {
			status: 'unknown',
			basis: 'estimate',
			releasesBehind: null,
		} );
		expect( at( '4.2.0', '4.2.1' ) ).toMatchObject( {
			status: 'in-window',
			releasesBehind: 1,
		} );
		// The first release of a line misses nothing below it: it joins the list.
		expect( at( '4.1.8', '4.2.0' ) ).toMatchObject( {
			status: 'in-window',
			basis: 'release-list',
			oldestSupported: '4.1.8',
			releasesBehind: 2,
		} );
		expect( at( '4.1.7', '4.2' ) ).toMatchObject( {
			status: 'outside',
			basis: 'release-list',
			releasesBehind: 3,
		} );
	} );

	it( 'a four-part release just below the latest joins it too (4.7.4.1 under 4.7.5)', () => {
		const v = judge(
			component( 'dokan-pro', {
				installed: '4.7.4',
				latest: '4.7.5',
				releases: [ '4.7.4.1', '4.7.4' ],
			} )
		);
		expect( v ).toMatchObject( {
			status: 'in-window',
			basis: 'release-list',
			oldestSupported: '4.7.4',
			releasesBehind: 2,
		} );
	} );

	it( 'a list newer than the reported latest wins', () => {
		const v = judge(
			component( 'dokan-lite', {
				installed: '4.1.0',
				latest: '4.1.1',
				releases: [ '4.1.2', '4.1.1', '4.1.0' ],
			} )
		);
		expect( v ).toMatchObject( { status: 'in-window', latest: '4.1.2' } );
		expect( v.note ).toContain( 'newer than the reported latest' );
	} );

	it( 'a list shorter than the window places what it can and no more', () => {
		const at = ( installed: string ) =>
			judge(
				component( 'dokan-pro', {
					installed,
					latest: '1.0.1',
					releases: [ '1.0.1', '1.0.0' ],
				} )
			);
		expect( at( '1.0.0' ) ).toMatchObject( {
			status: 'in-window',
			oldestSupported: null,
		} );
		expect( at( '0.9.0' ).status ).toBe( 'unknown' );
	} );

	it( 'a component the policy does not name must be the latest (W1)', () => {
		const facts = component( 'dokan-wholesale', {
			installed: '1.2.0',
			latest: '1.2.1',
			releases: null,
		} );
		const v = judge( facts );
		expect( v ).toMatchObject( { status: 'outside', rule: 'W1' } );
		expect( v.note ).toContain( 'does not name this component' );
		expect(
			judge( facts, policyWith( { 'dokan-wholesale': 1 } ) ).status
		).toBe( 'in-window' );
	} );

	it( 'an inactive plugin is reported with what its window would say (it does not decide)', () => {
		const v = judge(
			component( 'dokan-lite', {
				installed: '4.0.9',
				active: false,
				latest: '4.1.2',
			} )
		);
		expect( v ).toMatchObject( {
			status: 'inactive',
			windowStatus: 'outside',
			installed: '4.0.9',
			latest: '4.1.2',
			oldestSupported: '4.1.0',
		} );
		expect( v.reason ).toContain( 'not active' );
		expect( v.note ).toContain( 'If it were active: Dokan 4.0.9 is older' );
	} );

	it( 'the fix screen is update-core.php for WordPress, plugins.php for plugins', () => {
		for ( const slug of [ 'woocommerce', 'dokan-pro', 'dokan-lite' ] ) {
			expect(
				judge( component( slug, { installed: '1.0', latest: '2.0' } ) )
					.fix
			).toEqual( {
				action: 'update',
				updateTo: '2.0',
				screen: 'plugins.php',
			} );
		}
		expect(
			judge(
				component( 'wordpress', { installed: '1.0', latest: '2.0' } )
			).fix
		).toEqual( {
			action: 'update',
			updateTo: '2.0',
			screen: 'update-core.php',
		} );
	} );
} );

describe( 'overall verdict under the plain rules (a policy without premium or required)', () => {
	const ok = component( 'wordpress', { installed: '7.1', latest: '7.1' } );
	const inWindow = component( 'dokan-lite', {
		installed: '4.1.0',
		latest: '4.1.2',
	} );
	const out = component( 'woocommerce', {
		installed: '10.9.2',
		latest: '10.9.4',
	} );
	const unknown = component( 'dokan-pro', { installed: '4.1.0' } );
	const absent = component( 'dokan-pro' );

	it.each( [
		[ 'all latest or in-window', [ ok, inWindow ], 'supported' ],
		[ 'not-installed ignored', [ ok, inWindow, absent ], 'supported' ],
		[ 'any outside', [ ok, inWindow, out, unknown ], 'outside' ],
		[ 'missing data', [ ok, inWindow, unknown ], 'unknown' ],
		[ 'nothing installed', [ absent ], 'unknown' ],
		[ 'no components', [], 'unknown' ],
	] )( '%s → %s', ( _label, components, overall ) => {
		const verdict = evaluate( site( ...components ), plainPolicy );
		expect( verdict.overall ).toBe( overall );
		expect( verdict.components.map( ( c ) => c.slug ) ).toEqual(
			components.map( ( c ) => c.slug )
		);
	} );
} );

describe( 'policy as data', () => {
	it( 'the default policy is the seed’s and is valid', () => {
		expect( validatePolicy( defaultPolicy ) ).toEqual( [] );
		expect( defaultPolicy.premium ).toEqual( [ 'dokan-pro' ] );
		expect( defaultPolicy.components ).toEqual( {
			'dokan-lite': { releasesBehind: 2, required: true },
			'dokan-pro': { releasesBehind: 2 },
			wordpress: { releasesBehind: 0, required: true },
			woocommerce: { releasesBehind: 0, required: true },
		} );
		expect( Object.isFrozen( defaultPolicy.components ) ).toBe( true );
	} );

	it( 'another vendor, another window', () => {
		const policy = {
			vendor: 'weDevs',
			components: { 'dokan-lite': { releasesBehind: 5 } },
		};
		expect( validatePolicy( policy ) ).toEqual( [] );
		expect(
			judge(
				component( 'dokan-lite', {
					installed: '4.0.8',
					latest: '4.1.2',
					releases: history.dokanLite,
				} ),
				policy
			).status
		).toBe( 'in-window' );
	} );

	it.each( [
		[ null, 'must be an object, but it is null' ],
		[ [], 'must be an object, but it is a list' ],
		[ 'Dokan', 'must be an object' ],
		[ { components: {} }, 'needs a vendor name' ],
		[ { vendor: '  ', components: {} }, 'needs a vendor name' ],
		[ { vendor: 'Dokan' }, 'needs "components"' ],
		[ { vendor: 'Dokan', components: [] }, 'needs "components"' ],
		[
			{
				vendor: 'Dokan',
				components: { 'dokan-lite': { releasesBehind: -1 } },
			},
			'"dokan-lite" needs "releasesBehind", a whole number from 0 to 1000, but it is -1',
		],
		[
			{
				vendor: 'Dokan',
				components: { 'dokan-lite': { releasesBehind: '2' } },
			},
			'but it is "2"',
		],
		[
			{
				vendor: 'Dokan',
				components: { 'dokan-lite': { releasesBehind: 1.5 } },
			},
			'but it is 1.5',
		],
		[ { vendor: 'Dokan', components: { 'dokan-lite': 2 } }, 'but it is 2' ],
		[
			{ vendor: 'Dokan', components: { wordpress: { releases: 0 } } },
			'but it is undefined',
		],
		[
			{ vendor: 'Dokan', components: { '': { releasesBehind: 0 } } },
			'empty slug',
		],
	] )( 'rejects %j', ( input, message ) => {
		const errors = validatePolicy( input );
		expect( errors.join( ' ' ) ).toContain( message );

		const facts = site(
			component( 'dokan-lite', { installed: '4.1.2', latest: '4.1.2' } ),
			component( 'wordpress', { installed: '7.1', latest: '7.1' } )
		);
		const verdict = evaluate( facts, input as SupportPolicy );
		expect( verdict.overall ).toBe( 'unknown' );
		expect( verdict.error ).toContain( message );
		expect( verdict.components.map( ( c ) => c.status ) ).toEqual( [
			'unknown',
			'unknown',
		] );
		expect( verdict.components[ 0 ] ).toMatchObject( {
			slug: 'dokan-lite',
			installed: '4.1.2',
			basis: 'none',
			fix: null,
		} );
		expect( verdict.components[ 0 ]?.reason ).toContain(
			'support policy is invalid'
		);
	} );
} );

describe( 'malformed facts never crash', () => {
	// Facts are read once, at the boundary: what is not site facts at all never
	// reaches the engine (the page reports the answer as invalid instead).
	it.each( [
		[ null ],
		[ undefined ],
		[ 'facts' ],
		[ {} ],
		[ { components: 'none' } ],
	] )( '%j is not site facts', ( facts ) => {
		expect( parseSiteFacts( facts ) ).toBeNull();
		expect( parseComponents( facts ) ).toBeNull();
	} );

	it( 'the badge reads the components as the page does, without the site part', () => {
		const input = {
			...site(),
			components: [
				null,
				{ slug: ' dokan-lite ', installed: 4, active: true },
				component( 'wordpress', { installed: ' 7.1 ' } ),
			],
		};
		const components = parseComponents( input );
		expect( components ).toEqual( parseSiteFacts( input )?.components );
		expect( components?.map( ( c ) => c.installed ) ).toEqual( [
			null,
			'4',
			'7.1',
		] );
	} );

	it( 'a malformed component entry is unknown, the others are judged', () => {
		const facts = parseSiteFacts( {
			...site(),
			components: [
				null,
				42,
				{ name: 'No slug' },
				component( 'wordpress', {
					installed: '7.1',
					latest: '7.1',
				} ),
			],
		} );
		const verdict = evaluate( facts!, plainPolicy );
		expect( verdict.overall ).toBe( 'unknown' );
		expect( verdict.components.map( ( c ) => c.status ) ).toEqual( [
			'unknown',
			'unknown',
			'unknown',
			'latest',
		] );
		expect( verdict.components[ 2 ]?.name ).toBe( 'No slug' );
	} );

	it( 'an entry without slug or name is called so in its name and its reason', () => {
		const facts = parseSiteFacts( { ...site(), components: [ {} ] } );
		const invalid = { vendor: '', components: {} } as SupportPolicy;
		for ( const policy of [ plainPolicy, invalid ] ) {
			const [ verdict ] = evaluate( facts!, policy ).components;
			expect( verdict?.name ).toBe( 'Unknown component' );
			expect( verdict?.reason ).toMatch( /^Unknown component: / );
		}
	} );
} );
