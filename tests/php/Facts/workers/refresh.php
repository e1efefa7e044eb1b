<?php
/**
 * One of several simultaneous refreshes, in its own PHP process (see Concurrency_Test).
 *
 *   php refresh.php SITE_DIR START_AT   refresh at START_AT (microtime), print JSON
 *   php refresh.php SITE_DIR reset      forget every cached answer, ours and WordPress's;
 *                                       Dokan Pro's updater has cached its own
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
	// What an administrator's admin page left: Dokan Pro's updater's answer. Every refresh
	// then also saves what it takes in from it, under the same lock as the fetch.
	set_transient(
		'appsero_' . md5( 'dokan-pro' ) . '_version_info',
		(object) array(
			'name'        => 'Dokan Pro',
			'slug'        => 'dokan-pro',
			'new_version' => '4.1.1',
		),
		3 * HOUR_IN_SECONDS
	);
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

while ( microtime( true ) < (float) $argv[2] ) {
	usleep( 2000 );
}
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
