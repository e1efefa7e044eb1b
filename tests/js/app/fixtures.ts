/**
 * Site facts for the UI tests, shaped like the REST answer on the test sites.
 */

/**
 * Internal dependencies
 */
import { defaultPolicy } from '../../../src/support-window';
import type { ComponentFacts, SiteFacts } from '../../../src/support-window';
import type {
	AppData,
	EnvironmentField,
	HistoryEntry,
	SiteEnvironment,
} from '../../../src/types';

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
		timeZone: '+00:00',
		pageUrl:
			'https://shop.example/wp-admin/tools.php?page=dokan-support-check',
		updateCoreUrl: 'https://shop.example/wp-admin/update-core.php',
		pluginsUrl: 'https://shop.example/wp-admin/plugins.php',
		siteHealthUrl:
			'https://shop.example/wp-admin/site-health.php?tab=debug',
		...overrides,
	};
}

/**
 * The `environment` of `GET site-check?report=1`, cut down from what the 7.1 test site
 * answers (php/Report): core's sections with their private fields, a list value, an
 * empty value, and the store's own sections.
 *
 * @return The environment, as the REST answer has it.
 */
export function environment(): SiteEnvironment {
	const field = (
		label: string,
		value: string,
		debug = value,
		extra: Partial< EnvironmentField > = {}
	): EnvironmentField => ( { label, value, debug, ...extra } );
	return {
		'wp-core': {
			label: 'WordPress',
			fields: {
				version: field( 'Version', '7.1.4' ),
				home_url: field(
					'Home URL',
					'https://shop.example',
					'https://shop.example',
					{ private: true }
				),
				https_status: field(
					'Is this site using HTTPS?',
					'No',
					'false'
				),
				dotorg_communication: field(
					'Communication with WordPress.org',
					'Not checked by the site report (it sends no request)',
					'not checked'
				),
			},
		},
		'wp-dropins': { label: 'Drop-ins', fields: {} },
		'wp-active-theme': {
			label: 'Active Theme',
			fields: {
				name: field( 'Name', 'Storefront (storefront)' ),
				author: field( 'Author', 'WooCommerce' ),
				author_website: field(
					'Author website',
					'https://woocommerce.com/'
				),
			},
		},
		'wp-plugins-active': {
			label: 'Active Plugins',
			fields: {
				'Dokan (stand-in)': field(
					'Dokan (stand-in)',
					'Version 4.1.0 by Dokan Inc. (Latest version: 4.1.2)',
					'version: 4.1.0, author: Dokan Inc. (latest version: 4.1.2)'
				),
				'WooCommerce (stand-in)': field(
					'WooCommerce (stand-in)',
					'Version 10.2.2 by Automattic (Latest version: 10.9.4)',
					'version: 10.2.2, author: Automattic (latest version: 10.9.4)'
				),
			},
		},
		'wp-media': {
			label: 'Media Handling',
			fields: {
				imagick_limits: field(
					'Imagick Resource Limits',
					'area: 122 MB\ndisk: 1073741824',
					'area: 128000000\ndisk: 1073741824'
				),
			},
		},
		'wp-server': {
			label: 'Server',
			fields: {
				php_version: field(
					'PHP version',
					'8.2.36 (Supports 64bit values)',
					'8.2.36 64bit'
				),
				memory_limit: field( 'PHP memory limit', '256M' ),
			},
		},
		'wp-database': {
			label: 'Database',
			fields: {
				server_version: field(
					'Server version',
					'10.11.19-MariaDB-0+deb12u1'
				),
				database_user: field(
					'Database username',
					'shopuser',
					'shopuser',
					{
						private: true,
					}
				),
				database_host: field(
					'Database host',
					'db.internal:3306',
					'db.internal:3306',
					{ private: true }
				),
				database_name: field(
					'Database name',
					'shop_live',
					'shop_live',
					{
						private: true,
					}
				),
			},
		},
		'wp-constants': {
			label: 'WordPress Constants',
			fields: {
				ABSPATH: field( 'ABSPATH', '/var/www/shop/', '/var/www/shop/', {
					private: true,
				} ),
				WP_CONTENT_DIR: field(
					'WP_CONTENT_DIR',
					'/var/www/shop/wp-content'
				),
				WP_MEMORY_LIMIT: field( 'WP_MEMORY_LIMIT', '40M' ),
				DB_COLLATE: field( 'DB_COLLATE', 'Empty value', '' ),
			},
		},
		'dokan-pro-licence': {
			label: 'Dokan Pro licence and modules',
			fields: {
				license: field( 'Licence', 'Active', 'active' ),
				active_modules: field(
					'Active modules',
					'Vendor Verification, Stripe Connect',
					'vendor_verification, stripe_connect'
				),
			},
		},
	};
}

/** A change history, newest first: an update, an install, a removal. */
export function history(): HistoryEntry[] {
	return [
		{
			at: '2026-11-27T11:30:00Z',
			slug: 'woocommerce',
			name: 'WooCommerce',
			from: '10.2.2',
			to: '10.9.4',
		},
		{
			at: '2026-11-20T08:00:00Z',
			slug: 'hello.php',
			name: 'Hello Dolly',
			from: null,
			to: '1.7.2',
		},
		{
			at: '2026-11-19T08:00:00Z',
			slug: 'akismet/akismet.php',
			name: 'Akismet Anti-spam',
			from: '5.7.2',
			to: null,
		},
	];
}
