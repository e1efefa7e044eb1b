/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	ExternalLink,
	Notice,
	TextareaControl,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { VendorLinks } from '../types';
import { recordTicketOpened, restErrorMessage } from '../api';
import { copyText, downloadFile } from '../report';
import { destinationLink } from './request-types';
import { ticketFileName } from './ticket-text';

export interface HandoffStepProps {
	links: VendorLinks;
	ticketText: string;
	purchaseEmail: string;
	/** Unix time (seconds) of the last ticket opened from this site, when within 48 h. */
	recentTicketAt: number | null;
	/** Labels of the fields where something looks like a password. */
	fieldsWithSecrets: string[];
	now: () => number;
}

type Feedback = { status: 'success' | 'error'; message: string } | null;

/**
 * Steps 4 and 5: what to know before sending (R1-R5, S1-S5, a flagged
 * password), then the handoff: open the helpdesk, copy, download.
 *
 * @param props                   Props.
 * @param props.links             Vendor links.
 * @param props.ticketText        The whole ticket.
 * @param props.purchaseEmail     The saved purchase e-mail.
 * @param props.recentTicketAt    When the last ticket was opened, if recent.
 * @param props.fieldsWithSecrets Fields with a password-like string.
 * @param props.now               The clock (Unix seconds).
 * @return The step.
 */
export function HandoffStep( {
	links,
	ticketText,
	purchaseEmail,
	recentTicketAt,
	fieldsWithSecrets,
	now,
}: HandoffStepProps ) {
	const [ notSecret, setNotSecret ] = useState( false );
	const [ feedback, setFeedback ] = useState< Feedback >( null );
	const [ opened, setOpened ] = useState( false );
	const weCare = destinationLink( 'wecare', links );
	const blocked = fieldsWithSecrets.length > 0 && ! notSecret;

	const copy = async () => {
		const copied = await copyText( ticketText );
		setFeedback(
			copied
				? {
						status: 'success',
						message: __(
							'The ticket is copied to your clipboard.',
							'dokan-support-check'
						),
					}
				: {
						status: 'error',
						message: __(
							'Your browser refused to copy. Select the ticket text above and copy it, or download it.',
							'dokan-support-check'
						),
					}
		);
		return copied;
	};

	const openHelpdesk = async () => {
		// The helpdesk opens through the link itself (a new tab); copy and record meanwhile.
		setOpened( true );
		await copy();
		try {
			await recordTicketOpened( now() );
		} catch ( error ) {
			setFeedback( {
				status: 'error',
				message: sprintf(
					/* translators: %s: the error message. */
					__(
						'The time of this ticket could not be recorded, so the next visit cannot warn about a pending ticket: %s',
						'dokan-support-check'
					),
					restErrorMessage( error )
				),
			} );
		}
	};

	return (
		<>
			<h4>{ __( 'Before you send', 'dokan-support-check' ) }</h4>
			{ recentTicketAt !== null && (
				<Notice status="warning" isDismissible={ false }>
					<p>
						<strong>
							{ sprintf(
								/* translators: %s: date and time the last ticket was opened. */
								__(
									'A ticket was opened from this site on %s.',
									'dokan-support-check'
								),
								new Date(
									recentTicketAt * 1000
								).toLocaleString()
							) }
						</strong>{ ' ' }
						{ __(
							'If it is still waiting for an answer, do not open another one or add messages to it: each new message sends a pending ticket to the back of the queue, and the more updates, the longer the wait (R5).',
							'dokan-support-check'
						) }
					</p>
				</Notice>
			) }
			<ul className="dokan-support-check-advice">
				<li>
					{ __(
						'Expect a first response within 24 to 48 hours, longer at peak times; resolution time depends on the problem (R1, R2). Tickets are answered first come, first served (R3).',
						'dokan-support-check'
					) }
				</li>
				<li>
					{ __(
						'Once the ticket is sent, wait for the answer: every new message sends it to the back of the queue (R5).',
						'dokan-support-check'
					) }
				</li>
				<li>
					{ __(
						'For priority response, Dokan sells the weCare service (R4).',
						'dokan-support-check'
					) }{ ' ' }
					{ weCare?.url && (
						<ExternalLink href={ weCare.url }>
							{ weCare.viaContact
								? __(
										'Ask about weCare on Dokan’s contact page',
										'dokan-support-check'
									)
								: __( 'weCare', 'dokan-support-check' ) }
						</ExternalLink>
					) }
				</li>
				<li>
					{ __(
						'Support may ask for access to your site (S1). Back up the whole site first (S2); prefer giving access to a staging copy, because debugging can break things or lose data (S4). Never paste passwords into the ticket: share access only the way the support team tells you (S3). What you send through the helpdesk stays between you and the support team (S5).',
						'dokan-support-check'
					) }
				</li>
			</ul>
			{ ! purchaseEmail && (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'No purchase e-mail is saved. Support only answers the address used to buy on dokan.co (E3): save it above, or add it to the ticket yourself.',
						'dokan-support-check'
					) }
				</Notice>
			) }
			{ fieldsWithSecrets.length > 0 && (
				<Notice status="error" isDismissible={ false }>
					<p>
						{ sprintf(
							/* translators: %s: field names, e.g. "Subject, Description". */
							__(
								'This looks like a password or a secret key, in: %s. Remove it: never paste passwords into a ticket (S3).',
								'dokan-support-check'
							),
							fieldsWithSecrets.join( ', ' )
						) }
					</p>
					<CheckboxControl
						label={ __(
							'It is not a password: send it as it is.',
							'dokan-support-check'
						) }
						checked={ notSecret }
						onChange={ setNotSecret }
					/>
				</Notice>
			) }

			<h4>{ __( 'Send it', 'dokan-support-check' ) }</h4>
			<p>
				{ __(
					'The helpdesk form cannot be filled in from here. Opening it copies the whole ticket (purchase e-mail, request type, subject, description, steps and site report) to your clipboard: paste it into the helpdesk form.',
					'dokan-support-check'
				) }
			</p>
			<TextareaControl
				label={ __( 'Ticket text', 'dokan-support-check' ) }
				value={ ticketText }
				readOnly
				rows={ 10 }
				onChange={ () => undefined }
			/>
			<div className="dokan-support-check-handoff-actions">
				<Button
					variant="primary"
					href={ blocked ? undefined : links.helpdesk }
					target="_blank"
					rel="noopener noreferrer"
					disabled={ blocked }
					onClick={ blocked ? undefined : openHelpdesk }
				>
					{ __(
						'Copy the ticket and open the helpdesk',
						'dokan-support-check'
					) }
				</Button>{ ' ' }
				<Button
					variant="secondary"
					disabled={ blocked }
					onClick={ copy }
				>
					{ __( 'Copy the ticket', 'dokan-support-check' ) }
				</Button>{ ' ' }
				<Button
					variant="secondary"
					disabled={ blocked }
					onClick={ () =>
						downloadFile(
							ticketFileName( new Date() ),
							ticketText,
							'text/plain'
						)
					}
				>
					{ __(
						'Download the ticket (.txt)',
						'dokan-support-check'
					) }
				</Button>
			</div>
			{ feedback && (
				<Notice status={ feedback.status } isDismissible={ false }>
					{ feedback.message }
				</Notice>
			) }
			{ opened && (
				<p>
					{ __(
						'The helpdesk opened in a new tab. Paste the ticket there and send it; nothing has been sent from this site.',
						'dokan-support-check'
					) }
				</p>
			) }
		</>
	);
}
