<?php
/**
 * Bench helper: times warm GET site-check against core's GET /wp/v2/settings over HTTP
 * on the running site, alternating, logged in as an administrator.
 *
 *   php rest-timing.php SITE_URL SESSION_JSON_FILE ROUNDS
 *
 * Prints JSON: median ms of each and their ratio.
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 4 ) {
	exit( 2 );
}
list( , $dsc_url, $dsc_session_file, $dsc_rounds ) = $argv;
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
$dsc_core   = $dsc_url . '/wp-json/wp/v2/settings';
$dsc_header = implode( '; ', $dsc_cookie );
// Warm up both (fills our cache if empty, and opcache).
foreach ( array( $dsc_ours, $dsc_core, $dsc_ours, $dsc_core ) as $dsc_warm ) {
	list( , $dsc_status ) = dsc_get( $dsc_warm, $dsc_header, $dsc_session['nonce'] );
	if ( 200 !== $dsc_status ) {
		fwrite( STDERR, "GET $dsc_warm answered $dsc_status\n" );
		exit( 1 );
	}
}
$dsc_times = array(
	'ours' => array(),
	'core' => array(),
);
for ( $dsc_i = 0; $dsc_i < (int) $dsc_rounds; $dsc_i++ ) {
	$dsc_times['ours'][] = dsc_get( $dsc_ours, $dsc_header, $dsc_session['nonce'] )[0];
	$dsc_times['core'][] = dsc_get( $dsc_core, $dsc_header, $dsc_session['nonce'] )[0];
}
$dsc_ours_ms = dsc_median( $dsc_times['ours'] );
$dsc_core_ms = dsc_median( $dsc_times['core'] );
echo json_encode(
	array(
		'site_check_ms' => round( $dsc_ours_ms, 2 ),
		'settings_ms'   => round( $dsc_core_ms, 2 ),
		'ratio'         => round( $dsc_ours_ms / $dsc_core_ms, 3 ),
	)
), "\n";
