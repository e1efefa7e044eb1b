/**
 * The redacted variant of the report, for public places (forums, chats): blanks what
 * identifies the site or could unlock it. Pure string functions.
 */

export const REDACTED = '[redacted]';

// Order matters: e-mail addresses before URLs (a "mailto:" is both), URLs before paths
// (a URL contains slashes).
const PATTERNS: RegExp[] = [
	// E-mail addresses.
	/[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g,
	// URLs with a scheme, and bare "www." hosts.
	/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)[^\s"'<>()]+/gi,
	// Windows paths (C:\… or C:/…). A folder name may hold spaces (C:\Users\Jane Doe\…):
	// words up to the next separator belong to it.
	/\b[A-Za-z]:(?:[\\/][^\\/\s"'<>]+(?: [^\\/\s"'<>]+)*(?=[\\/]))*[\\/][^\s"'<>]*/g,
	// POSIX paths: at least two segments (/var/www, ~/site/…), so "W1/W2" or "n/a" survive;
	// spaces inside a folder name too (/Users/jane/Local Sites/shop/…), not in the last one.
	/(?:~|\B)(?:\/[\w.@~+-]+(?: [\w.@~+-]+)*(?=\/))+\/[\w.@~+-]*/g,
	// Licence-key-like: groups joined by dashes with a digit somewhere (UUIDs, XXXX-XXXX-XXXX).
	/\b(?=[\w-]*\d)[A-Za-z0-9]{4,}(?:-[A-Za-z0-9]{4,}){2,}\b/g,
	// Licence-key-like: one long token mixing letters and digits (hex keys, ck_… keys).
	/\b(?=\w*\d)(?=\w*[A-Za-z])\w{20,}\b/g,
];

/**
 * Blanks URLs, filesystem paths, e-mail addresses and licence-key-like strings.
 *
 * @param value  Any text.
 * @param extras Further strings to blank wherever they appear (e.g. the site's host name).
 * @return The text with each match replaced by REDACTED.
 */
export function redactText( value: string, extras: string[] = [] ): string {
	let result = value;
	for ( const pattern of PATTERNS ) {
		result = result.replace( pattern, REDACTED );
	}
	// After the patterns: blanking the host first would leave "admin@[redacted]" behind,
	// which no longer looks like an e-mail address.
	for ( const extra of extras ) {
		if ( extra.length >= 3 ) {
			result = result.split( extra ).join( REDACTED );
		}
	}
	return result;
}

/**
 * Whether a key names a secret whose whole value must go, whatever it looks like.
 *
 * @param key A report key or JSON property name.
 * @return True for licence, key, token, password, secret… keys.
 */
export function isSecretKey( key: string ): boolean {
	return (
		// Whole words (`api_key`, `api_key2`, `smtp_pass`, `db_pwd`), not parts of others
		// (`monkey_patch`, `bypass_cache`); `auth` but not `author` (a theme's
		// author is no secret), yet `authorization`.
		/licen[cs]e|(?:^|[_\W\d])(?:keys?|pass|pwd)(?:$|[_\W\d])|token|secret|passw|credential|auth(?!or)|authori[sz]ation/i.test(
			key
		) ||
		// camelCase, as other plugins name their Site Health fields: `apiKey`.
		/[a-z\d](?:Keys?|Pass|Pwd)(?![a-z])/.test( key )
	);
}
