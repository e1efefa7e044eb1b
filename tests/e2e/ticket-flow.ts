/**
 * The way a customer goes through the ticket composer, shared by the ticket and the
 * purchase e-mail browser tests.
 */

/**
 * External dependencies
 */
import type { Locator, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { expect } from './fixtures';
import { PAGE_PATH } from './support-scenarios';

/**
 * Opens the page on its "Open a ticket" tab and waits for the verdict, so the composer
 * knows whether the site is outside the window before the first click.
 *
 * @param page The page.
 * @param path The support page (Network Admin's on a network).
 * @return The composer.
 */
export async function openComposer(
	page: Page,
	path = PAGE_PATH
): Promise< Locator > {
	await page.goto( path + '#ticket' );
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
export async function reachHandoff( composer: Locator ): Promise< void > {
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
	// What to do is the engine's reason alone, which ends with the fix (W3).
	await expect(
		composer.getByText(
			'WooCommerce 10.2.2 is not the latest version (10.9.4): support requires the latest WooCommerce (W1). Update to 10.9.4 (W3).',
			{ exact: true }
		)
	).toBeVisible();
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

/**
 * The numbered steps of "Send it".
 *
 * @param composer The composer.
 * @return The list items.
 */
export function handoffSteps( composer: Locator ): Locator {
	return composer
		.locator( '.dokan-support-check-handoff-steps' )
		.getByRole( 'listitem' );
}

/**
 * The ticket text once the site report in it has taken in the environment, which the
 * page asks for after the verdict: from then on the text no longer changes.
 *
 * @param composer The composer, on its last step.
 * @return The ticket text.
 */
export async function settledTicketText(
	composer: Locator
): Promise< string > {
	const text = composer.getByRole( 'textbox', { name: 'Ticket text' } );
	await expect( text ).toHaveValue( /\nenvironment: included below\n/ );
	return text.inputValue();
}
