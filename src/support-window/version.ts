/**
 * Version comparison the way WordPress compares versions (PHP's
 * `version_compare()`), with one deliberate difference.
 *
 * How PHP reads a version (php_canonicalize_version + php_version_compare):
 * - The string is cut into parts: runs of digits and runs of ASCII letters.
 *   Everything else (`.`, `-`, `_`, `+`, spaces, other punctuation) only
 *   separates parts. `6.8-RC2` → `6 . 8 . RC . 2`; `7.2-alpha-63338` →
 *   `7 . 2 . alpha . 63338`.
 * - Numbers compare by value (`04` = `4`; values above PHP's LONG_MAX,
 *   9223372036854775807, are clamped to it, as PHP's strtol does).
 * - Words are ranked by prefix, case-sensitively: any word not listed <
 *   `dev` < `alpha` = `a…` < `beta` = `b…` < `RC` = `rc` < (a number) <
 *   `pl` = `p…`. A number outranks a pre-release word, so `6.8-RC2` < `6.8.1`.
 * - When one version runs out of parts, the missing part sits between the
 *   pre-release words and the numbers: `6.8-RC2` < `6.8` < `6.8.1` and
 *   `10.4.0-beta.1` < `10.4.0-rc.1` < `10.4.0`; `4.7.4.1` > `4.7.4`.
 *
 * Deliberate differences from PHP (the only ones; the PHP cross-check test
 * in tests/js/support-window proves the first one is the only disagreement
 * on every string that starts and ends with an ASCII letter or digit):
 * 1. Zero parts that stand just before a word or at the end are not
 *    significant (the first part is always kept): `6.9` = `6.9.0` =
 *    `6.9.0.0`, and `6.9.0-RC1` = `6.9-RC1` < `6.9`. PHP says `6.9` <
 *    `6.9.0` and `6.9.0-RC1` > `6.9`, yet WordPress ships `6.9` and the
 *    mirrors tag it `6.9.0`: for support both are the same release.
 * 2. Degenerate strings: PHP keeps a leading non-alphanumeric character
 *    as a part of its own, skips all reading when the string starts with
 *    `#`, and turns a trailing separator into an empty part, which makes
 *    it inconsistent (`version_compare('1.', '1.')` is -1). Here
 *    separators at either end are ignored and `#` is an ordinary separator,
 *    so the comparison is a total order on every string (NUL still ends
 *    the string, as in PHP).
 *
 * `semver` is not used: it rejects two-part (`6.9`) and four-part
 * (`4.7.4.1`) versions and orders pre-release tags differently (ASCII, not
 * dev < alpha < beta < RC), so no part of it genuinely fits here.
 *
 * Implementation: each version maps to a sort key, a string whose plain
 * code-unit order is the version order, so comparing, sorting and
 * de-duplicating versions is cheap once the key is built.
 */

/** PHP's LONG_MAX on 64-bit builds: strtol() clamps larger numbers to it. */
const LONG_MAX = '9223372036854775807';

/*
 * Key alphabet: one letter per part kind, in version order. A number is
 * 'G', one character giving its digit count, then its digits (no leading
 * zeros), so that numbers order by length and then digit by digit.
 */
const KEY_UNKNOWN_WORD = 'A';
const KEY_DEV = 'B';
const KEY_ALPHA = 'C';
const KEY_BETA = 'D';
const KEY_RC = 'E';
const KEY_END = 'F';
const KEY_NUMBER = 'G';
const KEY_PATCH_LEVEL = 'H';

const TOKEN = /[0-9]+|[A-Za-z]+/g;
const STABLE = /^\d+(?:\.\d+)*$/;
const READABLE = /^\d[0-9A-Za-z]*(?:[._+ -][0-9A-Za-z]+)*$/;

/** Longest version string the engine reads; longer ones are unreadable. */
export const MAX_VERSION_LENGTH = 64;

function wordKey( word: string ): string {
	if ( word.startsWith( 'dev' ) ) {
		return KEY_DEV;
	}
	switch ( word.charAt( 0 ) ) {
		case 'a':
			return KEY_ALPHA;
		case 'b':
			return KEY_BETA;
		case 'p':
			return KEY_PATCH_LEVEL;
	}
	if ( word.startsWith( 'RC' ) || word.startsWith( 'rc' ) ) {
		return KEY_RC;
	}
	return KEY_UNKNOWN_WORD;
}

/**
 * Digits without leading zeros, clamped to LONG_MAX ('' for zero).
 *
 * @param digits A run of ASCII digits.
 */
function significantDigits( digits: string ): string {
	let start = 0;
	while ( start < digits.length && digits.charCodeAt( start ) === 48 ) {
		start++;
	}
	const value = start === 0 ? digits : digits.slice( start );
	if (
		value.length > LONG_MAX.length ||
		( value.length === LONG_MAX.length && value > LONG_MAX )
	) {
		return LONG_MAX;
	}
	return value;
}

function numberKey( value: string ): string {
	return KEY_NUMBER + String.fromCharCode( 48 + value.length ) + value;
}

const ZERO_KEY = numberKey( '' );

/**
 * The sort key of a version: compare two keys with `<`, `===`, `>` to
 * compare the versions. Never throws; a non-string reads as ''.
 *
 * @param version Any version string.
 */
export function versionKey( version: string ): string {
	let text = typeof version === 'string' ? version : '';
	const nul = text.indexOf( '\0' );
	if ( nul !== -1 ) {
		text = text.slice( 0, nul );
	}
	// Fast path for stable versions (digits and dots only).
	if ( STABLE.test( text ) ) {
		return stableKey( text );
	}
	const tokens = text.match( TOKEN ) ?? [];
	const parts: string[] = [];
	let zeros = 0; // Zero parts held back until we know what follows them.
	for ( const token of tokens ) {
		const code = token.charCodeAt( 0 );
		if ( code >= 48 && code <= 57 ) {
			const value = significantDigits( token );
			if ( value === '' && parts.length > 0 ) {
				zeros++;
				continue;
			}
			for ( ; zeros > 0; zeros-- ) {
				parts.push( ZERO_KEY );
			}
			parts.push( numberKey( value ) );
		} else {
			// Zeros before a word are not significant (difference 1).
			zeros = 0;
			parts.push( wordKey( token ) );
		}
	}
	// Trailing zeros are not significant either.
	return parts.join( '' ) + KEY_END;
}

function stableKey( text: string ): string {
	const pieces = text.split( '.' );
	let last = pieces.length - 1;
	while ( last > 0 && significantDigits( pieces[ last ] ?? '' ) === '' ) {
		last--;
	}
	let key = '';
	for ( let i = 0; i <= last; i++ ) {
		key += numberKey( significantDigits( pieces[ i ] ?? '' ) );
	}
	return key + KEY_END;
}

/**
 * Compares two versions: -1, 0 or 1, like PHP's version_compare( a, b )
 * except for the differences documented at the top of this file.
 *
 * @param a A version.
 * @param b Another version.
 */
export function compareVersions( a: string, b: string ): -1 | 0 | 1 {
	const ka = versionKey( a );
	const kb = versionKey( b );
	if ( ka === kb ) {
		return 0;
	}
	return ka < kb ? -1 : 1;
}

/**
 * Whether a version is a stable release number: digits and dots only
 * (`6.9`, `4.7.4.1`, `10.4.0`), at most MAX_VERSION_LENGTH characters.
 *
 * @param version Anything.
 */
export function isStableVersion( version: unknown ): version is string {
	return (
		typeof version === 'string' &&
		version.length <= MAX_VERSION_LENGTH &&
		STABLE.test( version )
	);
}

/**
 * Whether a version string can be read at all: it starts with a digit and
 * is made of letters and digits, separated by single `.`, `-`, `_`, `+` or
 * spaces (`6.9`, `6.8-RC2`, `7.2-alpha-63338`, `2.5.0 Beta 3`). Anything
 * else (empty, `trunk`, `v4.1.0`, `4.1.0-`, `4..1`, 200 characters…) is
 * unreadable.
 *
 * @param version Anything.
 */
export function isReadableVersion( version: unknown ): version is string {
	return (
		typeof version === 'string' &&
		version.length <= MAX_VERSION_LENGTH &&
		READABLE.test( version )
	);
}

/**
 * The numeric parts of a stable version (`'3.7.28'` → [3, 7, 28]), or null
 * when the version is not stable or a part is too large to count with.
 *
 * @param version A version.
 */
export function stableParts( version: string ): number[] | null {
	if ( ! isStableVersion( version ) ) {
		return null;
	}
	const parts = version.split( '.' ).map( Number );
	return parts.every( Number.isSafeInteger ) ? parts : null;
}
