/**
 * Hostile data: plugin headers, a product name, a purchase e-mail and ticket text that
 * hold HTML and JavaScript are shown as literal text wherever they appear (the support
 * page, the report and its files, the admin-bar badge, the dashboard widget, the ticket,
 * Site Health's Info tab), and no script of theirs ever runs: any dialog, page error or
 * console error fails the test.
 */

/**
 * External dependencies
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'fs';
import type { Locator, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect } from './fixtures';
import { wpEval } from './site';
import type { Site } from './site';
import { PAGE_PATH, resetChecks, restore } from './support-scenarios';
import { settledTicketText } from './ticket-flow';

test.describe.configure( { timeout: 90_000 } );

const WOO = 'woocommerce/woocommerce.php';
const LITE = 'dokan-lite/dokan.php';
const PRO = 'dokan-pro/dokan-pro.php';
const STAND_INS = [ WOO, LITE, PRO ];
const MU_PLUGIN = 'wp-content/mu-plugins/dsc-e2e-hostile-component.php';
const EMAIL_OPTION = 'dokan_support_check_purchase_email';

/*
 * Payloads. Detection strips tags from versions (wp_strip_all_tags), so the versions
 * carry what survives it: attribute breakers, entities and a javascript: URL.
 */
const HOSTILE = {
	wooName: 'WooCommerce <img src=x onerror=alert(1)> (stand-in)',
	wooVersion: '10.2.2" onmouseover="alert(3)" x="<script>alert(2)</script>',
	wooVersionShown: '10.2.2" onmouseover="alert(3)" x="',
	liteVersion: '4.1.0 &lt;script&gt;alert(6)&lt;/script&gt;',
	proVersion: 'javascript:alert(7)',
	componentName:
		'Addon <b onmouseover=alert(8)>x</b> &lt;img src=x onerror=alert(9)&gt; " onclick="alert(10)',
	componentNameShown:
		'Addon x &lt;img src=x onerror=alert(9)&gt; " onclick="alert(10)',
	email: '"><svg onload=alert(4)>@x.co',
	subject: '<script>alert(11)</script> Subject',
	description: 'Broken <img src=x onerror=alert(12)> dashboard &amp; more',
	steps: '"><svg onload=alert(13)> then </textarea><script>alert(14)</script>',
};

let saved: Record< string, string > = {};
let savedEmail = '';

/**
 * Fails the test on any dialog, uncaught page error or console error.
 *
 * @param page The page.
 * @return What was seen.
 */
function watch( page: Page ): string[] {
	const problems: string[] = [];
	page.on( 'dialog', async ( dialog ) => {
		problems.push( `dialog: ${ dialog.message() }` );
		await dialog.dismiss();
	} );
	page.on( 'pageerror', ( error ) =>
		problems.push( `pageerror: ${ error.message }` )
	);
	page.on( 'console', ( message ) => {
		// The offline sandbox blocks third-party hosts (avatars, emoji): not ours.
		if (
			message.type() === 'error' &&
			! /net::ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(
				message.text()
			)
		) {
			problems.push( `console: ${ message.text() }` );
		}
	} );
	return problems;
}

/**
 * Elements under `root` that carry an event-handler attribute or are injected markup.
 *
 * @param root Where to look.
 * @return Descriptions of what was found.
 */
async function injectedMarkup( root: Locator ): Promise< string[] > {
	return root.evaluateAll( ( elements ) => {
		const found: string[] = [];
		for ( const top of elements ) {
			for ( const el of [ top, ...top.querySelectorAll( '*' ) ] ) {
				for ( const attr of Array.from( el.attributes ) ) {
					if (
						attr.name.startsWith( 'on' ) ||
						/^\s*javascript:/i.test( attr.value )
					) {
						found.push( `${ el.tagName } ${ attr.name }` );
					}
				}
				if (
					( el.tagName === 'IMG' &&
						el.getAttribute( 'src' ) === 'x' ) ||
					( el.tagName === 'SCRIPT' &&
						/alert\(/.test( el.textContent ?? '' ) )
				) {
					found.push( el.tagName );
				}
			}
		}
		return found;
	} );
}

/**
 * A text with its HTML entities decoded once, as a browser shows `esc_html()` output.
 *
 * @param text Text.
 * @return Decoded text.
 */
function decodeOnce( text: string ): string {
	return text
		.replace( /&lt;/g, '<' )
		.replace( /&gt;/g, '>' )
		.replace( /&quot;/g, '"' )
		.replace( /&amp;/g, '&' );
}

function pluginFile( site: Site, file: string ): string {
	return `${ site.dir }/wp-content/plugins/${ file }`;
}

function setHeader( site: Site, file: string, header: string, value: string ) {
	const path = pluginFile( site, file );
	const text = readFileSync( path, 'utf8' );
	const line = new RegExp( `^( \\* ${ header }:\\s*).*$`, 'm' );
	expect( text ).toMatch( line );
	writeFileSync(
		path,
		text.replace( line, ( _all, head ) => head + value )
	);
}

test.beforeEach( ( { site } ) => {
	saved = {};
	for ( const file of STAND_INS ) {
		saved[ file ] = readFileSync( pluginFile( site, file ), 'utf8' );
	}
	savedEmail = wpEval( site, `echo get_option( '${ EMAIL_OPTION }', '' );` );
} );

test.afterEach( ( { site } ) => {
	for ( const file of STAND_INS ) {
		const text = saved[ file ];
		if ( text !== undefined ) {
			writeFileSync( pluginFile( site, file ), text );
		}
	}
	const mu = `${ site.dir }/${ MU_PLUGIN }`;
	if ( existsSync( mu ) ) {
		unlinkSync( mu );
	}
	try {
		wpEval(
			site,
			`update_option( '${ EMAIL_OPTION }', ${ JSON.stringify( savedEmail ) } );
			delete_option( 'dokan_support_check_last_ticket_at' );`
		);
	} finally {
		// The stand-ins' versions and our caches, whatever the line above did.
		restore( site );
	}
} );

test( 'hostile plugin headers and product names are shown as text on every screen, and nothing runs', async ( {
	page,
	context,
	site,
	baseURL,
} ) => {
	setHeader( site, WOO, 'Plugin Name', HOSTILE.wooName );
	setHeader( site, WOO, 'Version', HOSTILE.wooVersion );
	setHeader( site, LITE, 'Version', HOSTILE.liteVersion );
	setHeader( site, PRO, 'Version', HOSTILE.proVersion );
	// A vendor product added through the components filter, with a hostile name.
	writeFileSync(
		`${ site.dir }/${ MU_PLUGIN }`,
		`<?php
add_filter( 'dokan_support_check_components', function ( $components ) {
	$components[] = array(
		'slug'        => 'dsc-hostile-addon',
		'name'        => ${ JSON.stringify( HOSTILE.componentName ) },
		'type'        => 'plugin',
		'text_domain' => array( 'dsc-hostile-addon' ),
		'file'        => 'dsc-hostile-addon.php',
	);
	return $components;
} );
`
	);
	resetChecks( site );
	await context.grantPermissions( [ 'clipboard-read', 'clipboard-write' ], {
		origin: String( baseURL ),
	} );
	const problems = watch( page );

	// The support page.
	await page.goto( PAGE_PATH );
	const woo = page.locator( '[data-component="woocommerce"]' );
	await expect( woo ).toBeVisible();
	await expect( woo ).toContainText( HOSTILE.wooVersionShown );
	await expect(
		page.locator( '[data-component="dokan-lite"]' )
	).toContainText( HOSTILE.liteVersion );
	await expect(
		page.locator( '[data-component="dokan-pro"]' )
	).toContainText( HOSTILE.proVersion );
	const addon = page.locator( '[data-component="dsc-hostile-addon"]' );
	await expect( addon ).toContainText( HOSTILE.componentNameShown );
	await woo.hover();
	await addon.hover();
	await addon.click();
	const main = page.locator( '#wpbody-content' );
	expect( await injectedMarkup( main ) ).toEqual( [] );

	// The Report tab: the environment (plugin names from their headers) as text.
	await page.getByRole( 'tab', { name: 'Report' } ).click();
	const environment = page.getByRole( 'region', {
		name: 'Site environment',
	} );
	await environment
		.getByRole( 'button', { name: /^Active Plugins/ } )
		.click();
	await expect(
		environment.getByRole( 'rowheader', { name: /^WooCommerce/ } )
	).toBeVisible();
	await environment.hover();
	expect( await injectedMarkup( environment ) ).toEqual( [] );

	// The report: preview, copy, download (.txt and .json).
	const preview = page.getByRole( 'textbox', { name: 'Report preview' } );
	await expect( preview ).toHaveValue( /\nenvironment: included below\n/ );
	const text = await preview.inputValue();
	expect( text ).toContain( `installed: ${ HOSTILE.wooVersionShown }` );
	expect( text ).toContain( HOSTILE.liteVersion );
	expect( text ).toContain( HOSTILE.componentNameShown );
	await page.getByRole( 'button', { name: 'Copy report' } ).click();
	await expect
		.poll( () => page.evaluate( () => navigator.clipboard.readText() ) )
		.toBe( text );
	const [ txt ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		page.getByRole( 'button', { name: 'Download .txt' } ).click(),
	] );
	expect( readFileSync( String( await txt.path() ), 'utf8' ) ).toBe( text );
	const [ json ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		page.getByRole( 'button', { name: 'Download .json' } ).click(),
	] );
	const data = JSON.parse(
		readFileSync( String( await json.path() ), 'utf8' )
	);
	expect( JSON.stringify( data ) ).toContain(
		JSON.stringify( HOSTILE.wooVersionShown ).slice( 1, -1 )
	);

	// The admin-bar badge (here and on another screen) and the dashboard widget.
	const adminBarNode = page.locator( '#wp-admin-bar-dokan-support-check' );
	await expect(
		adminBarNode.locator( '[data-support-status]' )
	).toHaveAttribute( 'data-support-status', /^(supported|outside|unknown)$/ );
	expect( await injectedMarkup( adminBarNode ) ).toEqual( [] );
	await page.goto( '/wp-admin/index.php' );
	const widget = page.locator( '.dsc-badge-widget' );
	await expect( widget.locator( '[data-support-status]' ) ).toHaveAttribute(
		'data-support-status',
		/^(supported|outside|unknown)$/
	);
	await expect( widget.locator( '.dsc-badge__detail' ) ).not.toBeEmpty();
	expect( await injectedMarkup( widget ) ).toEqual( [] );
	expect( await injectedMarkup( adminBarNode ) ).toEqual( [] );

	// Site Health's Info tab.
	await page.goto( '/wp-admin/site-health.php?tab=debug' );
	const section = page.getByRole( 'button', { name: 'Dokan Support Check' } );
	await section.click();
	const panel = page.locator(
		'#health-check-accordion-block-dokan-support-check'
	);
	await expect( panel ).toContainText( HOSTILE.wooVersionShown );
	// Core prints the values with esc_html(), which does not encode an entity twice:
	// "&lt;script&gt;" reaches the screen as the text "<script>" (text, not markup).
	await expect( panel ).toContainText( decodeOnce( HOSTILE.liteVersion ) );
	await expect( panel ).toContainText(
		decodeOnce( HOSTILE.componentNameShown )
	);
	await panel.hover();
	expect( await injectedMarkup( panel ) ).toEqual( [] );

	expect( problems ).toEqual( [] );
} );

test( 'a hostile purchase e-mail is refused, and one already stored is shown as text', async ( {
	page,
	site,
} ) => {
	wpEval(
		site,
		`update_option( '${ EMAIL_OPTION }', 'buyer@example.com' );`
	);
	const problems = watch( page );
	await page.goto( PAGE_PATH + '#ticket' );
	const form = page.getByRole( 'form', { name: 'Purchase e-mail' } );
	const field = form.getByRole( 'textbox', { name: 'Purchase e-mail' } );
	await expect( field ).toHaveValue( 'buyer@example.com' );

	await field.fill( HOSTILE.email );
	await form.getByRole( 'button', { name: 'Save purchase e-mail' } ).click();
	await expect( form ).toContainText( 'Nothing was saved.' );
	await expect( form ).not.toContainText( 'Purchase e-mail saved.' );
	expect(
		wpEval( site, `echo get_option( '${ EMAIL_OPTION }', '' );` )
	).toBe( 'buyer@example.com' );

	// Straight to the settings route: refused there too.
	const status = await page.evaluate( async ( email ) => {
		const wp = ( window as unknown as { wp: { apiFetch: any } } ).wp;
		try {
			await wp.apiFetch( {
				path: '/wp/v2/settings',
				method: 'POST',
				data: { dokan_support_check_purchase_email: email },
			} );
			return 200;
		} catch ( error ) {
			return ( error as { data?: { status?: number } } ).data?.status;
		}
	}, HOSTILE.email );
	expect( status ).toBe( 400 );
	expect(
		wpEval( site, `echo get_option( '${ EMAIL_OPTION }', '' );` )
	).toBe( 'buyer@example.com' );

	// Written into the database behind the plugin's back: still only text.
	wpEval(
		site,
		`global $wpdb; $wpdb->update( $wpdb->options, array( 'option_value' => ${ JSON.stringify(
			HOSTILE.email
		) } ), array( 'option_name' => '${ EMAIL_OPTION }' ) ); wp_cache_flush();`
	);
	await page.reload();
	await expect(
		page
			.getByRole( 'form', { name: 'Purchase e-mail' } )
			.getByRole( 'textbox', { name: 'Purchase e-mail' } )
	).toHaveValue( HOSTILE.email );
	expect( await injectedMarkup( page.locator( '#wpbody-content' ) ) ).toEqual(
		[]
	);
	expect( problems ).toEqual( [] );
} );

test( 'hostile ticket text is kept as text in the ticket preview, its copy and its file', async ( {
	page,
	site,
} ) => {
	wpEval(
		site,
		`update_option( '${ EMAIL_OPTION }', 'buyer@example.com' ); update_option( 'dokan_support_check_last_ticket_at', 0 );`
	);
	resetChecks( site );
	const problems = watch( page );
	await page.goto( PAGE_PATH + '#ticket' );
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toHaveAttribute( 'data-status', /.+/ );
	const composer = page.getByRole( 'region', {
		name: 'Open a support ticket',
	} );
	await composer
		.getByRole( 'radio', { name: 'A bug or a problem in Dokan' } )
		.check();
	await composer.getByRole( 'button', { name: 'Continue' } ).click();
	// The fixtures' WooCommerce is outside the window: the update step comes first.
	await composer.getByRole( 'checkbox', { name: /I understand/ } ).check();
	await composer.getByRole( 'button', { name: 'Continue' } ).click();
	await composer
		.getByRole( 'textbox', { name: 'Subject' } )
		.fill( HOSTILE.subject );
	await composer
		.getByRole( 'textbox', { name: /^Description/ } )
		.fill( HOSTILE.description );
	await composer
		.getByRole( 'textbox', { name: /^Steps to reproduce/ } )
		.fill( HOSTILE.steps );
	await composer.getByRole( 'button', { name: 'Continue' } ).click();
	await expect(
		composer.getByRole( 'heading', { name: /Send the ticket/ } )
	).toBeVisible();

	// The download below must be the same text.
	const preview = await settledTicketText( composer );
	expect( preview ).toContain( `Subject: ${ HOSTILE.subject }` );
	expect( preview ).toContain( HOSTILE.description );
	expect( preview ).toContain( HOSTILE.steps );
	// Whatever the composer shows of the request outside the text box is text too.
	expect( await injectedMarkup( composer ) ).toEqual( [] );

	const [ download ] = await Promise.all( [
		page.waitForEvent( 'download' ),
		composer
			.getByRole( 'button', { name: 'Download the ticket (.txt)' } )
			.click(),
	] );
	expect( readFileSync( String( await download.path() ), 'utf8' ) ).toBe(
		preview
	);
	expect( await injectedMarkup( page.locator( '#wpbody-content' ) ) ).toEqual(
		[]
	);
	expect( problems ).toEqual( [] );
} );
