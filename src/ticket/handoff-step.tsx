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
import { readableList } from '../readable-list';
import { readableTime } from '../readable-time';
import { copyText, downloadFile } from '../report';
import type { EnvironmentState } from '../report';
import { destinationLink } from './request-types';
import { handoffKind } from './handoff-kind';
import type { HandoffKind } from './handoff-kind';
import { ticketFileName } from './ticket-text';

export interface HandoffStepProps {
	links: VendorLinks;
	ticketText: string;
	purchaseEmail: string;
	/** Unix time (seconds) of the last ticket opened from this site, when within 48 h. */
	recentTicketAt: number | null;
	/** The site's time zone (wp_timezone_string()); '' for the browser's. */
	timeZone?: string;
	/** On a network the last ticket time, like the purchase e-mail, is the network's. */
	network?: boolean;
	/** Labels of the fields where something looks like a password. */
	fieldsWithSecrets: string[];
	now: () => number;
	/** Called with the time recorded for the ticket just opened. */
	onRecorded?: ( at: number ) => void;
	/** Where the site report's environment stands (`?report=1`): the ticket carries that report. */
	environment?: EnvironmentState[ 'state' ];
}

/** `of`: the ticket text a copy's success was said of. */
type Feedback = {
	status: 'success' | 'error';
	message: string;
	of?: string;
} | null;

// One composer per page, so a fixed id (useId needs React 18; WordPress 6.1 has 17).
const NO_HELPDESK_ID = 'dokan-support-check-no-helpdesk';

/**
 * The first step of the handoff: write from the purchase e-mail (E3), said the way
 * the destination takes it (a form's e-mail field, or the account one logs in with).
 *
 * @param props               Props.
 * @param props.kind          What the helpdesk link leads to.
 * @param props.purchaseEmail The saved purchase e-mail ('' when none).
 * @return The step's text.
 */
function PurchaseAddressStep( {
	kind,
	purchaseEmail,
}: {
	kind: HandoffKind;
	purchaseEmail: string;
} ) {
	let step: string;
	if ( kind === 'contact-form' ) {
		step = purchaseEmail
			? sprintf(
					/* translators: %s: the purchase e-mail address. */
					__(
						'Where Dokan’s contact page asks for your e-mail address, give your purchase e-mail: %s. Support only answers the address used to buy on dokan.co (E3).',
						'dokan-support-check'
					),
					purchaseEmail
				)
			: __(
					'Where Dokan’s contact page asks for your e-mail address, give the address you used to buy on dokan.co: support only answers that one (E3).',
					'dokan-support-check'
				);
	} else if ( kind === 'login' ) {
		step = purchaseEmail
			? sprintf(
					/* translators: %s: the purchase e-mail address. */
					__(
						'Log in to the helpdesk with the account of your purchase e-mail, %s (E3). If it asks for an e-mail address instead, give that one.',
						'dokan-support-check'
					),
					purchaseEmail
				)
			: __(
					'Log in to the helpdesk with the account of the address you used to buy on dokan.co (E3). If it asks for an e-mail address instead, give that one.',
					'dokan-support-check'
				);
	} else {
		step = purchaseEmail
			? sprintf(
					/* translators: %s: the purchase e-mail address. */
					__(
						'Send the ticket from your purchase e-mail, %s: support only answers the address used to buy on dokan.co (E3).',
						'dokan-support-check'
					),
					purchaseEmail
				)
			: __(
					'Send the ticket from the address you used to buy on dokan.co: support only answers that one (E3).',
					'dokan-support-check'
				);
	}
	return (
		<>
			<strong>{ step }</strong>{ ' ' }
			{ __(
				'Bought with another address? Use that one instead, and save it as the purchase e-mail above.',
				'dokan-support-check'
			) }
			{ kind === 'login' &&
				' ' +
					__(
						'Logged in there with another account? Log out first.',
						'dokan-support-check'
					) }
		</>
	);
}

/**
 * Steps 4 and 5: what to know before sending (R1-R5, S1-S5, a flagged
 * password), then the handoff: write from the purchase e-mail (E3), open the
 * helpdesk, copy, download; the policy applies (A1).
 *
 * @param props                   Props.
 * @param props.links             Vendor links.
 * @param props.ticketText        The whole ticket.
 * @param props.purchaseEmail     The saved purchase e-mail.
 * @param props.recentTicketAt    When the last ticket was opened, if recent.
 * @param props.timeZone          The site's time zone.
 * @param props.network           Whether the site is part of a network.
 * @param props.fieldsWithSecrets Fields with a password-like string.
 * @param props.now               The clock (Unix seconds).
 * @param props.onRecorded        Called once the ticket's time is recorded.
 * @param props.environment       Where the report's environment stands.
 * @return The step.
 */
export function HandoffStep( {
	links,
	ticketText,
	purchaseEmail,
	recentTicketAt,
	timeZone,
	network = false,
	fieldsWithSecrets,
	now,
	onRecorded,
	environment = 'loaded',
}: HandoffStepProps ) {
	const [ notSecret, setNotSecret ] = useState( false );
	const [ feedback, setFeedback ] = useState< Feedback >( null );
	// Apart from the copy's outcome, which the person needs whatever this says.
	const [ recordError, setRecordError ] = useState< string | null >( null );
	// "Copied" is true of the text copied only: the ticket's report changes under it
	// when the environment arrives, and the clipboard then holds the earlier text.
	const shown = feedback?.of === undefined || feedback.of === ticketText;
	const [ opened, setOpened ] = useState( false );
	const weCare = destinationLink( 'wecare', links );
	const blocked = fieldsWithSecrets.length > 0 && ! notSecret;
	const kind = handoffKind( links );
	const canOpen = ! blocked && kind !== 'none';
	// The ticket recent when this step opened: not the one just sent from it, which
	// the next visit to this step warns about.
	const [ warnAbout ] = useState( recentTicketAt );
	const lastTicketDate =
		warnAbout === null ? '' : readableTime( warnAbout * 1000, timeZone );

	const copy = async () => {
		// What is shown after this is this copy's outcome, not an earlier one's.
		setFeedback( null );
		const copied = await copyText( ticketText );
		setFeedback(
			copied
				? {
						status: 'success',
						message: __(
							'The ticket is copied to your clipboard.',
							'dokan-support-check'
						),
						of: ticketText,
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
		setRecordError( null );
		await copy();
		try {
			const at = now();
			await recordTicketOpened( at );
			onRecorded?.( at );
		} catch ( error ) {
			setRecordError(
				sprintf(
					/* translators: %s: the error message. */
					__(
						'The time of this ticket could not be recorded, so the next visit cannot warn about a pending ticket: %s',
						'dokan-support-check'
					),
					restErrorMessage( error )
				)
			);
		}
	};

	return (
		<>
			<h4>{ __( 'Before you send', 'dokan-support-check' ) }</h4>
			{ warnAbout !== null && (
				<Notice status="warning" isDismissible={ false }>
					<p>
						<strong>
							{ network
								? sprintf(
										/* translators: %s: date and time the last ticket was opened. */
										__(
											'A ticket was opened from this network on %s.',
											'dokan-support-check'
										),
										lastTicketDate
									)
								: sprintf(
										/* translators: %s: date and time the last ticket was opened. */
										__(
											'A ticket was opened from this site on %s.',
											'dokan-support-check'
										),
										lastTicketDate
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
						'No purchase e-mail is saved. Support is only for Dokan bought on dokan.co (E2) and only answers the address used for that purchase (E3): save it above, or add it to the ticket yourself.',
						'dokan-support-check'
					) }
				</Notice>
			) }
			{ fieldsWithSecrets.length > 0 && (
				<>
					<Notice status="error" isDismissible={ false }>
						{ sprintf(
							/* translators: %s: field names, as a list, e.g. "Subject and Description". */
							__(
								'This looks like a password or a secret key, in: %s. Remove it: never paste passwords into a ticket (S3).',
								'dokan-support-check'
							),
							readableList( fieldsWithSecrets )
						) }
					</Notice>
					{ /* Not in the notice, which speaks anew at each change. */ }
					<CheckboxControl
						label={ __(
							'It is not a password: send it as it is.',
							'dokan-support-check'
						) }
						checked={ notSecret }
						onChange={ setNotSecret }
					/>
				</>
			) }

			<h4>{ __( 'Send it', 'dokan-support-check' ) }</h4>
			<ol className="dokan-support-check-handoff-steps">
				<li>
					<PurchaseAddressStep
						kind={ kind }
						purchaseEmail={ purchaseEmail.trim() }
					/>
				</li>
				{ kind !== 'none' && (
					<>
						<li>
							{ __(
								'Press “Copy the ticket and open the helpdesk”: the whole ticket is copied to your clipboard, purchase e-mail first, and the helpdesk opens in a new tab.',
								'dokan-support-check'
							) }
						</li>
						<li>
							{ __(
								'Paste the ticket into the form there and send it. The helpdesk takes nothing filled in from a link, so nothing is sent or filled in from this site.',
								'dokan-support-check'
							) }
						</li>
					</>
				) }
			</ol>
			{ kind === 'none' && (
				<p id={ NO_HELPDESK_ID }>
					{ __(
						'No helpdesk address is set on this site (the dokan_support_check_link_helpdesk filter removed it), so there is nothing to open from here: copy or download the ticket and send it yourself.',
						'dokan-support-check'
					) }
				</p>
			) }
			<p>
				{ __(
					'By buying on dokan.co you accepted Dokan’s support policy, which applies to this ticket (A1).',
					'dokan-support-check'
				) }{ ' ' }
				{ links.supportPolicy && (
					<ExternalLink href={ links.supportPolicy }>
						{ __(
							'Dokan’s support policy',
							'dokan-support-check'
						) }
					</ExternalLink>
				) }
			</p>
			{ ( environment === 'loading' || environment === 'not-loaded' ) && (
				<Notice status="info" isDismissible={ false }>
					{ __(
						'The site’s environment is still being read: wait a moment before copying, and the site report in this ticket will include it.',
						'dokan-support-check'
					) }
				</Notice>
			) }
			{ environment === 'failed' && (
				<Notice status="warning" isDismissible={ false }>
					{ __(
						'The site’s environment could not be read, so the site report in this ticket goes without it and says so. Try again on the Report tab, or send the ticket as it is.',
						'dokan-support-check'
					) }
				</Notice>
			) }
			<TextareaControl
				label={ __( 'Ticket text', 'dokan-support-check' ) }
				value={ ticketText }
				readOnly
				rows={ 10 }
				onChange={ () => undefined }
			/>
			<div className="dokan-support-check-handoff-actions">
				{ /* Without a helpdesk (or while a password is flagged) this is a disabled
				   button, not a link: nothing opens and nothing claims it did. */ }
				<Button
					variant="primary"
					href={
						canOpen ? ( links.helpdesk ?? undefined ) : undefined
					}
					target={ canOpen ? '_blank' : undefined }
					rel={ canOpen ? 'noopener noreferrer' : undefined }
					disabled={ ! canOpen }
					aria-describedby={
						links.helpdesk ? undefined : NO_HELPDESK_ID
					}
					onClick={ canOpen ? openHelpdesk : undefined }
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
			{ feedback && shown && (
				<Notice status={ feedback.status } isDismissible={ false }>
					{ feedback.message }
				</Notice>
			) }
			{ recordError && (
				<Notice status="warning" isDismissible={ false }>
					{ recordError }
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
