/**
 * The page without a mouse: the tabs follow the WAI-ARIA pattern (one tab stop, arrow
 * keys, Home, End) and the URL; every control of each tab is reached with Tab in
 * reading order; a ticket can be prepared with the keyboard alone; and axe finds no
 * serious or critical violation on the Report tab or at any step of the ticket
 * composer (the Status tab is checked in support-page.spec.ts).
 */

/**
 * External dependencies
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { test, expect, EVERY_WP_VERSION } from './fixtures';
import { PAGE_PATH, REPORT_REQUEST } from './support-scenarios';
import { settledTicketText } from './ticket-flow';

test.describe.configure( { timeout: 60_000 } );

/**
 * The accessible name (or, failing that, the text) of the focused element, and
 * whether it is inside the app.
 *
 * @param page The page.
 * @return What has the focus.
 */
async function focused(
	page: Page
): Promise< { inApp: boolean; role: string; name: string } > {
	const element = page.locator( ':focus' );
	if ( ( await element.count() ) === 0 ) {
		return { inApp: false, role: '', name: '' };
	}
	return element.first().evaluate( ( node: HTMLElement ) => {
		const label =
			'labels' in node
				? ( node as HTMLInputElement ).labels?.[ 0 ]?.textContent
				: null;
		return {
			inApp: Boolean( node.closest( '#dokan-support-check-root' ) ),
			role: node.getAttribute( 'role' ) ?? node.tagName.toLowerCase(),
			name: (
				node.getAttribute( 'aria-label' ) ??
				label ??
				node.textContent ??
				''
			).trim(),
		};
	} );
}

/**
 * Serious and critical axe violations inside the app.
 *
 * @param page The page.
 * @return One line per violation.
 */
async function seriousViolations( page: Page ): Promise< string[] > {
	const results = await new AxeBuilder( { page } )
		.include( '#dokan-support-check-root' )
		.analyze();
	return results.violations
		.filter( ( v ) => v.impact === 'serious' || v.impact === 'critical' )
		.map(
			( v ) =>
				`${ v.id }: ${ v.nodes.map( ( n ) => n.target ).join( ' ' ) }`
		);
}

test.beforeEach( async ( { page } ) => {
	await page.goto( PAGE_PATH );
	await expect(
		page.locator( '[data-component="woocommerce"]' )
	).toBeVisible();
} );

/**
 * What Tab reaches, from the focused element to the end of the app.
 *
 * @param page The page.
 * @return Each stop's name.
 */
async function tabStops( page: Page ): Promise< string[] > {
	const reached: string[] = [];
	for ( let i = 0; i < 80; i++ ) {
		const now = await focused( page );
		if ( ! now.inApp ) {
			break;
		}
		reached.push( `${ now.role }: ${ now.name.slice( 0, 60 ) }` );
		await page.keyboard.press( 'Tab' );
	}
	return reached;
}

/**
 * Checks that each expected stop is reached, in this order.
 *
 * @param reached         What Tab reached.
 * @param expectedInOrder Beginnings of the stops expected, in order.
 */
function expectInOrder( reached: string[], expectedInOrder: string[] ) {
	const positions = expectedInOrder.map( ( name ) =>
		reached.findIndex( ( got ) => got.startsWith( name ) )
	);
	expect(
		positions.every( ( at ) => at >= 0 ),
		`reached: ${ reached.join( ' | ' ) }`
	).toBe( true );
	expect( [ ...positions ].sort( ( a, b ) => a - b ) ).toEqual( positions );
}

test(
	'Tab reaches every control of each tab in reading order',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		// The Status tab, from the first control under the verdict.
		await page.getByRole( 'button', { name: 'Check again' } ).focus();
		let reached = await tabStops( page );
		expectInOrder( reached, [
			'button: Check again',
			'tab: Status',
			// Only the selected tab is a stop; then its panel.
			'tabpanel: ',
			'a: Update WooCommerce to 10.9.4',
			'a: Update Dokan to 4.1.2',
		] );
		expect(
			reached.filter( ( stop ) => stop.startsWith( 'tab:' ) )
		).toEqual( [ 'tab: Status' ] );

		// The Report tab, opened from the tab list with the keyboard.
		await page.getByRole( 'tab', { name: 'Status' } ).focus();
		await page.keyboard.press( 'ArrowRight' );
		await expect(
			page.getByRole( 'heading', { name: 'Site environment' } )
		).toBeVisible();
		reached = await tabStops( page );
		expectInOrder( reached, [
			'tab: Report',
			'tabpanel: ',
			'input: Redact for public places',
			'button: Copy report',
			'button: Download .txt',
			'button: Download .json',
			'a: The same on WordPress’s Site Health Info screen',
			'a: WooCommerce’s system status report',
			'button: WordPress',
			'button: Active Plugins',
			'button: Server',
		] );

		// The ticket tab: the composer's first choice is reachable too.
		await page.getByRole( 'tab', { name: 'Report' } ).focus();
		await page.keyboard.press( 'ArrowRight' );
		await expect(
			page.getByRole( 'region', { name: 'Open a support ticket' } )
		).toBeVisible();
		reached = await tabStops( page );
		expect(
			reached.some( ( name ) => /Purchase e-mail/i.test( name ) ),
			`reached: ${ reached.join( ' | ' ) }`
		).toBe( true );
	}
);

test(
	'the tabs follow the keyboard and the URL: one tab stop, arrow keys, Home, End, Back',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		const tablist = page.getByRole( 'tablist', { name: 'Support Check' } );
		const tabs = tablist.getByRole( 'tab' );
		await expect( tabs ).toHaveText( [
			'Status',
			'Report',
			'Open a ticket',
		] );
		const status = tablist.getByRole( 'tab', { name: 'Status' } );
		const report = tablist.getByRole( 'tab', { name: 'Report' } );
		const ticket = tablist.getByRole( 'tab', { name: 'Open a ticket' } );
		await expect( status ).toHaveAttribute( 'aria-selected', 'true' );
		await expect(
			page.getByRole( 'tabpanel', { name: 'Status' } )
		).toBeVisible();

		// Tab enters the tab list on the selected tab only.
		await page.getByRole( 'button', { name: 'Check again' } ).focus();
		await page.keyboard.press( 'Tab' );
		await expect( status ).toBeFocused();

		await page.keyboard.press( 'ArrowRight' );
		await expect( report ).toBeFocused();
		await expect( report ).toHaveAttribute( 'aria-selected', 'true' );
		await expect(
			page.getByRole( 'tabpanel', { name: 'Report' } )
		).toBeVisible();
		await expect(
			page.getByRole( 'tabpanel', { name: 'Status' } )
		).toBeHidden();
		await expect( page ).toHaveURL( /#report$/ );

		await page.keyboard.press( 'End' );
		await expect( ticket ).toBeFocused();
		await expect( page ).toHaveURL( /#ticket$/ );
		await page.keyboard.press( 'ArrowRight' );
		await expect( status ).toBeFocused();
		await page.keyboard.press( 'ArrowLeft' );
		await expect( ticket ).toBeFocused();
		await page.keyboard.press( 'Home' );
		await expect( status ).toHaveAttribute( 'aria-selected', 'true' );

		// Back and Forward go through the tabs shown, by the URL.
		await page.goBack();
		await expect( page ).toHaveURL( /#ticket$/ );
		await expect( ticket ).toHaveAttribute( 'aria-selected', 'true' );
		await page.goBack(); // #status
		await page.goBack(); // #ticket
		await page.goBack();
		await expect( page ).toHaveURL( /#report$/ );
		await expect( report ).toHaveAttribute( 'aria-selected', 'true' );
		await page.goForward();
		await expect( ticket ).toHaveAttribute( 'aria-selected', 'true' );

		// A link to a tab, followed on the page itself.
		await page.evaluate( () => {
			window.location.hash = '#status';
		} );
		await expect( status ).toHaveAttribute( 'aria-selected', 'true' );
		await expect(
			page.locator( '[data-component="woocommerce"]' )
		).toBeVisible();
	}
);

test(
	'the Report tab, its environment open, passes axe',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		await page.getByRole( 'tab', { name: 'Report' } ).click();
		const environment = page.getByRole( 'region', {
			name: 'Site environment',
		} );
		await environment
			.getByRole( 'button', { name: /^Active Plugins/ } )
			.click();
		await environment.getByRole( 'button', { name: 'Server' } ).click();
		expect( await seriousViolations( page ) ).toEqual( [] );
	}
);

test(
	'a ticket is prepared with the keyboard alone, and every step passes axe',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		// The site's environment (the ticket tab's `?report=1`) is held until the
		// last step has been checked while it is still being read, so that both of
		// that step's states are checked on every run, not one or the other by chance.
		let answerReport = () => {};
		const held = new Promise< void >( ( resolve ) => {
			answerReport = resolve;
		} );
		await page.route( REPORT_REQUEST, async ( route ) => {
			await held;
			await route.continue();
		} );

		// The ticket tab, reached with the keyboard.
		await page.getByRole( 'tab', { name: 'Status' } ).focus();
		await page.keyboard.press( 'End' );
		const composer = page.getByRole( 'region', {
			name: 'Open a support ticket',
		} );
		await expect( composer ).toBeVisible();
		expect( await seriousViolations( page ) ).toEqual( [] );

		// Step 1: choose a covered request type with the keyboard, then continue.
		const bug = composer.getByRole( 'radio', {
			name: 'A bug or a problem in Dokan',
		} );
		await bug.focus();
		await page.keyboard.press( 'Space' );
		await expect( bug ).toBeChecked();
		await composer.getByRole( 'button', { name: 'Continue' } ).focus();
		await page.keyboard.press( 'Enter' );

		// Step 2: the fixtures' WooCommerce is outside the window: acknowledge and go on.
		await expect(
			composer.getByRole( 'heading', { name: /Update first/ } )
		).toBeVisible();
		expect( await seriousViolations( page ) ).toEqual( [] );
		await composer
			.getByRole( 'checkbox', { name: /I understand/ } )
			.focus();
		await page.keyboard.press( 'Space' );
		await composer.getByRole( 'button', { name: 'Continue' } ).focus();
		await page.keyboard.press( 'Enter' );

		// Step 3: type the ticket; Tab moves from field to field.
		const subject = composer.getByRole( 'textbox', { name: 'Subject' } );
		await expect( subject ).toBeVisible();
		expect( await seriousViolations( page ) ).toEqual( [] );
		await subject.focus();
		await page.keyboard.type( 'Orders page is empty' );
		await page.keyboard.press( 'Tab' );
		await expect(
			composer.getByRole( 'textbox', { name: /^Description/ } )
		).toBeFocused();
		await page.keyboard.type( 'The vendor orders page shows no orders.' );
		await page.keyboard.press( 'Tab' );
		await expect(
			composer.getByRole( 'textbox', { name: /^Steps to reproduce/ } )
		).toBeFocused();
		await page.keyboard.type( 'Open Dokan, then Orders.' );
		await composer.getByRole( 'button', { name: 'Continue' } ).focus();
		await page.keyboard.press( 'Enter' );

		// Step 4: the handoff, reached without a click; the environment still on its way.
		await expect(
			composer.getByRole( 'heading', { name: /Send the ticket/ } )
		).toBeVisible();
		const stillReading = composer.getByText(
			/environment is still being read/
		);
		await expect( stillReading ).toBeVisible();
		expect( await seriousViolations( page ) ).toEqual( [] );

		// Then with the environment in the ticket.
		answerReport();
		await settledTicketText( composer );
		await expect( stillReading ).toBeHidden();
		expect( await seriousViolations( page ) ).toEqual( [] );
	}
);
