/**
 * The `test` every browser test uses: the page is offline except for the local site
 * (WordPress admin pages ask third-party hosts for avatars and emoji), and `site`
 * is the local site of the current project's WordPress version.
 */

/**
 * External dependencies
 */
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { ADMIN, siteFor } from './site';
import type { Site } from './site';

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

export const test = base.extend< { site: Site } >( {
	context: async ( { context }, use ) => {
		await context.route(
			( url ) => ! LOOPBACK.test( url.href ),
			( route ) => route.abort( 'internetdisconnected' )
		);
		await use( context );
	},
	site: async ( {}, use, testInfo ) => {
		await use( siteFor( String( testInfo.project.metadata.branch ) ) );
	},
} );

export { expect };

/**
 * Logs into wp-admin through the login form.
 *
 * @param page     The page.
 * @param username User name.
 * @param password Password.
 */
export async function logIn(
	page: Page,
	username = ADMIN.username,
	password = ADMIN.password
): Promise< void > {
	await page.goto( '/wp-login.php' );
	await page.getByLabel( /username or email address/i ).fill( username );
	await page.getByLabel( /^password$/i ).fill( password );
	await page.getByRole( 'button', { name: /log in/i } ).click();
	await page.waitForURL( /\/wp-admin\// );
}
