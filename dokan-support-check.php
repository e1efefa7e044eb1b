<?php
/**
 * Plugin Name:       Dokan Support Check
 * Plugin URI:        https://dokan.co/
 * Description:       Tells you at a glance whether this store is inside Dokan's supported window, what to update if it is not, and prepares the site report and a correctly triaged support ticket.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Network:           true
 * Author:            Dokan Support Check contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       dokan-support-check
 * Domain Path:       /languages
 *
 * @package Dokan_Support_Check
 */

// This file must parse on any PHP a site may still run, so that an old site gets a notice
// instead of a fatal error: no syntax newer than PHP 5.6 here, and nothing loaded from php/
// until the version gate has passed.

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'DOKAN_SUPPORT_CHECK_VERSION', '0.1.0' );
define( 'DOKAN_SUPPORT_CHECK_FILE', __FILE__ );
define( 'DOKAN_SUPPORT_CHECK_MIN_PHP', '7.4' );
define( 'DOKAN_SUPPORT_CHECK_MIN_WP', '6.1' );

/**
 * Whether this PHP and WordPress meet the plugin's requirements.
 *
 * @return bool
 */
function dokan_support_check_requirements_met() {
	return version_compare( PHP_VERSION, DOKAN_SUPPORT_CHECK_MIN_PHP, '>=' )
		&& version_compare( get_bloginfo( 'version' ), DOKAN_SUPPORT_CHECK_MIN_WP, '>=' );
}

/**
 * Tells administrators why the plugin is not running.
 */
function dokan_support_check_requirements_notice() {
	if ( ! current_user_can( 'activate_plugins' ) ) {
		return;
	}
	// The plugin did not boot, so nothing else has loaded its translations.
	load_plugin_textdomain( 'dokan-support-check', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	$message = sprintf(
		/* translators: 1: required PHP version, 2: required WordPress version, 3: this site's PHP version, 4: this site's WordPress version. */
		__( 'Dokan Support Check needs PHP %1$s and WordPress %2$s or newer. This site runs PHP %3$s and WordPress %4$s, so the plugin is not running.', 'dokan-support-check' ),
		DOKAN_SUPPORT_CHECK_MIN_PHP,
		DOKAN_SUPPORT_CHECK_MIN_WP,
		PHP_VERSION,
		get_bloginfo( 'version' )
	);
	printf( '<div class="notice notice-error"><p>%s</p></div>', esc_html( $message ) );
}

if ( ! dokan_support_check_requirements_met() ) {
	add_action( 'admin_notices', 'dokan_support_check_requirements_notice' );
	add_action( 'network_admin_notices', 'dokan_support_check_requirements_notice' );
	return;
}

require_once __DIR__ . '/php/autoload.php';

add_action( 'plugins_loaded', array( 'Dokan_Support_Check\Plugin', 'boot' ) );
register_activation_hook( __FILE__, array( 'Dokan_Support_Check\Plugin', 'activate' ) );
