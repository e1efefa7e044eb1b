/**
 * The settings calls and how their errors read.
 */
import apiFetch from '@wordpress/api-fetch';

import {
	recordTicketOpened,
	restErrorMessage,
	savePurchaseEmail,
} from '../../src/api';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

beforeEach( () => mockedApiFetch.mockReset() );

describe( 'savePurchaseEmail', () => {
	it( 'returns the address as WordPress stored it', async () => {
		mockedApiFetch.mockResolvedValue( {
			dokan_support_check_purchase_email: 'buyer@example.com',
		} );
		await expect( savePurchaseEmail( 'Buyer@Example.com' ) ).resolves.toBe(
			'buyer@example.com'
		);
	} );

	it( 'falls back to what was sent when the response omits it', async () => {
		mockedApiFetch.mockResolvedValue( {} );
		await expect( savePurchaseEmail( 'buyer@example.com' ) ).resolves.toBe(
			'buyer@example.com'
		);
	} );
} );

describe( 'recordTicketOpened', () => {
	it( 'saves the time in seconds', async () => {
		mockedApiFetch.mockResolvedValue( {} );
		await recordTicketOpened( 1_795_000_000 );
		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: { dokan_support_check_last_ticket_at: 1_795_000_000 },
		} );
	} );
} );

describe( 'restErrorMessage', () => {
	it( 'joins the message and the per-parameter reasons', () => {
		expect(
			restErrorMessage( {
				message: 'Invalid parameter(s): x',
				data: { params: { x: 'x is not a valid email address.' } },
			} )
		).toBe( 'Invalid parameter(s): x x is not a valid email address.' );
	} );

	it( 'uses the message alone when there are no reasons', () => {
		expect( restErrorMessage( { message: 'Sorry.' } ) ).toBe( 'Sorry.' );
	} );

	it( 'says something useful for anything else', () => {
		expect( restErrorMessage( undefined ) ).toMatch( /\(unknown\)/ );
		expect( restErrorMessage( { code: 'fetch_error' } ) ).toMatch(
			/\(fetch_error\)/
		);
	} );
} );
