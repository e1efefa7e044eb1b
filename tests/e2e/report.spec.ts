/**
 * The site report: what is copied is what an agent needs, the redacted copy hides the
 * site's address, and the link agents send opens the page on the report.
 */

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { PAGE_PATH, resetChecks, restore } from './support-scenarios';

// Each test rewrites plugins and runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

test(
	'the copied report starts with the verdict and lists every component and the context',
	EVERY_WP_VERSION,
	async ( { page, context, site } ) => {
		await context.grantPermissions( [
			'clipboard-read',
			'clipboard-write',
		] );
		resetChecks( site );
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();

		await page.getByRole( 'button', { name: 'Copy report' } ).click();
		await expect(
			page
				.getByRole( 'region', { name: 'Site report' } )
				.getByRole( 'status' )
		).toHaveText( 'Report copied to the clipboard.' );
		const copied = await page.evaluate( () =>
			navigator.clipboard.readText()
		);

		expect( copied ).toMatch(
			/^### dokan-support-check ###\n\nverdict: outside\n/
		);
		for ( const slug of [
			'wordpress',
			'woocommerce',
			'dokan-lite',
			'dokan-pro',
		] ) {
			expect( copied ).toContain( `### ${ slug } ###` );
		}
		expect( copied ).toMatch(
			/### woocommerce ###\n\nname: WooCommerce\nstatus: outside\ninstalled: 10\.2\.2\nlatest: 10\.9\.4\n/
		);
		expect( copied ).toContain( '### context ###' );
		expect( copied ).toContain( `site url: ${ site.url }` );
		await expect(
			page.getByRole( 'textbox', { name: 'Report preview' } )
		).toHaveValue( copied );
	}
);

test(
	'the redacted report hides the site address',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();

		await page
			.getByRole( 'checkbox', { name: /Redact for public places/ } )
			.check();
		const preview = page.getByRole( 'textbox', { name: 'Report preview' } );
		await expect( preview ).toHaveValue( /site url: \[redacted\]/ );
		expect( await preview.inputValue() ).not.toContain( site.url );
		await expect( preview ).toHaveValue( /installed: 10\.2\.2/ );

		const download = page.waitForEvent( 'download' );
		await page.getByRole( 'button', { name: 'Download .json' } ).click();
		const file = await download;
		expect( file.suggestedFilename() ).toMatch(
			/^dokan-support-check-\d{4}-\d\d-\d\d-redacted\.json$/
		);
	}
);

test(
	'the link agents send opens the page on the report',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH + '#report' );

		const heading = page.getByRole( 'heading', { name: 'Site report' } );
		await expect( heading ).toBeFocused();
		await expect( heading ).toBeInViewport();
	}
);
