/**
 * The `test` every browser test uses: the page is offline except for the local site
 * (WordPress admin pages ask third-party hosts for avatars and emoji), `site` is the
 * local site of the current project, and the browser is already logged in as the
 * administrator (auth.setup.ts logged in once per site and saved the cookies).
 *
 * Which sites a test runs on is said with a tag (see playwright.config.ts):
 * untagged tests run once, on WordPress 7.1; `EVERY_WP_VERSION` tests on 6.1, 6.8 and
 * 7.1; `MULTISITE` tests on the 7.1 network only; `FRESH_SITE` tests on the fresh 6.1
 * and 7.1 sites only.
 */

/**
 * External dependencies
 */
import { test as base, expect } from '@playwright/test';
import type { Browser, BrowserContext } from '@playwright/test';

/**
 * WordPress dependencies
 */
import { RequestUtils } from '@wordpress/e2e-test-utils-playwright';

/**
 * Internal dependencies
 */
import { siteFor } from './site';
import type { Site } from './site';

/** Tag of the tests that depend on the WordPress version: they run on every one. */
export const EVERY_WP_VERSION = { tag: '@every-wp-version' };
/** Tag of the tests of a multisite network: they run on the network only. */
export const MULTISITE = { tag: '@multisite' };
/**
 * Tag of the tests that install the plugin from its zip, as a store does: they run on
 * the fresh 6.1 and 7.1 sites only (no plugin there until the test uploads it).
 */
export const FRESH_SITE = { tag: '@fresh-site' };

const LOOPBACK = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

/**
 * Keeps a browser context offline except for this machine.
 *
 * @param context The context.
 */
export async function offline( context: BrowserContext ): Promise< void > {
	await context.route(
		( url ) => ! LOOPBACK.test( url.href ),
		( route ) => route.abort( 'internetdisconnected' )
	);
}

export const test = base.extend< { site: Site } >( {
	context: async ( { context }, use ) => {
		await offline( context );
		await use( context );
	},
	site: async ( {}, use, testInfo ) => {
		await use( siteFor( String( testInfo.project.metadata.branch ) ) );
	},
} );

export { expect };

/**
 * The cookies of a user logged in the way WordPress's own test tools do it (a POST to
 * wp-login.php from a request context, no form typing), as a storage state.
 *
 * @param site     The site.
 * @param username User name.
 * @param password Password.
 * @return The storage state.
 */
export async function loggedInState(
	site: Site,
	username: string,
	password: string
): Promise<
	Awaited< ReturnType< RequestUtils[ 'request' ][ 'storageState' ] > >
> {
	const requestUtils = await RequestUtils.setup( {
		baseURL: `${ site.url }/`,
		user: { username, password },
	} );
	await requestUtils.login();
	const state = await requestUtils.request.storageState();
	await requestUtils.request.dispose();
	return state;
}

/**
 * A browser context logged in as another user, offline like every test page.
 *
 * @param browser  The browser.
 * @param site     The site.
 * @param username User name.
 * @param password Password.
 * @return The context (close it when done).
 */
export async function contextAs(
	browser: Browser,
	site: Site,
	username: string,
	password: string
): Promise< BrowserContext > {
	const context = await browser.newContext( {
		baseURL: site.url,
		storageState: await loggedInState( site, username, password ),
	} );
	await offline( context );
	return context;
}
