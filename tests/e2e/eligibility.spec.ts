/**
 * Eligibility and running components (E1, C1, W1), as a store owner meets them: a site
 * without Dokan Pro running is never "Supported" (premium support is for Dokan Pro
 * customers), and a site missing WooCommerce or Dokan, or running without them, is
 * outside the window until they are installed or activated. Each scenario is made the
 * way a person makes it, through WordPress itself: deactivate a plugin, or deactivate
 * and delete it; then put back as installed.
 */

/**
 * External dependencies
 */
import { cpSync, existsSync, rmSync, writeFileSync } from 'fs';
import path from 'path';
import type { Locator, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION, MULTISITE } from './fixtures';
import { ROOT_DIR, wpEval } from './site';
import type { Site } from './site';
import {
	LATEST,
	NETWORK_PAGE_PATH,
	PAGE_PATH,
	resetChecks,
	restore,
	setPluginVersions,
} from './support-scenarios';

// Each test changes plugins and runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

const MAIN_FILES = {
	woocommerce: 'woocommerce/woocommerce.php',
	'dokan-lite': 'dokan-lite/dokan.php',
	'dokan-pro': 'dokan-pro/dokan-pro.php',
} as const;
type Slug = keyof typeof MAIN_FILES;

const FORUM = 'https://wordpress.org/support/plugin/dokan-lite/';
const BUY_PRO = 'https://dokan.co/wordpress/pricing/';
// No public address opens Dokan's live chat: pre-sale questions go to its contact page (H1).
const CONTACT = 'https://dokan.co/contact/';

const NOT_INSTALLED_EXPLANATION =
	'Dokan’s premium support is only for verified customers of Dokan Pro, bought on dokan.co (E1, C1), and it is not installed here. Free help for Dokan Lite is on the WordPress.org forum. The components below still show what is up to date.';
const W1_EXPLANATION =
	'Outside Dokan’s supported window because of: WooCommerce. Support is for sites running WordPress, WooCommerce and Dokan (W1): install or activate what is missing, and update what is old (W3).';

/** A must-use plugin a test adds to filter the vendor links (removed after each test). */
const LINKS_FILTER = 'wp-content/mu-plugins/dsc-test-eligibility-links.php';

/** The active plugins before the test: the site's, and the network's on a network. */
let activeBefore = '';

test.beforeEach( ( { site } ) => {
	activeBefore = wpEval(
		site,
		`echo wp_json_encode( array( get_option( 'active_plugins', array() ), get_site_option( 'active_sitewide_plugins', array() ) ) );`
	);
	resetChecks( site );
} );

test.afterEach( ( { site } ) => {
	rmSync( path.join( site.dir, LINKS_FILTER ), { force: true } );
	// The stand-ins a test deleted come back as bin/site.sh installs them: copied.
	for ( const file of Object.values( MAIN_FILES ) ) {
		const folder = path.dirname( file );
		const target = path.join( site.dir, 'wp-content/plugins', folder );
		if ( ! existsSync( target ) ) {
			cpSync(
				path.join( ROOT_DIR, 'local-site/stand-in-plugins', folder ),
				target,
				{ recursive: true }
			);
		}
	}
	// The active plugins are written back rather than activated again: WordPress 6.1
	// refuses to activate WooCommerce 10.x ("Requires at least: 6.7"), which its site
	// runs all the same (local-site/install-site.php writes it active, as here).
	wpEval(
		site,
		`list( $site, $network ) = json_decode( ${ JSON.stringify(
			activeBefore
		) }, true );
		update_option( 'active_plugins', $site );
		if ( is_multisite() ) {
			update_site_option( 'active_sitewide_plugins', $network );
		}
		wp_clean_plugins_cache( true );`
	);
	restore( site );
} );

/**
 * Deactivates a plugin as its Deactivate link does (network-wide where it is).
 *
 * @param site The site.
 * @param slug The component.
 */
function deactivate( site: Site, slug: Slug ): void {
	wpEval( site, `deactivate_plugins( '${ MAIN_FILES[ slug ] }' );` );
}

/**
 * Deactivates and deletes a plugin, as a person does on the Plugins screen.
 *
 * @param site The site.
 * @param slug The component.
 */
function remove( site: Site, slug: Slug ): void {
	const deleted = wpEval(
		site,
		`deactivate_plugins( '${ MAIN_FILES[ slug ] }' );
		echo true === delete_plugins( array( '${ MAIN_FILES[ slug ] }' ) ) ? 'deleted' : 'not deleted';`
	);
	expect( deleted ).toBe( 'deleted' );
}

/**
 * Opens the support page and waits for its first check.
 *
 * @param page     The page.
 * @param pagePath Where the page is.
 * @return The page's root (the admin bar has a badge of its own).
 */
async function openSupportPage(
	page: Page,
	pagePath = PAGE_PATH
): Promise< Locator > {
	await page.goto( pagePath );
	const root = page.locator( '#dokan-support-check-root' );
	await expect(
		root.locator( '[data-component="wordpress"]' )
	).toHaveAttribute( 'data-status', /.+/ );
	return root;
}

/**
 * The verdict's status element on the page.
 *
 * @param root The page's root.
 */
function verdict( root: Locator ): Locator {
	return root.locator( '[data-support-status]' );
}

/**
 * A component's row.
 *
 * @param root The page's root.
 * @param slug The component.
 */
function row( root: Locator, slug: string ): Locator {
	return root.locator( `[data-component="${ slug }"]` );
}

/**
 * Checks the places to go when premium support does not cover the site (E1, C1).
 *
 * @param where The region that lists them.
 */
async function expectHelpLinks( where: Locator ): Promise< void > {
	await expect(
		where.getByRole( 'link', { name: /the Dokan forum on WordPress\.org/ } )
	).toHaveAttribute( 'href', FORUM );
	await expect(
		where.getByRole( 'link', { name: /Dokan Pro on dokan\.co/ } )
	).toHaveAttribute( 'href', BUY_PRO );
	await expect(
		where.getByRole( 'link', { name: /Dokan’s contact page/ } )
	).toHaveAttribute( 'href', CONTACT );
}

test( 'a Lite-only site: not eligible, said calmly, with the free forum and dokan.co', async ( {
	page,
	site,
} ) => {
	remove( site, 'dokan-pro' );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'not-eligible'
	);
	await expect( verdict( root ) ).toHaveText( 'Dokan Pro not in use' );
	await expect( root ).toContainText( NOT_INSTALLED_EXPLANATION );
	await expectHelpLinks( root );
	await expect(
		root.getByRole( 'link', { name: 'Activate Dokan Pro' } )
	).toHaveCount( 0 );

	const pro = row( root, 'dokan-pro' );
	await expect( pro ).toHaveAttribute( 'data-status', 'not-installed' );
	await expect( pro ).toContainText( 'Not installed' );
	await expect( pro ).toContainText( 'Dokan Pro is not installed.' );
	await expect( pro.getByRole( 'link' ) ).toHaveCount( 0 );
	// Every other component's window is still shown.
	await expect( row( root, 'wordpress' ) ).toHaveAttribute(
		'data-status',
		'latest'
	);
	await expect( row( root, 'woocommerce' ) ).toHaveAttribute(
		'data-status',
		'outside'
	);
	await expect( row( root, 'dokan-lite' ) ).toHaveAttribute(
		'data-status',
		'in-window'
	);
} );

test( 'a site without Dokan: not eligible, and Dokan’s row links its installation (W1)', async ( {
	page,
	site,
} ) => {
	remove( site, 'dokan-pro' );
	remove( site, 'dokan-lite' );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'not-eligible'
	);
	await expect( verdict( root ) ).toHaveText( 'Dokan Pro not in use' );
	await expect( root ).toContainText( NOT_INSTALLED_EXPLANATION );
	await expectHelpLinks( root );

	const dokan = row( root, 'dokan-lite' );
	await expect( dokan ).toHaveAttribute( 'data-status', 'not-installed' );
	await expect( dokan ).toContainText(
		'Dokan is not installed, and support is for sites running it (W1). Install Dokan.'
	);
	await expect(
		dokan.getByRole( 'link', { name: 'Install Dokan' } )
	).toHaveAttribute(
		'href',
		`${ site.url }/wp-admin/plugin-install.php?s=Dokan&tab=search&type=term`
	);
	await expect( row( root, 'dokan-pro' ) ).toHaveAttribute(
		'data-status',
		'not-installed'
	);
} );

test( 'a Pro site without WooCommerce: outside, Install WooCommerce searches for it (W1), and Dokan Pro’s updates wait for it', async ( {
	page,
	site,
} ) => {
	remove( site, 'woocommerce' );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'outside'
	);
	await expect( verdict( root ) ).toHaveText(
		'Outside the supported window'
	);
	await expect( root ).toContainText( W1_EXPLANATION );
	// Dokan Pro runs: no word of eligibility.
	await expect(
		root.getByRole( 'link', { name: /the Dokan forum/ } )
	).toHaveCount( 0 );

	const woocommerce = row( root, 'woocommerce' );
	await expect( woocommerce ).toHaveAttribute(
		'data-status',
		'not-installed'
	);
	await expect( woocommerce ).toContainText( 'Not installed' );
	await expect( woocommerce ).toContainText(
		'WooCommerce is not installed, and support is for sites running it (W1). Install WooCommerce.'
	);
	const install = woocommerce.getByRole( 'link', {
		name: 'Install WooCommerce',
	} );
	await expect( install ).toHaveAttribute(
		'href',
		`${ site.url }/wp-admin/plugin-install.php?s=WooCommerce&tab=search&type=term`
	);
	// Dokan Pro loads with Dokan, which loads with WooCommerce: without it, Pro's updater
	// never runs, so its latest version cannot be learnt (beforeEach forgot it), and the
	// row says why, not "open the licence page" (a page that does not exist then).
	const pro = row( root, 'dokan-pro' );
	await expect( pro ).toHaveAttribute( 'data-status', 'unknown' );
	await expect( pro ).toContainText(
		'Dokan Pro needs WooCommerce active to look for its updates, so its latest version is unknown. Install and activate WooCommerce, then check again.'
	);
	await expect( pro ).not.toContainText( 'License' );

	// Add Plugins opens with WooCommerce searched for.
	await install.click();
	await expect( page ).toHaveURL( /\/wp-admin\/plugin-install\.php\?/ );
	await expect( page.locator( 'input[name="s"]' ).first() ).toHaveValue(
		'WooCommerce'
	);
} );

test( 'a Pro site with WooCommerce inactive: outside, and Activate WooCommerce opens the Plugins screen (W1); the dashboard widget says so', async ( {
	page,
	site,
} ) => {
	deactivate( site, 'woocommerce' );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'outside'
	);
	await expect( verdict( root ) ).toHaveText(
		'Outside the supported window'
	);
	await expect( root ).toContainText( W1_EXPLANATION );

	const woocommerce = row( root, 'woocommerce' );
	await expect( woocommerce ).toHaveAttribute( 'data-status', 'inactive' );
	// Its version, and what its window would say if it ran.
	await expect( woocommerce ).toContainText( '10.2.2' );
	await expect( woocommerce ).toContainText( 'InactiveIf active: Outside' );
	await expect( woocommerce ).toContainText(
		'WooCommerce 10.2.2 is installed but not active, and support is for sites running it (W1). Activate WooCommerce on the Plugins screen.'
	);
	const activate = woocommerce.getByRole( 'link', {
		name: 'Activate WooCommerce',
	} );
	await expect( activate ).toHaveAttribute(
		'href',
		`${ site.url }/wp-admin/plugins.php`
	);

	await page.goto( '/wp-admin/index.php' );
	const widget = page.locator( '#dokan_support_check' );
	await expect( widget.locator( '[data-support-status]' ) ).toHaveAttribute(
		'data-support-status',
		'outside'
	);
	await expect( widget ).toContainText(
		'Dokan support: Outside the supported window'
	);
	await expect( widget ).toContainText(
		'Install or activate to get support: WooCommerce.'
	);

	await page.goto( PAGE_PATH );
	await row( page.locator( '#dokan-support-check-root' ), 'woocommerce' )
		.getByRole( 'link', { name: 'Activate WooCommerce' } )
		.click();
	await expect( page ).toHaveURL( /\/wp-admin\/plugins\.php$/ );
} );

test( 'Dokan Pro installed but inactive: not eligible, and activating it is the way back', async ( {
	page,
	site,
} ) => {
	deactivate( site, 'dokan-pro' );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'not-eligible'
	);
	await expect( verdict( root ) ).toHaveText( 'Dokan Pro not in use' );
	await expect( root ).toContainText(
		'Dokan Pro is installed but not active, and Dokan’s premium support is for sites running it (E1, C1). Activate it, then check again.'
	);
	await expectHelpLinks( root );
	// In the help list first, and in Dokan Pro's row.
	const activateLinks = root.getByRole( 'link', {
		name: 'Activate Dokan Pro',
	} );
	await expect( activateLinks ).toHaveCount( 2 );
	for ( const link of await activateLinks.all() ) {
		await expect( link ).toHaveAttribute(
			'href',
			`${ site.url }/wp-admin/plugins.php`
		);
	}

	const pro = row( root, 'dokan-pro' );
	await expect( pro ).toHaveAttribute( 'data-status', 'inactive' );
	await expect( pro ).toContainText( '4.1.1' );
	await expect( pro ).toContainText(
		'Dokan Pro 4.1.1 is installed but not active, and support is for sites running it (E1). Activate Dokan Pro on the Plugins screen.'
	);
	// Its updater is Dokan Pro's own code: switched off, it learns no latest version.
	await expect( pro ).toContainText( 'InactiveIf active: Can’t tell' );

	await activateLinks.first().click();
	await expect( page ).toHaveURL( /\/wp-admin\/plugins\.php$/ );
} );

test( 'a healthy Pro site, every component at its latest: supported', async ( {
	page,
	site,
} ) => {
	setPluginVersions( site, {
		woocommerce: LATEST.woocommerce,
		'dokan-lite': LATEST[ 'dokan-lite' ],
		'dokan-pro': LATEST[ 'dokan-pro' ],
	} );
	resetChecks( site );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'supported'
	);
	await expect( verdict( root ) ).toHaveText( 'Supported' );
	await expect( root ).toContainText(
		'Every installed component is inside Dokan’s supported window (W1, W2). You can open a support ticket.'
	);
	for ( const slug of [
		'wordpress',
		'woocommerce',
		'dokan-lite',
		'dokan-pro',
	] ) {
		await expect( row( root, slug ) ).toHaveAttribute(
			'data-status',
			'latest'
		);
	}
	await expect(
		root.getByRole( 'link', { name: /^(Install|Activate|Update) / } )
	).toHaveCount( 0 );
	await expect(
		root.getByRole( 'link', { name: /the Dokan forum/ } )
	).toHaveCount( 0 );
} );

test( 'the places for help are the ones PHP gives, filter included: one moved, one removed and named without a link', async ( {
	page,
	site,
} ) => {
	writeFileSync(
		path.join( site.dir, LINKS_FILTER ),
		`<?php
add_filter( 'dokan_support_check_link_dokanForum', static function () {
	return 'https://fr.wordpress.org/support/plugin/dokan-lite/';
} );
add_filter( 'dokan_support_check_link_buyPro', '__return_null' );
`
	);
	remove( site, 'dokan-pro' );
	const root = await openSupportPage( page );

	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'not-eligible'
	);
	await expect(
		root.getByRole( 'link', { name: /the Dokan forum on WordPress\.org/ } )
	).toHaveAttribute(
		'href',
		'https://fr.wordpress.org/support/plugin/dokan-lite/'
	);
	await expect( root ).toContainText(
		'Premium support comes with Dokan Pro, bought on dokan.co (E2): Dokan Pro on dokan.co'
	);
	await expect(
		root.getByRole( 'link', { name: /Dokan Pro on dokan\.co/ } )
	).toHaveCount( 0 );
} );

test(
	'without Dokan Pro the badge says “Dokan Pro not in use” on every admin screen, and the dashboard widget says where help is',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		remove( site, 'dokan-pro' );
		// The support page runs the check; the badge reads what it cached.
		const root = await openSupportPage( page );
		await expect( verdict( root ) ).toHaveAttribute(
			'data-support-status',
			'not-eligible'
		);

		await page.goto( '/wp-admin/index.php' );
		const bar = page.locator( '#wpadminbar [data-support-status]' );
		await expect( bar ).toHaveAttribute(
			'data-support-status',
			'not-eligible'
		);
		await expect( bar ).toHaveText( 'Dokan support: Dokan Pro not in use' );

		const widget = page.locator( '#dokan_support_check' );
		await expect(
			widget.locator( '[data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'not-eligible' );
		await expect( widget ).toContainText(
			'Dokan support: Dokan Pro not in use'
		);
		await expect( widget ).toContainText(
			'Premium support is for sites running Dokan Pro (E1); Dokan Lite users get free help on the WordPress.org forum.'
		);
		await expect(
			widget.getByRole( 'link', { name: 'Open Support Check' } )
		).toHaveAttribute( 'href', /page=dokan-support-check/ );

		// Any other admin screen: the same words in the admin bar.
		await page.goto( '/wp-admin/edit.php' );
		await expect(
			page.locator( '#wpadminbar [data-support-status]' )
		).toHaveText( 'Dokan support: Dokan Pro not in use' );
	}
);

test( 'on a not-eligible site the ticket composer stops covered requests with E1 and the places for help; a pre-sale question still goes to the vendor, through its contact page (H1)', async ( {
	page,
	site,
} ) => {
	remove( site, 'dokan-pro' );
	const root = await openSupportPage( page );
	await expect( verdict( root ) ).toHaveAttribute(
		'data-support-status',
		'not-eligible'
	);
	await page.getByRole( 'tab', { name: 'Open a ticket' } ).click();
	const composer = page.getByRole( 'region', {
		name: 'Open a support ticket',
	} );
	await expect( composer ).toBeVisible();
	const next = composer.getByRole( 'button', { name: 'Continue' } );

	for ( const covered of [
		'Installing or configuring Dokan',
		'How to use Dokan',
		'A bug or a problem in Dokan',
	] ) {
		await composer.getByRole( 'radio', { name: covered } ).check();
		await expect( composer ).toContainText(
			'The helpdesk takes tickets from Dokan Pro customers only.'
		);
		await expect( composer ).toContainText(
			'only for verified customers of Dokan Pro, bought on dokan.co (E1, C1)'
		);
		await expectHelpLinks( composer );
		await expect( next ).toBeDisabled();
	}

	await composer
		.getByRole( 'radio', { name: 'A question before buying (pre-sale)' } )
		.check();
	await expect( composer ).toContainText(
		'This is not a ticket for the helpdesk.'
	);
	await expect( composer ).not.toContainText(
		'The helpdesk takes tickets from Dokan Pro customers only.'
	);
	await expect(
		composer.getByRole( 'link', { name: /Dokan’s contact page/ } )
	).toHaveAttribute( 'href', CONTACT );
	await expect( next ).toBeDisabled();
} );

test(
	'on a network the ways back are in Network Admin: Activate Dokan Pro and Install WooCommerce',
	MULTISITE,
	async ( { page, site } ) => {
		deactivate( site, 'dokan-pro' );
		remove( site, 'woocommerce' );
		const root = await openSupportPage( page, NETWORK_PAGE_PATH );

		await expect( verdict( root ) ).toHaveAttribute(
			'data-support-status',
			'not-eligible'
		);
		const activateLinks = root.getByRole( 'link', {
			name: 'Activate Dokan Pro',
		} );
		await expect( activateLinks ).toHaveCount( 2 );
		for ( const link of await activateLinks.all() ) {
			await expect( link ).toHaveAttribute(
				'href',
				`${ site.url }/wp-admin/network/plugins.php`
			);
		}
		await expect( row( root, 'dokan-pro' ) ).toHaveAttribute(
			'data-status',
			'inactive'
		);

		const woocommerce = row( root, 'woocommerce' );
		await expect( woocommerce ).toHaveAttribute(
			'data-status',
			'not-installed'
		);
		await expect(
			woocommerce.getByRole( 'link', { name: 'Install WooCommerce' } )
		).toHaveAttribute(
			'href',
			`${ site.url }/wp-admin/network/plugin-install.php?s=WooCommerce&tab=search&type=term`
		);
	}
);
