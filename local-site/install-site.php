<?php
/**
 * Installs a local site (idempotent) and activates the plugin and the stand-ins.
 *
 *   php local-site/install-site.php SITE_DIR ADMIN_USER ADMIN_PASSWORD [--network-tables]
 *
 * A multisite network is installed in two runs, as WordPress's own test suite does:
 * with --network-tables the site is installed as a single site and the network tables
 * are created (its wp-config.php then leaves out the MULTISITE constants); the second
 * run, now as a network, activates the plugins network-wide and adds a sub-site with
 * an administrator of its own (user "subadmin").
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	fwrite( STDERR, "usage: php install-site.php SITE_DIR ADMIN_USER ADMIN_PASSWORD\n" );
	exit( 2 );
}
list( , $site_dir, $admin_user, $admin_password ) = $argv;
$network_tables = in_array( '--network-tables', $argv, true );

if ( $network_tables ) {
	define( 'DSC_INSTALLING_NETWORK', true );
}
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

if ( $network_tables ) {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/network.php';
	// A single site does not name the network tables; the schema needs their names.
	foreach ( $wpdb->tables( 'ms_global' ) as $table => $prefixed_table ) {
		$wpdb->$table = $prefixed_table;
	}
	if ( ! $wpdb->get_var( $wpdb->prepare( 'SHOW TABLES LIKE %s', $wpdb->esc_like( $wpdb->site ) ) ) ) {
		install_network();
		$result = populate_network( 1, (string) wp_parse_url( WP_HOME, PHP_URL_HOST ) . ':' . wp_parse_url( WP_HOME, PHP_URL_PORT ), 'admin@example.test', 'Dokan Support Check (local network)', '/', false );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, 'could not create the network: ' . $result->get_error_message() . "\n" );
			exit( 1 );
		}
	}
	exit( 0 );
}

$plugins = array(
	'woocommerce/woocommerce.php',
	'dokan-lite/dokan.php',
	'dokan-pro/dokan-pro.php',
	'dokan-support-check/dokan-support-check.php',
);
foreach ( $plugins as $plugin ) {
	if ( file_exists( WP_PLUGIN_DIR . '/' . $plugin ) && ! is_plugin_active( $plugin ) ) {
		$result = activate_plugin( $plugin, '', is_multisite() );
		if ( is_wp_error( $result ) ) {
			fwrite( STDERR, "could not activate $plugin: " . $result->get_error_message() . "\n" );
			exit( 1 );
		}
	}
}

if ( is_multisite() && ! get_sites( array( 'path' => '/sub/', 'count' => true ) ) ) {
	$sub_admin = wp_insert_user(
		array(
			'user_login' => 'subadmin',
			'user_pass'  => $admin_password,
			'user_email' => 'subadmin@example.test',
		)
	);
	$blog_id   = wpmu_create_blog( DOMAIN_CURRENT_SITE, '/sub/', 'Sub-site', is_wp_error( $sub_admin ) ? 1 : $sub_admin );
	if ( is_wp_error( $sub_admin ) || is_wp_error( $blog_id ) ) {
		$error = is_wp_error( $sub_admin ) ? $sub_admin : $blog_id;
		fwrite( STDERR, 'could not create the sub-site: ' . $error->get_error_message() . "\n" );
		exit( 1 );
	}
	add_user_to_blog( $blog_id, $sub_admin, 'administrator' );
}
