/**
 * A store installs the plugin the way the README says: the zip `npm run plugin-zip`
 * builds, uploaded through Plugins → Add New → Upload Plugin, then "Activate Plugin".
 * On fresh 6.1 and 7.1 sites (no plugin until this test uploads it; the stand-ins and
 * the offline WordPress.org are there as on every site): see fresh-site.setup.ts.
 */

/**
 * External dependencies
 */
import path from 'path';

/**
 * Internal dependencies
 */
import { test, expect, FRESH_SITE } from './fixtures';
import { ROOT_DIR, wpEval } from './site';

const ZIP = path.join( ROOT_DIR, 'dokan-support-check.zip' );

// Uploading, unpacking and the first check of the site: slower than a page load.
test.describe.configure( { timeout: 60_000 } );

test(
	'the zip installs through Upload Plugin, activates, and the page gives a verdict',
	FRESH_SITE,
	async ( { page, site } ) => {
		await page.goto( '/wp-admin/plugin-install.php?tab=upload' );
		await page.getByLabel( 'Plugin zip file' ).setInputFiles( ZIP );
		await page.getByRole( 'button', { name: 'Install Now' } ).click();
		await expect(
			page.getByText( 'Plugin installed successfully.' )
		).toBeVisible();
		await page.getByRole( 'link', { name: 'Activate Plugin' } ).click();
		await expect( page.getByText( 'Plugin activated.' ) ).toBeVisible();

		// A real folder in wp-content/plugins, from the zip: not this tree's symlink.
		expect(
			wpEval(
				site,
				`$dir = WP_PLUGIN_DIR . '/dokan-support-check';
				echo wp_json_encode( array( is_link( $dir ), is_plugin_active( 'dokan-support-check/dokan-support-check.php' ), file_exists( "$dir/build/index.js" ) ) );`
			)
		).toBe( '[false,true,true]' );

		// Where a store owner finds it: Tools → Support Check (the stand-in Dokan adds no
		// menu of its own for the page to sit under).
		const menu = page.locator( '#adminmenu' );
		await menu.getByRole( 'link', { name: 'Tools', exact: true } ).click();
		await menu.getByRole( 'link', { name: 'Support Check' } ).click();
		await expect( page ).toHaveURL(
			/tools\.php\?page=dokan-support-check/
		);

		const verdict = page.locator( '#wpbody-content [data-support-status]' );
		await expect( verdict.first() ).toHaveAttribute(
			'data-support-status',
			/^(supported|outside|unknown|not-eligible)$/
		);
		// The check really ran on this site: WooCommerce's row shows what WordPress reads.
		const woocommerce = wpEval(
			site,
			"echo get_plugins()['woocommerce/woocommerce.php']['Version'];"
		);
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toContainText( woocommerce );
	}
);
