/**
 * When the code of a tab cannot be fetched (offline, or the plugin was updated while
 * the page was open), that tab says so and the rest of the page stays.
 */

/**
 * External dependencies
 */
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * Internal dependencies
 */
import { App } from '../../../src/app';
import { appData } from './fixtures';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn( () => new Promise( () => {} ) ),
} ) );

// Stand-ins for chunks that fail to load: importing them throws, as a failed fetch does.
jest.mock( '../../../src/report/chunk', () => {
	throw new Error( 'Loading chunk index-report failed.' );
} );
jest.mock( '../../../src/ticket', () => {
	throw new Error( 'Loading chunk index-ticket failed.' );
} );

it( 'says in the tab that its part of the page could not be loaded, and keeps the rest', async () => {
	const user = userEvent.setup();
	await act( async () => {
		render( <App appData={ appData() } now={ () => 0 } /> );
	} );

	await user.click( screen.getByRole( 'tab', { name: 'Report' } ) );
	// In the tab (wp.a11y also speaks the notice, from a live region of its own).
	expect(
		await within(
			screen.getByRole( 'tabpanel', { name: 'Report' } )
		).findByText(
			'This part of the page could not be loaded. Reload the page to try again.'
		)
	).toBeVisible();

	await user.click( screen.getByRole( 'tab', { name: 'Status' } ) );
	expect(
		screen.getByRole( 'rowheader', { name: 'WooCommerce' } )
	).toBeVisible();
	expect(
		screen.getByRole( 'region', { name: 'Support status' } )
	).toHaveTextContent( 'Outside the supported window' );
} );
