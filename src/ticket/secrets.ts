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

// A keyword, not glued to a longer word ("passport", "compass").
const keyword = ( alternatives: string ) =>
	`(?<![\\p{L}\\p{N}])(?:${ alternatives })(?![\\p{L}\\p{N}])`;
// English and French, the policy's languages, and the word for "password" in the
// languages Dokan's stores often write in (German, Spanish, Portuguese, Dutch).
const PASSWORD_WORDS =
	'pass(?:word|wd|phrase)|pwd|pw|mdp|mot de passe|passwort|contrase(?:ñ|n)a|senha|wachtwoord';
// `:` or `=`, or "is" (and its French, German, Spanish, Portuguese and Dutch),
// maybe followed by `:` ("est : …").
const SAID = '\\s*[:=]\\s*|\\s+(?:is|est|ist|es|é)(?:\\s*[:=])?\\s+';
// An opening quote before the value, if any ("est « soleil123 »").
const QUOTE = '(?:[«"“‘\']\\s*)?';

/*
 * A keyword (English and French), then what says it (above) or a mere space,
 * then the value. (A single `\s+` for the space: `\s*:?\s+` would try every
 * split of a long run of spaces.)
 */
const LABELLED = new RegExp(
	`${ keyword(
		`${ PASSWORD_WORDS }|pass|secret|api[ _-]?key|token`
	) }(${ SAID }|\\s+)${ QUOTE }(\\S+)`,
	'giu'
);
// A password word, a few words, then what says it: "my password for
// wp-admin is …", "le mot de passe du compte admin est : …". Not "pass",
// "token" or "secret", common in bug reports ("does not pass the total which
// is 150").
const LABELLED_AFTER_WORDS = new RegExp(
	`${ keyword(
		PASSWORD_WORDS
	) }(?:[ \\t]+[\\p{L}\\p{N}'’.@/_-]+){1,4}?(${ SAID })${ QUOTE }(\\S+)`,
	'giu'
);

// Each labelled pattern, the shortest value it takes, and whether the keyword
// comes right before `:` / `=` (then any value counts). After a few words, a
// value is at least 6 characters: "… for vendors: 500 error" is an HTTP status.
const LABELS = [
	{ pattern: LABELLED, min: 3, direct: true },
	{ pattern: LABELLED_AFTER_WORDS, min: 6, direct: false },
];

// WordPress application passwords: six groups of four, space separated.
const APPLICATION_PASSWORD =
	/(?<![A-Za-z0-9])(?:[A-Za-z0-9]{4} ){5}[A-Za-z0-9]{4}(?![A-Za-z0-9])/g;

const TOKEN = /[A-Za-z0-9_\-+/=!@#$%^&*]{16,}/g;

/*
 * Whether what follows a keyword is a value, not prose ("password reset",
 * "the password field for vendors is empty"). Right after `keyword:` or
 * `keyword=` (`plainly`), anything of `min` characters or more; elsewhere
 * only one with a digit or a symbol.
 */
function looksLikeValue( value: string, plainly: boolean, min: number ) {
	const trimmed = value.replace( /[.,;)»"”’']+$/, '' );
	return (
		trimmed.length >= min &&
		( plainly || /[\d!@#$%^&*_+=~?]/.test( trimmed ) )
	);
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
	for ( const { pattern, min, direct } of LABELS ) {
		for ( const m of text.matchAll( pattern ) ) {
			const [ whole, separator = '', value = '' ] = m;
			const index = m.index ?? 0;
			const plainly = direct && /[:=]/.test( separator );
			if (
				looksLikeValue( value, plainly, min ) &&
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
