/**
 * The foundation's promise: on every supported WordPress, an administrator opens the
 * Support Check page and the app (not just its empty root element) is there.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';

test(
	'the Support Check page renders the app',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		const errors: string[] = [];
		page.on( 'pageerror', ( error ) => errors.push( error.message ) );

		await page.goto( '/wp-admin/tools.php?page=dokan-support-check' );

		await expect(
			page.getByRole( 'heading', {
				level: 1,
				name: 'Dokan Support Check',
			} )
		).toBeVisible();
		const root = page.locator( '#dokan-support-check-root' );
		await expect( root ).not.toBeEmpty();
		await expect( root ).toContainText( /Dokan/ );
		expect( errors ).toEqual( [] );
	}
);

test( 'the page is in the Tools menu', EVERY_WP_VERSION, async ( { page } ) => {
	await page.goto( '/wp-admin/tools.php' );
	await page
		.locator( '#menu-tools' )
		.getByRole( 'link', { name: 'Support Check' } )
		.click();
	await expect( page ).toHaveURL( /tools\.php\?page=dokan-support-check/ );
} );
