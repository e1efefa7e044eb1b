<?php
/**
 * Bench helper: times warm GET site-check against core's GET /wp/v2/settings over HTTP
 * on the running site, alternating, logged in as an administrator; then the report
 * (GET site-check?report=1, which adds the environment) the same way, and what the
 * environment costs on top of the plain route.
 *
 *   php rest-timing.php SITE_URL SESSION_JSON_FILE ROUNDS [OUTBOUND_LOG]
 *
 * Prints JSON: median ms of each, the plain route's ratio to core's, the report's extra
 * ms, and (given the offline stand-in's outbound-requests.log) the requests the reports
 * sent: those that reached the stand-in unanswered, and those answered in-process
 * before any request was made (core's wordpress.org reachability check, short-circuited).
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	exit( 2 );
}
list( , $dsc_url, $dsc_session_file, $dsc_rounds ) = $argv;
$dsc_log                                           = $argv[4] ?? '';
$dsc_session = json_decode( (string) file_get_contents( $dsc_session_file ), true );
$dsc_cookie  = array();
foreach ( $dsc_session['cookies'] as $dsc_name => $dsc_value ) {
	$dsc_cookie[] = $dsc_name . '=' . rawurlencode( $dsc_value );
}

/**
 * One GET, timed.
 *
 * @param string $url    URL.
 * @param string $cookie Cookie header.
 * @param string $nonce  REST nonce.
 * @return array{0: float, 1: int} Milliseconds and status.
 */
function dsc_get( string $url, string $cookie, string $nonce ): array {
	$curl = curl_init( $url );
	curl_setopt_array(
		$curl,
		array(
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_HTTPHEADER     => array( 'Cookie: ' . $cookie, 'X-WP-Nonce: ' . $nonce ),
		)
	);
	$start = microtime( true );
	curl_exec( $curl );
	$ms     = ( microtime( true ) - $start ) * 1000;
	$status = (int) curl_getinfo( $curl, CURLINFO_RESPONSE_CODE );
	curl_close( $curl );
	return array( $ms, $status );
}

/**
 * One GET's body.
 *
 * @param string $url    URL.
 * @param string $cookie Cookie header.
 * @param string $nonce  REST nonce.
 * @return string
 */
function dsc_body( string $url, string $cookie, string $nonce ): string {
	$curl = curl_init( $url );
	curl_setopt_array(
		$curl,
		array(
			CURLOPT_RETURNTRANSFER => true,
			CURLOPT_HTTPHEADER     => array( 'Cookie: ' . $cookie, 'X-WP-Nonce: ' . $nonce ),
		)
	);
	$body = (string) curl_exec( $curl );
	curl_close( $curl );
	return $body;
}

/**
 * Median.
 *
 * @param float[] $values Values.
 * @return float
 */
function dsc_median( array $values ): float {
	sort( $values );
	$n = count( $values );
	return $n % 2 ? $values[ intdiv( $n, 2 ) ] : ( $values[ $n / 2 - 1 ] + $values[ $n / 2 ] ) / 2;
}

$dsc_ours   = $dsc_url . '/wp-json/dokan-support-check/v1/site-check';
$dsc_report = $dsc_ours . '?report=1';
$dsc_core   = $dsc_url . '/wp-json/wp/v2/settings';
$dsc_header = implode( '; ', $dsc_cookie );
// Warm up all three (fills our cache if empty, and opcache).
foreach ( array( $dsc_ours, $dsc_core, $dsc_report, $dsc_ours, $dsc_core, $dsc_report ) as $dsc_warm ) {
	list( , $dsc_status ) = dsc_get( $dsc_warm, $dsc_header, $dsc_session['nonce'] );
	if ( 200 !== $dsc_status ) {
		fwrite( STDERR, "GET $dsc_warm answered $dsc_status\n" );
		exit( 1 );
	}
}
$dsc_times = array(
	'ours'   => array(),
	'core'   => array(),
	'report' => array(),
);
for ( $dsc_i = 0; $dsc_i < (int) $dsc_rounds; $dsc_i++ ) {
	$dsc_times['ours'][] = dsc_get( $dsc_ours, $dsc_header, $dsc_session['nonce'] )[0];
	$dsc_times['core'][] = dsc_get( $dsc_core, $dsc_header, $dsc_session['nonce'] )[0];
}

// The reports, alone, with the outbound log read before and after.
$dsc_log_lines = static function () use ( $dsc_log ): array {
	return '' !== $dsc_log && is_file( $dsc_log ) ? file( $dsc_log, FILE_IGNORE_NEW_LINES ) : array();
};
$dsc_before = count( $dsc_log_lines() );
for ( $dsc_i = 0; $dsc_i < (int) $dsc_rounds; $dsc_i++ ) {
	$dsc_times['report'][] = dsc_get( $dsc_report, $dsc_header, $dsc_session['nonce'] )[0];
}
$dsc_added = array_slice( $dsc_log_lines(), $dsc_before );
$dsc_sent  = array_values(
	array_filter(
		$dsc_added,
		static function ( $line ) {
			return false === strpos( $line, '(answered before the network)' );
		}
	)
);

$dsc_ours_ms   = dsc_median( $dsc_times['ours'] );
$dsc_core_ms   = dsc_median( $dsc_times['core'] );
$dsc_report_ms = dsc_median( $dsc_times['report'] );
$dsc_result    = array(
	'site_check_ms'     => round( $dsc_ours_ms, 2 ),
	'settings_ms'       => round( $dsc_core_ms, 2 ),
	'ratio'             => round( $dsc_ours_ms / $dsc_core_ms, 3 ),
	'report_ms'         => round( $dsc_report_ms, 2 ),
	'environment_ms'    => round( $dsc_report_ms - $dsc_ours_ms, 2 ),
	'report_size_bytes' => strlen( (string) dsc_body( $dsc_report, $dsc_header, $dsc_session['nonce'] ) ),
);
if ( '' !== $dsc_log ) {
	$dsc_result['reports_timed']                = (int) $dsc_rounds;
	$dsc_result['outbound_requests_sent']       = count( $dsc_sent );
	$dsc_result['requests_answered_in_process'] = count( $dsc_added ) - count( $dsc_sent );
}
echo json_encode( $dsc_result ), "\n";
