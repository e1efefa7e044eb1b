/**
 * Cross-check between the two languages: PHP's own version_compare()
 * (Debian's `php`, one process for all pairs, pairs passed as JSON on
 * stdin) against compareVersions() over a few thousand generated pairs.
 *
 * The only disagreement allowed is deliberate difference 1 of
 * src/support-window/version.ts (zero parts just before a word or at the
 * end are not significant). It is specified here independently, in PHP: the
 * script also compares the two versions after dropping those zero parts, and
 * compareVersions() must equal that result on every pair. Differences 2 and
 * 3 (other punctuation, separators at the ends) are documented by a small
 * table at the end: the generated strings are ASCII letters and digits
 * joined by runs of `.`, `-`, `_`, `+`, which is every version WordPress,
 * WooCommerce and Dokan publish.
 *
 * Needs `php` on PATH (it fails otherwise; set DSC_SKIP_PHP_CROSSCHECK=1 to
 * skip it on a machine without PHP).
 */
import { spawnSync } from 'child_process';

import { compareVersions } from '../../../src/support-window';

import { history } from './helpers';

const PHP_SCRIPT = `
$pairs = json_decode( stream_get_contents( STDIN ), true, 512, JSON_THROW_ON_ERROR );
/* Drops zero parts that stand just before a word or at the end (never the first part). */
function dsc_normalize( string $v ): array {
	$nul = strpos( $v, "\\0" );
	if ( false !== $nul ) {
		$v = substr( $v, 0, $nul );
	}
	preg_match_all( '/[0-9]+|[A-Za-z]+/', $v, $m );
	$t = $m[0];
	$n = count( $t );
	$out = array();
	for ( $i = 0; $i < $n; $i++ ) {
		if ( $i > 0 && ctype_digit( $t[ $i ] ) && '' === ltrim( $t[ $i ], '0' ) ) {
			$j = $i;
			while ( $j < $n && ctype_digit( $t[ $j ] ) && '' === ltrim( $t[ $j ], '0' ) ) {
				$j++;
			}
			if ( $j === $n || ! ctype_digit( $t[ $j ] ) ) {
				$i = $j - 1;
				continue;
			}
		}
		$out[] = $t[ $i ];
	}
	return array( implode( '.', $out ), count( $out ) !== $n );
}
$results = array();
foreach ( $pairs as $pair ) {
	list( $na, $da ) = dsc_normalize( $pair[0] );
	list( $nb, $db ) = dsc_normalize( $pair[1] );
	$results[] = array( version_compare( $pair[0], $pair[1] ), version_compare( $na, $nb ), $da || $db );
}
echo json_encode( array( 'php' => PHP_VERSION, 'results' => $results ) );
`;

/* eslint-disable no-bitwise -- A PRNG is bit operations. */
/**
 * mulberry32: a small seeded PRNG, so the pairs are the same on every run.
 *
 * @param seed Any integer.
 */
function prng( seed: number ): () => number {
	let a = seed >>> 0;
	return () => {
		a = ( a + 0x6d2b79f5 ) >>> 0;
		let t = a;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}
/* eslint-enable no-bitwise */

function generatePairs( seed: number, count: number ): [ string, string ][] {
	const random = prng( seed );
	const int = ( max: number ) => Math.floor( random() * ( max + 1 ) );
	const pick = < T >( list: readonly T[] ): T =>
		list[ Math.floor( random() * list.length ) ] as T;

	const words = [
		'dev',
		'alpha',
		'a',
		'beta',
		'b',
		'RC',
		'rc',
		'pl',
		'p',
		'patch',
		'foo',
		'Beta',
		'ALPHA',
		'Rc',
		'trunk',
		'nightly',
		'src',
		'x',
	];
	const separators = [ '.', '-', '_', '+', '', '..', '-.', '+_' ];
	const real = [
		...history.wordpress,
		...history.woocommerce,
		...history.dokanLite,
	];
	const alnum =
		'0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
	const noisy = alnum + '.-_+';

	const numeric = ( parts: number ) =>
		Array.from( { length: parts }, () =>
			random() < 0.3 ? 0 : int( 12 )
		).join( '.' );
	const preRelease = ( base: string ) =>
		base +
		pick( separators ) +
		pick( words ) +
		( random() < 0.6 ? pick( [ '', '.', '-' ] ) + int( 99999 ) : '' );
	const wordPressDev = () =>
		`${ int( 7 ) }.${ int( 9 ) }-${ pick( [
			'alpha',
			'beta2',
			'RC1',
		] ) }-${ 50000 + int( 20000 ) }${ random() < 0.2 ? '-src' : '' }`;
	const noise = () => {
		const length = 1 + int( 12 );
		let s = alnum.charAt( int( alnum.length - 1 ) );
		for ( let i = 1; i < length - 1; i++ ) {
			s += noisy.charAt( int( noisy.length - 1 ) );
		}
		return length > 1 ? s + alnum.charAt( int( alnum.length - 1 ) ) : s;
	};
	const huge = () =>
		String( 9 - int( 1 ) ) +
		Array.from( { length: 17 + int( 5 ) }, () => int( 9 ) ).join( '' );
	const any = (): string => {
		const r = random();
		if ( r < 0.3 ) {
			return numeric( 1 + int( 3 ) );
		}
		if ( r < 0.5 ) {
			return preRelease( numeric( 1 + int( 3 ) ) );
		}
		if ( r < 0.6 ) {
			return wordPressDev();
		}
		if ( r < 0.75 ) {
			return pick( real );
		}
		if ( r < 0.97 ) {
			return noise();
		}
		return huge();
	};
	/**
	 * A version close to `v`: the comparisons that matter are the close ones.
	 * @param v
	 */
	const near = ( v: string ): string => {
		const r = random();
		if ( r < 0.25 ) {
			return v + '.0'.repeat( 1 + int( 2 ) );
		}
		if ( r < 0.45 ) {
			return preRelease( v );
		}
		if ( r < 0.65 ) {
			return v.replace( /\d+(?!.*\d)/, ( d ) =>
				String( Math.max( 0, Number( d ) + pick( [ -1, 1, 0 ] ) ) )
			);
		}
		if ( r < 0.8 ) {
			return v + pick( [ '.', '-' ] ) + int( 3 );
		}
		return v.replace( /[._+-]/g, () => pick( [ '.', '-', '_', '+' ] ) );
	};

	const pairs: [ string, string ][] = [];
	while ( pairs.length < count ) {
		const r = random();
		if ( r < 0.25 ) {
			const parts = 1 + int( 4 );
			pairs.push( [ numeric( parts ), numeric( parts ) ] ); // Same length.
		} else if ( r < 0.7 ) {
			const a = any();
			pairs.push( [ a, near( a ) ] );
		} else {
			pairs.push( [ any(), any() ] );
		}
	}
	return pairs.map( ( [ a, b ] ) =>
		random() < 0.5 ? [ a, b ] : [ b, a ]
	);
}

/** The domain of the cross-check (see the top of this file). */
const WELL_FORMED = /^[0-9A-Za-z]+(?:[._+-]+[0-9A-Za-z]+)*$/;

type PhpResult = [ number, number, boolean ];

function runPhp( pairs: [ string, string ][] ): {
	php: string;
	results: PhpResult[];
} {
	const run = spawnSync(
		'php',
		[ '-d', 'display_errors=stderr', '-r', PHP_SCRIPT ],
		{
			input: JSON.stringify( pairs ),
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			timeout: 60_000,
		}
	);
	if ( run.error ) {
		throw new Error(
			`Cannot run php (${ run.error.message }): install PHP CLI or set DSC_SKIP_PHP_CROSSCHECK=1.`
		);
	}
	if ( run.status !== 0 ) {
		throw new Error( `php exited with ${ run.status }: ${ run.stderr }` );
	}
	return JSON.parse( run.stdout );
}

const skip = process.env.DSC_SKIP_PHP_CROSSCHECK === '1';
const describePhp = skip ? describe.skip : describe;

describePhp( "cross-check with PHP's version_compare()", () => {
	const fixed: [ string, string ][] = [
		[ '6.9', '6.9.0' ],
		[ '6.9.0-RC1', '6.9' ],
		[ '6.8-RC2', '6.8' ],
		[ '10.4.0-beta.1', '10.4.0-rc.1' ],
		[ '4.7.4.1', '4.7.4' ],
		[ '7.2-alpha-63338', '7.1' ],
	];
	const pairs = [ ...fixed, ...generatePairs( 20261127, 5000 ) ];
	let php: { php: string; results: PhpResult[] };

	beforeAll( () => {
		php = runPhp( pairs );
	} );

	it( 'runs PHP once over every pair', () => {
		expect( php.php ).toMatch( /^\d+\.\d+/ );
		expect( php.results ).toHaveLength( pairs.length );
		expect(
			pairs.every(
				( [ a, b ] ) => WELL_FORMED.test( a ) && WELL_FORMED.test( b )
			)
		).toBe( true );
	} );

	it( 'agrees on every pair, except where the documented zero-part difference applies', () => {
		const unexplained: string[] = [];
		let deliberate = 0;
		pairs.forEach( ( [ a, b ], i ) => {
			const [ raw, normalized, dropped ] = php.results[ i ] as PhpResult;
			const ours = compareVersions( a, b );
			if ( ours === raw ) {
				return;
			}
			if ( dropped && ours === normalized ) {
				deliberate++;
				return;
			}
			unexplained.push(
				`version_compare(${ JSON.stringify( a ) }, ${ JSON.stringify(
					b
				) }) = ${ raw } (after dropping zero parts: ${ normalized }), ours ${ ours }`
			);
		} );
		expect( unexplained.slice( 0, 20 ) ).toEqual( [] );
		// The difference is exercised, and stays the exception.
		expect( deliberate ).toBeGreaterThan( 50 );
		expect( deliberate ).toBeLessThan( pairs.length / 4 );
	} );

	it( 'equals PHP on the zero-normalised versions for every pair', () => {
		const mismatches = pairs.filter(
			( [ a, b ], i ) =>
				compareVersions( a, b ) !==
				( php.results[ i ] as PhpResult )[ 1 ]
		);
		expect( mismatches.slice( 0, 20 ) ).toEqual( [] );
	} );

	it( 'the documented differences, as PHP itself reports them', () => {
		const documented: [ string, string, number, number ][] = [
			// [ a, b, PHP, ours ]
			[ '6.9', '6.9.0', -1, 0 ], // 1: trailing zero.
			[ '6.9.0-RC1', '6.9', 1, -1 ], // 1: zero before a word.
			[ '2.6.5 p', '2.6.5', -1, 1 ], // 2: PHP reads the word ' p'.
			[ '2.6.5~patch', '2.6.5', -1, 1 ], // 2: and '~patch'.
			[ '1#a', '1.5', 0, -1 ], // 2: in PHP '#a' equals any number…
			[ '1#a', '1.6', 0, -1 ], // 2: …so PHP has no order here.
			[ '1.', '1.', -1, 0 ], // 3: PHP is not even reflexive here.
			[ '1.', '1', -1, 0 ], // 3: trailing separator.
			[ '-1', '1', -1, 0 ], // 3: leading separator.
			[ '#1', '2', 0, -1 ], // 3: PHP reads nothing after a leading #.
		];
		const results = runPhp(
			documented.map( ( [ a, b ] ) => [ a, b ] as [ string, string ] )
		).results;
		documented.forEach( ( [ a, b, phpSays, ours ], i ) => {
			expect( [ a, b, ( results[ i ] as PhpResult )[ 0 ] ] ).toEqual( [
				a,
				b,
				phpSays,
			] );
			expect( [ a, b, compareVersions( a, b ) ] ).toEqual( [
				a,
				b,
				ours,
			] );
		} );
	} );
} );
