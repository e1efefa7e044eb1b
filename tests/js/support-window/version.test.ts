/**
 * Version comparison: WordPress / PHP version_compare() semantics, with the
 * documented deliberate differences (see src/support-window/version.ts).
 */
import fc from 'fast-check';

import {
	compareVersions,
	isReadableVersion,
	isStableVersion,
	versionKey,
} from '../../../src/support-window';

const sign = ( n: number ): number => Math.sign( n );

describe( 'compareVersions: table', () => {
	it.each( [
		// [ a, b, expected ]
		[ '6.9', '6.9', 0 ],
		[ '6.9', '6.9.0', 0 ], // Deliberate: PHP says -1.
		[ '6.9.0', '6.9.0.0', 0 ], // Deliberate: PHP says -1.
		[ '7.0', '7', 0 ], // Deliberate: PHP says 1.
		[ '6.9', '6.9.1', -1 ],
		[ '6.10', '6.9', 1 ], // Numeric, not string, comparison.
		[ '6.9.10', '6.9.9', 1 ],
		[ '4.7.4.1', '4.7.4', 1 ], // Four-part versions.
		[ '4.7.4.1', '4.7.5', -1 ],
		[ '04.1', '4.1', 0 ],
		[ '6.8-RC2', '6.8', -1 ],
		[ '6.8-RC2', '6.8-RC1', 1 ],
		[ '6.8-RC1', '6.8-beta3', 1 ],
		[ '6.8-beta3', '6.8-alpha-59000', 1 ],
		[ '6.8-alpha', '6.8-dev', 1 ],
		[ '6.8-RC2', '6.7.2', 1 ],
		[ '6.8-RC2', '6.8.1', -1 ],
		[ '10.4.0-beta.1', '10.4.0-rc.1', -1 ],
		[ '10.4.0-rc.1', '10.4.0', -1 ],
		[ '10.4.0-rc.1', '10.4', -1 ],
		[ '6.9.0-RC1', '6.9', -1 ], // Deliberate: PHP says 1 (6.9.0 > 6.9).
		[ '6.9.0-RC1', '6.9-RC1', 0 ], // Deliberate: PHP says 1.
		[ '7.2-alpha-63338', '7.1', 1 ],
		[ '7.2-alpha-63338', '7.2', -1 ],
		[ '7.2-alpha-63338', '7.2-alpha-63339', -1 ],
		[ '1.0a', '1.0alpha', 0 ], // `a` = `alpha`.
		[ '1.0b', '1.0beta', 0 ],
		[ '1.0rc', '1.0RC', 0 ],
		[ '1.0pl1', '1.0', 1 ], // Patch level sorts above the release…
		[ '1.0pl1', '1.0.1', 1 ], // …and above any number, as in PHP.
		[ '1.0-foo', '1.0-dev', -1 ], // Unknown words sort below dev.
		[ '1.0-Beta', '1.0-dev', -1 ], // Case-sensitive, as in PHP.
		[ '1.0_1', '1.0.1', 0 ],
		[ '1.0+1', '1.0-1', 0 ],
		[ '2.5.0 Beta 3', '2.5.0', -1 ],
		[ '99999999999999999999', '99999999999999999998', 0 ], // LONG_MAX clamp.
		[ '9223372036854775806', '9223372036854775807', -1 ],
		[ '1.2\u00003', '1.2', 0 ], // NUL ends the string, as in PHP.
		// Deliberate difference 2: separators at the ends are ignored.
		[ '1.', '1', 0 ],
		[ '-1', '1', 0 ],
		[ '#1', '1', 0 ],
		[ '', '', 0 ],
		[ '', '0', -1 ],
	] )( 'compareVersions( %j, %j ) = %d', ( a, b, expected ) => {
		expect( compareVersions( a, b ) ).toBe( expected );
		expect( compareVersions( b, a ) ).toBe( -expected || 0 );
	} );

	it( 'never throws on non-strings', () => {
		expect( compareVersions( null as unknown as string, '1' ) ).toBe( -1 );
		expect( versionKey( {} as unknown as string ) ).toBe(
			versionKey( '' )
		);
	} );
} );

describe( 'isStableVersion / isReadableVersion', () => {
	it.each( [ '6.9', '6.9.0', '4.7.4.1', '10.4.3', '7', '04.1' ] )(
		'%j is stable',
		( v ) => {
			expect( isStableVersion( v ) ).toBe( true );
			expect( isReadableVersion( v ) ).toBe( true );
		}
	);
	it.each( [
		'6.8-RC2',
		'7.2-alpha-63338',
		'10.4.0-beta.1',
		'2.5.0 Beta 3',
	] )( '%j is readable but not stable', ( v ) => {
		expect( isStableVersion( v ) ).toBe( false );
		expect( isReadableVersion( v ) ).toBe( true );
	} );
	it.each( [
		'',
		' ',
		'trunk',
		'v4.1.0',
		'4.1.',
		'4..1',
		'.4.1',
		'4.1.0-',
		'4.1/0',
		'1'.repeat( 65 ),
		null,
		6.9,
		{},
	] )( '%j is unreadable', ( v ) => {
		expect( isReadableVersion( v ) ).toBe( false );
		expect( isStableVersion( v ) ).toBe( false );
	} );
} );

/* Property tests. */

const part = fc.integer( { min: 0, max: 30 } );
const numericVersion = ( parts: number ) =>
	fc
		.array( part, { minLength: parts, maxLength: parts } )
		.map( ( p ) => p.join( '.' ) );
const anyNumericVersion = fc
	.integer( { min: 1, max: 5 } )
	.chain( ( n ) => numericVersion( n ) );
const word = fc.constantFrom(
	'dev',
	'alpha',
	'a',
	'beta',
	'b',
	'RC',
	'rc',
	'pl',
	'p',
	'foo',
	'Beta',
	'trunk'
);
const separator = fc.constantFrom( '.', '-', '_', '+', '', ' ' );
/** Versions as they appear in the wild, plus some noise. */
const versionLike = fc.oneof(
	anyNumericVersion,
	fc
		.tuple(
			anyNumericVersion,
			separator,
			word,
			fc.option( fc.integer( { min: 0, max: 99999 } ) )
		)
		.map(
			( [ base, sep, w, n ] ) =>
				`${ base }${ sep }${ w }${ n === null ? '' : '.' + n }`
		),
	fc.string( { maxLength: 12 } ),
	fc.stringMatching( /^[0-9a-zA-Z._+ #~-]{0,12}$/ )
);

describe( 'compareVersions: properties', () => {
	it( 'is a total order (reflexive, antisymmetric, transitive) on any strings', () => {
		fc.assert(
			fc.property( versionLike, versionLike, versionLike, ( a, b, c ) => {
				expect( compareVersions( a, a ) ).toBe( 0 );
				expect( compareVersions( a, b ) ).toBe(
					-compareVersions( b, a ) || 0
				);
				const ab = compareVersions( a, b );
				const bc = compareVersions( b, c );
				if ( ab <= 0 && bc <= 0 ) {
					expect( compareVersions( a, c ) ).toBeLessThanOrEqual( 0 );
				}
				if ( ab === 0 && bc === 0 ) {
					expect( compareVersions( a, c ) ).toBe( 0 );
				}
			} ),
			{ numRuns: 3000 }
		);
	} );

	it( 'sorting is consistent: sorted lists are ordered pairwise', () => {
		fc.assert(
			fc.property(
				fc.array( versionLike, { maxLength: 30 } ),
				( list ) => {
					const sorted = [ ...list ].sort( compareVersions );
					for ( let i = 1; i < sorted.length; i++ ) {
						for ( let j = 0; j < i; j++ ) {
							expect(
								compareVersions(
									sorted[ j ] as string,
									sorted[ i ] as string
								)
							).toBeLessThanOrEqual( 0 );
						}
					}
				}
			)
		);
	} );

	it( 'never throws, whatever it is given', () => {
		fc.assert(
			fc.property( fc.anything(), fc.anything(), ( a, b ) => {
				const r = compareVersions( a as string, b as string );
				expect( [ -1, 0, 1 ] ).toContain( r );
			} )
		);
	} );

	it( 'agrees with PHP version_compare on numeric versions with the same number of parts', () => {
		// PHP: parts compared as integers, left to right.
		fc.assert(
			fc.property(
				fc
					.integer( { min: 1, max: 5 } )
					.chain( ( n ) =>
						fc.tuple( numericVersion( n ), numericVersion( n ) )
					),
				( [ a, b ] ) => {
					const pa = a.split( '.' ).map( Number );
					const pb = b.split( '.' ).map( Number );
					let expected = 0;
					for ( let i = 0; i < pa.length && expected === 0; i++ ) {
						expected = sign(
							( pa[ i ] as number ) - ( pb[ i ] as number )
						);
					}
					expect( compareVersions( a, b ) ).toBe( expected );
				}
			),
			{ numRuns: 2000 }
		);
	} );

	it( 'orders pre-releases like PHP: dev < alpha < beta < RC < release', () => {
		const stages = [
			[ 'dev' ],
			[ 'alpha', 'a' ],
			[ 'beta', 'b' ],
			[ 'RC', 'rc' ],
		];
		fc.assert(
			fc.property(
				anyNumericVersion,
				fc.integer( { min: 0, max: 3 } ),
				fc.integer( { min: 0, max: 3 } ),
				fc.constantFrom( '-', '.', '', '_' ),
				fc.nat( 99 ),
				fc.nat( 99 ),
				( base, s1, s2, sep, n1, n2 ) => {
					const w1 = ( stages[ s1 ] as string[] )[ n1 % 2 ] ?? 'dev';
					const w2 = ( stages[ s2 ] as string[] )[ n2 % 2 ] ?? 'dev';
					const v1 = `${ base }${ sep }${ w1 }${ n1 }`;
					const v2 = `${ base }${ sep }${ w2 }${ n2 }`;
					const expected =
						s1 !== s2 ? sign( s1 - s2 ) : sign( n1 - n2 );
					expect( compareVersions( v1, v2 ) ).toBe( expected );
					// Every pre-release sorts below its release…
					expect( compareVersions( v1, base ) ).toBe( -1 );
					// …and above the release before it.
					const parts = base.split( '.' ).map( Number );
					const last = parts.length - 1;
					if ( ( parts[ last ] as number ) > 0 ) {
						parts[ last ] = ( parts[ last ] as number ) - 1;
						expect( compareVersions( v1, parts.join( '.' ) ) ).toBe(
							1
						);
					}
				}
			),
			{ numRuns: 2000 }
		);
	} );

	it( 'deliberate difference: trailing zero parts are not significant (PHP: 6.9 < 6.9.0)', () => {
		fc.assert(
			fc.property(
				anyNumericVersion,
				fc.integer( { min: 1, max: 3 } ),
				( v, zeros ) => {
					const padded = v + '.0'.repeat( zeros );
					expect( compareVersions( v, padded ) ).toBe( 0 );
					expect( versionKey( v ) ).toBe( versionKey( padded ) );
				}
			)
		);
	} );
} );
