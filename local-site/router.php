<?php
/**
 * Router for PHP's built-in web server, standing in for the web server's rewrite rules.
 *
 * Existing files are served as they are (PHP files run); everything else goes to
 * WordPress's index.php, including paths with a dot such as /wp-sitemap.xml. Dot files
 * (.htaccess and friends) are refused, as a real web server would.
 *
 * @package Dokan_Support_Check
 */

$dsc_path = urldecode( (string) parse_url( $_SERVER['REQUEST_URI'] ?? '/', PHP_URL_PATH ) );

if ( preg_match( '#/\.#', $dsc_path ) ) {
	http_response_code( 403 );
	return true;
}

$dsc_file = $_SERVER['DOCUMENT_ROOT'] . $dsc_path;
if ( is_file( $dsc_file ) || ( is_dir( $dsc_file ) && is_file( rtrim( $dsc_file, '/' ) . '/index.php' ) ) ) {
	return false;
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
