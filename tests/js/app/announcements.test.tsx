/**
 * What the page says to a screen reader after "Check again": each failure is heard,
 * the second one as well as the first.
 */

/**
 * External dependencies
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

/**
 * WordPress dependencies
 */
import apiFetch from '@wordpress/api-fetch';
import { speak } from '@wordpress/a11y';

/**
 * Internal dependencies
 */
import { App } from '../../../src/app';
import { appData, environment, facts, history } from './fixtures';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );
// What WordPress's notices hand to the screen reader (wp.a11y's live regions).
jest.mock( '@wordpress/a11y', () => ( {
	__esModule: true,
	speak: jest.fn(),
	setup: jest.fn(),
} ) );

const fetchMock = apiFetch as unknown as jest.Mock;
const spoken = () =>
	( speak as jest.Mock ).mock.calls.filter( ( [ message ] ) =>
		/offline/.test( String( message ) )
	).length;

it( 'speaks a failure of "Check again" each time, not only the first', async () => {
	const user = userEvent.setup();
	await act( async () => {
		render(
			<App
				appData={ appData() }
				now={ () => Date.parse( '2026-11-27T13:00:00Z' ) }
			/>
		);
	} );
	const offline = { code: 'fetch_error', message: 'Offline.' };
	const checkAgain = () =>
		screen.getByRole( 'button', { name: 'Check again' } );
	const status = () =>
		within( screen.getByRole( 'region', { name: 'Support status' } ) );

	fetchMock.mockRejectedValueOnce( offline );
	await user.click( checkAgain() );
	expect( await status().findByText( /you may be offline/ ) ).toBeVisible();
	expect( spoken() ).toBe( 1 );

	fetchMock.mockRejectedValueOnce( offline );
	await user.click( checkAgain() );
	await waitFor( () =>
		expect( checkAgain() ).not.toHaveAttribute( 'aria-disabled' )
	);
	expect( await status().findByText( /you may be offline/ ) ).toBeVisible();
	expect( spoken() ).toBe( 2 );
} );

it( 'says a failure once, not again when the Report tab’s answer brings the facts', async () => {
	const user = userEvent.setup();
	fetchMock.mockRejectedValueOnce( {
		code: 'fetch_error',
		message: 'Offline.',
	} );
	await act( async () => {
		render(
			<App
				appData={ appData( { facts: null } ) }
				now={ () => Date.parse( '2026-11-27T13:00:00Z' ) }
			/>
		);
	} );
	const status = () =>
		within( screen.getByRole( 'region', { name: 'Support status' } ) );
	expect( await status().findByText( /you may be offline/ ) ).toBeVisible();
	const before = spoken();

	fetchMock.mockResolvedValueOnce( {
		...facts(),
		environment: environment(),
		history: history(),
	} );
	await user.click( screen.getByRole( 'tab', { name: 'Report' } ) );
	await screen.findByRole( 'heading', { name: 'Site environment' } );
	expect( status().queryByText( /you may be offline/ ) ).toBeNull();
	expect( spoken() ).toBe( before );
} );
