/**
 * The support page on each WordPress version: the verdict first, one row per component
 * with its fix, and the can't-tell state when no update data can be had.
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import {
	INSTALLED,
	LATEST,
	PAGE_PATH,
	resetChecks,
	restore,
	setPluginVersions,
} from './support-scenarios';

// Each test rewrites plugins and runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

test(
	'a site with every plugin at its latest version',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		setPluginVersions( site, {
			woocommerce: LATEST.woocommerce,
			'dokan-lite': LATEST[ 'dokan-lite' ],
			'dokan-pro': LATEST[ 'dokan-pro' ],
		} );
		resetChecks( site );
		await page.goto( PAGE_PATH );

		const status = page.locator( '[data-support-status]' ).first();
		const woocommerce = page.locator( '[data-component="woocommerce"]' );
		await expect( woocommerce ).toHaveAttribute( 'data-status', 'latest' );
		await expect(
			page.locator( '[data-component="dokan-lite"]' )
		).toHaveAttribute( 'data-status', 'latest' );

		if ( site.branch === '7.1' ) {
			// Only the 7.1 site runs the fixtures' latest WordPress.
			await expect( status ).toHaveAttribute(
				'data-support-status',
				'supported'
			);
			await expect( status ).toHaveText( /Supported/ );
			await expect(
				page.getByRole( 'link', { name: /^Update / } )
			).toHaveCount( 0 );
		} else {
			// WordPress itself is older than the fixtures' 7.1.4: outside, fixed in update-core.
			await expect( status ).toHaveAttribute(
				'data-support-status',
				'outside'
			);
			const wordpress = page.locator( '[data-component="wordpress"]' );
			await expect( wordpress ).toHaveAttribute(
				'data-status',
				'outside'
			);
			await expect(
				wordpress.getByRole( 'link', {
					name: 'Update WordPress to 7.1.4',
				} )
			).toHaveAttribute( 'href', /update-core\.php$/ );
		}
	}
);

test(
	'an old WooCommerce is outside, with the link that fixes it',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );

		const status = page.locator( '[data-support-status]' ).first();
		await expect( status ).toHaveAttribute(
			'data-support-status',
			'outside'
		);
		await expect( status ).toContainText( 'Outside the supported window' );

		const row = page.locator( '[data-component="woocommerce"]' );
		await expect( row ).toHaveAttribute( 'data-status', 'outside' );
		await expect( row.getByRole( 'rowheader' ) ).toHaveText(
			'WooCommerce'
		);
		await expect( row ).toContainText( '10.2.2' );
		await expect( row ).toContainText( '10.9.4' );
		await expect( row ).toContainText( 'W1' );
		const fix = row.getByRole( 'link', {
			name: 'Update WooCommerce to 10.9.4',
		} );
		await expect( fix ).toHaveAttribute( 'href', /plugins\.php$/ );

		// Dokan 4.1.0 is two releases behind 4.1.2: still inside (W2).
		await expect(
			page.locator( '[data-component="dokan-lite"]' )
		).toHaveAttribute( 'data-status', 'in-window' );

		await fix.click();
		await expect( page ).toHaveURL( /wp-admin\/plugins\.php/ );
	}
);

test(
	'no update data: the page says it cannot tell, never "supported"',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		setPluginVersions( site, {
			woocommerce: LATEST.woocommerce,
			'dokan-lite': LATEST[ 'dokan-lite' ],
		} );
		resetChecks( site, 'offline' );
		await page.goto( PAGE_PATH );

		const status = page.locator( '[data-support-status]' ).first();
		await expect( status ).toHaveAttribute(
			'data-support-status',
			'unknown'
		);
		await expect( status ).toHaveText( /Can’t tell/ );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toHaveAttribute( 'data-status', 'unknown' );
	}
);

test(
	'Check again runs a new check and announces it; a second one right away is refused gently',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-support-status]' ).first()
		).toHaveAttribute( 'data-support-status', 'outside' );

		// WooCommerce updated behind the page's back.
		setPluginVersions( site, { woocommerce: LATEST.woocommerce } );
		const checkAgain = page.getByRole( 'button', { name: 'Check again' } );
		await checkAgain.click();
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toHaveAttribute( 'data-status', 'latest' );
		await expect( page.getByRole( 'status' ).first() ).toContainText(
			'Site checked'
		);
		// Unavailable while it checked, yet it kept the focus (not dropped to the body).
		await expect( checkAgain ).toBeFocused();
		// The change comes with the check's second request (`?report=1`): once it is
		// listed, no request of this check is left to outlive the test.
		await expect(
			page
				.getByRole( 'region', { name: 'Recent changes' } )
				.getByRole( 'listitem' )
				.first()
		).toContainText(
			`WooCommerce ${ INSTALLED.woocommerce } → ${ LATEST.woocommerce }`
		);

		await checkAgain.click();
		await expect(
			page
				.getByRole( 'region', { name: 'Support status' } )
				.getByText( /checked a moment ago/ )
		).toBeVisible();
		// The previous results stay on screen.
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toHaveAttribute( 'data-status', 'latest' );
	}
);

test(
	'no serious or critical accessibility violations',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();

		const results = await new AxeBuilder( { page } )
			.include( '#dokan-support-check-root' )
			.analyze();
		const serious = results.violations.filter(
			( violation ) =>
				violation.impact === 'serious' ||
				violation.impact === 'critical'
		);
		expect(
			serious.map(
				( v ) =>
					`${ v.id }: ${ v.nodes.map( ( n ) => n.target ).join( ' ' ) }`
			)
		).toEqual( [] );
	}
);
