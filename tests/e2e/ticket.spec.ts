/**
 * The ticket composer: a covered request goes through the update step (the fixtures'
 * WooCommerce is outside the window) to a ticket that is copied, downloaded and handed
 * to the helpdesk, on every WordPress version: first the step to write from the
 * purchase e-mail (E3), then the primary button, which copies the whole ticket and
 * opens the helpdesk; without a helpdesk link that button is disabled and says why; a
 * request support does not cover stops and says where help is; a recent ticket brings
 * the R5 warning, on a network from any of its sites.
 */

/**
 * External dependencies
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'fs';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION, MULTISITE } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';
import { NETWORK_PAGE_PATH } from './support-scenarios';
import {
	handoffSteps,
	openComposer,
	reachHandoff,
	settledTicketText,
} from './ticket-flow';

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

test(
	'the handoff: write from the purchase e-mail (E3), then the primary button copies the whole ticket, e-mail first, and opens the helpdesk',
	EVERY_WP_VERSION,
	async ( { page, context, site, baseURL } ) => {
		const errors: string[] = [];
		page.on( 'pageerror', ( error ) => errors.push( error.message ) );
		await context.grantPermissions(
			[ 'clipboard-read', 'clipboard-write' ],
			{ origin: String( baseURL ) }
		);
		const composer = await openComposer( page );
		await reachHandoff( composer );

		await expect( composer ).toContainText( '24 to 48 hours' );
		await expect( composer ).toContainText(
			'first come, first served (R3)'
		);
		await expect( composer ).toContainText( 'weCare service (R4)' );
		await expect( composer ).toContainText(
			'Back up the whole site first (S2)'
		);
		await expect( composer ).not.toContainText(
			'A ticket was opened from this site'
		);

		// Step 1, before the button: the saved address, where Dokan's contact page (the
		// default helpdesk) asks for an e-mail address (E3).
		const steps = handoffSteps( composer );
		await expect( steps.first() ).toContainText(
			'Where Dokan’s contact page asks for your e-mail address, give your purchase e-mail: buyer@example.com. Support only answers the address used to buy on dokan.co (E3).'
		);
		await expect( steps.first() ).toContainText(
			'Bought with another address?'
		);
		const open = composer.getByRole( 'link', {
			name: 'Copy the ticket and open the helpdesk',
		} );
		const [ stepBox, buttonBox ] = await Promise.all( [
			steps.first().boundingBox(),
			open.boundingBox(),
		] );
		expect( stepBox?.y ?? Infinity ).toBeLessThan(
			buttonBox?.y ?? -Infinity
		);
		// A1, once, with the policy.
		await expect( composer.getByText( /\(A1\)/ ) ).toHaveCount( 1 );
		await expect(
			composer.getByRole( 'link', { name: /Dokan’s support policy/ } )
		).toHaveAttribute( 'href', 'https://dokan.co/support-policy/' );

		const preview = await settledTicketText( composer );
		expectWholeTicket( preview );

		await composer
			.getByRole( 'button', { name: 'Copy the ticket', exact: true } )
			.click();
		await expect( composer ).toContainText(
			'The ticket is copied to your clipboard.'
		);
		const copied = await page.evaluate( () =>
			navigator.clipboard.readText()
		);
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

		// The primary button: empty the clipboard first, so what is read after it is its own.
		await page.evaluate( () => navigator.clipboard.writeText( '' ) );
		expect(
			await page.evaluate( () => navigator.clipboard.readText() )
		).toBe( '' );
		// The helpdesk (Dokan's contact page) is another site, blocked in tests: a new tab opens on it.
		await expect( open ).toHaveAttribute(
			'href',
			'https://dokan.co/contact/'
		);
		await expect( open ).toHaveAttribute( 'target', '_blank' );
		const before = Math.floor( Date.now() / 1000 ) - 5;
		const [ popup ] = await Promise.all( [
			context.waitForEvent( 'page' ),
			open.click(),
		] );
		await popup.close();
		await expect( composer ).toContainText(
			'The helpdesk opened in a new tab.'
		);
		// The earlier copy's notice went at the click; this one is the primary button's.
		await expect( composer ).toContainText(
			'The ticket is copied to your clipboard.'
		);
		const handedOff = await page.evaluate( () =>
			navigator.clipboard.readText()
		);
		expect( handedOff ).toBe( preview );
		expect( handedOff.split( '\n' ).slice( 0, 2 ) ).toEqual( [
			'### Dokan support ticket ###',
			'Purchase e-mail: buyer@example.com',
		] );
		await expect
			.poll( () => lastTicketAt( site ) )
			.toBeGreaterThanOrEqual( before );
		expect( errors ).toEqual( [] );
	}
);

test.describe( 'without a helpdesk link', () => {
	// A must-use plugin, as a site owner would filter the link away.
	const MU_PLUGIN = 'wp-content/mu-plugins/dsc-e2e-no-helpdesk.php';

	test.beforeEach( ( { site } ) => {
		writeFileSync(
			`${ site.dir }/${ MU_PLUGIN }`,
			"<?php\nadd_filter( 'dokan_support_check_link_helpdesk', '__return_empty_string' );\n"
		);
	} );

	test.afterEach( ( { site } ) => {
		const file = `${ site.dir }/${ MU_PLUGIN }`;
		if ( existsSync( file ) ) {
			unlinkSync( file );
		}
	} );

	test( 'the primary button is disabled and says why; copy and download still work', async ( {
		page,
		context,
		site,
		baseURL,
	} ) => {
		await context.grantPermissions(
			[ 'clipboard-read', 'clipboard-write' ],
			{ origin: String( baseURL ) }
		);
		const composer = await openComposer( page );
		await reachHandoff( composer );

		await expect(
			composer.getByRole( 'link', {
				name: 'Copy the ticket and open the helpdesk',
			} )
		).toHaveCount( 0 );
		const open = composer.getByRole( 'button', {
			name: 'Copy the ticket and open the helpdesk',
		} );
		await expect( open ).toBeDisabled();
		await expect( open ).toHaveAccessibleDescription(
			/No helpdesk address is set on this site.*copy or download the ticket and send it yourself/
		);
		await expect( handoffSteps( composer ) ).toHaveCount( 1 );
		await expect( handoffSteps( composer ) ).toContainText(
			'Send the ticket from your purchase e-mail, buyer@example.com'
		);
		await expect( composer ).not.toContainText(
			'The helpdesk opened in a new tab.'
		);

		// Copied once the site's environment is in the ticket: copied before, the
		// message would go as the text grows under it.
		const ticket = await settledTicketText( composer );
		await composer
			.getByRole( 'button', { name: 'Copy the ticket', exact: true } )
			.click();
		// Shown once the clipboard holds it: read it only then.
		await expect( composer ).toContainText(
			'The ticket is copied to your clipboard.'
		);
		const copied = await page.evaluate( () =>
			navigator.clipboard.readText()
		);
		expect( copied ).toBe( ticket );
		expectWholeTicket( copied );
		expect( lastTicketAt( site ) ).toBe( 0 );
	} );
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
		composer.getByRole( 'link', { name: /Dokan’s weLab team/ } )
	).toHaveAttribute( 'href', 'https://welabs.dev/' );

	// No public address opens Dokan's live chat: the contact page, and the page says so.
	await composer
		.getByRole( 'radio', { name: 'A question before buying (pre-sale)' } )
		.check();
	await expect( composer ).toContainText( '(H1)' );
	await expect( composer ).toContainText(
		'No address opens the live chat directly: ask your question through Dokan’s contact page (H1).'
	);
	await expect(
		composer.getByRole( 'link', { name: /Dokan’s contact page/ } )
	).toHaveAttribute( 'href', 'https://dokan.co/contact/' );

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

test(
	'on a network, a ticket and an address saved on a sub-site are the network’s: Network Admin warns (R5) and uses the address (E3)',
	MULTISITE,
	async ( { page, site } ) => {
		// As the sub-site's own options API would store them (Settings sends both to the network).
		wpEval(
			site,
			`$sub = get_sites( array( 'path' => '/sub/' ) );
			switch_to_blog( (int) $sub[0]->blog_id );
			update_option( '${ EMAIL_OPTION }', 'network-buyer@example.com' );
			update_option( '${ LAST_TICKET_OPTION }', time() - 3 * HOUR_IN_SECONDS );
			restore_current_blog();`
		);
		expect(
			wpEval( site, `echo get_site_option( '${ EMAIL_OPTION }' );` )
		).toBe( 'network-buyer@example.com' );

		const composer = await openComposer( page, NETWORK_PAGE_PATH );
		await expect(
			composer
				.getByRole( 'form', { name: 'Purchase e-mail' } )
				.getByRole( 'textbox', { name: 'Purchase e-mail' } )
		).toHaveValue( 'network-buyer@example.com' );
		await reachHandoff( composer );
		await expect( composer ).toContainText(
			'A ticket was opened from this network on'
		);
		await expect( composer ).toContainText( '(R5)' );
		await expect( handoffSteps( composer ).first() ).toContainText(
			'give your purchase e-mail: network-buyer@example.com'
		);
		await expect(
			composer.getByRole( 'textbox', { name: 'Ticket text' } )
		).toHaveValue(
			/^### Dokan support ticket ###\nPurchase e-mail: network-buyer@example\.com\n/
		);
	}
);
