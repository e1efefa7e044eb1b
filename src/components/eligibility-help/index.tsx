/**
 * Where help is for a site that premium support does not cover (E1, C1): the
 * way back when Dokan Pro is only inactive, the free forum for Dokan Lite, Dokan
 * Pro on dokan.co, and the live chat for questions before buying (H1).
 */

/**
 * WordPress dependencies
 */
import { Button, ExternalLink } from '@wordpress/components';
import { __, sprintf } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { VendorLinks } from '../../types';

interface Props {
	/** The premium products' names, e.g. "Dokan Pro". */
	names: string;
	/** Whether one is installed but not active (activating it is the way back). */
	inactive: boolean;
	/**
	 * Vendor links from PHP (php/Vendor_Links.php: `dokanForum`, `buyPro`). Where one
	 * is missing (a filter removed it, or the page runs without PHP's data), the place
	 * is named without a link: no URL is made up here.
	 */
	links?: VendorLinks;
	pluginsUrl: string;
}

/**
 * A place by its name, linked when its URL is known.
 *
 * @param props      Props.
 * @param props.url  URL, if known.
 * @param props.name What the place is called.
 * @return The link, or the name alone.
 */
function Place( { url, name }: { url?: string | null; name: string } ) {
	return url ? (
		<ExternalLink href={ url }>{ name }</ExternalLink>
	) : (
		<>{ name }</>
	);
}

/**
 * Renders the places to go.
 *
 * @param props            Props.
 * @param props.names      Premium product names.
 * @param props.inactive   Whether one is only inactive.
 * @param props.links      Vendor links.
 * @param props.pluginsUrl The Plugins screen.
 * @return The list.
 */
export function EligibilityHelp( {
	names,
	inactive,
	links,
	pluginsUrl,
}: Props ) {
	return (
		<ul className="dsc-eligibility-help">
			{ inactive && (
				<li>
					<Button variant="primary" href={ pluginsUrl }>
						{ sprintf(
							/* translators: %s: component name, e.g. Dokan Pro. */
							__( 'Activate %s', 'dokan-support-check' ),
							names
						) }
					</Button>
				</li>
			) }
			<li>
				{ __(
					'Using the free Dokan Lite? Its support is the community forum:',
					'dokan-support-check'
				) }{ ' ' }
				<Place
					url={ links?.dokanForum }
					name={ __(
						'the Dokan forum on WordPress.org',
						'dokan-support-check'
					) }
				/>
			</li>
			<li>
				{ sprintf(
					/* translators: %s: product names, e.g. "Dokan Pro". */
					__(
						'Premium support comes with %s, bought on dokan.co (E2):',
						'dokan-support-check'
					),
					names
				) }{ ' ' }
				<Place
					url={ links?.buyPro }
					name={ sprintf(
						/* translators: %s: product names, e.g. "Dokan Pro". */
						__( '%s on dokan.co', 'dokan-support-check' ),
						names
					) }
				/>
			</li>
			{ links && <PreSale links={ links } /> }
		</ul>
	);
}

/**
 * Where questions before buying go (H1): the live chat where it has an address of its
 * own, else the contact page (no public address opens Dokan's chat; Vendor_Links).
 *
 * @param props       Props.
 * @param props.links The vendor links.
 * @return The list item.
 */
function PreSale( { links }: { links: VendorLinks } ) {
	const chat = links.liveChat && links.liveChat !== links.contact;
	return (
		<li>
			{ chat
				? __(
						'Questions before buying go to the live chat (H1):',
						'dokan-support-check'
					)
				: __(
						'No address opens the live chat directly: ask your question through Dokan’s contact page (H1).',
						'dokan-support-check'
					) }{ ' ' }
			<Place
				url={ chat ? links.liveChat : links.contact }
				name={
					chat
						? __( 'Dokan’s live chat', 'dokan-support-check' )
						: __( 'Dokan’s contact page', 'dokan-support-check' )
				}
			/>
		</li>
	);
}
