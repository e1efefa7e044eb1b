/**
 * WordPress dependencies
 */
import { Button, Notice, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { restErrorMessage, savePurchaseEmail } from '../api';
import { isPlausibleEmail } from './email';

export interface PurchaseEmailSettingProps {
	/** The saved address ('' when none). */
	email: string;
	/** Called with the address WordPress stored, after a successful save. */
	onSaved?: ( email: string ) => void;
}

type Status =
	| { kind: 'idle' }
	| { kind: 'saving' }
	| { kind: 'saved' }
	| { kind: 'error'; message: string };

/**
 * The purchase e-mail setting (E2, E3): edited and saved on the page, and
 * explained. A bad address is refused in the browser first, then by WordPress;
 * either way the saved address stays as it was.
 *
 * @param props         Props.
 * @param props.email   The saved address.
 * @param props.onSaved Called after a save.
 * @return The form.
 */
export function PurchaseEmailSetting( {
	email,
	onSaved,
}: PurchaseEmailSettingProps ) {
	const [ value, setValue ] = useState( email );
	const [ saved, setSaved ] = useState( email );
	const [ status, setStatus ] = useState< Status >( { kind: 'idle' } );

	const save = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const address = value.trim();
		if ( ! isPlausibleEmail( address ) ) {
			setStatus( {
				kind: 'error',
				message: __(
					'This is not a valid e-mail address. Nothing was saved.',
					'dokan-support-check'
				),
			} );
			return;
		}
		setStatus( { kind: 'saving' } );
		try {
			const stored = await savePurchaseEmail( address );
			setSaved( stored );
			setValue( stored );
			setStatus( { kind: 'saved' } );
			onSaved?.( stored );
		} catch ( error ) {
			setStatus( {
				kind: 'error',
				message: `${ restErrorMessage( error ) } ${ __(
					'Nothing was saved.',
					'dokan-support-check'
				) }`,
			} );
		}
	};

	return (
		// noValidate: our message (and WordPress's) replaces the browser's bubble.
		<form
			className="dokan-support-check-purchase-email"
			aria-label={ __( 'Purchase e-mail', 'dokan-support-check' ) }
			noValidate
			onSubmit={ save }
		>
			<TextControl
				label={ __( 'Purchase e-mail', 'dokan-support-check' ) }
				type="email"
				autoComplete="email"
				value={ value }
				onChange={ ( next: string ) => {
					setValue( next );
					if ( status.kind !== 'saving' ) {
						setStatus( { kind: 'idle' } );
					}
				} }
				help={ __(
					'Must be the e-mail address you used to buy on dokan.co: support is only for products bought there (E2) and only answers that address (E3). It fills in your tickets.',
					'dokan-support-check'
				) }
			/>
			<Button
				variant="secondary"
				type="submit"
				isBusy={ status.kind === 'saving' }
				disabled={ status.kind === 'saving' || value.trim() === saved }
			>
				{ __( 'Save purchase e-mail', 'dokan-support-check' ) }
			</Button>
			{ status.kind === 'saved' && (
				<Notice status="success" isDismissible={ false }>
					{ __( 'Purchase e-mail saved.', 'dokan-support-check' ) }
				</Notice>
			) }
			{ status.kind === 'error' && (
				<Notice status="error" isDismissible={ false }>
					{ status.message }
				</Notice>
			) }
		</form>
	);
}
