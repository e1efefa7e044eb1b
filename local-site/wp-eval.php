<?php
/**
 * Runs PHP code read from standard input inside a booted local site, plugins loaded,
 * as an administrator. The browser tests use it to set up a scenario the way a person
 * would through wp-admin.
 *
 *   echo 'echo get_option( "blogname" );' | php local-site/wp-eval.php SITE_DIR
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 2 ) {
	fwrite( STDERR, "usage: php wp-eval.php SITE_DIR < code.php\n" );
	exit( 2 );
}
$_SERVER['REQUEST_URI'] = '/wp-admin/';
define( 'WP_ADMIN', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

$dsc_admins = get_users( array( 'role' => 'administrator', 'number' => 1 ) );
if ( $dsc_admins ) {
	wp_set_current_user( $dsc_admins[0]->ID );
}
eval( stream_get_contents( STDIN ) ); // phpcs:ignore Squiz.PHP.Eval.Discouraged -- test tooling only, never shipped.
