/**
 * The purchase e-mail (E2, E3) is a site setting, edited and saved on the Support
 * Check page: a good address is kept across reloads, a bad one is refused with a
 * message and the saved one stays.
 */

/**
 * Internal dependencies
 */
import { test, expect } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';

// The purchase e-mail is asked for in the ticket composer: its tab.
const PAGE_PATH = '/wp-admin/tools.php?page=dokan-support-check#ticket';
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

test( 'the purchase e-mail is saved and still there after a reload', async ( {
	page,
	site,
} ) => {
	await page.goto( PAGE_PATH );
	const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );
	const field = form.getByRole( 'textbox', { name: 'Purchase e-mail' } );

	await expect( field ).toHaveValue( 'old-buyer@example.com' );
	await expect( form ).toContainText( 'dokan.co' );
	await expect( form ).toContainText( '(E3)' );

	await field.fill( 'new-buyer@example.com' );
	await form.getByRole( 'button', { name: 'Save purchase e-mail' } ).click();
	await expect( form ).toContainText( 'Purchase e-mail saved.' );
	expect( savedEmail( site ) ).toBe( 'new-buyer@example.com' );

	await page.reload();
	await expect(
		page
			.getByRole( 'form', { name: 'Purchase e-mail' } )
			.getByRole( 'textbox', { name: 'Purchase e-mail' } )
	).toHaveValue( 'new-buyer@example.com' );
} );

test( 'a malformed address is refused in the page and nothing is saved', async ( {
	page,
	site,
} ) => {
	await page.goto( PAGE_PATH );
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

test( 'an address WordPress refuses is not saved, and the page shows WordPress’s reason', async ( {
	page,
	site,
} ) => {
	await page.goto( PAGE_PATH );
	const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );
	const field = form.getByRole( 'textbox', { name: 'Purchase e-mail' } );

	// Plausible to the page, refused by is_email(): a domain label starting with a hyphen.
	const answer = page.waitForResponse( ( response ) =>
		/wp\/v2\/settings/.test( decodeURIComponent( response.url() ) )
	);
	await field.fill( 'buyer@-example.com' );
	await form.getByRole( 'button', { name: 'Save purchase e-mail' } ).click();

	expect( ( await answer ).status() ).toBe( 400 );
	await expect( form ).toContainText( /Invalid parameter/ );
	await expect( form ).toContainText( 'Nothing was saved.' );
	expect( savedEmail( site ) ).toBe( 'old-buyer@example.com' );

	await page.reload();
	await expect(
		page
			.getByRole( 'form', { name: 'Purchase e-mail' } )
			.getByRole( 'textbox', { name: 'Purchase e-mail' } )
	).toHaveValue( 'old-buyer@example.com' );
} );
