/**
 * Authorisation over real HTTP with real cookies: a subscriber and an editor, logged in
 * through wp-login.php, are refused the support page (WordPress's own 403 page), get
 * no badge, and the REST route answers 403 without a single fact even with their valid
 * REST nonce; a visitor gets 401. (The full role matrix, shop manager and network roles
 * included, is tests/php/Security/Authorization_Test.php.)
 */

/**
 * External dependencies
 */
import type { APIResponse, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect, contextAs } from './fixtures';
import { siteFor, wpEval } from './site';
import type { Site } from './site';

const PAGE_PATH = '/wp-admin/tools.php?page=dokan-support-check';
const ROUTE = '/wp-json/dokan-support-check/v1/site-check';

const USERS = [
	{ role: 'subscriber', label: 'a subscriber', login: 'dsc_e2e_subscriber' },
	{ role: 'editor', label: 'an editor', login: 'dsc_e2e_editor' },
];
const PASSWORD = 'dsc-e2e-password-7';

// What a leak would carry: versions and slugs of the checked components.
const FACTS = [
	'10.2.2',
	'10.9.4',
	'4.1.0',
	'4.1.1',
	'4.1.2',
	'woocommerce',
	'dokan-lite',
	'dokan-pro',
	'installed',
	'components',
];

function deleteUsers( site: Site ): void {
	wpEval(
		site,
		`require_once ABSPATH . 'wp-admin/includes/user.php';
		foreach ( ${ JSON.stringify(
			USERS.map( ( user ) => user.login )
		) } as $login ) {
			$user = get_user_by( 'login', $login );
			if ( $user ) { wp_delete_user( $user->ID ); }
		}`
	);
}

test.beforeAll( ( {}, testInfo ) => {
	const site = siteFor( String( testInfo.project.metadata.branch ) );
	deleteUsers( site );
	for ( const user of USERS ) {
		const id = wpEval(
			site,
			`echo wp_insert_user( array( 'user_login' => '${ user.login }', 'user_pass' => '${ PASSWORD }', 'user_email' => '${ user.login }@example.test', 'role' => '${ user.role }' ) );`
		);
		expect( Number( id ) ).toBeGreaterThan( 0 );
	}
} );

test.afterAll( ( {}, testInfo ) => {
	deleteUsers( siteFor( String( testInfo.project.metadata.branch ) ) );
} );

/**
 * The REST nonce WordPress hands a logged-in user on an admin page they may see.
 *
 * @param page The logged-in page.
 * @return The nonce.
 */
async function restNonce( page: Page ): Promise< string > {
	await page.goto( '/wp-admin/profile.php' );
	const fromPage = await page.evaluate(
		() =>
			( window as unknown as { wpApiSettings?: { nonce?: string } } )
				.wpApiSettings?.nonce ?? ''
	);
	if ( fromPage ) {
		return fromPage;
	}
	// Where profile.php prints no wpApiSettings (no application passwords), core's own
	// endpoint hands out the same nonce for the same session.
	const response = await page.request.get(
		'/wp-admin/admin-ajax.php?action=rest-nonce'
	);
	expect( response.status() ).toBe( 200 );
	return ( await response.text() ).trim();
}

async function expectNoFacts( response: APIResponse ): Promise< void > {
	const body = await response.text();
	for ( const fact of FACTS ) {
		expect( body ).not.toContain( fact );
	}
}

for ( const user of USERS ) {
	test( `${ user.label } is refused the page, the badge and the REST route`, async ( {
		browser,
		site,
	} ) => {
		const context = await contextAs( browser, site, user.login, PASSWORD );
		const page = await context.newPage();

		const response = await page.goto( PAGE_PATH );
		expect( response?.status() ).toBe( 403 );
		await expect( page.locator( 'body' ) ).toContainText(
			'Sorry, you are not allowed to access this page.'
		);

		await page.goto( '/wp-admin/profile.php' );
		await expect( page.locator( '#wpadminbar' ) ).toBeVisible();
		await expect( page.locator( '[data-dsc-badge]' ) ).toHaveCount( 0 );
		await expect(
			page.locator( '#wp-admin-bar-dokan-support-check' )
		).toHaveCount( 0 );

		const nonce = await restNonce( page );
		expect( nonce ).toMatch( /^[0-9a-f]{10}$/ );
		for ( const query of [ '', '?refresh=1' ] ) {
			const rest = await page.request.get( ROUTE + query, {
				headers: { 'X-WP-Nonce': nonce },
			} );
			expect( rest.status() ).toBe( 403 );
			expect( ( await rest.json() ).code ).toBe( 'rest_forbidden' );
			await expectNoFacts( rest );
		}
		await context.close();
	} );
}

test( 'a visitor gets 401 from the REST route, without facts', async ( {
	playwright,
	site,
} ) => {
	const visitor = await playwright.request.newContext( {
		baseURL: site.url,
	} );
	for ( const query of [ '', '?refresh=1' ] ) {
		const rest = await visitor.get( ROUTE + query );
		expect( rest.status() ).toBe( 401 );
		expect( ( await rest.json() ).code ).toBe( 'rest_forbidden' );
		await expectNoFacts( rest );
	}
	await visitor.dispose();
} );
