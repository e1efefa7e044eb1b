/**
 * The purchase e-mail setting (E2, E3): saved through /wp/v2/settings,
 * refused in the browser when malformed, WordPress's refusal shown, and
 * cleared only after a confirmation.
 */
import { act, render, screen, waitFor, within } from '@testing-library/react';
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

// Save stays focusable when there is nothing to save (WordPress's
// `__experimentalIsFocusable`): unavailable is `aria-disabled`, not `disabled`.
function expectUnavailable( button: HTMLElement ) {
	expect( button ).toHaveAttribute( 'aria-disabled', 'true' );
}

describe( 'PurchaseEmailSetting', () => {
	it( 'shows the saved address and explains it must be the dokan.co one (E2, E3)', () => {
		render( <PurchaseEmailSetting email="old@example.com" /> );
		expect( field() ).toHaveValue( 'old@example.com' );
		expect( field() ).toHaveAccessibleDescription(
			/address you used to buy on dokan\.co.*\(E2\).*\(E3\)/
		);
		expectUnavailable( saveButton() );
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
		// Nothing left to save, and still focusable: a `disabled` button would
		// drop the focus to the body in a browser (purchase-email.spec.ts checks
		// that in Chromium; jsdom keeps the focus on a disabled button).
		expectUnavailable( saveButton() );
	} );

	it( 'holds the field still while a save is on its way, so "saved" is true of what it shows', async () => {
		let answer: ( value: unknown ) => void = () => {};
		mockedApiFetch.mockReturnValue(
			new Promise( ( resolve ) => ( answer = resolve ) )
		);
		const onSaved = jest.fn();
		const user = userEvent.setup();
		render(
			<PurchaseEmailSetting email="old@example.com" onSaved={ onSaved } />
		);

		await user.clear( field() );
		await user.type( field(), 'jane@exmaple.com' );
		await user.click( saveButton() );
		expect( field() ).toHaveAttribute( 'readonly' );
		// The typo is seen too late: it cannot be mended mid-save.
		await user.type( field(), 'x' );
		expect( field() ).toHaveValue( 'jane@exmaple.com' );
		await act( async () =>
			answer( {
				dokan_support_check_purchase_email: 'jane@exmaple.com',
			} )
		);

		expect(
			await form().findByText( 'Purchase e-mail saved.' )
		).toBeInTheDocument();
		expect( field() ).toHaveValue( 'jane@exmaple.com' );
		expect( onSaved ).toHaveBeenCalledWith( 'jane@exmaple.com' );
		// And mended once it has answered.
		expect( field() ).not.toHaveAttribute( 'readonly' );
		await user.clear( field() );
		await user.type( field(), 'jane@example.com' );
		expect( field() ).toHaveValue( 'jane@example.com' );
	} );

	// Save is unavailable but focusable (not `disabled`): Enter in the field
	// clicks it, and WordPress's Button cancels that click.
	it( 'saves nothing when Enter is pressed with nothing new to save', async () => {
		const user = userEvent.setup();
		render( <PurchaseEmailSetting email="old@example.com" /> );

		await user.type( field(), '{Enter}' );

		expect( mockedApiFetch ).not.toHaveBeenCalled();
		expect(
			form().queryByText( 'Purchase e-mail saved.' )
		).not.toBeInTheDocument();
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

	it( 'says WordPress refused the address, in the page’s words', async () => {
		// What core answers for an address is_email() refuses (the schema: an address or '').
		mockedApiFetch.mockRejectedValue( {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): dokan_support_check_purchase_email',
			data: {
				status: 400,
				params: {
					dokan_support_check_purchase_email:
						'dokan_support_check_purchase_email does not match any of the expected formats.',
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
				'WordPress does not accept this as an e-mail address. Nothing was saved.'
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

	describe( 'clearing it', () => {
		function clearButton() {
			return screen.getByRole( 'button', {
				name: 'Clear purchase e-mail',
			} );
		}

		function dialog() {
			return screen.getByRole( 'alertdialog', {
				name: 'Clear the purchase e-mail?',
			} );
		}

		it( 'asks first, in a dialog that says what clearing means (E2, E3); keeping it changes nothing', async () => {
			const onSaved = jest.fn();
			const user = userEvent.setup();
			render(
				<PurchaseEmailSetting
					email="old@example.com"
					onSaved={ onSaved }
				/>
			);

			await user.click( clearButton() );
			expect( dialog() ).toHaveAccessibleDescription(
				/no longer carry old@example\.com.*\(E2\).*\(E3\)/
			);
			await user.click(
				within( dialog() ).getByRole( 'button', { name: 'Keep it' } )
			);

			expect(
				screen.queryByRole( 'alertdialog' )
			).not.toBeInTheDocument();
			expect( mockedApiFetch ).not.toHaveBeenCalled();
			expect( onSaved ).not.toHaveBeenCalled();
			expect( field() ).toHaveValue( 'old@example.com' );
		} );

		it( 'closes the dialog with Escape, keeping the address', async () => {
			const user = userEvent.setup();
			render( <PurchaseEmailSetting email="old@example.com" /> );
			await user.click( clearButton() );
			expect( dialog() ).toBeInTheDocument();
			await user.keyboard( '{Escape}' );
			// The modal closes after its exit animation.
			await waitFor( () =>
				expect(
					screen.queryByRole( 'alertdialog' )
				).not.toBeInTheDocument()
			);
			expect( mockedApiFetch ).not.toHaveBeenCalled();
		} );

		it( 'saves the empty value once confirmed', async () => {
			mockedApiFetch.mockResolvedValue( {
				dokan_support_check_purchase_email: '',
			} );
			const onSaved = jest.fn();
			const user = userEvent.setup();
			render(
				<PurchaseEmailSetting
					email="old@example.com"
					onSaved={ onSaved }
				/>
			);

			await user.click( clearButton() );
			await user.click(
				within( dialog() ).getByRole( 'button', {
					name: 'Clear the purchase e-mail',
				} )
			);

			expect( mockedApiFetch ).toHaveBeenCalledWith( {
				path: '/wp/v2/settings',
				method: 'POST',
				data: { dokan_support_check_purchase_email: '' },
			} );
			expect(
				await form().findByText( /Purchase e-mail cleared\..*\(E3\)/ )
			).toBeInTheDocument();
			expect( onSaved ).toHaveBeenCalledWith( '' );
			expect( field() ).toHaveValue( '' );
			// The Clear button is gone; the focus is in the field, not lost.
			expect( field() ).toHaveFocus();
			// Nothing left to clear.
			expect(
				screen.queryByRole( 'button', {
					name: 'Clear purchase e-mail',
				} )
			).not.toBeInTheDocument();
		} );

		it( 'leaves the focus where the user put it during the save', async () => {
			let answer: ( value: unknown ) => void = () => {};
			mockedApiFetch.mockReturnValue(
				new Promise( ( resolve ) => ( answer = resolve ) )
			);
			const user = userEvent.setup();
			render(
				<>
					<PurchaseEmailSetting email="old@example.com" />
					<button>Elsewhere</button>
				</>
			);

			await user.click( clearButton() );
			await user.click(
				within( dialog() ).getByRole( 'button', {
					name: 'Clear the purchase e-mail',
				} )
			);
			await user.click(
				screen.getByRole( 'button', { name: 'Elsewhere' } )
			);
			await act( async () =>
				answer( { dokan_support_check_purchase_email: '' } )
			);

			expect(
				await form().findByText( /Purchase e-mail cleared\./ )
			).toBeInTheDocument();
			expect(
				screen.getByRole( 'button', { name: 'Elsewhere' } )
			).toHaveFocus();
		} );

		it( 'asks the same when the field is emptied and saved', async () => {
			const user = userEvent.setup();
			render( <PurchaseEmailSetting email="old@example.com" /> );

			await user.clear( field() );
			await user.click( saveButton() );

			expect( dialog() ).toBeInTheDocument();
			expect( mockedApiFetch ).not.toHaveBeenCalled();
			// (The open dialog hides the rest of the page from roles: look by text.)
			expect(
				screen.queryByText( /not a valid e-mail address/ )
			).not.toBeInTheDocument();
		} );

		it( 'offers nothing to clear when no address is saved', () => {
			render( <PurchaseEmailSetting email="" /> );
			expect(
				screen.queryByRole( 'button', {
					name: 'Clear purchase e-mail',
				} )
			).not.toBeInTheDocument();
			expectUnavailable( saveButton() );
		} );

		it( 'keeps the address when WordPress fails to clear it', async () => {
			mockedApiFetch.mockRejectedValue( { code: 'fetch_error' } );
			const onSaved = jest.fn();
			const user = userEvent.setup();
			render(
				<PurchaseEmailSetting
					email="old@example.com"
					onSaved={ onSaved }
				/>
			);
			await user.click( clearButton() );
			await user.click(
				within( dialog() ).getByRole( 'button', {
					name: 'Clear the purchase e-mail',
				} )
			);
			expect(
				await form().findByText( /Nothing was saved\./ )
			).toBeInTheDocument();
			expect( onSaved ).not.toHaveBeenCalled();
			expect( field() ).toHaveValue( 'old@example.com' );
		} );
	} );
} );
