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

/** Dokan Lite's support forum on WordPress.org (Dokan's own README sends Lite users there). */
export const FREE_FORUM_URL =
	'https://wordpress.org/support/plugin/dokan-lite/';

/** Where Dokan Lite's own upgrade links send people to buy Dokan Pro. */
export const BUY_PRO_URL = 'https://dokan.co/wordpress/pricing/';

interface Props {
	/** The premium products' names, e.g. "Dokan Pro". */
	names: string;
	/** Whether one is installed but not active (activating it is the way back). */
	inactive: boolean;
	/** Vendor links from PHP; undefined when the page runs without them. */
	links?: VendorLinks;
	pluginsUrl: string;
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
				<ExternalLink href={ links?.dokanForum || FREE_FORUM_URL }>
					{ __(
						'the Dokan forum on WordPress.org',
						'dokan-support-check'
					) }
				</ExternalLink>
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
				<ExternalLink href={ links?.buyPro || BUY_PRO_URL }>
					{ sprintf(
						/* translators: %s: product names, e.g. "Dokan Pro". */
						__( '%s on dokan.co', 'dokan-support-check' ),
						names
					) }
				</ExternalLink>
			</li>
			{ links && (
				<li>
					{ __(
						'Questions before buying go to the live chat (H1):',
						'dokan-support-check'
					) }{ ' ' }
					<ExternalLink href={ links.liveChat }>
						{ __( 'Dokan’s live chat', 'dokan-support-check' ) }
					</ExternalLink>
				</li>
			) }
		</ul>
	);
}
