/**
 * The site report: what is copied is what an agent needs (the verdict, the components,
 * the context, the recent changes and the site's environment as Site Health describes
 * it), the redacted copy hides the site's address and what core marks private, the
 * Report tab shows the environment and asks for it only when it opens, and the link
 * agents send opens the page on the report.
 */

/**
 * External dependencies
 */
import { readFileSync } from 'fs';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import {
	PAGE_PATH,
	resetChecks,
	restore,
	SITE_CHECK,
} from './support-scenarios';
import { wpEval } from './site';

// Each test rewrites plugins and runs a real check (PHP's update code): slower than a click.
test.describe.configure( { timeout: 60_000 } );

test.afterEach( ( { site } ) => restore( site ) );

test(
	'the copied report starts with the verdict and lists every component, the context, the changes and the environment',
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
		await page.getByRole( 'tab', { name: 'Report' } ).click();
		const preview = page.getByRole( 'textbox', { name: 'Report preview' } );
		await expect( preview ).toHaveValue(
			/\nenvironment: included below\n/
		);

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
		// Then what changed, and WordPress's own description of the site, as Site
		// Health's "Copy site info" writes it (section keys, English debug values).
		expect( copied ).toMatch( /\n### changes ###\n\ncount: \d+\n/ );
		const version = wpEval( site, 'echo get_bloginfo( "version" );' );
		expect( copied ).toContain(
			`\n### wp-core ###\n\nversion: ${ version }\n`
		);
		expect( copied ).toMatch(
			/\n### wp-plugins-active \(\d+\) ###\n\n[^#]*WooCommerce \(stand-in\): version: 10\.2\.2, author: Automattic/
		);
		expect( copied ).toMatch( /\nmemory_limit: \S+\n/ );
		expect( copied ).toMatch( /\nWP_MEMORY_LIMIT: \S+\n/ );
		expect( copied ).toContain( '\n### dokan-woocommerce ###\n' );
		// Private fields are in the full report (the redacted one leaves them out).
		expect( copied ).toMatch( /\ndatabase_name: \S+\n/ );
		await expect( preview ).toHaveValue( copied );
	}
);

test(
	'the redacted report hides the site address and what core marks private',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		const database = wpEval( site, 'echo DB_NAME;' );
		await page.goto( PAGE_PATH + '#report' );
		const preview = page.getByRole( 'textbox', { name: 'Report preview' } );
		await expect( preview ).toHaveValue(
			/\nenvironment: included below\n/
		);

		await page
			.getByRole( 'checkbox', { name: /Redact for public places/ } )
			.check();
		await expect( preview ).toHaveValue( /site url: \[redacted\]/ );
		const redacted = await preview.inputValue();
		expect( redacted ).not.toContain( site.url );
		expect( redacted ).toMatch( /installed: 10\.2\.2/ );
		for ( const key of [
			'home_url',
			'site_url',
			'database_user',
			'database_host',
			'database_name',
			'database_prefix',
			'ABSPATH',
		] ) {
			expect( redacted ).not.toContain( `\n${ key }: ` );
		}
		expect( redacted ).not.toContain( database );
		expect( redacted ).not.toContain( site.dir );
		// What is not private stays, paths and URLs blanked.
		expect( redacted ).toMatch( /\nmemory_limit: \S+\n/ );
		expect( redacted ).toContain( '\nWP_CONTENT_DIR: [redacted]\n' );

		const download = page.waitForEvent( 'download' );
		await page.getByRole( 'button', { name: 'Download .json' } ).click();
		const file = await download;
		expect( file.suggestedFilename() ).toMatch(
			/^dokan-support-check-\d{4}-\d\d-\d\d-redacted\.json$/
		);
		const json = readFileSync( String( await file.path() ), 'utf8' );
		const data = JSON.parse( json );
		expect( data.environment[ 'wp-database' ].fields ).not.toHaveProperty(
			'database_name'
		);
		expect( json ).not.toContain( database );
		expect( json ).not.toContain( site.url );
	}
);

test(
	'the Report tab asks for the environment when it opens and shows active plugins and the memory limit',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		const requests: string[] = [];
		page.on( 'request', ( request ) => {
			if ( SITE_CHECK.test( request.url() ) ) {
				requests.push( decodeURIComponent( request.url() ) );
			}
		} );
		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();
		// The Status tab uses the plain route only (the environment costs the site time).
		expect( requests.some( ( url ) => url.includes( 'report=1' ) ) ).toBe(
			false
		);

		await page.getByRole( 'tab', { name: 'Report' } ).click();
		const environment = page.getByRole( 'region', {
			name: 'Site environment',
		} );
		await expect( environment ).toBeVisible();
		expect(
			requests.filter( ( url ) => url.includes( 'report=1' ) )
		).toHaveLength( 1 );

		const plugins = environment.getByRole( 'button', {
			name: /^Active Plugins \(\d+\)$/,
		} );
		await expect( plugins ).toHaveAttribute( 'aria-expanded', 'false' );
		await plugins.click();
		await expect( plugins ).toHaveAttribute( 'aria-expanded', 'true' );
		for ( const [ name, version ] of [
			[ 'WooCommerce (stand-in)', '10.2.2' ],
			[ 'Dokan (stand-in)', '4.1.0' ],
			[ 'Dokan Pro (stand-in)', '4.1.1' ],
		] ) {
			await expect(
				environment.getByRole( 'row', { name } )
			).toContainText( `Version ${ version }` );
		}

		await environment.getByRole( 'button', { name: 'Server' } ).click();
		await expect(
			environment.getByRole( 'row', { name: /PHP memory limit/ } )
		).toContainText( /PHP memory limit\s*(-1|\d+[KMG]?)$/ );
		await environment
			.getByRole( 'button', { name: 'WordPress Constants' } )
			.click();
		await expect(
			environment.getByRole( 'row', { name: /^WP_MEMORY_LIMIT/ } )
		).toContainText( /\d+M/ );

		await expect(
			environment.getByRole( 'link', {
				name: 'WooCommerce’s system status report',
			} )
		).toHaveAttribute( 'href', /admin\.php\?page=wc-status$/ );
		await environment
			.getByRole( 'link', {
				name: 'The same on WordPress’s Site Health Info screen',
			} )
			.click();
		await expect( page ).toHaveURL( /site-health\.php\?tab=debug/ );
	}
);

test(
	'the link agents send opens the page on the report',
	EVERY_WP_VERSION,
	async ( { page, site } ) => {
		resetChecks( site );
		await page.goto( PAGE_PATH + '#report' );

		const tab = page.getByRole( 'tab', { name: 'Report' } );
		await expect( tab ).toHaveAttribute( 'aria-selected', 'true' );
		await expect( tab ).toBeFocused();
		const heading = page.getByRole( 'heading', { name: 'Site report' } );
		await expect( heading ).toBeInViewport();
		// The verdict stays above the tabs.
		await expect(
			page
				.getByRole( 'region', { name: 'Support status' } )
				.locator( '[data-support-status]' )
		).toBeInViewport();
		await expect(
			page.getByRole( 'heading', { name: 'Site environment' } )
		).toBeVisible();
	}
);
