/**
 * Lists as the page writes them: in the admin screen's language, as a sentence joins
 * names ("WordPress and WooCommerce", "WordPress et WooCommerce", Arabic's "،" between
 * names), not with a fixed ", ". Intl's list format knows each language's way.
 */

/**
 * Names joined as a sentence joins them, in the language of the admin screen
 * (`<html lang>`).
 *
 * @param names The names, in order.
 * @return E.g. "WordPress, WooCommerce and Dokan".
 */
export function readableList( names: string[] ): string {
	for ( const locale of [ document.documentElement.lang, undefined ] ) {
		try {
			return new Intl.ListFormat( locale || undefined, {
				type: 'conjunction',
			} ).format( names );
		} catch {
			// A lang attribute Intl does not know: the browser's language.
		}
	}
	// A browser without Intl's list format (Safari before 14.1).
	return names.join( ', ' );
}
