/**
 * CSRF: with an administrator's cookie, every write (our two settings through core's
 * `/wp/v2/settings`, a forced refresh that makes outbound requests, and options.php for
 * our option group) is refused without a valid nonce, and nothing changes; with the
 * right nonce the write goes through.
 */

/**
 * External dependencies
 */
import fs from 'fs';
import path from 'path';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect, contextAs } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';

const EMAIL = 'dokan_support_check_purchase_email';
const TICKET = 'dokan_support_check_last_ticket_at';
const LOCK = 'dokan_support_check_refresh_lock';
const SETTINGS = '/wp-json/wp/v2/settings';
const REFRESH = '/wp-json/dokan-support-check/v1/site-check?refresh=1';
const OTHER_LOGIN = 'dsc_e2e_csrf_other';
const OTHER_PASSWORD = 'dsc-e2e-password-8';

const BEFORE = { email: 'before@example.com', ticket: 1111 };
const ATTEMPT = { [ EMAIL ]: 'attacker@example.com', [ TICKET ]: 2222 };

function stored( site: Site ): { email: string; ticket: number } {
	return JSON.parse(
		wpEval(
			site,
			`echo wp_json_encode( array( 'email' => get_option( '${ EMAIL }', '' ), 'ticket' => (int) get_option( '${ TICKET }', 0 ) ) );`
		)
	);
}

/**
 * The would-be outbound requests a site check makes (core and plugin update data, plugin
 * information), from the offline stand-in's log. Other lines are left out: admin pages
 * opened earlier in the test (the dashboard's events and browser checks) finish their
 * own background requests at any moment.
 *
 * @param site The site.
 * @return The matching log lines.
 */
function outboundLog( site: Site ): string {
	const file = path.join( site.dir, 'wp-content/outbound-requests.log' );
	const log = fs.existsSync( file ) ? fs.readFileSync( file, 'utf8' ) : '';
	return log
		.split( '\n' )
		.filter( ( line ) =>
			/\/(core\/version-check|plugins\/update-check|plugins\/info)\//.test(
				line
			)
		)
		.join( '\n' );
}

/**
 * What the last check stored about each product (answers and when they came): a check
 * that ran would have rewritten it.
 *
 * @param site The site.
 * @return The stored answers, serialized.
 */
function storedAnswers( site: Site ): string {
	return wpEval(
		site,
		`echo serialize( get_option( 'dokan_support_check_remote', null ) );`
	);
}

function deleteOtherUser( site: Site ): void {
	wpEval(
		site,
		`require_once ABSPATH . 'wp-admin/includes/user.php';
		$user = get_user_by( 'login', '${ OTHER_LOGIN }' );
		if ( $user ) { wp_delete_user( $user->ID ); }`
	);
}

let previous = '';

test.beforeEach( ( { site } ) => {
	previous = wpEval(
		site,
		`echo wp_json_encode( array( get_option( '${ EMAIL }', null ), get_option( '${ TICKET }', null ) ) );`
	);
	wpEval(
		site,
		`update_option( '${ EMAIL }', '${ BEFORE.email }' ); update_option( '${ TICKET }', ${ BEFORE.ticket } ); delete_option( '${ LOCK }' );`
	);
} );

test.afterEach( ( { site } ) => {
	wpEval(
		site,
		`list( $email, $ticket ) = json_decode( ${ JSON.stringify(
			previous
		) }, true );
		null === $email ? delete_option( '${ EMAIL }' ) : update_option( '${ EMAIL }', $email );
		null === $ticket ? delete_option( '${ TICKET }' ) : update_option( '${ TICKET }', $ticket );
		delete_option( '${ LOCK }' );`
	);
	deleteOtherUser( site );
} );

/**
 * The REST nonce of the logged-in user's session, as core hands it to scripts.
 *
 * @param page A logged-in page.
 * @return The nonce.
 */
async function restNonce( page: Page ): Promise< string > {
	const response = await page.request.get(
		'/wp-admin/admin-ajax.php?action=rest-nonce'
	);
	expect( response.status() ).toBe( 200 );
	return ( await response.text() ).trim();
}

test( 'the settings route refuses our settings without a valid nonce, and saves them with one', async ( {
	page,
	site,
	browser,
} ) => {
	// Another user's REST nonce, from their own logged-in session.
	deleteOtherUser( site );
	wpEval(
		site,
		`wp_insert_user( array( 'user_login' => '${ OTHER_LOGIN }', 'user_pass' => '${ OTHER_PASSWORD }', 'user_email' => '${ OTHER_LOGIN }@example.test', 'role' => 'administrator' ) );`
	);
	const otherContext = await contextAs(
		browser,
		site,
		OTHER_LOGIN,
		OTHER_PASSWORD
	);
	const otherPage = await otherContext.newPage();
	const otherUsersNonce = await restNonce( otherPage );
	await otherContext.close();

	// A valid nonce of this session, for another action (the profile form's).
	await page.goto( '/wp-admin/profile.php' );
	const otherActionNonce = await page
		.locator( '#your-profile input[name="_wpnonce"]' )
		.inputValue();
	const nonce = await restNonce( page );
	expect( nonce ).not.toBe( otherUsersNonce );

	const attempts: Array< [ string, Record< string, string > ] > = [
		[ 'no nonce', {} ],
		[ 'a wrong nonce', { 'X-WP-Nonce': '0123456789' } ],
		[ "another user's nonce", { 'X-WP-Nonce': otherUsersNonce } ],
		[ 'a nonce for another action', { 'X-WP-Nonce': otherActionNonce } ],
	];
	for ( const [ what, headers ] of attempts ) {
		const response = await page.request.post( SETTINGS, {
			headers,
			data: ATTEMPT,
		} );
		expect( [ 401, 403 ], what ).toContain( response.status() );
		expect(
			[ 'rest_cookie_invalid_nonce', 'rest_forbidden' ],
			what
		).toContain( ( await response.json() ).code );
		expect( stored( site ), what ).toEqual( BEFORE );
	}

	const saved = await page.request.post( SETTINGS, {
		headers: { 'X-WP-Nonce': nonce },
		data: ATTEMPT,
	} );
	expect( saved.status() ).toBe( 200 );
	expect( stored( site ) ).toEqual( {
		email: ATTEMPT[ EMAIL ],
		ticket: ATTEMPT[ TICKET ],
	} );
} );

test( 'a forced refresh does not run as the administrator without a valid nonce', async ( {
	page,
	site,
} ) => {
	const nonce = await restNonce( page );

	for ( const headers of [ {}, { 'X-WP-Nonce': '0123456789' } ] as Array<
		Record< string, string >
	> ) {
		const before = storedAnswers( site );
		const response = await page.request.get( REFRESH, { headers } );
		expect( [ 401, 403 ] ).toContain( response.status() );
		expect( await response.text() ).not.toContain( 'components' );
		// No check ran as the administrator: nothing asked, nothing stored, no rate lock.
		expect( storedAnswers( site ) ).toBe( before );
		expect(
			wpEval( site, `var_export( get_option( '${ LOCK }' ) );` )
		).toBe( 'false' );
	}

	// The same request with the session's nonce runs the check, which asks the services.
	const before = outboundLog( site );
	const response = await page.request.get( REFRESH, {
		headers: { 'X-WP-Nonce': nonce },
	} );
	expect( response.status() ).toBe( 200 );
	expect( outboundLog( site ).length ).toBeGreaterThan( before.length );
} );

test( 'options.php refuses our option group without a valid nonce', async ( {
	page,
	site,
} ) => {
	// register_setting() put our options in the group options.php accepts.
	expect(
		wpEval(
			site,
			`global $new_allowed_options; $allowed = apply_filters( 'allowed_options', array() ); echo implode( ',', $allowed['dokan_support_check'] ?? array() );`
		)
	).toBe( `${ EMAIL },${ TICKET }` );

	for ( const nonce of [ '', '0123456789' ] ) {
		const response = await page.request.post( '/wp-admin/options.php', {
			form: {
				option_page: 'dokan_support_check',
				action: 'update',
				_wpnonce: nonce,
				_wp_http_referer: '/wp-admin/options-general.php',
				[ EMAIL ]: ATTEMPT[ EMAIL ],
				[ TICKET ]: String( ATTEMPT[ TICKET ] ),
			},
			maxRedirects: 0,
		} );
		expect( response.status() ).toBe( 403 );
		expect( stored( site ) ).toEqual( BEFORE );
	}
} );
