/**
 * The purchase e-mail (E2, E3) is a site setting, edited and saved on the Support
 * Check page: a good address is kept across reloads, a bad one is refused with a
 * message and the saved one stays; clearing it asks first, and the ticket then warns
 * that it is missing.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';
import { PAGE_PATH, REPORT_REQUEST } from './support-scenarios';
import {
	handoffSteps,
	openComposer,
	reachHandoff,
	settledTicketText,
} from './ticket-flow';

const OPTION = 'dokan_support_check_purchase_email';

function savedEmail( site: Site ): string {
	return wpEval( site, `echo get_option( '${ OPTION }', '' );` );
}

function setSavedEmail( site: Site, email: string ): void {
	wpEval(
		site,
		`update_option( '${ OPTION }', ${ JSON.stringify( email ) } );`
	);
}

let previous = '';

test.beforeEach( ( { site } ) => {
	previous = savedEmail( site );
	setSavedEmail( site, 'old-buyer@example.com' );
} );

test.afterEach( ( { site } ) => {
	if ( previous ) {
		setSavedEmail( site, previous );
	} else {
		wpEval( site, `delete_option( '${ OPTION }' );` );
	}
} );

test(
	'the purchase e-mail is saved and still there after a reload; Save keeps the focus',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		// The purchase e-mail is asked for in the ticket composer: its tab.
		await page.goto( PAGE_PATH + '#ticket' );
		const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );
		const field = form.getByRole( 'textbox', { name: 'Purchase e-mail' } );

		await expect( field ).toHaveValue( 'old-buyer@example.com' );
		await expect( form ).toContainText( 'dokan.co' );
		await expect( form ).toContainText( '(E3)' );

		await field.fill( 'new-buyer@example.com' );
		const save = form.getByRole( 'button', {
			name: 'Save purchase e-mail',
		} );
		await save.click();
		await expect( form ).toContainText( 'Purchase e-mail saved.' );
		expect( savedEmail( site ) ).toBe( 'new-buyer@example.com' );
		// Nothing left to save, yet the pressed button keeps the focus (WordPress's
		// focusable disabled button, on every version): it is not dropped to the body.
		await expect( save ).toHaveAttribute( 'aria-disabled', 'true' );
		await expect( save ).toBeFocused();

		// Locators find their element anew: after the reload, the reloaded page's field.
		await page.reload();
		await expect( field ).toHaveValue( 'new-buyer@example.com' );
	}
);

test( 'a malformed address is refused in the page and nothing is saved', async ( {
	page,
	site,
} ) => {
	// The purchase e-mail is asked for in the ticket composer: its tab.
	await page.goto( PAGE_PATH + '#ticket' );
	const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );

	await form
		.getByRole( 'textbox', { name: 'Purchase e-mail' } )
		.fill( 'not an address' );
	await form.getByRole( 'button', { name: 'Save purchase e-mail' } ).click();

	await expect( form ).toContainText(
		'This is not a valid e-mail address. Nothing was saved.'
	);
	expect( savedEmail( site ) ).toBe( 'old-buyer@example.com' );
} );

test( 'an address WordPress refuses is not saved, and the page says so', async ( {
	page,
	site,
} ) => {
	// The purchase e-mail is asked for in the ticket composer: its tab.
	await page.goto( PAGE_PATH + '#ticket' );
	const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );
	const field = form.getByRole( 'textbox', { name: 'Purchase e-mail' } );

	// Plausible to the page, refused by is_email(): a domain label starting with a hyphen.
	const answer = page.waitForResponse( ( response ) =>
		/wp\/v2\/settings/.test( decodeURIComponent( response.url() ) )
	);
	await field.fill( 'buyer@-example.com' );
	await form.getByRole( 'button', { name: 'Save purchase e-mail' } ).click();

	expect( ( await answer ).status() ).toBe( 400 );
	await expect( form ).toContainText(
		'WordPress does not accept this as an e-mail address. Nothing was saved.'
	);
	expect( savedEmail( site ) ).toBe( 'old-buyer@example.com' );

	// Locators find their element anew: after the reload, the reloaded page's field.
	await page.reload();
	await expect( field ).toHaveValue( 'old-buyer@example.com' );
} );

test(
	'the purchase e-mail is cleared only once confirmed, and the ticket then warns that it is missing (E2, E3)',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		const composer = await openComposer( page );
		const form = composer.getByRole( 'form', { name: 'Purchase e-mail' } );
		const field = form.getByRole( 'textbox', { name: 'Purchase e-mail' } );
		const clear = form.getByRole( 'button', {
			name: 'Clear purchase e-mail',
		} );
		const dialog = page.getByRole( 'alertdialog', {
			name: 'Clear the purchase e-mail?',
		} );

		// Keeping it changes nothing; focus goes back to the button that asked.
		await clear.click();
		await expect( dialog ).toBeVisible();
		await expect( dialog ).toContainText(
			'Tickets prepared here will no longer carry old-buyer@example.com.'
		);
		await expect( dialog ).toContainText( '(E2)' );
		// A modal: focus moves into it, and axe finds nothing serious in it.
		await expect
			.poll( () =>
				dialog.evaluate( ( node ) =>
					node.contains( node.ownerDocument.activeElement )
				)
			)
			.toBe( true );
		const axe = await new AxeBuilder( { page } )
			.include( '.components-modal__frame' )
			.analyze();
		expect(
			axe.violations
				.filter(
					( v ) => v.impact === 'serious' || v.impact === 'critical'
				)
				.map( ( v ) => v.id )
		).toEqual( [] );
		await dialog.getByRole( 'button', { name: 'Keep it' } ).click();
		await expect( dialog ).toBeHidden();
		await expect( clear ).toBeFocused();
		expect( savedEmail( site ) ).toBe( 'old-buyer@example.com' );

		// Escape closes it the same way.
		await clear.click();
		await expect( dialog ).toBeVisible();
		await page.keyboard.press( 'Escape' );
		await expect( dialog ).toBeHidden();
		expect( savedEmail( site ) ).toBe( 'old-buyer@example.com' );

		// An emptied field asks the same.
		await field.fill( '' );
		await form
			.getByRole( 'button', { name: 'Save purchase e-mail' } )
			.click();
		await expect( dialog ).toBeVisible();
		await page.keyboard.press( 'Escape' );
		await expect( dialog ).toBeHidden();
		expect( savedEmail( site ) ).toBe( 'old-buyer@example.com' );

		// Confirming saves '' through the settings route.
		await clear.click();
		await expect( dialog ).toBeVisible();
		const answer = page.waitForResponse( ( response ) =>
			/wp\/v2\/settings/.test( decodeURIComponent( response.url() ) )
		);
		await dialog
			.getByRole( 'button', { name: 'Clear the purchase e-mail' } )
			.click();
		expect( ( await answer ).status() ).toBe( 200 );
		await expect( form ).toContainText( 'Purchase e-mail cleared.' );
		await expect( field ).toHaveValue( '' );
		await expect( clear ).toHaveCount( 0 );
		// The Clear button went with the address, and the focus it had returned
		// from the dialog: the focus is in the field, not on the page's body.
		await expect( field ).toBeFocused();
		expect( savedEmail( site ) ).toBe( '' );

		// The ticket, on this page and after a reload, says it is missing.
		await reachHandoff( composer );
		await expect( composer ).toContainText(
			'No purchase e-mail is saved. Support is only for Dokan bought on dokan.co (E2) and only answers the address used for that purchase (E3)'
		);
		await expect(
			composer.getByRole( 'textbox', { name: 'Ticket text' } )
		).toHaveValue(
			/^### Dokan support ticket ###\nPurchase e-mail: \(not set\)\n/
		);
		await expect( handoffSteps( composer ).first() ).toContainText(
			'give the address you used to buy on dokan.co'
		);

		// Going to the same URL with its #ticket would not load the page again. Each
		// Ticket tab asks for the environment (`?report=1`): the test leaves no such
		// request running, neither this page's nor the reloaded one's.
		await settledTicketText( composer );
		const environment = page.waitForResponse( ( response ) =>
			REPORT_REQUEST.test( response.url() )
		);
		await page.reload();
		const reloaded = await openComposer( page );
		await expect(
			reloaded
				.getByRole( 'form', { name: 'Purchase e-mail' } )
				.getByRole( 'textbox', { name: 'Purchase e-mail' } )
		).toHaveValue( '' );
		await environment;
	}
);
