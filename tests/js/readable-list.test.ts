/**
 * Names joined as the admin screen's language joins them: in the page's headline
 * (src/status/summary.ts) and the ticket's warnings.
 */
import { readableList } from '../../src/readable-list';
import { verdictSummary } from '../../src/status/summary';
import { defaultPolicy, evaluate } from '../../src/support-window';
import { facts } from './app/fixtures';

describe( 'readableList', () => {
	it.each( [
		[ 'en-GB', 'WordPress, WooCommerce and Dokan' ],
		[ 'en-US', 'WordPress, WooCommerce, and Dokan' ],
		[ 'fr-FR', 'WordPress, WooCommerce et Dokan' ],
		[ 'de-DE', 'WordPress, WooCommerce und Dokan' ],
		// No ", " in Arabic: "و" (and) before each name after the first.
		[ 'ar', 'WordPress وWooCommerce وDokan' ],
	] )( 'joins names as %s does', ( lang, joined ) => {
		document.documentElement.lang = lang;

		expect( readableList( [ 'WordPress', 'WooCommerce', 'Dokan' ] ) ).toBe(
			joined
		);
	} );

	it( 'gives one name as it is, and none as nothing', () => {
		document.documentElement.lang = 'fr-FR';

		expect( readableList( [ 'WooCommerce' ] ) ).toBe( 'WooCommerce' );
		expect( readableList( [] ) ).toBe( '' );
	} );

	it( 'still joins names when the language is unknown to Intl', () => {
		document.documentElement.lang = 'not a language tag';

		expect( readableList( [ 'WordPress', 'WooCommerce' ] ) ).toMatch(
			/^WordPress\b.+\bWooCommerce$/
		);
	} );
} );

describe( 'the headline of a site outside the window', () => {
	it( 'names what to update as a sentence lists them, in the screen’s language', () => {
		const verdict = evaluate(
			facts( { wordpress: '7.0.2', woocommerce: '10.2.2' } ),
			defaultPolicy
		);

		document.documentElement.lang = 'en-GB';
		expect( verdictSummary( verdict, defaultPolicy ) ).toMatch(
			/^Outside Dokan’s supported window because of: WordPress and WooCommerce\. Update first \(W3\)/
		);
		document.documentElement.lang = 'fr-FR';
		expect( verdictSummary( verdict, defaultPolicy ) ).toMatch(
			/because of: WordPress et WooCommerce\./
		);
	} );
} );
