<?php
/**
 * One of several simultaneous refreshes, in its own PHP process (see Concurrency_Test).
 *
 *   php refresh.php SITE_DIR go DIR N   boot, print "ready", refresh when a line arrives on
 *                                       standard input, print JSON; DIR is shared by the N
 *                                       workers
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

list( , , , $dsc_dir, $dsc_workers ) = $argv;

/**
 * How many other workers have started their refresh.
 *
 * @param string $dir Shared folder.
 * @return int
 */
function dsc_others_started( string $dir ): int {
	return count( array_diff( (array) glob( $dir . '/started-*' ), array( $dir . '/started-' . getmypid() ) ) );
}

$dsc_requests = array();
add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) use ( &$dsc_requests, $dsc_dir, $dsc_workers ) {
		// The worker that asks holds its first answer until every other one has started its
		// refresh: they all started before any answer was saved, so "simultaneous" holds
		// however slowly a loaded machine schedules them (a fixed delay did not).
		if ( array() === $dsc_requests ) {
			$deadline = microtime( true ) + 15;
			while ( dsc_others_started( $dsc_dir ) < (int) $dsc_workers - 1 && microtime( true ) < $deadline ) {
				usleep( 10000 );
			}
			if ( dsc_others_started( $dsc_dir ) < (int) $dsc_workers - 1 ) {
				$dsc_requests[] = 'not every worker started within 15 s';
			}
		}
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
		return $response;
	},
	0,
	3
);

// Booted: wait for the test's signal, which it sends once every worker is here.
echo "ready\n";
fgets( STDIN );
// "Started" once the refresh has taken its start time, which it does just before reading
// the component definitions through this filter. Touched here rather than before get(): a
// worker paused between the two would otherwise start after the first answers were
// saved, and rightly ask again.
add_filter(
	'dokan_support_check_components',
	static function ( $components ) use ( $dsc_dir ) {
		touch( $dsc_dir . '/started-' . getmypid() );
		return $components;
	}
);
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
