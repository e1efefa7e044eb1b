<?php
/**
 * Installs a local site (idempotent) and activates the plugin and the stand-ins.
 *
 *   php tests/environment/install-site.php SITE_DIR ADMIN_USER ADMIN_PASSWORD
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php install-site.php SITE_DIR ADMIN_USER ADMIN_PASSWORD\n" );
	exit( 2 );
}
list( , $site_dir, $admin_user, $admin_password ) = $argv;

// WordPress reads the host from the request; there is none on the command line.
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
define( 'WP_INSTALLING', true );
require $site_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// There is no mail transport here: never try to send the "new site" e-mail.
add_filter( 'pre_wp_mail', '__return_false' );

if ( ! is_blog_installed() ) {
	wp_install( 'Dokan Support Check (local)', $admin_user, 'admin@example.test', false, '', wp_slash( $admin_password ) );
	update_option( 'permalink_structure', '/%postname%/' );
	flush_rewrite_rules( true );
}

$plugins = array(
	'woocommerce/woocommerce.php',
	'dokan-lite/dokan.php',
	'dokan-pro/dokan-pro.php',
	'dokan-support-check/dokan-support-check.php',
);
foreach ( $plugins as $plugin ) {
	if ( file_exists( WP_PLUGIN_DIR . '/' . $plugin ) && ! is_plugin_active( $plugin ) ) {
		$result = activate_plugin( $plugin );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, "could not activate $plugin: " . $result->get_error_message() . "\n" );
			exit( 1 );
		}
	}
}
