<?php
/**
 * Bench helper: opens (or closes) a logged-in session of the site's first administrator.
 *
 *   php session.php SITE_DIR open    prints JSON: cookies (name => value) and a REST nonce
 *   php session.php SITE_DIR close TOKEN
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 3 ) {
	exit( 2 );
}
$_SERVER['HTTP_HOST']   = '127.0.0.1';
$_SERVER['SERVER_NAME'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
require $argv[1] . '/wp-load.php';

$dsc_admins = get_users(
	array(
		'role'   => 'administrator',
		'number' => 1,
		'fields' => 'ID',
	)
);
$dsc_user   = (int) $dsc_admins[0];

if ( 'close' === $argv[2] ) {
	WP_Session_Tokens::get_instance( $dsc_user )->destroy( (string) $argv[3] );
	exit( 0 );
}

$dsc_expiration = time() + HOUR_IN_SECONDS;
$dsc_manager    = WP_Session_Tokens::get_instance( $dsc_user );
$dsc_token      = $dsc_manager->create( $dsc_expiration );
$dsc_cookies    = array(
	AUTH_COOKIE      => wp_generate_auth_cookie( $dsc_user, $dsc_expiration, 'auth', $dsc_token ),
	LOGGED_IN_COOKIE => wp_generate_auth_cookie( $dsc_user, $dsc_expiration, 'logged_in', $dsc_token ),
);
$_COOKIE[ LOGGED_IN_COOKIE ] = $dsc_cookies[ LOGGED_IN_COOKIE ];
wp_set_current_user( $dsc_user );
echo wp_json_encode(
	array(
		'cookies' => $dsc_cookies,
		'nonce'   => wp_create_nonce( 'wp_rest' ),
		'token'   => $dsc_token,
	)
);
