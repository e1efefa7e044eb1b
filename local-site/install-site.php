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
	if ( ! file_exists( WP_PLUGIN_DIR . '/' . $plugin ) || is_plugin_active( $plugin ) ) {
		continue;
	}
	$result = activate_plugin( $plugin, '', is_multisite() );
	if ( is_wp_error( $result ) && 'plugin_wp_incompatible' === $result->get_error_code() ) {
		// WooCommerce 10.x says "Requires at least: 6.7", and a real WordPress 6.1 refuses to
		// activate it just as it refuses here (validate_plugin_requirements()). A real 6.1
		// store runs it anyway when it was active before the files changed (uploaded over
		// FTP, a hosting panel, a restored backup), which is the state we write: active, as
		// WordPress then finds it. The Plugins screen still calls it incompatible.
		dsc_mark_active( $plugin );
		fwrite( STDOUT, "note: WordPress " . get_bloginfo( 'version' ) . " refuses to activate $plugin (it requires a newer WordPress); marked active as an upload over the files would leave it.\n" );
		continue;
	}
	if ( is_wp_error( $result ) ) {
		fwrite( STDERR, "could not activate $plugin: " . wp_strip_all_tags( $result->get_error_message() ) . "\n" );
		exit( 1 );
	}
}

// Dokan Pro's licence, activated, in the shape Appsero's client stores it under the option
// name Dokan Pro sets (dokan_pro_license): the stand-in updater only hears from its
// "server" with a licence key, as the real one only gets updates with an active licence.
if ( file_exists( WP_PLUGIN_DIR . '/dokan-pro/dokan-pro.php' ) ) {
	add_option(
		'dokan_pro_license',
		array(
			'key'              => 'stand-in-licence-key',
			'status'           => 'activate',
			'remaining'        => 4,
			'activation_limit' => 5,
			'expiry_days'      => false,
			'title'            => 'Business (stand-in)',
			'source_id'        => 'business',
			'recurring'        => false,
		),
		'',
		false
	);
}

/**
 * Marks a plugin active (network-wide on a network) without WordPress's activation checks.
 *
 * @param string $plugin Main file, relative to the plugins folder.
 */
function dsc_mark_active( string $plugin ): void {
	if ( is_multisite() ) {
		$active            = (array) get_site_option( 'active_sitewide_plugins', array() );
		$active[ $plugin ] = time();
		update_site_option( 'active_sitewide_plugins', $active );
		return;
	}
	$active   = (array) get_option( 'active_plugins', array() );
	$active[] = $plugin;
	sort( $active );
	update_option( 'active_plugins', array_values( array_unique( $active ) ) );
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
