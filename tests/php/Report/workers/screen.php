<?php
/**
 * Loads one screen of a test site in its own PHP process, as the site's first
 * administrator (cookies from tests/bench/session.php), and prints, as JSON, whether
 * core's Site Health information code was loaded or run (see Screens_Test).
 *
 *   php screen.php SITE_DIR SESSION_JSON_FILE RESULT_FILE admin:index.php|admin:plugins.php|admin:network/index.php
 *   php screen.php SITE_DIR SESSION_JSON_FILE RESULT_FILE rest:plain|rest:report [LOCALE]
 *
 * The JSON goes to RESULT_FILE: WordPress flushes the page's output at shutdown.
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 5 ) {
	exit( 2 );
}
list( , $dsc_site, $dsc_session_file, $dsc_result_file, $dsc_screen ) = $argv;
list( $dsc_kind, $dsc_target )                                        = explode( ':', $dsc_screen, 2 );

$dsc_session = json_decode( (string) file_get_contents( $dsc_session_file ), true );
foreach ( $dsc_session['cookies'] as $dsc_name => $dsc_value ) {
	$_COOKIE[ $dsc_name ] = $dsc_value;
}
$_SERVER['HTTP_HOST']      = '127.0.0.1';
$_SERVER['SERVER_NAME']    = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REQUEST_URI']    = 'admin' === $dsc_kind ? '/wp-admin/' . $dsc_target : '/wp-json/dokan-support-check/v1/site-check';
$_SERVER['PHP_SELF']       = 'admin' === $dsc_kind ? '/wp-admin/' . $dsc_target : '/index.php';
$_SERVER['SCRIPT_NAME']    = $_SERVER['PHP_SELF'];

// Hooks WordPress picks up when it starts (WP_Hook::build_preinitialized_hooks).
$GLOBALS['dsc_debug_information_runs'] = 0;
$GLOBALS['wp_filter']                  = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
$GLOBALS['wp_filter']['debug_information'][ PHP_INT_MAX ][] = array(
	'function'      => static function ( $info ) {
		$GLOBALS['dsc_debug_information_runs']++;
		return $info;
	},
	'accepted_args' => 1,
);
if ( isset( $argv[5] ) ) {
	$dsc_locale                                = $argv[5];
	$GLOBALS['wp_filter']['locale'][10][] = array(
		'function'      => static function () use ( $dsc_locale ) {
			return $dsc_locale;
		},
		'accepted_args' => 0,
	);
}
$GLOBALS['wp_filter']['shutdown'][ PHP_INT_MAX ][] = array(
	'function'      => static function () use ( $dsc_result_file ) {
		file_put_contents( // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
			$dsc_result_file,
			json_encode( // phpcs:ignore WordPress.WP.AlternativeFunctions.json_encode_json_encode -- WordPress may not be fully loaded.
				array(
					'user'                  => get_current_user_id(),
					'screen'                => function_exists( 'get_current_screen' ) && get_current_screen() ? get_current_screen()->id : null,
					'debug_data_loaded'     => class_exists( 'WP_Debug_Data', false ),
					'debug_information_run' => $GLOBALS['dsc_debug_information_runs'],
					'status'                => $GLOBALS['dsc_status'] ?? null,
					'labels'                => $GLOBALS['dsc_labels'] ?? null,
				)
			)
		);
	},
	'accepted_args' => 0,
);

ob_start();
if ( 'admin' === $dsc_kind ) {
	chdir( dirname( $dsc_site . '/wp-admin/' . $dsc_target ) );
	require $dsc_site . '/wp-admin/' . $dsc_target;
	exit( 0 );
}

define( 'REST_REQUEST', true );
require $dsc_site . '/wp-load.php';
// What WordPress sets when it routes a REST request, before it sets up the REST server.
$GLOBALS['wp']->query_vars['rest_route'] = '/dokan-support-check/v1/site-check';
rest_get_server();
$dsc_request = new WP_REST_Request( 'GET', '/dokan-support-check/v1/site-check' );
if ( 'report' === $dsc_target ) {
	$dsc_request->set_query_params( array( 'report' => '1' ) );
}
$dsc_response          = rest_do_request( $dsc_request );
$GLOBALS['dsc_status'] = $dsc_response->get_status();
if ( 'report' === $dsc_target ) {
	$dsc_environment       = $dsc_response->get_data()['environment'];
	$GLOBALS['dsc_labels'] = array(
		'wp-core'                      => $dsc_environment['wp-core']['label'],
		'wp-core/dotorg_communication' => $dsc_environment['wp-core']['fields']['dotorg_communication']['label'],
		'wp-core/version'              => $dsc_environment['wp-core']['fields']['version']['label'],
		'dokan-woocommerce'            => $dsc_environment['dokan-woocommerce']['label'],
		'dotorg_communication'         => $dsc_environment['wp-core']['fields']['dotorg_communication']['value'],
	);
}
