/**
 * The one test that logs in through the real login form, on every WordPress version
 * (every other test starts from the cookies auth.setup.ts saved).
 *
 * wp-login.php focuses and selects the user-name field from a timer shortly after the
 * page loads (wp_attempt_focus()); typing before it fires can have the password typed
 * over the user name. So the test first waits for the page's own script to have
 * focused the field, as a person would wait for the cursor.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { ADMIN } from './site';

test.use( { storageState: { cookies: [], origins: [] } } );

test(
	'an administrator logs in through the login form and reaches the dashboard',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		await page.goto( '/wp-login.php' );
		const username = page.getByLabel( /username or email address/i );
		await expect( username ).toBeFocused();

		await username.fill( ADMIN.username );
		await page.getByLabel( /^password$/i ).fill( ADMIN.password );
		await page.getByRole( 'button', { name: /log in/i } ).click();

		await expect( page ).toHaveURL( /\/wp-admin\/$/ );
		await expect(
			page.getByRole( 'heading', { level: 1, name: 'Dashboard' } )
		).toBeVisible();
		await expect(
			page.locator( '#wpadminbar [data-dsc-badge]' )
		).toHaveCount( 1 );
	}
);
