/**
 * The ticket composer on each WordPress version: a covered request goes through the
 * update step (the fixtures' WooCommerce is outside the window) to a ticket that is
 * copied, downloaded and handed to the helpdesk; a request support does not cover
 * stops and says where help is; a recent ticket brings the R5 warning.
 */

/**
 * External dependencies
 */
import { readFileSync } from 'fs';
import type { Locator, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';

const PAGE_PATH = '/wp-admin/tools.php?page=dokan-support-check';
const EMAIL_OPTION = 'dokan_support_check_purchase_email';
const LAST_TICKET_OPTION = 'dokan_support_check_last_ticket_at';

test.describe.configure( { timeout: 60_000 } );

let saved: { email: string; lastTicketAt: string };

function setOptions( site: Site, email: string, ticketAt: string ): void {
	wpEval(
		site,
		`update_option( '${ EMAIL_OPTION }', ${ JSON.stringify( email ) } );
		update_option( '${ LAST_TICKET_OPTION }', (int) ${ JSON.stringify(
			ticketAt
		) } );`
	);
}

function lastTicketAt( site: Site ): number {
	return Number(
		wpEval( site, `echo (int) get_option( '${ LAST_TICKET_OPTION }', 0 );` )
	);
}

test.beforeEach( ( { site } ) => {
	saved = {
		email: wpEval( site, `echo get_option( '${ EMAIL_OPTION }', '' );` ),
		lastTicketAt: String( lastTicketAt( site ) ),
	};
	setOptions( site, 'buyer@example.com', '0' );
} );

test.afterEach( ( { site } ) => {
	setOptions( site, saved.email, saved.lastTicketAt );
} );

/**
 * Opens the page and waits for the verdict, so the composer knows whether the site is
 * outside the window before the first click.
 *
 * @param page The page.
 * @return The composer.
 */
async function openComposer( page: Page ): Promise< Locator > {
	await page.goto( PAGE_PATH + '#ticket' );
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', /.+/ );
	const composer = page.getByRole( 'region', {
		name: 'Open a support ticket',
	} );
	await expect( composer ).toBeVisible();
	return composer;
}

/**
 * Goes from the request type to the handoff with a bug report.
 *
 * @param composer The composer.
 */
async function reachHandoff( composer: Locator ): Promise< void > {
	await composer
		.getByRole( 'radio', { name: 'A bug or a problem in Dokan' } )
		.check();
	await composer.getByRole( 'button', { name: 'Continue' } ).click();

	// The fixtures install WooCommerce 10.2.2 with 10.9.4 out: outside the window (W1).
	await expect(
		composer.getByRole( 'heading', { name: /Update first/ } )
	).toBeVisible();
	await expect( composer ).toContainText(
		'Your site is outside Dokan’s supported window.'
	);
	await expect(
		composer.getByRole( 'link', { name: 'Update WooCommerce' } )
	).toHaveAttribute( 'href', /plugins\.php/ );
	await expect(
		composer.getByRole( 'button', { name: 'Continue' } )
	).toBeDisabled();
	await composer.getByRole( 'checkbox', { name: /I understand/ } ).check();
	await composer.getByRole( 'button', { name: 'Continue' } ).click();

	await composer
		.getByRole( 'textbox', { name: 'Subject' } )
		.fill( 'Vendor dashboard is blank' );
	await composer
		.getByRole( 'textbox', { name: /^Description/ } )
		.fill( 'The vendor dashboard shows an empty page since Monday.' );
	await composer
		.getByRole( 'textbox', { name: /^Steps to reproduce/ } )
		.fill( 'Log in as a vendor and open the dashboard.' );
	await composer.getByRole( 'button', { name: 'Continue' } ).click();
	await expect(
		composer.getByRole( 'heading', { name: /Send the ticket/ } )
	).toBeVisible();
}

function expectWholeTicket( text: string ): void {
	expect( text ).toContain( 'Purchase e-mail: buyer@example.com' );
	expect( text ).toContain(
		'Request type: A bug or a problem in Dokan (C4)'
	);
	expect( text ).toContain( 'Subject: Vendor dashboard is blank' );
	expect( text ).toContain(
		'The vendor dashboard shows an empty page since Monday.'
	);
	expect( text ).toContain( 'Log in as a vendor and open the dashboard.' );
	// The site report, attached whole.
	expect( text ).toContain( '### Site report ###' );
	expect( text ).toMatch( /woocommerce/i );
	expect( text ).toContain( '10.2.2' );
}

test( 'a covered request reaches the handoff: copied, downloaded, helpdesk opened and recorded', async ( {
	page,
	context,
	site,
	baseURL,
} ) => {
	const errors: string[] = [];
	page.on( 'pageerror', ( error ) => errors.push( error.message ) );
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ], {
		origin: String( baseURL ),
	} );
	const composer = await openComposer( page );
	await reachHandoff( composer );

	await expect( composer ).toContainText( '24 to 48 hours' );
	await expect( composer ).toContainText( 'first come, first served (R3)' );
	await expect( composer ).toContainText( 'weCare service (R4)' );
	await expect( composer ).toContainText(
		'Back up the whole site first (S2)'
	);
	await expect( composer ).not.toContainText(
		'A ticket was opened from this site'
	);

	const preview = await composer
		.getByRole( 'textbox', { name: 'Ticket text' } )
		.inputValue();
	expectWholeTicket( preview );

	await composer.getByRole( 'button', { name: 'Copy the ticket' } ).click();
	await expect( composer ).toContainText(
		'The ticket is copied to your clipboard.'
	);
	const copied = await page.evaluate( () => navigator.clipboard.readText() );
	expect( copied ).toBe( preview );

	const [ download ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		composer
			.getByRole( 'button', { name: 'Download the ticket (.txt)' } )
			.click(),
	] );
	expect( download.suggestedFilename() ).toMatch(
		/^dokan-support-ticket-\d{4}-\d\d-\d\d\.txt$/
	);
	const file = readFileSync( String( await download.path() ), 'utf8' );
	expect( file ).toBe( preview );

	// The helpdesk is another site (blocked in tests): a new tab opens on it.
	const helpdesk = composer.getByRole( 'link', {
		name: 'Copy the ticket and open the helpdesk',
	} );
	await expect( helpdesk ).toHaveAttribute( 'target', '_blank' );
	const before = Math.floor( Date.now() / 1000 ) - 5;
	const [ popup ] = await Promise.all( [
		context.waitForEvent( 'page' ),
		helpdesk.click(),
	] );
	await popup.close();
	await expect( composer ).toContainText(
		'The helpdesk opened in a new tab.'
	);
	await expect
		.poll( () => lastTicketAt( site ) )
		.toBeGreaterThanOrEqual( before );
	expect( errors ).toEqual( [] );
} );

test( 'a request support does not cover stops and says where help is', async ( {
	page,
} ) => {
	const composer = await openComposer( page );

	await composer
		.getByRole( 'radio', { name: 'WordPress in general' } )
		.check();
	await expect( composer ).toContainText(
		'Dokan support does not cover this request.'
	);
	await expect( composer ).toContainText( '(N4)' );
	await expect(
		composer.getByRole( 'link', { name: /the WordPress\.org forums/ } )
	).toHaveAttribute( 'href', /wordpress\.org/ );
	await expect(
		composer.getByRole( 'button', { name: 'Continue' } )
	).toBeDisabled();

	await composer.getByRole( 'radio', { name: /^Customising Dokan/ } ).check();
	await expect( composer ).toContainText( 'weLab' );
	await expect( composer ).toContainText( '(K2)' );
	await expect(
		composer.getByRole( 'link', { name: /Dokan’s contact page/ } )
	).toBeVisible();

	await composer
		.getByRole( 'radio', { name: 'A question before buying (pre-sale)' } )
		.check();
	await expect( composer ).toContainText( '(H1)' );
	await expect(
		composer.getByRole( 'link', { name: /live chat/ } )
	).toBeVisible();

	await expect( composer ).toContainText( 'WhatsApp' );
	await expect(
		composer.getByRole( 'textbox', { name: 'Subject' } )
	).toHaveCount( 0 );
} );

test( 'a ticket opened from this site in the last 48 hours brings the R5 warning', async ( {
	page,
	site,
} ) => {
	wpEval(
		site,
		`update_option( '${ LAST_TICKET_OPTION }', time() - 3 * HOUR_IN_SECONDS );`
	);
	const composer = await openComposer( page );
	await reachHandoff( composer );

	await expect( composer ).toContainText(
		'A ticket was opened from this site on'
	);
	await expect( composer ).toContainText(
		'sends a pending ticket to the back of the queue'
	);
	await expect( composer ).toContainText( '(R5)' );
} );
