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
 * Deliberate differences from PHP (the only ones). The PHP cross-check
 * test (tests/js/support-window/version-compare.crosscheck.test.ts) shows
 * the first is the only disagreement on strings made of ASCII letters and
 * digits joined by `.`, `-`, `_`, `+`; the other two are shown by a table.
 * 1. Zero parts that stand just before a word or at the end are not
 *    significant (the first part is always kept): `6.9` = `6.9.0` =
 *    `6.9.0.0`, and `6.9.0-RC1` = `6.9-RC1` < `6.9`. PHP says `6.9` <
 *    `6.9.0` and `6.9.0-RC1` > `6.9`, yet WordPress ships `6.9` and the
 *    mirrors tag it `6.9.0`: for support both are the same release.
 * 2. Any other punctuation (space, `#`, `~`, non-ASCII…) only separates
 *    parts here. PHP keeps such a character as the first character of a
 *    word when it directly follows a digit (`2.6.5 p` reads `2.6.5.' p'`,
 *    an unknown word, so PHP puts it below `2.6.5`; here it is `2.6.5.p`,
 *    above), and a word starting with `#` ranks equal to every number, so
 *    PHP finds `1#a` = `1.5` and `1#a` = `1.6`: no order at all.
 * 3. Separators at either end are ignored, and a leading `#` is read like
 *    any separator. PHP keeps a leading punctuation character as a part of
 *    its own, reads nothing after a leading `#`, and turns a trailing
 *    separator into an empty part, which makes it inconsistent
 *    (`version_compare('1.', '1.')` is -1).
 * So the comparison is a total order on every string. NUL ends the string,
 * as in PHP.
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
	const stable = stableKey( text );
	if ( stable !== null ) {
		return stable;
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

/** 'G' + digit count, for each possible count (0 to 19 digits). */
const NUMBER_PREFIX = Array.from(
	{ length: LONG_MAX.length + 1 },
	( _, n ) => KEY_NUMBER + String.fromCharCode( 48 + n )
);

/**
 * The key of a stable version (digits and dots, no empty part), built in
 * one scan; null when `text` is not stable. The hot path of release lists.
 *
 * @param text A candidate version.
 */
export function stableKey( text: string ): string | null {
	const length = text.length;
	if ( length === 0 || length > MAX_VERSION_LENGTH ) {
		return null;
	}
	let key = '';
	let zeros = 0; // Zero parts held back: dropped if nothing follows.
	let index = 0;
	while ( true ) {
		const start = index;
		let significant = -1;
		for ( ; index < length; index++ ) {
			const code = text.charCodeAt( index );
			if ( code === 46 ) {
				break;
			}
			if ( code < 48 || code > 57 ) {
				return null;
			}
			if ( significant === -1 && code !== 48 ) {
				significant = index;
			}
		}
		if ( index === start ) {
			return null; // Empty part: `4..1`, `.4`, `4.`.
		}
		if ( significant === -1 ) {
			if ( start === 0 ) {
				key = ZERO_KEY;
			} else {
				zeros++;
			}
		} else {
			for ( ; zeros > 0; zeros-- ) {
				key += ZERO_KEY;
			}
			const digits = index - significant;
			key +=
				digits < LONG_MAX.length
					? ( NUMBER_PREFIX[ digits ] as string ) +
						text.slice( significant, index )
					: numberKey(
							significantDigits(
								text.slice( significant, index )
							)
						);
		}
		if ( index === length ) {
			return key + KEY_END;
		}
		index++; // Past the dot.
	}
}

/** Bits per part in packedKey(): 4 parts of 13 bits fit a double exactly. */
const PACKED_PART_LIMIT = 8192;
const PACKED_PARTS = 4;

/**
 * A numeric key for a stable version of at most 4 parts, each below 8192
 * (`6.9`, `10.4.3`, `4.7.4.1`): missing parts count as 0, so numeric order
 * is version order and `6.9` = `6.9.0`. -1 when `text` is not stable, -2
 * when it is stable but does not fit (then use versionKey()). Keys of the
 * two kinds must never be compared with each other.
 *
 * @param text A candidate version.
 */
export function packedKey( text: string ): number {
	const length = text.length;
	if ( length === 0 || length > MAX_VERSION_LENGTH ) {
		return -1;
	}
	let key = 0;
	let parts = 0;
	let value = 0;
	let digits = 0;
	let fits = true;
	for ( let index = 0; index <= length; index++ ) {
		const code = index < length ? text.charCodeAt( index ) : 46;
		if ( code === 46 ) {
			if ( digits === 0 ) {
				return -1; // Empty part.
			}
			parts++;
			if ( parts > PACKED_PARTS || value >= PACKED_PART_LIMIT ) {
				fits = false;
			} else {
				key = key * PACKED_PART_LIMIT + value;
			}
			value = 0;
			digits = 0;
			continue;
		}
		if ( code < 48 || code > 57 ) {
			return -1;
		}
		digits++;
		if ( value < PACKED_PART_LIMIT ) {
			value = value * 10 + ( code - 48 );
		}
	}
	if ( ! fits ) {
		return -2;
	}
	for ( ; parts < PACKED_PARTS; parts++ ) {
		key *= PACKED_PART_LIMIT;
	}
	return key;
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
