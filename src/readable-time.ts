/**
 * Dates as the page and the ticket show them: in the admin screen's language, whatever
 * the browser's own is (a French admin reads "30 nov. 2026, 19:23", not "11/30/2026,
 * 7:23:04 PM"), and in the site's time zone, as WordPress's own screens show times
 * (Updates' "Last checked on…", the Posts list), whatever the browser's zone is.
 */

// A fixed offset, as wp_timezone_string() gives a site set to "UTC+5:30".
const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

// A medium date and short time, or null when Intl does not know the locale or zone.
function formatter( locale?: string, timeZone?: string ) {
	try {
		return new Intl.DateTimeFormat( locale, {
			timeZone,
			dateStyle: 'medium',
			timeStyle: 'short',
		} );
	} catch {
		return null;
	}
}

/**
 * A date and time in the language of the admin screen (`<html lang>`), in the
 * site's time zone.
 *
 * @param when     An ISO 8601 time, or milliseconds since 1970.
 * @param timeZone The site's time zone as wp_timezone_string() gives it: a zone
 *                 name (`Europe/Paris`) or a fixed offset (`+05:30`); none or ''
 *                 for the browser's.
 * @return Readable date, or what came when it is not a date.
 */
export function readableTime( when: string | number, timeZone = '' ): string {
	const time = typeof when === 'number' ? when : Date.parse( when );
	if ( Number.isNaN( new Date( time ).getTime() ) ) {
		return String( when );
	}
	// Intl reads fixed offsets only in recent engines: the time is moved by the
	// offset and shown as UTC instead.
	const [ , sign, hours, minutes ] = FIXED_OFFSET.exec( timeZone ) ?? [];
	const shift = sign
		? ( sign === '-' ? -60_000 : 60_000 ) *
			( Number( hours ) * 60 + Number( minutes ) )
		: 0;
	const lang = document.documentElement.lang || undefined;
	const zone = sign ? 'UTC' : timeZone || undefined;
	// A language or a zone Intl does not know gives way to the browser's own.
	const format =
		formatter( lang, zone ) ??
		formatter( undefined, zone ) ??
		formatter( lang, undefined );
	return format
		? format.format( time + shift )
		: new Date( time ).toLocaleString();
}
