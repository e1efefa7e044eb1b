/**
 * Faults, seen in the browser: WordPress.org failing, a corrupted snapshot, the REST
 * route answering 500, invalid JSON or nothing at all, a huge release list, and another
 * plugin's failing Site Health filter. Each time the page shows a clear state (a verdict
 * of "can't tell" with the reason, or an error notice with a way to try again), never a
 * blank page or a script error.
 */

/**
 * External dependencies
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';
import {
	LATEST,
	PAGE_PATH,
	resetChecks,
	restore,
	setPluginVersions,
	SITE_CHECK,
} from './support-scenarios';

test.describe.configure( { timeout: 60_000 } );

/**
 * A stand-in for another plugin whose `debug_information` callback throws (a
 * must-use plugin, written by the test that needs it): the report's route, where
 * core's WP_Debug_Data runs every such callback, then answers 500 and names it.
 *
 * @param site The site.
 * @return The file's path.
 */
const failingFilterPlugin = ( site: Site ) =>
	path.join(
		site.dir,
		'wp-content/mu-plugins/failing-site-health-filter-stand-in.php'
	);

test.afterEach( ( { site } ) => {
	// After every test, so that a test that failed half-way leaves no broken plugin.
	fs.rmSync( failingFilterPlugin( site ), { force: true } );
	restore( site );
} );

/**
 * Collects page errors and console errors (third-party hosts are blocked: not ours).
 *
 * @param page The page.
 * @return What was seen.
 */
function watch( page: Page ): string[] {
	const problems: string[] = [];
	page.on( 'pageerror', ( error ) =>
		problems.push( `pageerror: ${ error.message }` )
	);
	page.on( 'dialog', async ( dialog ) => {
		problems.push( `dialog: ${ dialog.message() }` );
		await dialog.dismiss();
	} );
	page.on( 'console', ( message ) => {
		if (
			message.type() === 'error' &&
			! /net::ERR_|Failed to load resource|status of 500/.test(
				message.text()
			)
		) {
			problems.push( `console: ${ message.text() }` );
		}
	} );
	return problems;
}

for ( const mode of [ 'http-500', 'invalid-json', 'timeout', 'offline' ] ) {
	test( `WordPress.org failing (${ mode }): every component says it cannot tell, and why`, async ( {
		page,
		site,
	} ) => {
		resetChecks( site, mode );
		const problems = watch( page );

		await page.goto( PAGE_PATH );

		const woo = page.locator( '[data-component="woocommerce"]' );
		await expect( woo ).toHaveAttribute( 'data-status', 'unknown' );
		await expect(
			page.locator( '[data-component="dokan-lite"]' )
		).toHaveAttribute( 'data-status', 'unknown' );
		await expect( woo ).toContainText( '10.2.2' );
		await expect( woo ).toContainText( /Detection problem: \S/ );
		await expect(
			page.getByRole( 'region', { name: 'Support status' } )
		).not.toContainText( /^\s*$/ );
		await expect(
			page.locator(
				'#wp-admin-bar-dokan-support-check [data-support-status]'
			)
		).toHaveAttribute( 'data-support-status', 'unknown' );
		await page.getByRole( 'tab', { name: 'Report' } ).click();
		const preview = page.getByRole( 'textbox', { name: 'Report preview' } );
		await expect( preview ).toHaveValue( /environment: included below/ );
		expect( await preview.inputValue() ).toMatch( /verdict: unknown/ );
		expect( problems ).toEqual( [] );
	} );
}

for ( const [ label, value ] of [
	[ 'a string', `'garbage'` ],
	[
		'the wrong shape',
		`array( 'generatedAt' => 'x', 'site' => array(), 'components' => array( 'woocommerce', 42, array( 'slug' => array() ) ) )`,
	],
] as const ) {
	test( `a corrupted snapshot (${ label }): the badge cannot tell and the page still checks`, async ( {
		page,
		site,
	} ) => {
		resetChecks( site );
		wpEval(
			site,
			`update_option( 'dokan_support_check_snapshot', ${ value }, true );`
		);
		const problems = watch( page );

		await page.goto( '/wp-admin/index.php' );
		await expect(
			page.locator( '.dsc-badge-widget [data-support-status]' )
		).toHaveAttribute( 'data-support-status', 'unknown' );
		await expect(
			page.locator( '.dsc-badge-widget .dsc-badge__detail' )
		).not.toBeEmpty();

		await page.goto( PAGE_PATH );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toHaveAttribute( 'data-status', 'outside' );
		expect( problems ).toEqual( [] );
	} );
}

const BROKEN_ROUTES: Array<
	[ string, ( route: Route ) => Promise< void >, RegExp ]
> = [
	[
		'HTTP 500 with a JSON error',
		( route ) =>
			route.fulfill( {
				status: 500,
				contentType: 'application/json',
				body: JSON.stringify( {
					code: 'internal_server_error',
					message: 'There has been a critical error on this website.',
					data: { status: 500 },
				} ),
			} ),
		/critical error on this website/,
	],
	[
		'HTTP 500 with an HTML page',
		( route ) =>
			route.fulfill( {
				status: 500,
				contentType: 'text/html',
				body: '<html><body><p>There has been a critical error.</p></body></html>',
			} ),
		/not a site check|site check failed/,
	],
	[
		'invalid JSON',
		( route ) =>
			route.fulfill( {
				status: 200,
				contentType: 'application/json',
				body: '{"generatedAt":"2026-11-27T12:00:00Z","components":[{"slug":"wooc',
			} ),
		/not a site check/,
	],
	[
		'a hang, then an aborted connection',
		async ( route ) => {
			await new Promise( ( resolve ) => setTimeout( resolve, 3000 ) );
			await route.abort( 'connectionreset' );
		},
		/could not be reached/,
	],
];

for ( const [ label, answer, message ] of BROKEN_ROUTES ) {
	test( `the site-check route failing (${ label }): an error notice, then "Try again" works`, async ( {
		page,
		site,
	} ) => {
		const problems = watch( page );

		await page.route( SITE_CHECK, answer );
		resetChecks( site );
		await page.goto( PAGE_PATH );

		const status = page.getByRole( 'region', { name: 'Support status' } );
		// No facts are cached (resetChecks()), so the page asks the route at once.
		const again = status.getByRole( 'button', { name: 'Try again' } );
		await expect( again ).toBeVisible( { timeout: 15_000 } );
		await expect( status.locator( '.components-notice' ) ).toContainText(
			message,
			{ timeout: 15_000 }
		);
		// The rest of the page is there: the report says it has no facts, not nothing,
		// and that its environment could not be had either.
		await page.getByRole( 'tab', { name: 'Report' } ).click();
		await expect(
			page.getByRole( 'heading', { name: 'Site report' } )
		).toBeVisible();
		// Its request failed the same way (the hang takes 3 s), before the route is mended.
		await expect(
			page.getByRole( 'textbox', { name: 'Report preview' } )
		).toHaveValue(
			/^### dokan-support-check ###[\s\S]*\nenvironment: not included: the request for it failed/,
			{ timeout: 15_000 }
		);
		await page.getByRole( 'tab', { name: 'Status' } ).click();

		await page.unroute( SITE_CHECK );
		wpEval( site, `delete_option( 'dokan_support_check_refresh_lock' );` );
		await again.click();
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toHaveAttribute( 'data-status', 'outside' );
		await expect( status.locator( '.components-notice' ) ).toHaveCount( 0 );
		expect(
			problems.filter( ( problem ) => ! /status of 500/.test( problem ) )
		).toEqual( [] );
	} );
}

test(
	'logged out in another tab: Check again and saving the purchase e-mail say to log in again',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		await page.goto( PAGE_PATH );
		const status = page.getByRole( 'region', { name: 'Support status' } );
		const again = status.getByRole( 'button', { name: 'Check again' } );
		await expect( again ).toBeEnabled( { timeout: 15_000 } );

		// A logout in another tab (or a session that ran out) leaves the page without
		// its cookies. WordPress then refuses the REST nonce and apiFetch's attempt to
		// get a new one; before 7.1 it rejects with that attempt's bare Response.
		await page.context().clearCookies();
		await again.click();
		await expect( status.locator( '.components-notice' ) ).toContainText(
			'your session has expired. Reload the page and log in again.'
		);

		await page.getByRole( 'tab', { name: 'Open a ticket' } ).click();
		const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );
		await form
			.getByRole( 'textbox', { name: 'Purchase e-mail' } )
			.fill( 'buyer@example.com' );
		await form
			.getByRole( 'button', { name: 'Save purchase e-mail' } )
			.click();
		await expect( form ).toContainText(
			'The setting could not be saved: you may have been logged out. Reload the page and log in again. Nothing was saved.'
		);
	}
);

test( 'a release list of 10,000 entries: the page still decides', async ( {
	page,
	site,
} ) => {
	resetChecks( site );
	const problems = watch( page );
	await page.route( SITE_CHECK, async ( route ) => {
		const response = await route.fetch();
		const facts = await response.json();
		for ( const component of facts.components ) {
			if ( component.slug === 'dokan-lite' ) {
				const releases: string[] = [];
				for ( let i = 0; i < 10_000; i++ ) {
					// 3.0.0 … 3.99.99: all older than the installed 4.1.0.
					releases.push(
						`3.${ Math.floor( i / 100 ) }.${ i % 100 }`
					);
				}
				component.releases = [ '4.1.2', '4.1.1', ...releases ];
			}
		}
		await route.fulfill( { response, json: facts } );
	} );
	await page.goto( PAGE_PATH );
	// 4.1.0 with 4.1.2 and 4.1.1 above it: two behind, inside (W2).
	await expect(
		page.locator( '[data-component="dokan-lite"]' )
	).toHaveAttribute( 'data-status', 'in-window' );
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', 'outside' );
	expect( problems ).toEqual( [] );
} );

test( 'another plugin’s Site Health filter failing: Check again still checks, and the Report tab says what failed', async ( {
	page,
	site,
} ) => {
	resetChecks( site );
	const problems = watch( page );
	await page.goto( PAGE_PATH );
	await page.getByRole( 'tab', { name: 'Report' } ).click();
	const report = page.getByRole( 'tabpanel', { name: 'Report' } );
	await expect(
		report.getByRole( 'region', { name: 'Site environment' } )
	).toBeVisible();

	// Removed by afterEach.
	fs.writeFileSync(
		failingFilterPlugin( site ),
		`<?php\nadd_filter( 'debug_information', function () { throw new Exception( 'Failing Site Health filter (stand-in)' ); } );\n`
	);
	setPluginVersions( site, { woocommerce: LATEST.woocommerce } );
	await page.getByRole( 'button', { name: 'Check again' } ).click();

	// The route names the plugin's file and what it threw (not WordPress's "critical
	// error" page).
	await expect( report ).toContainText(
		'The site’s environment could not be read: WordPress’s Site Health information could not be gathered: code in wp-content/mu-plugins/failing-site-health-filter-stand-in.php failed while adding to it (Failing Site Health filter (stand-in)). The report below'
	);
	await page.getByRole( 'tab', { name: 'Status' } ).click();
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', 'latest' );
	await expect(
		page
			.getByRole( 'region', { name: 'Support status' } )
			.locator( '.components-notice' )
	).toHaveCount( 0 );
	expect( problems ).toEqual( [] );
} );
