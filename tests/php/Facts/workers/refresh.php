<?php
/**
 * One of several simultaneous refreshes, in its own PHP process (see Concurrency_Test).
 *
 *   php refresh.php SITE_DIR go      boot, print "ready", refresh when a line arrives on
 *                                    standard input, print JSON
 *   php refresh.php SITE_DIR reset   forget every cached answer, ours and WordPress's
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

if ( 'reset' === $argv[2] ) {
	delete_site_transient( 'dokan_support_check_facts' );
	delete_option( 'dokan_support_check_remote' );
	delete_site_option( 'dokan_support_check_remote' );
	delete_option( 'dokan_support_check_fetch_lock' );
	delete_site_transient( 'update_core' );
	delete_site_transient( 'update_plugins' );
	echo 'reset';
	exit( 0 );
}

$dsc_requests = array();
add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) use ( &$dsc_requests ) {
		$path = (string) wp_parse_url( $url, PHP_URL_PATH );
		if ( false !== strpos( $path, '/plugins/info/' ) ) {
			parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
			$dsc_requests[] = 'info:' . ( $query['request']['slug'] ?? '?' );
		} elseif ( false !== strpos( $path, '/core/version-check/' ) ) {
			$dsc_requests[] = 'core';
		} elseif ( false !== strpos( $path, '/plugins/update-check/' ) ) {
			$dsc_requests[] = 'plugins';
		} else {
			$dsc_requests[] = 'other:' . $path;
		}
		usleep( 300000 ); // A slow service, so that the refreshes really overlap.
		return $response;
	},
	0,
	3
);

// Booted: wait for the test's signal, which it sends once every worker is here (booting
// WordPress can take seconds on a busy machine; a fixed start time let late ones miss it).
echo "ready\n";
fgets( STDIN );
$dsc_facts  = Dokan_Support_Check\Plugin::instance()->facts->get( true );
$dsc_latest = array();
foreach ( $dsc_facts['components'] as $dsc_component ) {
	$dsc_latest[ $dsc_component['slug'] ] = $dsc_component['latest'];
}
echo wp_json_encode(
	array(
		'requests' => $dsc_requests,
		'latest'   => $dsc_latest,
	)
);
