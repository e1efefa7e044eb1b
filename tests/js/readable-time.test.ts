/**
 * Dates in the admin screen's language and the site's time zone.
 */
import { readableTime } from '../../src/readable-time';

// 18:23 UTC on 30 November 2026: 19:23 in Paris, 07:23 the next day in Auckland.
const CHECKED = '2026-11-30T18:23:00Z';

beforeEach( () => {
	document.documentElement.lang = 'en-GB';
} );

describe( 'readableTime', () => {
	it.each( [
		[ 'Europe/Paris', '30 Nov 2026, 19:23' ],
		[ 'Pacific/Auckland', '1 Dec 2026, 07:23' ],
		[ 'UTC', '30 Nov 2026, 18:23' ],
	] )( 'shows the time in the site’s zone %s', ( zone, shown ) => {
		expect( readableTime( CHECKED, zone ) ).toBe( shown );
	} );

	it.each( [
		// What wp_timezone_string() gives a site set to "UTC+5:30", "UTC-3" or "UTC+0".
		[ '+05:30', '30 Nov 2026, 23:53' ],
		[ '-03:00', '30 Nov 2026, 15:23' ],
		[ '+00:00', '30 Nov 2026, 18:23' ],
		[ '+13:00', '1 Dec 2026, 07:23' ],
	] )( 'shows the time at a fixed offset %s', ( offset, shown ) => {
		expect( readableTime( CHECKED, offset ) ).toBe( shown );
	} );

	it( 'takes milliseconds since 1970, as the ticket’s last time is kept', () => {
		expect( readableTime( Date.parse( CHECKED ), 'Europe/Paris' ) ).toBe(
			'30 Nov 2026, 19:23'
		);
	} );

	it( 'speaks the admin screen’s language', () => {
		document.documentElement.lang = 'fr-FR';

		expect( readableTime( CHECKED, 'Europe/Paris' ) ).toBe(
			'30 nov. 2026, 19:23'
		);
	} );

	it( 'still shows the time in the site’s zone when the language is unknown to Intl', () => {
		document.documentElement.lang = 'not a language tag';
		const shown = readableTime( CHECKED, 'Pacific/Auckland' );

		expect( shown ).toMatch( /2026/ );
		expect( shown ).toMatch( /7:23/ );
		expect( shown ).not.toMatch( /18:23|6:23/ );
	} );

	it( 'still shows a date when the zone is unknown to Intl', () => {
		const shown = readableTime( CHECKED, 'Mars/Olympus_Mons' );

		expect( shown ).toMatch( /2026/ );
		expect( shown ).not.toBe( CHECKED );
	} );

	it( 'gives back what came when it is not a date', () => {
		expect( readableTime( 'yesterday-ish', 'Europe/Paris' ) ).toBe(
			'yesterday-ish'
		);
	} );
} );
