/**
 * WordPress dependencies
 */
import { Button, Modal, Notice, TextControl } from '@wordpress/components';
import { useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

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
	| { kind: 'cleared' }
	| { kind: 'error'; message: string };

// One setting per page, so a fixed id (useId needs React 18; WordPress 6.1 has 17).
const CLEAR_DESCRIPTION_ID = 'dokan-support-check-clear-email-description';

/**
 * The purchase e-mail setting (E2, E3): edited and saved on the page, and
 * explained. A bad address is refused in the browser first, then by WordPress;
 * either way the saved address stays as it was. Clearing it (the Clear button,
 * or saving an empty field) asks first, in a dialog: tickets then carry no
 * purchase e-mail and warn about it.
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

	const [ confirming, setConfirming ] = useState( false );
	const field = useRef< HTMLInputElement >( null );

	const store = async ( address: string ) => {
		setStatus( { kind: 'saving' } );
		try {
			const stored = await savePurchaseEmail( address );
			setSaved( stored );
			setValue( stored );
			setStatus( { kind: stored ? 'saved' : 'cleared' } );
			onSaved?.( stored );
		} catch ( error ) {
			// WordPress's own reason names the option and "the expected formats" (the
			// schema allows an address or ''): say it in the page's words instead.
			const refused =
				( error as { code?: unknown } | null )?.code ===
				'rest_invalid_param';
			setStatus( {
				kind: 'error',
				message: `${
					refused
						? __(
								'WordPress does not accept this as an e-mail address.',
								'dokan-support-check'
							)
						: restErrorMessage( error )
				} ${ __( 'Nothing was saved.', 'dokan-support-check' ) }`,
			} );
		}
	};

	// The Clear button goes with the address. If it had the focus, the focus
	// went to the page's body: it goes to the field instead. Focus elsewhere
	// (the user moved on during the save) stays where it is.
	useEffect( () => {
		const focused = field.current?.ownerDocument.activeElement;
		if (
			status.kind === 'cleared' &&
			( ! focused || focused.matches( 'body' ) )
		) {
			field.current?.focus();
		}
	}, [ status.kind ] );

	const clear = () => {
		setConfirming( false );
		return store( '' );
	};

	const save = async ( event: { preventDefault: () => void } ) => {
		event.preventDefault();
		const address = value.trim();
		if ( address === '' ) {
			// An emptied field clears the saved address: ask first.
			setConfirming( saved !== '' );
			return;
		}
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
		await store( address );
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
				ref={ field }
				label={ __( 'Purchase e-mail', 'dokan-support-check' ) }
				type="email"
				autoComplete="email"
				// Read-only while it saves: what "saved" then confirms is what the
				// field shows, and what the ticket gets.
				readOnly={ status.kind === 'saving' }
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
			{ /* Focusable when disabled: a pressed button keeps the focus while it saves. */ }
			<Button
				variant="secondary"
				type="submit"
				isBusy={ status.kind === 'saving' }
				disabled={ status.kind === 'saving' || value.trim() === saved }
				__experimentalIsFocusable
			>
				{ __( 'Save purchase e-mail', 'dokan-support-check' ) }
			</Button>{ ' ' }
			{ saved !== '' && (
				<Button
					variant="tertiary"
					isDestructive
					disabled={ status.kind === 'saving' }
					__experimentalIsFocusable
					onClick={ () => setConfirming( true ) }
				>
					{ __( 'Clear purchase e-mail', 'dokan-support-check' ) }
				</Button>
			) }
			{ confirming && (
				<Modal
					title={ __(
						'Clear the purchase e-mail?',
						'dokan-support-check'
					) }
					role="alertdialog"
					aria={ { describedby: CLEAR_DESCRIPTION_ID } }
					onRequestClose={ () => setConfirming( false ) }
				>
					<p id={ CLEAR_DESCRIPTION_ID }>
						{ sprintf(
							/* translators: %s: the saved purchase e-mail address. */
							__(
								'Tickets prepared here will no longer carry %s. Support is only for Dokan bought on dokan.co (E2) and only answers the address used for that purchase (E3): without it, give that address yourself in every ticket.',
								'dokan-support-check'
							),
							saved
						) }
					</p>
					<div className="dokan-support-check-confirm-actions">
						<Button
							variant="secondary"
							onClick={ () => setConfirming( false ) }
						>
							{ __( 'Keep it', 'dokan-support-check' ) }
						</Button>{ ' ' }
						<Button
							variant="primary"
							isDestructive
							onClick={ clear }
						>
							{ __(
								'Clear the purchase e-mail',
								'dokan-support-check'
							) }
						</Button>
					</div>
				</Modal>
			) }
			{ status.kind === 'cleared' && (
				<Notice status="success" isDismissible={ false }>
					{ __(
						'Purchase e-mail cleared. Tickets now say it is missing: give the address of your purchase yourself (E3).',
						'dokan-support-check'
					) }
				</Notice>
			) }
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
