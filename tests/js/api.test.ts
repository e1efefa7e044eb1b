/**
 * The settings calls and how their errors read.
 */
import apiFetch from '@wordpress/api-fetch';

import {
	recordTicketOpened,
	restErrorMessage,
	savePurchaseEmail,
	toApiError,
} from '../../src/api';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

beforeEach( () => mockedApiFetch.mockReset() );

/**
 * What apiFetch in WordPress 6.1 to 6.8 rejects with when the person is logged out:
 * the REST nonce fails, so it asks admin-ajax for a new one, which answers 400 "0",
 * and its checkStatus() throws that fetch Response as it is. jsdom has no Response:
 * this object has the fields such a rejection carries.
 */
const LOGGED_OUT_NONCE_REFRESH = {
	ok: false,
	status: 400,
	statusText: 'Bad Request',
	url: 'https://store.example/wp-admin/admin-ajax.php?action=rest-nonce',
	text: () => Promise.resolve( '0' ),
};

/** WordPress's fatal-error handler answering a REST request, as it words it. */
const FATAL_ERROR = {
	code: 'internal_server_error',
	message:
		'<p>There has been a critical error on this website.</p><p><a href="https://wordpress.example/troubleshooting/">Learn more about troubleshooting WordPress.</a></p>',
	data: { status: 500 },
	additional_errors: [],
};

describe( 'toApiError', () => {
	it( 'tells a logged-out person to log in again on WordPress 6.1 to 6.8 (the nonce refresh’s Response)', () => {
		expect( toApiError( LOGGED_OUT_NONCE_REFRESH ) ).toEqual( {
			kind: 'forbidden',
			status: 401,
			message: expect.stringMatching( /log in again/ ),
		} );
	} );

	it( 'tells a logged-out person to log in again on WordPress 7.1 (the nonce error itself)', () => {
		const error = toApiError( {
			code: 'rest_cookie_invalid_nonce',
			message: 'Cookie check failed',
			data: { status: 403 },
		} );
		expect( error.kind ).toBe( 'forbidden' );
		expect( error.message ).toMatch( /log in again/ );
	} );

	it( 'says offline for apiFetch’s offline_error (WordPress 7.1) as for fetch_error', () => {
		for ( const code of [ 'offline_error', 'fetch_error' ] ) {
			expect(
				toApiError( { code, message: 'Unable to connect.' } )
			).toEqual( {
				kind: 'offline',
				status: null,
				message: expect.stringMatching( /you may be offline/ ),
			} );
		}
	} );

	it( 'shows a PHP fatal error’s HTML message as text, paragraphs apart', () => {
		expect( toApiError( FATAL_ERROR ) ).toEqual( {
			kind: 'server',
			status: 500,
			message:
				'There has been a critical error on this website. Learn more about troubleshooting WordPress.',
		} );
	} );

	it( 'keeps a plain message as it is, and its own sentence when there is none', () => {
		expect(
			toApiError( { message: ' A < B ', data: { status: 500 } } ).message
		).toBe( 'A < B' );
		expect( toApiError( { message: '<p> </p>' } ).message ).toBe(
			'The site check failed.'
		);
	} );
} );

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

	it( 'tells a logged-out person to log in again, whatever WordPress rejects with', () => {
		for ( const error of [
			LOGGED_OUT_NONCE_REFRESH,
			{
				code: 'rest_cookie_invalid_nonce',
				message: 'Cookie check failed',
			},
		] ) {
			expect( restErrorMessage( error ) ).toMatch(
				/logged out\. Reload the page and log in again\./
			);
		}
	} );

	it( 'shows a PHP fatal error’s HTML message as text', () => {
		expect( restErrorMessage( FATAL_ERROR ) ).toBe(
			'There has been a critical error on this website. Learn more about troubleshooting WordPress.'
		);
	} );

	it( 'says something useful for anything else', () => {
		expect( restErrorMessage( 'a string' ) ).toMatch( /\(unknown\)/ );
		expect( restErrorMessage( undefined ) ).toMatch( /\(unknown\)/ );
		expect( restErrorMessage( { code: 'fetch_error' } ) ).toMatch(
			/\(fetch_error\)/
		);
	} );
} );
