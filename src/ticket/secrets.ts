/**
 * Finds text that looks like a password or a secret token, so the composer
 * can flag it before the ticket leaves the site (POLICY.md S3: credentials
 * are shared only the way the support team instructs, never pasted into a
 * ticket). A heuristic that prefers a false alarm to a leaked password.
 * Pure: no DOM.
 */

export type SecretKind = 'labelled' | 'application-password' | 'token';

export interface SecretMatch {
	kind: SecretKind;
	/** Offset of the match in the text. */
	index: number;
	/** The matched text. */
	text: string;
}

/*
 * A password keyword (English and French), then `:` / `=` / "is" / "est" / a
 * space, then the value. The keyword must not be glued to a longer word
 * ("passport", "compass").
 */
const KEYWORD =
	'(?<![\\p{L}\\p{N}])(?:pass(?:word|wd|phrase)?|pwd|mdp|mot de passe|secret|api[ _-]?key|token)(?![\\p{L}\\p{N}])';
const LABELLED = new RegExp(
	`${ KEYWORD }(\\s*[:=]\\s*|\\s+(?:is|est)\\s+|\\s*:?\\s+)(\\S+)`,
	'giu'
);
// The same, with a few words between keyword and `:` / `=` / "is" / "est":
// "my password for wp-admin is …", "le mot de passe du compte admin est …".
const LABELLED_AFTER_WORDS = new RegExp(
	`${ KEYWORD }(?:[ \\t]+[\\p{L}\\p{N}'’-]+){1,4}?(\\s*[:=]\\s*|\\s+(?:is|est)\\s+)(\\S+)`,
	'giu'
);

// WordPress application passwords: six groups of four, space separated.
const APPLICATION_PASSWORD =
	/(?<![A-Za-z0-9])(?:[A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}(?![A-Za-z0-9])/g;

const TOKEN = /[A-Za-z0-9_\-+/=!@#$%^&*]{16,}/g;

// Words after a keyword that are prose, not a value ("password reset",
// "the password field for vendors is empty").
function looksLikeValue( value: string, plainly: boolean ): boolean {
	const trimmed = value.replace( /[.,;)]+$/, '' );
	if ( trimmed.length < 3 ) {
		return false;
	}
	// Right after `keyword:` or `keyword=`, anything is a value; elsewhere
	// only one with a digit or a symbol.
	return plainly || /[\d!@#$%^&*_+=~?]/.test( trimmed );
}

function looksRandom( token: string ): boolean {
	// Paths, URLs and version-like strings are not tokens.
	if ( token.includes( '/' ) && ! /^[A-Za-z0-9+/]+={0,2}$/.test( token ) ) {
		return false;
	}
	const lower = /[a-z]/.test( token );
	const upper = /[A-Z]/.test( token );
	const digit = /\d/.test( token );
	const classes = [ lower, upper, digit ].filter( Boolean ).length;
	if ( ! digit || classes < 2 ) {
		return false;
	}
	// Identifiers made of words (some_option_name_2) are not random.
	const parts = token.split( /[-_]/ );
	if ( parts.length > 1 && parts.every( ( part ) => part.length <= 12 ) ) {
		return false;
	}
	// Mixed case and digits: random from 16 characters; otherwise from 32.
	return classes === 3 || token.length >= 32;
}

function overlaps( matches: SecretMatch[], index: number, length: number ) {
	return matches.some(
		( m ) => index < m.index + m.text.length && m.index < index + length
	);
}

/**
 * Everything in `text` that looks like a password or a secret token.
 *
 * @param text Free text (a subject, a description…).
 * @return The matches, in order of appearance; empty when none.
 */
export function findSecrets( text: string ): SecretMatch[] {
	const matches: SecretMatch[] = [];
	for ( const pattern of [ LABELLED, LABELLED_AFTER_WORDS ] ) {
		for ( const m of text.matchAll( pattern ) ) {
			const [ whole, separator = '', value = '' ] = m;
			const index = m.index ?? 0;
			const plainly = pattern === LABELLED && /[:=]/.test( separator );
			if (
				looksLikeValue( value, plainly ) &&
				! overlaps( matches, index, whole.length )
			) {
				matches.push( { kind: 'labelled', index, text: whole } );
			}
		}
	}
	for ( const m of text.matchAll( APPLICATION_PASSWORD ) ) {
		const index = m.index ?? 0;
		if ( ! overlaps( matches, index, m[ 0 ].length ) ) {
			matches.push( {
				kind: 'application-password',
				index,
				text: m[ 0 ],
			} );
		}
	}
	// URLs may carry tokens in their query; judge each piece on its own.
	for ( const m of text.matchAll( TOKEN ) ) {
		const index = m.index ?? 0;
		const pieces = m[ 0 ].split( /[=&]/ );
		const random = pieces.some( looksRandom );
		if ( random && ! overlaps( matches, index, m[ 0 ].length ) ) {
			matches.push( { kind: 'token', index, text: m[ 0 ] } );
		}
	}
	return matches.sort( ( a, b ) => a.index - b.index );
}

/**
 * Whether `text` holds anything password-like.
 *
 * @param text Free text.
 * @return True when findSecrets() finds something.
 */
export function hasSecret( text: string ): boolean {
	return findSecrets( text ).length > 0;
}
