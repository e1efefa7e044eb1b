/**
 * The page without a mouse: every control of the page is reached with Tab in reading
 * order, a ticket can be prepared with the keyboard alone, and axe finds no serious or
 * critical violation at any step of the ticket composer (the page's first screen is
 * checked in support-page.spec.ts).
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
import { PAGE_PATH } from './support-scenarios';

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

test(
	'Tab reaches every control of the page in reading order',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		// Start from the page's own heading, the way a keyboard user arrives.
		await page.getByRole( 'button', { name: 'Check again' } ).focus();
		const reached: string[] = [];
		for ( let i = 0; i < 60; i++ ) {
			const now = await focused( page );
			if ( ! now.inApp ) {
				break;
			}
			reached.push( now.name );
			await page.keyboard.press( 'Tab' );
		}

		const expectedInOrder = [
			'Check again',
			'Update WooCommerce to 10.9.4',
			'Update Dokan to 4.1.2',
			'Redact for public places',
			'Copy report',
			'Download .txt',
			'Download .json',
		];
		const positions = expectedInOrder.map( ( name ) =>
			reached.findIndex( ( got ) => got.startsWith( name ) )
		);
		expect(
			positions.every( ( at ) => at >= 0 ),
			`reached: ${ reached.join( ' | ' ) }`
		).toBe( true );
		expect( [ ...positions ].sort( ( a, b ) => a - b ) ).toEqual(
			positions
		);
		// The ticket composer follows the report, and its first choice is reachable too.
		expect(
			reached.some( ( name ) => /Purchase e-mail/i.test( name ) ),
			`reached: ${ reached.join( ' | ' ) }`
		).toBe( true );
	}
);

test(
	'a ticket is prepared with the keyboard alone, and every step passes axe',
	EVERY_WP_VERSION,
	async ( { page } ) => {
		const composer = page.getByRole( 'region', {
			name: 'Open a support ticket',
		} );
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

		// Step 4: the handoff, reached without a click.
		await expect(
			composer.getByRole( 'heading', { name: /Send the ticket/ } )
		).toBeVisible();
		expect( await seriousViolations( page ) ).toEqual( [] );
	}
);
