/**
 * The kinds of request a customer can bring, triaged by the support policy
 * (POLICY.md C2-C4 covered; N1-N8 and K1 not; H1 pre-sale) and where each
 * one is served. Pure data plus one lookup: no DOM, no fetch.
 */

/**
 * WordPress dependencies
 */
import { __ } from '@wordpress/i18n';

/**
 * Internal dependencies
 */
import type { VendorLinks } from '../types';

export type RequestTypeId =
	| 'installation'
	| 'usage'
	| 'bug'
	| 'pre-sale'
	| 'nulled'
	| 'customisation'
	| 'maintenance'
	| 'seo'
	| 'wordpress'
	| 'woocommerce'
	| 'migration'
	| 'compatibility'
	| 'excluded-content';

/**
 * Where a request is served. `helpdesk` is the ticket this composer prepares;
 * every other destination stops the flow.
 */
export type Destination =
	| 'helpdesk'
	| 'live-chat'
	| 'welab-or-developer'
	| 'wecare'
	| 'seo-expert'
	| 'wordpress-forums'
	| 'woocommerce-forums'
	| 'developer'
	| 'third-party-author'
	| 'genuine-copy'
	| 'none';

export interface RequestType {
	id: RequestTypeId;
	/** True when the helpdesk takes it (C2-C4). */
	covered: boolean;
	/** POLICY.md rule ids that decide it, first the deciding one. */
	rules: string[];
	destination: Destination;
	/** Translated label, e.g. "A bug or a problem". */
	label: string;
	/** Translated sentence: why it is (not) covered and where help is, citing the rules. */
	explanation: string;
}

/**
 * Every request type, covered ones first. Built on call so the strings are
 * translated with the locale loaded at that moment.
 *
 * @return The request types.
 */
export function requestTypes(): RequestType[] {
	return [
		{
			id: 'installation',
			covered: true,
			rules: [ 'C2' ],
			destination: 'helpdesk',
			label: __(
				'Installing or configuring Dokan',
				'dokan-support-check'
			),
			explanation: __(
				'Help with installation and configuration is covered (C2).',
				'dokan-support-check'
			),
		},
		{
			id: 'usage',
			covered: true,
			rules: [ 'C3' ],
			destination: 'helpdesk',
			label: __( 'How to use Dokan', 'dokan-support-check' ),
			explanation: __(
				'Usage questions and guidelines are covered (C3).',
				'dokan-support-check'
			),
		},
		{
			id: 'bug',
			covered: true,
			rules: [ 'C4' ],
			destination: 'helpdesk',
			label: __( 'A bug or a problem in Dokan', 'dokan-support-check' ),
			explanation: __(
				'Bugs and problems in Dokan’s products are covered and fixed as soon as possible once reported through a ticket (C4).',
				'dokan-support-check'
			),
		},
		{
			id: 'pre-sale',
			covered: false,
			rules: [ 'H1' ],
			destination: 'live-chat',
			label: __(
				'A question before buying (pre-sale)',
				'dokan-support-check'
			),
			explanation: __(
				'Pre-sale questions are answered on the live chat, not through the helpdesk (H1).',
				'dokan-support-check'
			),
		},
		{
			id: 'nulled',
			covered: false,
			rules: [ 'N1', 'E2', 'E4' ],
			destination: 'genuine-copy',
			label: __(
				'A copy not bought on dokan.co (nulled or from another source)',
				'dokan-support-check'
			),
			explanation: __(
				'Support is only for copies bought on dokan.co (E2); nulled copies are not supported (N1) and may carry viruses, malware or malicious code that compromise the site and leak data (E4). Replace it with a copy bought on dokan.co.',
				'dokan-support-check'
			),
		},
		{
			id: 'customisation',
			covered: false,
			rules: [ 'N2', 'K1', 'K2' ],
			destination: 'welab-or-developer',
			label: __(
				'Customising Dokan, or learning CSS, JavaScript, PHP or MySQL',
				'dokan-support-check'
			),
			explanation: __(
				'Support covers the products as released: customisation and teaching code are not covered (N2, K1). Hire a developer, or Dokan’s paid weLab team (K2).',
				'dokan-support-check'
			),
		},
		{
			id: 'maintenance',
			covered: false,
			rules: [ 'K2' ],
			destination: 'wecare',
			label: __( 'Maintaining my site', 'dokan-support-check' ),
			explanation: __(
				'Site maintenance is not part of support: Dokan sells it as the weCare service (K2).',
				'dokan-support-check'
			),
		},
		{
			id: 'seo',
			covered: false,
			rules: [ 'N3' ],
			destination: 'seo-expert',
			label: __(
				'SEO (search engine optimisation)',
				'dokan-support-check'
			),
			explanation: __(
				'SEO advice is not covered: consult an SEO expert (N3).',
				'dokan-support-check'
			),
		},
		{
			id: 'wordpress',
			covered: false,
			rules: [ 'N4' ],
			destination: 'wordpress-forums',
			label: __( 'WordPress in general', 'dokan-support-check' ),
			explanation: __(
				'General WordPress support is not covered: the WordPress.org forums serve it (N4).',
				'dokan-support-check'
			),
		},
		{
			id: 'woocommerce',
			covered: false,
			rules: [ 'N5' ],
			destination: 'woocommerce-forums',
			label: __( 'WooCommerce in general', 'dokan-support-check' ),
			explanation: __(
				'General WooCommerce support is not covered: the WooCommerce support forums serve it (N5).',
				'dokan-support-check'
			),
		},
		{
			id: 'migration',
			covered: false,
			rules: [ 'N6' ],
			destination: 'developer',
			label: __( 'Migrating my site', 'dokan-support-check' ),
			explanation: __(
				'Problems related to migrating a site are not covered (N6): a developer can help.',
				'dokan-support-check'
			),
		},
		{
			id: 'compatibility',
			covered: false,
			rules: [ 'N7' ],
			destination: 'third-party-author',
			label: __(
				'Compatibility with a third-party theme or plugin',
				'dokan-support-check'
			),
			explanation: __(
				'Troubleshooting compatibility with third-party themes or plugins is not covered (N7): ask the author of that theme or plugin.',
				'dokan-support-check'
			),
		},
		{
			id: 'excluded-content',
			covered: false,
			rules: [ 'N8' ],
			destination: 'none',
			label: __(
				'A site with content the policy excludes',
				'dokan-support-check'
			),
			explanation: __(
				'Sites with content the policy excludes (black magic or similar practices, promotion of tobacco, vaping, illegal drugs or excessive alcohol, explicit sexual content, realistic violence, satanic religious content) are not supported (N8).',
				'dokan-support-check'
			),
		},
	];
}

/**
 * One request type by id.
 *
 * @param id The id.
 * @return The request type, or undefined for an unknown id.
 */
export function requestTypeById( id: string ): RequestType | undefined {
	return requestTypes().find( ( type ) => type.id === id );
}

export interface DestinationLink {
	/** Translated name of the place, e.g. "the WordPress.org forums". */
	name: string;
	/** Where to go; null when no URL is known (an SEO expert, a developer). */
	url: string | null;
	/**
	 * True when the service has no known URL of its own (weLab, weCare, the
	 * live chat) and `url` is the vendor's contact page instead.
	 */
	viaContact: boolean;
}

/**
 * Where a destination is, from the vendor links (null links fall back to
 * the contact page, and say so).
 *
 * @param destination The destination.
 * @param links       The vendor links.
 * @return The place, or null for `none`.
 */
export function destinationLink(
	destination: Destination,
	links: VendorLinks
): DestinationLink | null {
	const service = ( name: string, url: string | null ): DestinationLink =>
		url
			? { name, url, viaContact: false }
			: { name, url: links.contact, viaContact: true };
	switch ( destination ) {
		case 'helpdesk':
			return {
				name: __( 'the Dokan helpdesk', 'dokan-support-check' ),
				url: links.helpdesk,
				viaContact: false,
			};
		case 'live-chat':
			// No public address opens Dokan's chat: by default liveChat is the contact page.
			return service(
				__( 'Dokan’s live chat', 'dokan-support-check' ),
				links.liveChat && links.liveChat !== links.contact
					? links.liveChat
					: null
			);
		case 'welab-or-developer':
			return service(
				__( 'Dokan’s weLab team', 'dokan-support-check' ),
				links.weLab
			);
		case 'wecare':
			return service(
				__( 'Dokan’s weCare service', 'dokan-support-check' ),
				links.weCare
			);
		case 'wordpress-forums':
			return {
				name: __( 'the WordPress.org forums', 'dokan-support-check' ),
				url: links.wordpressForums,
				viaContact: false,
			};
		case 'woocommerce-forums':
			return {
				name: __(
					'the WooCommerce support forums',
					'dokan-support-check'
				),
				url: links.woocommerceForums,
				viaContact: false,
			};
		case 'seo-expert':
			return {
				name: __( 'an SEO expert', 'dokan-support-check' ),
				url: null,
				viaContact: false,
			};
		case 'developer':
			return {
				name: __( 'a developer', 'dokan-support-check' ),
				url: null,
				viaContact: false,
			};
		case 'third-party-author':
			return {
				name: __(
					'the author of the theme or plugin',
					'dokan-support-check'
				),
				url: null,
				viaContact: false,
			};
		case 'genuine-copy':
			return {
				name: __( 'dokan.co', 'dokan-support-check' ),
				url: links.buyPro,
				viaContact: false,
			};
		case 'none':
			return null;
	}
	return null;
}
