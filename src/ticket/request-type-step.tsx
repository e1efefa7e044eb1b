/**
 * WordPress dependencies
 */
import { ExternalLink, Notice, RadioControl } from '@wordpress/components';
import { createInterpolateElement } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import { EligibilityHelp } from '../components/eligibility-help';
import type { VendorLinks } from '../types';
import { destinationLink } from './request-types';
import type { RequestType } from './request-types';

/** Set when the site is not eligible for premium support (E1, C1). */
export interface NotEligible {
	/** The premium products' names, e.g. "Dokan Pro". */
	names: string;
	/** Whether one is installed but not active. */
	inactive: boolean;
	/** The engine-free explanation the page shows (E1, C1). */
	summary: string;
	pluginsUrl: string;
}

export interface RequestTypeStepProps {
	types: RequestType[];
	selected: RequestType | null;
	links: VendorLinks;
	onSelect: ( type: RequestType ) => void;
	/** Set when premium support does not cover this site: covered types stop. */
	notEligible?: NotEligible | null;
}

/**
 * Where help is for a request the helpdesk does not take.
 *
 * @param props       Props.
 * @param props.type  The request type (not covered).
 * @param props.links Vendor links.
 * @return The notice.
 */
export function NotCovered( {
	type,
	links,
}: {
	type: RequestType;
	links: VendorLinks;
} ) {
	const place = destinationLink( type.destination, links );
	return (
		<Notice status="warning" isDismissible={ false }>
			<p>
				<strong>
					{ type.destination === 'live-chat'
						? __(
								'This is not a ticket for the helpdesk.',
								'dokan-support-check'
							)
						: __(
								'Dokan support does not cover this request.',
								'dokan-support-check'
							) }
				</strong>{ ' ' }
				{ type.explanation }
			</p>
			{ place && (
				<p>
					{ createInterpolateElement(
						sprintf(
							/* translators: %s: where to get help, e.g. "the WordPress.org forums". */
							__(
								'Where to get help: %s.',
								'dokan-support-check'
							),
							// With its own address, the place's name is the link.
							place.url && ! place.viaContact
								? `<place>${ place.name }</place>`
								: place.name
						),
						{
							// The type asks for children; the words between the tags replace them.
							place: (
								<ExternalLink href={ place.url ?? '' }>
									{ place.name }
								</ExternalLink>
							),
						}
					) }
					{ place.url && place.viaContact && (
						<>
							{ ' ' }
							{ type.destination === 'live-chat'
								? __(
										'No address opens the live chat directly: ask your question through Dokan’s contact page (H1).',
										'dokan-support-check'
									)
								: sprintf(
										/* translators: %s: a paid Dokan service, e.g. "Dokan’s weLab team". */
										__(
											'%s has no page of its own here: ask for it through Dokan’s contact page.',
											'dokan-support-check'
										),
										place.name
									) }{ ' ' }
							<ExternalLink href={ place.url }>
								{ __(
									'Dokan’s contact page',
									'dokan-support-check'
								) }
							</ExternalLink>
						</>
					) }
				</p>
			) }
		</Notice>
	);
}

/**
 * Why the helpdesk cannot take a covered request from this site (E1, C1), and
 * where help is instead.
 *
 * @param props             Props.
 * @param props.notEligible The site's eligibility.
 * @param props.links       Vendor links.
 * @return The notice.
 */
export function NotEligibleNotice( {
	notEligible,
	links,
}: {
	notEligible: NotEligible;
	links: VendorLinks;
} ) {
	return (
		<Notice status="warning" isDismissible={ false }>
			<p>
				<strong>
					{ __(
						'The helpdesk takes tickets from Dokan Pro customers only.',
						'dokan-support-check'
					) }
				</strong>{ ' ' }
				{ notEligible.summary }
			</p>
			<EligibilityHelp
				names={ notEligible.names }
				inactive={ notEligible.inactive }
				links={ links }
				pluginsUrl={ notEligible.pluginsUrl }
			/>
		</Notice>
	);
}

/**
 * Step 1: the request type, triaged before anything else (C2-C4, N1-N8,
 * K1-K2, H1-H3). On a site premium support does not cover (E1, C1), the
 * covered types stop here too; pre-sale questions still go to the live chat.
 *
 * @param props             Props.
 * @param props.types       Every request type.
 * @param props.selected    The chosen one, if any.
 * @param props.links       Vendor links.
 * @param props.onSelect    Called with the chosen type.
 * @param props.notEligible Set when the site is not eligible.
 * @return The step.
 */
export function RequestTypeStep( {
	types,
	selected,
	links,
	onSelect,
	notEligible,
}: RequestTypeStepProps ) {
	return (
		<>
			<RadioControl
				label={ __(
					'What do you need help with?',
					'dokan-support-check'
				) }
				selected={ selected?.id ?? '' }
				options={ types.map( ( type ) => ( {
					label: type.label,
					value: type.id,
				} ) ) }
				onChange={ ( id: string ) => {
					const type = types.find( ( t ) => t.id === id );
					if ( type ) {
						onSelect( type );
					}
				} }
			/>
			{ selected && ! selected.covered && (
				<NotCovered type={ selected } links={ links } />
			) }
			{ selected && selected.covered && notEligible && (
				<NotEligibleNotice
					notEligible={ notEligible }
					links={ links }
				/>
			) }
			{ selected && selected.covered && ! notEligible && (
				<p>{ selected.explanation }</p>
			) }
			<p className="dokan-support-check-channels">
				{ __(
					'Technical support is given through tickets on the helpdesk (H2); pre-sale questions on the live chat (H1). There is no support on Facebook, WhatsApp, Twitter, by telephone or through any other channel: the social communities are for discussion between users (H3).',
					'dokan-support-check'
				) }
			</p>
		</>
	);
}
