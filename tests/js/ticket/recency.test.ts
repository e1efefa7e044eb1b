/**
 * R5: the warning shows for 48 hours after a ticket is opened from the site.
 */
import {
	RECENT_TICKET_SECONDS,
	isRecentTicket,
	nowSeconds,
} from '../../../src/ticket/recency';

const NOW = 1_795_000_000;
const HOUR = 3600;

describe( 'isRecentTicket', () => {
	it( 'is false when no ticket was ever opened', () => {
		expect( isRecentTicket( 0, NOW ) ).toBe( false );
	} );

	it( 'is true within 48 hours', () => {
		expect( isRecentTicket( NOW, NOW ) ).toBe( true );
		expect( isRecentTicket( NOW - HOUR, NOW ) ).toBe( true );
		expect( isRecentTicket( NOW - 47 * HOUR, NOW ) ).toBe( true );
		expect( isRecentTicket( NOW - RECENT_TICKET_SECONDS + 1, NOW ) ).toBe(
			true
		);
	} );

	it( 'is false from 48 hours on', () => {
		expect( isRecentTicket( NOW - RECENT_TICKET_SECONDS, NOW ) ).toBe(
			false
		);
		expect( isRecentTicket( NOW - 30 * 24 * HOUR, NOW ) ).toBe( false );
	} );

	it( 'treats a slightly future time (clock skew) as recent, a far one and garbage as not', () => {
		expect( isRecentTicket( NOW + 60, NOW ) ).toBe( true );
		expect( isRecentTicket( NOW + 100 * HOUR, NOW ) ).toBe( false );
		expect( isRecentTicket( NaN, NOW ) ).toBe( false );
		expect( isRecentTicket( -5, NOW ) ).toBe( false );
	} );
} );

describe( 'nowSeconds', () => {
	it( 'is the clock in whole seconds', () => {
		jest.spyOn( Date, 'now' ).mockReturnValue( 1_795_000_000_999 );
		expect( nowSeconds() ).toBe( 1_795_000_000 );
		jest.restoreAllMocks();
	} );
} );
