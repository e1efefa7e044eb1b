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
	for ( const [ slug, version ] of Object.entries( versions ) ) {
		const file = `${ site.dir }/wp-content/plugins/${
			MAIN_FILES[ slug as keyof typeof INSTALLED ]
		}`;
		wpEval(
			site,
			`$f = ${ JSON.stringify( file ) };
			file_put_contents( $f, preg_replace( '/^( \\* Version:\\s*).*$/m', '\${1}' . ${ JSON.stringify(
				version
			) }, file_get_contents( $f ) ) );`
		);
	}
}

/**
 * Forgets every cached answer (ours and WordPress's update data) and sets what the fake
 * WordPress.org answers, so the next check starts from nothing.
 *
 * @param site The site.
 * @param mode `fixtures` (answers), `offline` (no update data at all), …
 */
export function resetChecks( site: Site, mode = 'fixtures' ): void {
	wpEval(
		site,
		`update_option( 'dsc_env_wporg_mode', ${ JSON.stringify( mode ) } );
		delete_site_transient( 'dokan_support_check_facts' );
		delete_option( 'dokan_support_check_remote' );
		delete_site_option( 'dokan_support_check_remote' );
		delete_option( 'dokan_support_check_snapshot' );
		delete_option( 'dokan_support_check_refresh_lock' );
		delete_site_transient( 'update_plugins' );
		delete_site_transient( 'update_core' );
		delete_site_transient( 'update_themes' );
		wp_clean_plugins_cache( true );`
	);
}

/**
 * Puts the site back as the fixtures installed it.
 *
 * @param site The site.
 */
export function restore( site: Site ): void {
	setPluginVersions( site, INSTALLED );
	resetChecks( site, 'fixtures' );
	wpEval( site, `delete_option( 'dsc_env_wporg_mode' );` );
}
