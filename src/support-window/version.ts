/**
 * Versions compared the way WordPress compares them (PHP's
 * `version_compare()`): runs of digits and runs of ASCII letters are parts,
 * anything else only separates them (`6.8-RC2` → `6 . 8 . RC . 2`). Numbers
 * compare by value (`04` = `4`, clamped to LONG_MAX as strtol does); words
 * by prefix, case-sensitively: unknown word < `dev` < `a…` (alpha) < `b…`
 * (beta) < `RC` = `rc` < a missing part < number < `p…` (pl). So `6.8-RC2` <
 * `6.8` < `6.8.1`, `10.4.0-beta.1` < `10.4.0-rc.1` < `10.4.0`, `4.7.4.1` >
 * `4.7.4`. Three deliberate differences (version-compare.crosscheck.test.ts
 * checks the first against PHP, a table the others):
 * 1. Zero parts just before a word or at the end do not count (the first
 *    part does): `6.9` = `6.9.0`, `6.9.0-RC1` = `6.9-RC1` < `6.9`. PHP says
 *    `6.9` < `6.9.0`, yet WordPress ships `6.9` that mirrors tag `6.9.0`.
 * 2. Any other punctuation only separates. PHP makes it the start of a word
 *    after a digit (`2.6.5 p` < `2.6.5`), and ranks `#…` equal to any number.
 * 3. Separators at either end are ignored (PHP's `version_compare('1.',
 *    '1.')` is -1). So this is a total order on every string. NUL ends it.
 * `semver` does not fit: it rejects `6.9` and `4.7.4.1`, and orders
 * pre-release tags as ASCII, not dev < alpha < beta < RC.
 */

const LONG_MAX = '9223372036854775807';
const FIRST_LETTER_RANK: Record< string, string > = { a: 'C', b: 'D', p: 'H' };

/** Longest version string the engine reads; longer ones are unreadable. */
export const MAX_VERSION_LENGTH = 64;

// A part's key: a word ranked as above, F a missing part; a number is G, its
// length, its digits.
function partKey( part: string ): string {
	if ( part.charCodeAt( 0 ) > 57 ) {
		if ( part.startsWith( 'dev' ) ) {
			return 'B';
		}
		const rc = part.startsWith( 'RC' ) || part.startsWith( 'rc' );
		return rc ? 'E' : ( FIRST_LETTER_RANK[ part.charAt( 0 ) ] ?? 'A' );
	}
	let digits = part.charCodeAt( 0 ) === 48 ? part.replace( /^0+/, '' ) : part;
	if ( digits.length > 19 || ( digits.length === 19 && digits > LONG_MAX ) ) {
		digits = LONG_MAX;
	}
	return 'G' + String.fromCharCode( 48 + digits.length ) + digits;
}

/**
 * The sort key of a version: keys compare (`<`, `===`) as versions do.
 *
 * @param version A version; a non-string reads as ''.
 */
export function versionKey( version: string ): string {
	const text = typeof version === 'string' ? version.split( '\0' )[ 0 ] : '';
	let key = '';
	let zeros = ''; // Zero parts, kept only if a number follows (difference 1).
	for ( const part of text?.match( /[0-9]+|[A-Za-z]+/g ) ?? [] ) {
		const next = partKey( part );
		if ( next === 'G0' && key !== '' ) {
			zeros += next;
		} else {
			key += ( next.startsWith( 'G' ) ? zeros : '' ) + next;
			zeros = '';
		}
	}
	return key + 'F';
}

/**
 * -1, 0 or 1, like PHP's version_compare( a, b ) but for the differences.
 *
 * @param a A version.
 * @param b Another.
 */
export function compareVersions( a: string, b: string ): number {
	const [ ka, kb ] = [ versionKey( a ), versionKey( b ) ];
	return Number( ka > kb ) - Number( ka < kb );
}

// At most MAX_VERSION_LENGTH characters of a pattern.
const matches =
	( pattern: RegExp ) =>
	( version: unknown ): version is string =>
		typeof version === 'string' &&
		version.length <= MAX_VERSION_LENGTH &&
		pattern.test( version );

/** A stable release number: digits and dots (`6.9`, `4.7.4.1`). */
export const isStableVersion = matches( /^\d+(?:\.\d+)*$/ );

/**
 * A version that can be read: a digit first, then letters and digits in
 * runs split by single `.`, `-`, `_`, `+` or spaces (`6.8-RC2`, `2.5.0
 * Beta 3`); not `trunk`, `v4.1.0`, `4.1.0-`, `4..1` or 200 characters.
 */
export const isReadableVersion = matches(
	/^\d[0-9A-Za-z]*(?:[._+ -][0-9A-Za-z]+)*$/
);
