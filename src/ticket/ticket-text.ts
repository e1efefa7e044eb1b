/**
 * The ticket as plain text: what is copied to the clipboard, downloaded as
 * .txt and pasted into the helpdesk (which takes no prefilled fields). The
 * layout follows the site report's: `### section ###` headers and
 * `label: value` lines. Pure: no DOM.
 */

/**
 * WordPress dependencies
 */
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { RequestType } from './request-types';

export type ReportVariant = 'full' | 'redacted';

export interface TicketFields {
	purchaseEmail: string;
	requestType: RequestType;
	subject: string;
	description: string;
	steps: string;
	reportVariant: ReportVariant;
	/** The report text of the chosen variant. */
	report: string;
}

function section( title: string, body: string ): string {
	return `### ${ title } ###\n${ body.trim() }\n`;
}

/**
 * Builds the ticket text.
 *
 * @param fields What the customer entered and picked.
 * @return The ticket, ending with a newline.
 */
export function buildTicketText( fields: TicketFields ): string {
	const none = __( '(none)', 'dokan-support-check' );
	const header = [
		sprintf(
			/* translators: %s: the e-mail address used to buy on dokan.co. */
			__( 'Purchase e-mail: %s', 'dokan-support-check' ),
			fields.purchaseEmail.trim() ||
				__( '(not set)', 'dokan-support-check' )
		),
		sprintf(
			/* translators: 1: request type, e.g. "A bug or a problem in Dokan"; 2: rule ids, e.g. "C4". */
			__( 'Request type: %1$s (%2$s)', 'dokan-support-check' ),
			fields.requestType.label,
			fields.requestType.rules.join( ', ' )
		),
		sprintf(
			/* translators: %s: the ticket subject. */
			__( 'Subject: %s', 'dokan-support-check' ),
			fields.subject.trim().replace( /\s+/g, ' ' ) || none
		),
	].join( '\n' );
	const reportTitle =
		fields.reportVariant === 'redacted'
			? __( 'Site report (redacted)', 'dokan-support-check' )
			: __( 'Site report', 'dokan-support-check' );
	return [
		section( __( 'Dokan support ticket', 'dokan-support-check' ), header ),
		section(
			__( 'Description', 'dokan-support-check' ),
			fields.description.trim() || none
		),
		section(
			__( 'Steps to reproduce', 'dokan-support-check' ),
			fields.steps.trim() || none
		),
		section( reportTitle, fields.report.trim() || none ),
	].join( '\n' );
}

/**
 * File name of the downloaded ticket.
 *
 * @param date When it is downloaded.
 * @return e.g. `dokan-support-ticket-2026-11-27.txt`.
 */
export function ticketFileName( date: Date ): string {
	return `dokan-support-ticket-${ date.toISOString().slice( 0, 10 ) }.txt`;
}
