/**
 * Scenarios for the support page, badge and report browser tests: the stand-in plugins'
 * versions, the fake WordPress.org's mode, and our caches, set through the site itself.
 */

/**
 * Internal dependencies
 */
import { wpEval } from './site';
import type { Site } from './site';

/** The fixtures' latest versions (local-site/stand-in-answers). */
export const LATEST = {
	wordpress: '7.1.4',
	woocommerce: '10.9.4',
	'dokan-lite': '4.1.2',
	'dokan-pro': '4.1.1',
} as const;

/** The versions the stand-ins are installed with (local-site/stand-in-plugins). */
export const INSTALLED = {
	woocommerce: '10.2.2',
	'dokan-lite': '4.1.0',
	'dokan-pro': '4.1.1',
} as const;

const MAIN_FILES: Record< keyof typeof INSTALLED, string > = {
	woocommerce: 'woocommerce/woocommerce.php',
	'dokan-lite': 'dokan-lite/dokan.php',
	'dokan-pro': 'dokan-pro/dokan-pro.php',
};

export const PAGE_PATH = '/wp-admin/tools.php?page=dokan-support-check';
/** On a network the page is in Network Admin, under Settings. */
export const NETWORK_PAGE_PATH =
	'/wp-admin/network/settings.php?page=dokan-support-check';

/** The site-check route, whether pretty permalinks are on or not. */
export const SITE_CHECK = /dokan-support-check(\/|%2F)v1(\/|%2F)site-check/;
/** The same route asked for the report's environment and history (`?report=1`). */
export const REPORT_REQUEST = new RegExp(
	SITE_CHECK.source + '.*[?&]report=1'
);

/**
 * PHP that rewrites the Version header of stand-in plugins.
 *
 * @param site     The site.
 * @param versions Version per stand-in.
 * @return PHP code.
 */
function versionsPhp(
	site: Site,
	versions: Partial< Record< keyof typeof INSTALLED, string > >
): string {
	return Object.entries( versions )
		.map( ( [ slug, version ] ) => {
			const file = `${ site.dir }/wp-content/plugins/${
				MAIN_FILES[ slug as keyof typeof INSTALLED ]
			}`;
			return `$f = ${ JSON.stringify( file ) };
			file_put_contents( $f, preg_replace( '/^( \\* Version:\\s*).*$/m', '\${1}' . ${ JSON.stringify(
				version
			) }, file_get_contents( $f ) ) );`;
		} )
		.join( '\n' );
}

/**
 * PHP that forgets every cached answer (ours, WordPress's update data, the cache of
 * Dokan Pro's updater) and the change history, and sets what the fake WordPress.org (and
 * Dokan Pro's update server) answers, so the next check starts from nothing.
 *
 * @param mode `fixtures` (answers), `offline` (no update data at all), …
 * @return PHP code.
 */
function resetPhp( mode: string ): string {
	return `update_option( 'dsc_env_wporg_mode', ${ JSON.stringify( mode ) } );
		foreach ( array( 'remote', 'snapshot', 'history', 'inventory' ) as $name ) {
			delete_option( 'dokan_support_check_' . $name );
			delete_site_option( 'dokan_support_check_' . $name );
		}
		delete_option( 'dokan_support_check_refresh_lock' );
		delete_site_transient( 'update_plugins' );
		delete_site_transient( 'update_core' );
		delete_site_transient( 'update_themes' );
		foreach ( Dokan_Support_Check\\Facts\\Appsero::cache_names( 'dokan-pro/dokan-pro.php' ) as $name ) {
			delete_transient( $name ); // Dokan Pro's updater has not asked yet.
		}
		wp_clean_plugins_cache( true );`;
}

/**
 * PHP that activates or deactivates Dokan Pro's licence, as Appsero's client stores it
 * (Dokan Pro names the option `dokan_pro_license`; a deactivated licence keeps no key).
 *
 * @param active Whether the licence is active.
 * @return PHP code.
 */
function licencePhp( active: boolean ): string {
	return active
		? `update_option( 'dokan_pro_license', array( 'key' => 'stand-in-licence-key', 'status' => 'activate', 'remaining' => 4, 'activation_limit' => 5, 'expiry_days' => false, 'title' => 'Business (stand-in)', 'source_id' => 'business', 'recurring' => false ), false );`
		: `update_option( 'dokan_pro_license', array( 'key' => '', 'status' => 'deactivate' ), false );`;
}

/**
 * Rewrites the Version header of stand-in plugins.
 *
 * @param site     The site.
 * @param versions Version per stand-in.
 */
export function setPluginVersions(
	site: Site,
	versions: Partial< Record< keyof typeof INSTALLED, string > >
): void {
	wpEval( site, versionsPhp( site, versions ) );
}

/**
 * Forgets every cached answer and the change history, and sets what the fake
 * WordPress.org answers (see resetPhp()).
 *
 * @param site The site.
 * @param mode `fixtures` (answers), `offline` (no update data at all), …
 */
export function resetChecks( site: Site, mode = 'fixtures' ): void {
	wpEval( site, resetPhp( mode ) );
}

/**
 * Puts the site back as the fixtures installed it, in one PHP process (booting
 * WordPress is most of what each step costs).
 *
 * @param site The site.
 */
export function restore( site: Site ): void {
	wpEval(
		site,
		[
			versionsPhp( site, INSTALLED ),
			resetPhp( 'fixtures' ),
			licencePhp( true ),
			`delete_option( 'dsc_env_wporg_mode' ); delete_option( 'dsc_env_appsero_variant' );`,
		].join( '\n' )
	);
}

/**
 * Activates or deactivates Dokan Pro's licence (see licencePhp()).
 *
 * @param site   The site.
 * @param active Whether the licence is active.
 */
export function setLicence( site: Site, active: boolean ): void {
	wpEval( site, licencePhp( active ) );
}
