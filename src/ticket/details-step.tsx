/**
 * WordPress dependencies
 */
import {
	RadioControl,
	TextControl,
	TextareaControl,
} from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { ReportVariant } from './ticket-text';

export interface TicketDraft {
	subject: string;
	description: string;
	steps: string;
	reportVariant: ReportVariant;
}

/**
 * Whether the ticket has what Continue asks for: a subject and a description,
 * not only spaces.
 *
 * @param draft The ticket so far.
 */
export const detailsGiven = ( draft: TicketDraft ) =>
	draft.subject.trim() !== '' && draft.description.trim() !== '';

export interface DetailsStepProps {
	draft: TicketDraft;
	onChange: ( draft: TicketDraft ) => void;
}

/**
 * Step 3: subject, description, steps to reproduce, and which report to attach.
 *
 * @param props          Props.
 * @param props.draft    The ticket so far.
 * @param props.onChange Called with the changed ticket.
 * @return The step.
 */
export function DetailsStep( { draft, onChange }: DetailsStepProps ) {
	const set = ( change: Partial< TicketDraft > ) =>
		onChange( { ...draft, ...change } );
	return (
		<>
			<TextControl
				label={ __( 'Subject', 'dokan-support-check' ) }
				value={ draft.subject }
				required
				onChange={ ( subject: string ) => set( { subject } ) }
			/>
			<TextareaControl
				label={ __( 'Description', 'dokan-support-check' ) }
				help={ __(
					'What happens, what you expected, and since when.',
					'dokan-support-check'
				) }
				value={ draft.description }
				required
				rows={ 5 }
				onChange={ ( description: string ) => set( { description } ) }
			/>
			<TextareaControl
				label={ __( 'Steps to reproduce', 'dokan-support-check' ) }
				help={ __(
					'One step a line, from a page support can open to the problem.',
					'dokan-support-check'
				) }
				value={ draft.steps }
				rows={ 4 }
				onChange={ ( steps: string ) => set( { steps } ) }
			/>
			<RadioControl
				label={ __( 'Attach the site report', 'dokan-support-check' ) }
				help={ __(
					'The helpdesk is confidential: only you and the support team see it (S5), so the full report is usually right. The redacted one blanks URLs, paths, e-mail addresses and licence keys.',
					'dokan-support-check'
				) }
				selected={ draft.reportVariant }
				options={ [
					{
						label: __( 'Full report', 'dokan-support-check' ),
						value: 'full',
					},
					{
						label: __( 'Redacted report', 'dokan-support-check' ),
						value: 'redacted',
					},
				] }
				onChange={ ( value: string ) =>
					set( {
						reportVariant:
							value === 'redacted' ? 'redacted' : 'full',
					} )
				}
			/>
		</>
	);
}
