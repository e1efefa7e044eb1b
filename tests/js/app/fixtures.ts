/**
 * Site facts for the UI tests, shaped like the REST answer on the test sites.
 */

/**
 * Internal dependencies
 */
import { defaultPolicy } from '../../../src/support-window';
import type { ComponentFacts, SiteFacts } from '../../../src/support-window';
import type { AppData } from '../../../src/types';

function plugin(
	slug: string,
	name: string,
	installed: string | null,
	latest: string | null,
	releases: string[] | null
): ComponentFacts {
	return {
		slug,
		name,
		installed,
		active: true,
		latest,
		releases,
		source: 'wordpress.org',
		checkedAt: '2026-11-27T11:58:00Z',
	};
}

/**
 * Facts: an old WooCommerce (outside) unless versions say otherwise.
 *
 * @param versions    Installed version by slug.
 * @param generatedAt When the facts were assembled.
 * @return Facts.
 */
export function facts(
	versions: Partial< Record< string, string | null > > = {},
	generatedAt = '2026-11-27T12:00:00Z'
): SiteFacts {
	const v = {
		wordpress: '7.1.4',
		woocommerce: '10.2.2',
		'dokan-lite': '4.1.0',
		'dokan-pro': '4.1.1',
		...versions,
	};
	return {
		generatedAt,
		site: {
			url: 'https://shop.example',
			multisite: false,
			locale: 'en_US',
			php: '8.2.36',
			database: 'MariaDB 10.11.19',
			theme: { name: 'Storefront', version: '4.6.1' },
		},
		components: [
			plugin( 'wordpress', 'WordPress', v.wordpress ?? null, '7.1.4', [
				'7.1.4',
				'7.1.3',
				'7.0.2',
			] ),
			plugin(
				'woocommerce',
				'WooCommerce',
				v.woocommerce ?? null,
				'10.9.4',
				[ '10.9.4', '10.9.3', '10.2.2' ]
			),
			plugin( 'dokan-lite', 'Dokan', v[ 'dokan-lite' ] ?? null, '4.1.2', [
				'4.1.2',
				'4.1.1',
				'4.1.0',
				'4.0.9',
			] ),
			{
				...plugin(
					'dokan-pro',
					'Dokan Pro',
					v[ 'dokan-pro' ] ?? null,
					'4.1.1',
					null
				),
				source: 'dokan.co',
			},
		],
	};
}

/** Every component at its latest version. */
export const allLatest = () =>
	facts( { woocommerce: '10.9.4', 'dokan-lite': '4.1.2' } );

/**
 * A site every component of which is current, with some components changed:
 * not installed (`installed: null`) or not active (`active: false`).
 *
 * @param changes Fields to change, by slug.
 * @return Facts.
 */
export function withChanges(
	changes: Record< string, Partial< ComponentFacts > >
): SiteFacts {
	const f = allLatest();
	f.components = f.components.map( ( c ) => ( {
		...c,
		...changes[ c.slug ],
	} ) );
	return f;
}

/** A free Dokan Lite site: Dokan Pro is not installed (not eligible: E1, C1). */
export const withoutPro = () =>
	withChanges( { 'dokan-pro': { installed: null } } );

/** No update data: nothing known about the latest versions. */
export function noUpdateData(): SiteFacts {
	const f = allLatest();
	f.components = f.components.map( ( c ) => ( {
		...c,
		latest: null,
		releases: null,
		error: 'cURL error 6: Could not resolve host',
	} ) );
	return f;
}

export function appData( overrides: Partial< AppData > = {} ): AppData {
	return {
		restPath: 'dokan-support-check/v1/site-check',
		facts: facts(),
		policy: defaultPolicy,
		links: {
			helpdesk: 'https://dokan.co/support',
			contact: 'https://dokan.co/contact',
			liveChat: 'https://dokan.co/chat',
			documentation: 'https://dokan.co/docs',
			updateGuide: 'https://dokan.co/docs/update',
			weCare: null,
			weLab: null,
			wordpressForums: 'https://wordpress.org/support/forums/',
			woocommerceForums:
				'https://wordpress.org/support/plugin/woocommerce/',
			dokanForum: 'https://wordpress.org/support/plugin/dokan-lite/',
			buyPro: 'https://dokan.co/wordpress/pricing/',
		},
		settings: { purchaseEmail: '' },
		lastTicketAt: 0,
		pageUrl:
			'https://shop.example/wp-admin/tools.php?page=dokan-support-check',
		updateCoreUrl: 'https://shop.example/wp-admin/update-core.php',
		pluginsUrl: 'https://shop.example/wp-admin/plugins.php',
		siteHealthUrl:
			'https://shop.example/wp-admin/site-health.php?tab=debug',
		...overrides,
	};
}
