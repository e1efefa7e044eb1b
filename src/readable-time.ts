/**
 * Dates as the page and the ticket show them: in the admin screen's language, whatever
 * the browser's own is (a French admin reads "30 nov. 2026, 19:23", not "11/30/2026,
 * 7:23:04 PM").
 */

/**
 * A date and time in the language of the admin screen (`<html lang>`), in the
 * browser's time zone.
 *
 * @param when An ISO 8601 time, or milliseconds since 1970.
 * @return Readable date, or what came when it is not a date.
 */
export function readableTime( when: string | number ): string {
	const time = typeof when === 'number' ? when : Date.parse( when );
	if ( Number.isNaN( new Date( time ).getTime() ) ) {
		return String( when );
	}
	try {
		return new Intl.DateTimeFormat(
			document.documentElement.lang || undefined,
			{ dateStyle: 'medium', timeStyle: 'short' }
		).format( time );
	} catch {
		// A lang attribute Intl does not know.
		return new Date( time ).toLocaleString();
	}
}
