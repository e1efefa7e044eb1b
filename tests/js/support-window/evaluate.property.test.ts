/**
 * Property tests of evaluate(): it never throws (odd raw input goes through
 * parseSiteFacts() first, as on the page; odd but well-typed facts go
 * straight in), widening the window never moves a component outward, a
 * premium product installed and active never makes a site not eligible,
 * `latest` exactly when the installed version is at least the latest, the
 * release-list window matches a plain full-sort reference model, and a
 * component with a fix says that fix in its reason.
 */
import fc from 'fast-check';

import { parseSiteFacts } from '../../../src/site-facts';
import {
	compareVersions,
	defaultPolicy,
	evaluate,
	isStableVersion,
} from '../../../src/support-window';
import type {
	ComponentFacts,
	ComponentVerdict,
	SiteFacts,
	SupportPolicy,
} from '../../../src/support-window';

import { component, plainPolicy, policyWith, site } from './helpers';

const STATUSES = [
	'latest',
	'in-window',
	'outside',
	'unknown',
	'not-installed',
	'inactive',
];

/**
 * Reads raw facts the way the page does: through the boundary parser.
 *
 * @param raw Anything.
 */
function parsed( raw: unknown ): SiteFacts {
	const facts = parseSiteFacts( raw );
	// Not site facts at all: the page reports an invalid answer instead.
	return facts ?? { ...site(), components: [] };
}

function checkShape( verdict: ReturnType< typeof evaluate > ): void {
	expect( [ 'supported', 'outside', 'unknown', 'not-eligible' ] ).toContain(
		verdict.overall
	);
	for ( const c of verdict.components ) {
		expect( STATUSES ).toContain( c.status );
		expect( typeof c.reason ).toBe( 'string' );
		expect( c.reason.length ).toBeGreaterThan( 0 );
		expect( [ 'release-list', 'estimate', 'none' ] ).toContain( c.basis );
	}
	if ( verdict.overall === 'supported' ) {
		expect(
			verdict.components.every(
				( c ) =>
					c.status === 'latest' ||
					c.status === 'in-window' ||
					c.status === 'not-installed' ||
					c.status === 'inactive'
			)
		).toBe( true );
		expect(
			verdict.components.some(
				( c ) => c.status === 'latest' || c.status === 'in-window'
			)
		).toBe( true );
	}
}

/*
 * Small version space, so that lists collide, repeat and interleave; now
 * and then a part too large or a fifth part, which takes the general-key
 * path instead of the packed one.
 */
const bigPart = fc.constantFrom( 8191, 8192, 99999, 12345678901 );
const stable = fc
	.tuple(
		fc.integer( { min: 0, max: 3 } ),
		fc.oneof(
			{ arbitrary: fc.integer( { min: 0, max: 4 } ), weight: 20 },
			{ arbitrary: bigPart, weight: 1 }
		),
		fc.option( fc.integer( { min: 0, max: 6 } ), { nil: undefined } ),
		fc.option( fc.constant( 0 ), { freq: 8, nil: undefined } ),
		fc.option( fc.integer( { min: 0, max: 2 } ), {
			freq: 20,
			nil: undefined,
		} )
	)
	.map( ( parts ) => parts.filter( ( p ) => p !== undefined ).join( '.' ) );
const preRelease = fc
	.tuple(
		stable,
		fc.constantFrom( '-RC1', '-beta.2', '-alpha-59000', '-dev', 'rc.1' )
	)
	.map( ( [ v, s ] ) => v + s );
const versionish = fc.oneof(
	{ arbitrary: stable, weight: 6 },
	{ arbitrary: preRelease, weight: 1 },
	{ arbitrary: fc.string( { maxLength: 8 } ), weight: 1 }
);
const slug = fc.constantFrom(
	'wordpress',
	'woocommerce',
	'dokan-lite',
	'dokan-pro',
	'other'
);

const componentFacts: fc.Arbitrary< ComponentFacts > = fc.record( {
	slug,
	name: fc.string( { maxLength: 10 } ),
	installed: fc.option( versionish, { nil: null } ),
	active: fc.boolean(),
	latest: fc.option( versionish, { nil: null } ),
	releases: fc.option( fc.array( versionish, { maxLength: 12 } ), {
		nil: null,
	} ),
	source: fc.string( { maxLength: 5 } ),
	checkedAt: fc.option( fc.string( { maxLength: 5 } ), { nil: null } ),
	error: fc.option( fc.string( { maxLength: 5 } ), { nil: undefined } ),
} );

describe( 'evaluate: never throws', () => {
	it( 'for anything at all, as facts (through the parser) and as policy', () => {
		fc.assert(
			fc.property( fc.anything(), fc.anything(), ( raw, policy ) => {
				const facts = parsed( raw );
				checkShape( evaluate( facts, policy as SupportPolicy ) );
				checkShape( evaluate( facts, defaultPolicy ) );
			} ),
			{ numRuns: 1000 }
		);
	} );

	it( 'for components whose fields are anything', () => {
		const wild = fc.record(
			{
				slug: fc.oneof( slug, fc.anything() ),
				name: fc.anything(),
				installed: fc.oneof( versionish, fc.anything() ),
				active: fc.anything(),
				latest: fc.oneof( versionish, fc.anything() ),
				releases: fc.oneof(
					fc.array( fc.oneof( versionish, fc.anything() ) ),
					fc.anything()
				),
				error: fc.anything(),
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property( fc.array( wild, { maxLength: 5 } ), ( components ) => {
				const facts = parsed( { ...site(), components } );
				for ( const policy of [ defaultPolicy, plainPolicy ] ) {
					const verdict = evaluate( facts, policy );
					checkShape( verdict );
					expect( verdict.components ).toHaveLength(
						components.length
					);
				}
			} ),
			{ numRuns: 1000 }
		);
	} );

	it( 'for arbitrary strings in every version field', () => {
		fc.assert(
			fc.property(
				fc.array( componentFacts, { maxLength: 6 } ),
				( components ) => {
					checkShape(
						evaluate( site( ...components ), defaultPolicy )
					);
				}
			),
			{ numRuns: 1000 }
		);
	} );
} );

const INSIDE = new Set( [ 'latest', 'in-window' ] );

describe( 'evaluate: window properties', () => {
	it( 'widening releasesBehind never moves a component from inside to outside', () => {
		fc.assert(
			fc.property(
				componentFacts,
				fc.nat( 6 ),
				fc.nat( 6 ),
				( facts, n, extra ) => {
					const judge = ( behind: number ): ComponentVerdict =>
						evaluate(
							site( facts ),
							policyWith( { [ facts.slug ]: behind } )
						).components[ 0 ] as ComponentVerdict;
					// An inactive component does not decide; what it would be still counts.
					const where = ( v: ComponentVerdict ) =>
						v.windowStatus ?? v.status;
					const narrow = where( judge( n ) );
					const wide = where( judge( n + extra ) );
					if ( INSIDE.has( narrow ) ) {
						expect( INSIDE.has( wide ) ).toBe( true );
					}
					if ( wide === 'outside' ) {
						expect( narrow ).toBe( 'outside' );
					}
				}
			),
			{ numRuns: 3000 }
		);
	} );

	it( '`latest` exactly when the installed release is at least the newest known one', () => {
		fc.assert(
			fc.property(
				stable,
				fc.option( stable, { nil: null } ),
				fc.option( fc.array( versionish, { maxLength: 12 } ), {
					nil: null,
				} ),
				fc.nat( 4 ),
				( installed, latest, releases, n ) => {
					const v = evaluate(
						parsed(
							site(
								component( 'dokan-lite', {
									installed,
									latest,
									releases,
								} )
							)
						),
						policyWith( { 'dokan-lite': n } )
					).components[ 0 ] as ComponentVerdict;
					// The parser trims surrounding white space; the engine keeps stable ones.
					const known = [ latest, ...( releases ?? [] ) ]
						.map( ( r ) => r?.trim() )
						.filter( isStableVersion );
					if ( known.length === 0 ) {
						expect( v.status ).toBe( 'unknown' );
						return;
					}
					const newest = known.reduce( ( a, b ) =>
						compareVersions( a, b ) >= 0 ? a : b
					);
					expect( compareVersions( v.latest ?? '', newest ) ).toBe(
						0
					);
					expect( v.status === 'latest' ).toBe(
						compareVersions( installed, newest ) >= 0
					);
				}
			),
			{ numRuns: 3000 }
		);
	} );

	it( 'the release-list window equals a full sort by version, whatever the input order', () => {
		fc.assert(
			fc.property(
				stable,
				fc.array( versionish, { minLength: 1, maxLength: 15 } ),
				fc.nat( 4 ),
				( installed, releases, n ) => {
					// Reference: keep stable, sort descending, drop equal versions.
					const ordered = releases
						.map( ( r ) => r.trim() )
						.filter( isStableVersion )
						.sort( ( a, b ) => compareVersions( b, a ) )
						.filter(
							( v, i, all ) =>
								i === 0 ||
								compareVersions( v, all[ i - 1 ] as string ) !==
									0
						);
					fc.pre( ordered.length > 0 );
					const v = evaluate(
						parsed(
							site(
								component( 'dokan-lite', {
									installed,
									latest: null,
									releases,
								} )
							)
						),
						policyWith( { 'dokan-lite': n } )
					).components[ 0 ] as ComponentVerdict;
					const behind = ordered.filter(
						( r ) => compareVersions( r, installed ) > 0
					).length;
					const oldest = ordered[ n ] ?? null;
					expect( v.basis ).toBe( 'release-list' );
					expect( v.latest ).toBe( ordered[ 0 ] );
					expect( v.oldestSupported ).toBe( oldest );
					let expected: string;
					if ( behind === 0 ) {
						expected = 'latest';
					} else if ( oldest !== null ) {
						expected =
							compareVersions( installed, oldest ) >= 0
								? 'in-window'
								: 'outside';
					} else {
						expected =
							behind < ordered.length ? 'in-window' : 'unknown';
					}
					expect( v.status ).toBe( expected );
					if ( expected !== 'unknown' ) {
						expect( v.releasesBehind ).toBe( behind );
					}
				}
			),
			{ numRuns: 3000 }
		);
	} );
} );

describe( 'evaluate: the reason says the fix', () => {
	// The ticket's "Update first" step shows each reason alone, as what to do.
	it( 'a component to install, activate or update says so in its reason (W1, W3)', () => {
		// How each fix ends the reason; null: no fix to say (nothing to do).
		const fixSentence = ( c: ComponentVerdict ): string | null => {
			if ( c.fix?.action === 'install' ) {
				return `Install ${ c.name }.`;
			}
			if ( c.fix?.action === 'activate' ) {
				return `Activate ${ c.name } on the Plugins screen.`;
			}
			if ( c.status !== 'outside' ) {
				return null;
			}
			return isStableVersion( c.installed ?? '' )
				? `Update to ${ c.fix?.updateTo } (W3).`
				: 'Install a released version.';
		};
		fc.assert(
			fc.property(
				fc.array( componentFacts, { maxLength: 6 } ),
				( components ) => {
					const verdict = evaluate(
						site( ...components ),
						defaultPolicy
					);
					for ( const c of verdict.components ) {
						const fix = fixSentence( c );
						if ( fix ) {
							expect( c.reason.slice( -fix.length ) ).toBe( fix );
						}
					}
				}
			),
			{ numRuns: 2000 }
		);
	} );
} );

describe( 'evaluate: eligibility properties', () => {
	it( 'a premium product installed and active never makes a site not eligible', () => {
		const premiumProduct = fc.record( {
			installed: versionish,
			latest: fc.option( versionish, { nil: null } ),
			releases: fc.option( fc.array( versionish, { maxLength: 6 } ), {
				nil: null,
			} ),
		} );
		fc.assert(
			fc.property(
				fc.array( componentFacts, { maxLength: 5 } ),
				premiumProduct,
				( others, pro ) => {
					const running = component( 'dokan-pro', {
						...pro,
						active: true,
					} );
					// Wherever it sits among the other components.
					for ( const components of [
						[ ...others, running ],
						[ running, ...others ],
					] ) {
						const verdict = evaluate(
							site( ...components ),
							defaultPolicy
						);
						checkShape( verdict );
						expect( verdict.overall ).not.toBe( 'not-eligible' );
					}
				}
			),
			{ numRuns: 2000 }
		);
	} );
} );
