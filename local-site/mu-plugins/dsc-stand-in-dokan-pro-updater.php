<?php
/**
 * Plugin Name: Dokan Pro updater (stand-in, local sites and tests only)
 * Description: Stands in for Dokan Pro's own updater, which adds Dokan Pro's latest version to WordPress's plugin update data from the vendor's server. Reads that answer from local-site/stand-in-answers/dokan-pro-updater.json; answers nothing while the "service" is switched off (option dsc_env_wporg_mode other than fixtures).
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Environment;

defined( 'ABSPATH' ) || exit;

add_filter( 'pre_set_site_transient_update_plugins', __NAMESPACE__ . '\\add_dokan_pro_update' );

/**
 * Adds Dokan Pro to the update data the way its updater does: in `response` when newer,
 * else in `no_update`.
 *
 * @param mixed $transient The update_plugins data about to be saved.
 * @return mixed
 */
function add_dokan_pro_update( $transient ) {
	if ( ! is_object( $transient ) || 'fixtures' !== get_option( 'dsc_env_wporg_mode', 'fixtures' ) ) {
		return $transient;
	}
	if ( ! function_exists( 'get_plugins' ) ) {
		require_once ABSPATH . 'wp-admin/includes/plugin.php';
	}
	$answer = json_decode( (string) file_get_contents( __DIR__ . '/../stand-in-answers/dokan-pro-updater.json' ), true );
	foreach ( get_plugins() as $file => $headers ) {
		if ( 'dokan-pro.php' !== basename( $file ) ) {
			continue;
		}
		$entry         = (object) array(
			'slug'         => 'dokan-pro',
			'plugin'       => $file,
			'new_version'  => $answer['new_version'],
			'url'          => $answer['url'],
			'package'      => $answer['package'],
			'tested'       => $answer['tested'],
			'requires_php' => $answer['requires_php'],
		);
		$bucket        = version_compare( $headers['Version'], $answer['new_version'], '<' ) ? 'response' : 'no_update';
		$existing      = isset( $transient->$bucket ) && is_array( $transient->$bucket ) ? $transient->$bucket : array();
		$existing[ $file ] = $entry;
		$transient->$bucket = $existing;
	}
	return $transient;
}
