/**
 * The purchase e-mail setting (E2, E3): saved through /wp/v2/settings,
 * refused in the browser when malformed, and WordPress's refusal shown.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import apiFetch from '@wordpress/api-fetch';

import { PurchaseEmailSetting } from '../../../src/settings';

jest.mock( '@wordpress/api-fetch', () => ( {
	__esModule: true,
	default: jest.fn(),
} ) );

const mockedApiFetch = apiFetch as unknown as jest.Mock;

beforeEach( () => mockedApiFetch.mockReset() );

// Notices are also spoken through a live region elsewhere on the page: look in the form.
function form() {
	return within( screen.getByRole( 'form', { name: 'Purchase e-mail' } ) );
}

function field() {
	return screen.getByRole( 'textbox', { name: 'Purchase e-mail' } );
}

function saveButton() {
	return screen.getByRole( 'button', { name: 'Save purchase e-mail' } );
}

describe( 'PurchaseEmailSetting', () => {
	it( 'shows the saved address and explains it must be the dokan.co one (E2, E3)', () => {
		render( <PurchaseEmailSetting email="old@example.com" /> );
		expect( field() ).toHaveValue( 'old@example.com' );
		expect( field() ).toHaveAccessibleDescription(
			/address you used to buy on dokan\.co.*\(E2\).*\(E3\)/
		);
		expect( saveButton() ).toBeDisabled();
	} );

	it( 'saves a new address through the settings route', async () => {
		mockedApiFetch.mockResolvedValue( {
			dokan_support_check_purchase_email: 'new@example.com',
		} );
		const onSaved = jest.fn();
		const user = userEvent.setup();
		render(
			<PurchaseEmailSetting email="old@example.com" onSaved={ onSaved } />
		);

		await user.clear( field() );
		await user.type( field(), ' new@example.com ' );
		await user.click( saveButton() );

		expect( mockedApiFetch ).toHaveBeenCalledWith( {
			path: '/wp/v2/settings',
			method: 'POST',
			data: { dokan_support_check_purchase_email: 'new@example.com' },
		} );
		expect(
			await form().findByText( 'Purchase e-mail saved.' )
		).toBeInTheDocument();
		expect( onSaved ).toHaveBeenCalledWith( 'new@example.com' );
		expect( field() ).toHaveValue( 'new@example.com' );
	} );

	it( 'refuses a malformed address without asking WordPress', async () => {
		const onSaved = jest.fn();
		const user = userEvent.setup();
		render(
			<PurchaseEmailSetting email="old@example.com" onSaved={ onSaved } />
		);

		await user.clear( field() );
		await user.type( field(), 'not-an-address{Enter}' );

		expect(
			form().getByText(
				'This is not a valid e-mail address. Nothing was saved.'
			)
		).toBeInTheDocument();
		expect( mockedApiFetch ).not.toHaveBeenCalled();
		expect( onSaved ).not.toHaveBeenCalled();
	} );

	it( 'shows WordPress’s reason when it refuses the address', async () => {
		mockedApiFetch.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): dokan_support_check_purchase_email',
			data: {
				status: 400,
				params: {
					dokan_support_check_purchase_email:
						'dokan_support_check_purchase_email is not a valid email address.',
				},
			},
		} );
		const onSaved = jest.fn();
		const user = userEvent.setup();
		render(
			<PurchaseEmailSetting email="old@example.com" onSaved={ onSaved } />
		);

		await user.clear( field() );
		await user.type( field(), 'odd@example.com' );
		await user.click( saveButton() );

		expect(
			await form().findByText(
				/Invalid parameter\(s\).*is not a valid email address\. Nothing was saved\./
			)
		).toBeInTheDocument();
		expect( onSaved ).not.toHaveBeenCalled();
	} );

	it( 'explains a network failure', async () => {
		mockedApiFetch.mockRejectedValue( { code: 'fetch_error' } );
		const user = userEvent.setup();
		render( <PurchaseEmailSetting email="" /> );

		await user.type( field(), 'buyer@example.com' );
		await user.click( saveButton() );

		expect(
			await form().findByText( /could not be saved \(fetch_error\)/ )
		).toBeInTheDocument();
	} );
} );
