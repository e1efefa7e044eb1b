/**
 * What a person sees of the layout at a given screen width, for the specs that check it.
 */

/**
 * External dependencies
 */
import type { Locator, Page } from '@playwright/test';

/**
 * Internal dependencies
 */
import { expect } from './fixtures';

/**
 * The admin bar is one line: the account menu sits beside the badge, not below it.
 *
 * @param page The page.
 */
export async function expectAdminBarOnOneLine( page: Page ): Promise< void > {
	const bar = page.locator( '#wpadminbar' );
	const badgeItem = bar.locator( '#wp-admin-bar-dokan-support-check' );
	const accountItem = bar.locator( '#wp-admin-bar-my-account' );
	// Both there, or two missing boxes would pass for one line.
	await expect( badgeItem ).toBeVisible();
	await expect( accountItem ).toBeVisible();
	const badge = await badgeItem.boundingBox();
	const account = await accountItem.boundingBox();
	expect( account?.y ).toBe( badge?.y );
}

/**
 * Nothing scrolls sideways, and `element` is whole inside the window.
 *
 * @param page    The page.
 * @param element Something that must be seen whole.
 */
export async function expectFitsWindow(
	page: Page,
	element: Locator
): Promise< void > {
	await expect( element ).toBeVisible();
	const box = await element.boundingBox();
	expect( ( box?.x ?? 0 ) + ( box?.width ?? Infinity ) ).toBeLessThanOrEqual(
		page.viewportSize()?.width ?? 0
	);
	expect(
		await page.evaluate(
			() =>
				document.documentElement.scrollWidth -
				document.documentElement.clientWidth
		)
	).toBe( 0 );
}
