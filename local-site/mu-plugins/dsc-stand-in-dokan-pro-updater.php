<?php
/**
 * Plugin Name: Dokan Pro updater (stand-in, local sites and tests only)
 * Description: Stands in for the Appsero updater Dokan Pro bundles, doing what it does: nothing unless WooCommerce and Dokan are active (Dokan Pro builds it on dokan_loaded); nothing outside admin_init; asks its server (answered offline from local-site/stand-in-answers/dokan-pro-updater.json) with the licence key; caches the answer for 3 hours in the transient appsero_<md5(sanitize_key(slug))>_version_info; touches WordPress's update_plugins data only through a pre_set_site_transient_update_plugins filter added during admin_init, which replaces the whole value, and only when an update exists. The option dsc_env_appsero_variant = client switches to the older Appsero client's updater, which merges its entry into every save, in every context.
 *
 * What the real code does (research: /work/research/dokan-pro-appsero.md §1, §2b):
 * - Dokan Pro 3.14.1 and 4.0.3 vendor Appsero/updater src/Updater.php (§1b "version A"):
 *   `run_plugin_hooks()` is only `add_action( 'admin_init', [ $this, 'check_plugin_update' ] )`;
 *   on admin_init the transient data is a fresh stdClass (do_action passes ''), so when an
 *   update exists the closure it adds returns `{ response: { basename: info }, last_checked,
 *   checked: { basename: version } }` for every later save of that request, whatever the input.
 * - Older Dokan Pro 3.x called `$client->updater()` of Appsero/client src/Updater.php (§1a):
 *   `pre_set_site_transient_update_plugins` hooked in the constructor, in every context,
 *   merging `response` or `no_update` into the value being saved. Its cache name has no
 *   sanitize_key().
 * Both skip plugins.php on a network, and refetch (ignore the cache) on update-core.php.
 * Dokan Pro's licence is Appsero's licence option under the name `dokan_pro_license` (§2b).
 *
 * Never part of the shipped plugin.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Environment\Appsero;

defined( 'ABSPATH' ) || exit;

/**
 * Dokan Pro's Appsero project hash (public in Dokan Pro's includes/Update.php).
 */
const HASH = '8f0a1669-b8db-46eb-9fc4-02ac5bfe89e7';

add_action( 'admin_init', __NAMESPACE__ . '\\check_plugin_update' );
add_filter( 'pre_set_site_transient_update_plugins', __NAMESPACE__ . '\\client_check_plugin_update' );

/**
 * Which updater Dokan Pro bundles here: 'updater' (Appsero/updater, as Dokan Pro 3.14+
 * and 4.x ship it; the default) or 'client' (the older Appsero/client updater).
 *
 * @return string
 */
function variant(): string {
	return 'client' === get_option( 'dsc_env_appsero_variant' ) ? 'client' : 'updater';
}

/**
 * The active copies of Dokan Pro whose updater exists: main file => installed version.
 * The real updater runs inside Dokan Pro, so only while Dokan Pro is active, for the file
 * it was loaded from; and Dokan Pro builds it on Dokan's `dokan_loaded`, which Dokan
 * fires only once WooCommerce has loaded: with WooCommerce or Dokan not active, none.
 *
 * @return array<string, string>
 */
function dokan_pro_files(): array {
	if ( ! function_exists( 'get_plugins' ) ) {
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
	}
	$found   = array();
	$running = array();
	foreach ( get_plugins() as $file => $headers ) {
		if ( is_plugin_active( $file ) ) {
			$running[ basename( $file ) ] = true;
			if ( 'dokan-pro.php' === basename( $file ) ) {
				$found[ $file ] = (string) $headers['Version'];
			}
		}
	}
	return isset( $running['woocommerce.php'], $running['dokan.php'] ) ? $found : array();
}

/**
 * The cache name: the client's slug is the plugin's folder (`explode( '/', plugin_basename() )`).
 *
 * @param string $file      Main file.
 * @param bool   $sanitized Appsero/updater passes the slug through sanitize_key(); the older client does not.
 * @return string
 */
function cache_key( string $file, bool $sanitized ): string {
	$slug = dirname( $file );
	return 'appsero_' . md5( $sanitized ? sanitize_key( $slug ) : $slug ) . '_version_info';
}

/**
 * The version information: the 3-hour cache, else the server (then cached).
 *
 * @param string $file    Main file.
 * @param string $version Installed version.
 * @return object|false
 */
function get_version_info( string $file, string $version ) {
	global $pagenow;
	$key = cache_key( $file, 'updater' === variant() );
	if ( 'update-core.php' !== $pagenow ) {
		$cached = get_transient( $key );
		if ( $cached && isset( $cached->name ) ) {
			return $cached;
		}
	}
	$info = remote_version_info( $file, $version );
	if ( $info ) {
		set_transient( $key, $info, 3 * HOUR_IN_SECONDS );
	}
	return $info;
}

/**
 * Asks the update server (answered offline by dsc-offline-wporg.php) with the licence key.
 *
 * @param string $file    Main file.
 * @param string $version Installed version.
 * @return object|false
 */
function remote_version_info( string $file, string $version ) {
	$license  = get_option( 'dokan_pro_license', null );
	$response = wp_remote_post(
		'https://api.appsero.com/v2/update/' . HASH . '/check',
		array(
			'timeout' => 15,
			'body'    => array(
				'version'     => $version,
				'name'        => 'Dokan Pro',
				'slug'        => sanitize_key( dirname( $file ) ),
				'basename'    => $file,
				'license_key' => is_array( $license ) && isset( $license['key'] ) ? (string) $license['key'] : '',
			),
		)
	);
	if ( is_wp_error( $response ) || 200 !== (int) wp_remote_retrieve_response_code( $response ) ) {
		return false;
	}
	$info = json_decode( (string) wp_remote_retrieve_body( $response ) );
	if ( ! is_object( $info ) || ! isset( $info->slug ) ) {
		return false;
	}
	foreach ( array( 'icons', 'banners', 'sections' ) as $key ) {
		if ( isset( $info->$key ) ) {
			$info->$key = (array) $info->$key;
		}
	}
	return $info;
}

/**
 * Appsero/updater on admin_init: when an update exists, every later save of update_plugins
 * in this request is replaced by an object holding Dokan Pro's entry alone.
 */
function check_plugin_update(): void {
	global $pagenow;
	if ( 'updater' !== variant() || ( 'plugins.php' === $pagenow && is_multisite() ) ) {
		return;
	}
	foreach ( dokan_pro_files() as $file => $version ) {
		$transient_data = new \stdClass();
		$version_info   = get_version_info( $file, $version );
		if ( ! is_object( $version_info ) || ! isset( $version_info->new_version ) ) {
			continue;
		}
		unset( $version_info->sections );
		if ( version_compare( $version, $version_info->new_version, '<' ) ) {
			$transient_data->response[ $file ] = $version_info;
			add_filter(
				'pre_set_site_transient_update_plugins',
				static function () use ( $transient_data ) {
					return $transient_data;
				}
			);
		} else {
			$transient_data->no_update[ $file ] = $version_info; // On this local object only: nothing is saved.
		}
		$transient_data->last_checked     = time();
		$transient_data->checked[ $file ] = $version;
	}
}

/**
 * The older Appsero/client updater: merges Dokan Pro's entry into every save, in every
 * context (REST and cron included).
 *
 * @param mixed $transient_data The update_plugins value about to be saved.
 * @return mixed
 */
function client_check_plugin_update( $transient_data ) {
	global $pagenow;
	if ( 'client' !== variant() ) {
		return $transient_data;
	}
	if ( ! is_object( $transient_data ) ) {
		$transient_data = new \stdClass();
	}
	if ( 'plugins.php' === $pagenow && is_multisite() ) {
		return $transient_data;
	}
	foreach ( dokan_pro_files() as $file => $version ) {
		if ( ! empty( $transient_data->response[ $file ] ) ) {
			continue;
		}
		$version_info = get_version_info( $file, $version );
		if ( ! is_object( $version_info ) || ! isset( $version_info->new_version ) ) {
			continue;
		}
		unset( $version_info->sections );
		if ( version_compare( $version, $version_info->new_version, '<' ) ) {
			$transient_data->response[ $file ] = $version_info;
		} else {
			$transient_data->no_update[ $file ] = $version_info;
		}
		$transient_data->last_checked     = time();
		$transient_data->checked[ $file ] = $version;
	}
	return $transient_data;
}
