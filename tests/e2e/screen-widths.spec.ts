/**
 * The page and the badge at the widths store owners use: a small laptop or a tablet
 * (the admin bar and the components table must still fit) and a phone (each value must
 * still say what it is).
 */

/**
 * External dependencies
 */
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { expectAdminBarOnOneLine, expectFitsWindow } from './layout';
import { PAGE_PATH, resetChecks, restore } from './support-scenarios';
import { openComposer, reachHandoff } from './ticket-flow';

// Each test runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

// WooCommerce 10.2.2 is behind 10.9.4 on every site: the longest verdict and fix.
const OUTSIDE = 'Dokan support: Outside the supported window';

/**
 * Runs the first check on the support page (the badge reads what it cached), at the
 * width the tests start with.
 *
 * @param page The page.
 */
async function checkOnce( page: Page ): Promise< void > {
	await page.goto( PAGE_PATH );
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', 'outside' );
}

for ( const width of [ 900, 1024 ] ) {
	test(
		`at ${ width } px the badge keeps the admin bar on one line, and its words stay for screen readers`,
		EVERY_WP_VERSION,
		async ( { page, site } ) => {
			resetChecks( site );
			await checkOnce( page );
			await page.setViewportSize( { width, height: 800 } );
			await page.goto( '/wp-admin/edit.php' );

			const bar = page.locator( '#wpadminbar' );
			const words = bar.getByText( OUTSIDE );
			await expect( words ).toHaveCount( 1 );
			// The icon stays, in the shape of the status (a warning for outside).
			await expect(
				bar.locator(
					'#wp-admin-bar-dokan-support-check .dashicons-warning'
				)
			).toBeVisible();
			// Hidden as core hides its own toolbar labels on small screens; hovering the
			// icon says them.
			expect( ( await words.boundingBox() )?.width ).toBeLessThanOrEqual(
				1
			);
			await expect(
				bar.getByTitle( OUTSIDE, { exact: true } )
			).toHaveCount( 1 );
			await expectAdminBarOnOneLine( page );
			// The screen's own Help tab, which a wrapped admin bar covered, still opens.
			// By core's id: the button's name also holds its arrow icon's glyph, which
			// varies with the version (6.1 and 6.8 add it, 7.1 does not).
			const help = page.locator( '#contextual-help-link' );
			await expect( help ).toHaveText( 'Help' );
			await help.click();
			await expect( help ).toHaveAttribute( 'aria-expanded', 'true' );
		}
	);
}

test(
	'at 1280 px the badge shows its words, on one line with the rest of the admin bar',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await checkOnce( page );
		await page.setViewportSize( { width: 1280, height: 800 } );
		await page.goto( '/wp-admin/edit.php' );

		const bar = page.locator( '#wpadminbar' );
		const words = bar.getByText( OUTSIDE );
		expect( ( await words.boundingBox() )?.width ).toBeGreaterThan( 100 );
		await expectAdminBarOnOneLine( page );
	}
);

test(
	'on a phone the badge stays in the admin bar, as its icon',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await checkOnce( page );
		await page.setViewportSize( { width: 360, height: 740 } );
		await page.goto( '/wp-admin/edit.php' );

		const badge = page.locator( '#wp-admin-bar-dokan-support-check' );
		await expect( badge ).toBeVisible();
		await expect( badge.getByText( OUTSIDE ) ).toHaveCount( 1 );
		const box = await badge.boundingBox();
		expect( box?.x ).toBeGreaterThanOrEqual( 0 );
		expect( ( box?.x ?? 360 ) + ( box?.width ?? 0 ) ).toBeLessThanOrEqual(
			360
		);
	}
);

test(
	'at 1024 px the components table fits: no sideways scrolling, every fix whole',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.setViewportSize( { width: 1024, height: 800 } );
		await checkOnce( page );

		await expectFitsWindow(
			page,
			page
				.locator( '[data-component="woocommerce"]' )
				.getByRole( 'link', { name: 'Update WooCommerce to 10.9.4' } )
		);
	}
);

test(
	'on a phone each value of a component says which column it is',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.setViewportSize( { width: 360, height: 740 } );
		await checkOnce( page );

		const row = page.locator( '[data-component="woocommerce"]' );
		// The header row is gone on a phone; each cell shows its column's name instead.
		await expect(
			page.getByRole( 'columnheader', { name: 'Installed' } )
		).toBeHidden();
		const shown = await row
			.locator( 'td' )
			.evaluateAll( ( cells ) =>
				cells.map( ( cell ) => [
					getComputedStyle( cell, '::before' ).content,
					( cell as HTMLElement ).innerText.trim().split( '\n' )[ 0 ],
				] )
			);
		expect( shown.slice( 0, 3 ) ).toEqual( [
			[ '"Installed"', '10.2.2' ],
			[ '"Latest"', '10.9.4' ],
			[ '"Oldest still supported"', '10.9.4' ],
		] );
		expect( shown.slice( 3 ).map( ( [ label ] ) => label ) ).toEqual( [
			'"Status"',
			'"Why"',
			'"Fix"',
		] );
	}
);

test( 'on a phone the ticket’s last step fits: its longest button wraps inside its row', async ( {
	page,
	site,
} ) => {
	resetChecks( site );
	await page.setViewportSize( { width: 360, height: 740 } );
	const composer = await openComposer( page );
	await reachHandoff( composer );

	// A link styled as a button: it opens the helpdesk as it copies.
	const copy = composer.getByRole( 'link', {
		name: /^Copy the ticket and open the helpdesk/,
	} );
	await expectFitsWindow( page, copy );
	const button = await copy.boundingBox();
	const row = await composer
		.locator( '.dokan-support-check-handoff-actions' )
		.boundingBox();
	expect(
		( button?.x ?? 0 ) + ( button?.width ?? Infinity )
	).toBeLessThanOrEqual( ( row?.x ?? 0 ) + ( row?.width ?? 0 ) );
} );
