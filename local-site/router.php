<?php
/**
 * Router for PHP's built-in web server, standing in for the web server's rewrite rules.
 *
 * Existing files are served as they are (PHP files run); everything else goes to
 * WordPress's index.php, including paths with a dot such as /wp-sitemap.xml. Dot files
 * (.htaccess and friends) are refused, as a real web server would. On a subdirectory
 * network, a sub-site's /sub/wp-admin/, /sub/wp-includes/… and /sub/*.php are the main
 * files, as the .htaccess rules WordPress gives for such a network say.
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

// A subdirectory network's rules (Network Setup's .htaccess):
//   RewriteRule ^([_0-9a-zA-Z-]+/)?wp-admin$ $1wp-admin/ [R=301,L]
//   RewriteRule ^([_0-9a-zA-Z-]+/)?(wp-(content|admin|includes).*) $2 [L]
//   RewriteRule ^([_0-9a-zA-Z-]+/)?(.*\.php)$ $2 [L]
if ( preg_match( "#define\\(\\s*'MULTISITE',\\s*true#", (string) file_get_contents( $_SERVER['DOCUMENT_ROOT'] . '/wp-config.php' ) ) ) {
	if ( preg_match( '#^/([_0-9a-zA-Z-]+/)?wp-admin$#', $dsc_path ) ) {
		header( 'Location: ' . $dsc_path . '/', true, 301 );
		return true;
	}
	if ( preg_match( '#^/[_0-9a-zA-Z-]+(/wp-(content|admin|includes).*|/[^/]*\.php)$#', $dsc_path, $dsc_match ) ) {
		$dsc_target = $dsc_match[1];
		if ( is_dir( $_SERVER['DOCUMENT_ROOT'] . $dsc_target ) ) {
			$dsc_target = rtrim( $dsc_target, '/' ) . '/index.php';
		}
		$dsc_real = $_SERVER['DOCUMENT_ROOT'] . $dsc_target;
		if ( is_file( $dsc_real ) ) {
			if ( '.php' === substr( $dsc_real, -4 ) ) {
				$_SERVER['SCRIPT_NAME']     = $dsc_target;
				$_SERVER['PHP_SELF']        = $dsc_target;
				$_SERVER['SCRIPT_FILENAME'] = $dsc_real;
				chdir( dirname( $dsc_real ) );
				require $dsc_real;
				return true;
			}
			$dsc_types = array(
				'css'   => 'text/css',
				'js'    => 'text/javascript',
				'svg'   => 'image/svg+xml',
				'png'   => 'image/png',
				'gif'   => 'image/gif',
				'jpg'   => 'image/jpeg',
				'woff'  => 'font/woff',
				'woff2' => 'font/woff2',
				'json'  => 'application/json',
			);
			$dsc_ext   = strtolower( pathinfo( $dsc_real, PATHINFO_EXTENSION ) );
			header( 'Content-Type: ' . ( $dsc_types[ $dsc_ext ] ?? 'application/octet-stream' ) );
			readfile( $dsc_real );
			return true;
		}
	}
}

$_SERVER['SCRIPT_NAME']     = '/index.php';
$_SERVER['PHP_SELF']        = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $_SERVER['DOCUMENT_ROOT'] . '/index.php';
chdir( $_SERVER['DOCUMENT_ROOT'] );
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
