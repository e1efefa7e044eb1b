/**
 * Dokan Pro as it really is, in the browser: its updater (Appsero's, stood in for by
 * local-site/mu-plugins/dsc-stand-in-dokan-pro-updater.php) learns the latest version only
 * on admin pages, and its update notice on the Plugins screen survives our "Check again",
 * which runs in a REST request where that updater never runs.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import {
	LATEST,
	PAGE_PATH,
	resetChecks,
	restore,
	setLicence,
	setPluginVersions,
} from './support-scenarios';
import { wpEval } from './site';

// Each test rewrites plugins and runs real checks (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

/** The update row WordPress prints under a plugin on the Plugins screen. */
const updateRow = 'tr.plugin-update-tr[data-plugin="%s"]';

test(
	'the Plugins screen still shows Dokan Pro’s update after Check again',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		setPluginVersions( site, { 'dokan-pro': '4.0.0' } );
		resetChecks( site );

		// An administrator's first admin page: WordPress checks for updates by itself
		// (admin_init), then Dokan Pro's updater asks its server and caches 4.1.1. Its
		// filter comes too late to touch that save.
		await page.goto( '/wp-admin/index.php' );
		// Two hours later, the Plugins screen: WordPress checks again (load-plugins.php,
		// hourly), and the updater's filter replaces everything it saves with Dokan Pro's
		// entry alone (Appsero/updater, as Dokan Pro 3.14+ and 4.x bundle it).
		wpEval(
			site,
			`$data = get_site_transient( 'update_plugins' ); $data->last_checked -= 2 * HOUR_IN_SECONDS; set_site_transient( 'update_plugins', $data );`
		);
		await page.goto( '/wp-admin/plugins.php' );
		const proRow = page.locator(
			updateRow.replace( '%s', 'dokan-pro/dokan-pro.php' )
		);
		const wooRow = page.locator(
			updateRow.replace( '%s', 'woocommerce/woocommerce.php' )
		);
		await expect( proRow ).toContainText(
			/There is a new version of Dokan Pro \(stand-in\) available/
		);
		await expect( wooRow ).toHaveCount( 0 ); // What the real updater does to the others.

		// The support page, then Check again: a REST request, where that updater never runs.
		await page.goto( PAGE_PATH );
		const pro = page.locator( '[data-component="dokan-pro"]' );
		await expect( pro ).toContainText( LATEST[ 'dokan-pro' ] );
		await page.getByRole( 'button', { name: 'Check again' } ).click();
		await expect( page.getByRole( 'status' ).first() ).toContainText(
			'Site checked'
		);
		await expect( pro ).toContainText( LATEST[ 'dokan-pro' ] );

		// Our check left every entry: Dokan Pro's, and WordPress.org's afresh.
		const entries = wpEval(
			site,
			`echo implode( ' ', array_keys( (array) get_site_transient( 'update_plugins' )->response ) );`
		);
		expect( entries.split( ' ' ).sort() ).toEqual( [
			'dokan-lite/dokan.php',
			'dokan-pro/dokan-pro.php',
			'woocommerce/woocommerce.php',
		] );

		// Dokan Pro's update is still on the Plugins screen.
		await page.goto( '/wp-admin/plugins.php' );
		await expect( proRow ).toContainText(
			/There is a new version of Dokan Pro \(stand-in\) available/
		);
		if ( site.branch === '6.1' ) {
			// WordPress 6.1 saves no `checked` list after a full check (6.8 does), so this
			// screen checks again, and Dokan Pro's updater replaces that save once more:
			// what a real 6.1 store with Dokan Pro shows too.
			await expect( wooRow ).toHaveCount( 0 );
		} else {
			await expect( wooRow ).toContainText(
				/There is a new version of WooCommerce/
			);
		}
	}
);

test( 'with the licence inactive, the page says why Dokan Pro’s latest version is unknown and where to activate it', async ( {
	page,
	site,
} ) => {
	setLicence( site, false );
	resetChecks( site );
	await page.goto( PAGE_PATH );

	const pro = page.locator( '[data-component="dokan-pro"]' );
	await expect( pro ).toHaveAttribute( 'data-status', 'unknown' );
	await expect( pro ).toContainText( 'licence is not active' );
	await expect( pro ).toContainText( 'Dokan → License' );
	await expect( pro ).toContainText( 'admin.php?page=dokan_updates' );
} );
