<?php
/**
 * PHPUnit bootstrap: boots the local test site's WordPress, plugins included.
 *
 * There is no WordPress test library here; instead the tests load a real site that
 * bin/site.sh installed (DSC_SITE_DIR names it) and each test runs inside a database
 * transaction that is rolled back (see Test_Case).
 *
 * @package Dokan_Support_Check
 */

$dsc_site_dir = getenv( 'DSC_SITE_DIR' );
if ( ! $dsc_site_dir || ! is_file( $dsc_site_dir . '/wp-load.php' ) ) {
	fwrite( STDERR, "Set DSC_SITE_DIR to a local site's directory (bin/test-php.sh does).\n" );
	exit( 1 );
}

$_SERVER['REQUEST_URI'] = '/';

// Load WordPress as an admin screen would, so admin-only code paths are available.
define( 'WP_ADMIN', true );
require $dsc_site_dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

require __DIR__ . '/Test_Case.php';
