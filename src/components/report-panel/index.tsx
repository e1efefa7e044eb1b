/**
 * The site report for support agents: previewed, copied, downloaded; full or redacted.
 */

/**
 * External dependencies
 */
import type { ReactNode } from 'react';

/**
 * WordPress dependencies
 */
import { Button, CheckboxControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { copyText, downloadFile, reportFileName } from '../../report';
import type { Report } from '../../report';
import './index.scss';

interface Props {
	report: Report;
	/** When the report was built (ISO 8601), for the file names. */
	builtAt: string;
	/** Where the environment stands (loading, failed), shown above the preview. */
	status?: ReactNode;
}

/**
 * Renders the report preview and its actions.
 *
 * @param props         Props.
 * @param props.report  The report, every form.
 * @param props.builtAt When it was built.
 * @param props.status  Where the environment stands.
 * @return The panel.
 */
export function ReportPanel( { report, builtAt, status }: Props ) {
	const [ redacted, setRedacted ] = useState( false );
	const text = redacted ? report.redacted : report.full;
	const json = redacted ? report.redactedJson : report.json;
	// What the last copy said, of which text: it is said while the preview shows that
	// text (not once the environment has come in, or the other form is shown).
	const [ said, setSaid ] = useState( { of: '', message: '' } );
	const message = said.of === text ? said.message : '';

	const copy = async () => {
		setSaid( { of: '', message: '' } );
		const copied = await copyText( text );
		setSaid( {
			of: text,
			message: copied
				? __( 'Report copied to the clipboard.', 'dokan-support-check' )
				: __(
						'The browser did not allow copying. Select the text in the preview and copy it yourself.',
						'dokan-support-check'
					),
		} );
	};

	return (
		<div className="dsc-report">
			<p>
				{ __(
					'Support may ask for this report. It lists the verdict, every component, the site’s context, the recent changes and the site’s environment as WordPress’s Site Health describes it; it contains no passwords. Use the redacted version in public places such as forums.',
					'dokan-support-check'
				) }
			</p>
			{ status }
			<CheckboxControl
				__nextHasNoMarginBottom
				label={ __(
					'Redact for public places (hides URLs, file paths, e-mail addresses, licence keys and what Site Health marks private)',
					'dokan-support-check'
				) }
				checked={ redacted }
				onChange={ setRedacted }
			/>
			<label className="dsc-report__label" htmlFor="dsc-report-preview">
				{ __( 'Report preview', 'dokan-support-check' ) }
			</label>
			<textarea
				id="dsc-report-preview"
				className="dsc-report__preview"
				readOnly
				rows={ 14 }
				value={ text }
			/>
			<div className="dsc-report__actions">
				<Button variant="primary" onClick={ copy }>
					{ __( 'Copy report', 'dokan-support-check' ) }
				</Button>
				<Button
					variant="secondary"
					onClick={ () =>
						downloadFile(
							reportFileName( builtAt, redacted, 'txt' ),
							text,
							'text/plain'
						)
					}
				>
					{ __( 'Download .txt', 'dokan-support-check' ) }
				</Button>
				<Button
					variant="secondary"
					onClick={ () =>
						downloadFile(
							reportFileName( builtAt, redacted, 'json' ),
							json,
							'application/json'
						)
					}
				>
					{ __( 'Download .json', 'dokan-support-check' ) }
				</Button>
			</div>
			<p className="dsc-report__message" role="status">
				{ message }
			</p>
		</div>
	);
}
