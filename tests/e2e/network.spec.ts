/**
 * A multisite network: plugins and their updates are the network's, so the support page,
 * the badge and the fix links are in Network Admin, for super admins; a sub-site's
 * administrator gets none of it.
 */

/**
 * Internal dependencies
 */
import { test, expect, contextAs, MULTISITE } from './fixtures';
import { NETWORK_PAGE_PATH, resetChecks, restore } from './support-scenarios';

// Each test runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

const ROUTE = '/wp-json/dokan-support-check/v1/site-check';

test(
	'the page, its fix links and the badge are in Network Admin',
	MULTISITE,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( NETWORK_PAGE_PATH );

		const woocommerce = page.locator( '[data-component="woocommerce"]' );
		await expect( woocommerce ).toHaveAttribute( 'data-status', 'outside' );
		const fix = woocommerce.getByRole( 'link', {
			name: 'Update WooCommerce to 10.9.4',
		} );
		await expect( fix ).toHaveAttribute(
			'href',
			/\/wp-admin\/network\/plugins\.php$/
		);
		await expect(
			page.getByRole( 'region', { name: 'Support status' } )
		).toContainText( 'Outside the supported window' );

		// The report's environment in Network Admin; WooCommerce's status report is in
		// the current (main) site's admin, where WooCommerce has its screens.
		await page.getByRole( 'tab', { name: 'Report' } ).click();
		const environment = page.getByRole( 'region', {
			name: 'Site environment',
		} );
		await expect(
			environment.getByRole( 'link', {
				name: 'WooCommerce’s system status report',
			} )
		).toHaveAttribute(
			'href',
			`${ site.url }/wp-admin/admin.php?page=wc-status`
		);
		await expect(
			page.getByRole( 'textbox', { name: 'Report preview' } )
		).toHaveValue( /\n### wp-core ###\n\n[^#]*\nmultisite: true\n/ );

		// The badge, on Network Admin's dashboard (admin bar and widget).
		await page.goto( '/wp-admin/network/' );
		await expect(
			page.locator( '#wpadminbar [data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'outside' );
		await expect(
			page.locator( '#dokan_support_check [data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'outside' );
		await expect(
			page.locator( '#wp-admin-bar-dokan-support-check a' ).first()
		).toHaveAttribute(
			'href',
			/\/wp-admin\/network\/settings\.php\?page=dokan-support-check$/
		);

		// A site's admin screens show no plugin updates on a network: nothing of ours there.
		await page.goto( '/wp-admin/edit.php' );
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
		await expect( page.locator( '[data-dsc-badge]' ) ).toHaveCount( 0 );

		await page.goto( NETWORK_PAGE_PATH );
		await page
			.locator( '[data-component="woocommerce"]' )
			.getByRole( 'link', { name: 'Update WooCommerce to 10.9.4' } )
			.click();
		await expect( page ).toHaveURL( /\/wp-admin\/network\/plugins\.php$/ );
	}
);

test(
	'a sub-site’s administrator is refused the page, the badge and the route',
	MULTISITE,
	async ( { browser, site } ) => {
		// "subadmin" administers the sub-site /sub/ and is not a super admin (install-site.php).
		const context = await contextAs(
			browser,
			site,
			'subadmin',
			'password'
		);
		const page = await context.newPage();

		const response = await page.goto( NETWORK_PAGE_PATH );
		expect( response?.status() ).toBe( 403 );

		await page.goto( '/sub/wp-admin/' );
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
		await expect( page.locator( '[data-dsc-badge]' ) ).toHaveCount( 0 );
		await expect( page.locator( '#dokan_support_check' ) ).toHaveCount( 0 );

		// Core hands the same REST nonce to any logged-in user: the refusal is ours.
		const nonceResponse = await page.request.get(
			'/sub/wp-admin/admin-ajax.php?action=rest-nonce'
		);
		expect( nonceResponse.status() ).toBe( 200 );
		const rest = await page.request.get( `/sub${ ROUTE }`, {
			headers: { 'X-WP-Nonce': ( await nonceResponse.text() ).trim() },
		} );
		expect( rest.status() ).toBe( 403 );
		expect( await rest.text() ).not.toContain( '10.2.2' );
		await context.close();
	}
);
