/**
 * WordPress dependencies
 */
import {
	Button,
	CheckboxControl,
	ExternalLink,
	Notice,
} from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { NeededUpdate } from './updates';

export interface OutsideWindowStepProps {
	updates: NeededUpdate[];
	/** Null when a filter removed it: no link then. */
	updateGuideUrl: string | null;
	acknowledged: boolean;
	onAcknowledge: ( acknowledged: boolean ) => void;
}

/**
 * The words of the button that does it.
 *
 * @param update The component and its fix.
 * @return The label.
 */
function buttonLabel( update: NeededUpdate ): string {
	if ( update.action === 'install' ) {
		return sprintf(
			/* translators: %s: component name, e.g. WooCommerce. */
			__( 'Install %s', 'dokan-support-check' ),
			update.name
		);
	}
	if ( update.action === 'activate' ) {
		return sprintf(
			/* translators: %s: component name, e.g. WooCommerce. */
			__( 'Activate %s', 'dokan-support-check' ),
			update.name
		);
	}
	return sprintf(
		/* translators: %s: component name, e.g. WooCommerce. */
		__( 'Update %s', 'dokan-support-check' ),
		update.name
	);
}

/**
 * Step 2, only when the verdict is outside the window: says so first and
 * offers what fixes it, before the ticket: the updates, and the required
 * plugins to install or activate (W1-W3).
 *
 * @param props                Props.
 * @param props.updates        What the verdict calls for.
 * @param props.updateGuideUrl The vendor's "how to update" page.
 * @param props.acknowledged   Whether the customer chose to go on anyway.
 * @param props.onAcknowledge  Called when that choice changes.
 * @return The step.
 */
export function OutsideWindowStep( {
	updates,
	updateGuideUrl,
	acknowledged,
	onAcknowledge,
}: OutsideWindowStepProps ) {
	return (
		<>
			<Notice status="error" isDismissible={ false }>
				<p>
					<strong>
						{ __(
							'Your site is outside Dokan’s supported window.',
							'dokan-support-check'
						) }
					</strong>{ ' ' }
					{ __(
						'Support covers recent Dokan versions together with the latest WordPress and WooCommerce (W1, W2): what to do is listed below. Updating often solves the problem and is the first step support will ask for (W3).',
						'dokan-support-check'
					) }
				</p>
			</Notice>
			<ul className="dokan-support-check-updates">
				{ updates.map( ( update ) => (
					<li key={ update.slug }>
						{ /* The reason ends with the fix (W3), said once. */ }
						<p>{ update.reason }</p>
						{ update.url && (
							<Button variant="secondary" href={ update.url }>
								{ buttonLabel( update ) }
							</Button>
						) }
					</li>
				) ) }
			</ul>
			{ updateGuideUrl && (
				<p>
					<ExternalLink href={ updateGuideUrl }>
						{ __(
							'How to update Dokan’s plugins',
							'dokan-support-check'
						) }
					</ExternalLink>
				</p>
			) }
			<CheckboxControl
				label={ __(
					'I understand my site is outside the supported window and want to write a ticket anyway.',
					'dokan-support-check'
				) }
				checked={ acknowledged }
				onChange={ onAcknowledge }
			/>
		</>
	);
}
