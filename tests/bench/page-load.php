<?php
/**
 * Bench helper: loads one page of the site in this PHP process, with or without the
 * plugin, and prints what it cost.
 *
 *   php page-load.php SITE_DIR admin|front on|off SESSION_JSON_FILE
 *
 * "off" removes the plugin from the active plugins before WordPress loads (through a
 * pre-initialised hook), so both runs load the same site, database and everything else.
 * Prints JSON: ms (start to shutdown), queries, scripts and styles printed, and whether
 * core's Site Health information class (which only the site report loads) was loaded.
 *
 * @package Dokan_Support_Check
 */

if ( PHP_SAPI !== 'cli' || $argc < 5 ) {
	exit( 2 );
}
$dsc_started = microtime( true );
list( , $dsc_site, $dsc_page, $dsc_plugin, $dsc_session_file ) = $argv;

$dsc_session = json_decode( (string) file_get_contents( $dsc_session_file ), true );
foreach ( $dsc_session['cookies'] as $dsc_name => $dsc_value ) {
	$_COOKIE[ $dsc_name ] = $dsc_value;
}
$_SERVER['HTTP_HOST']      = '127.0.0.1';
$_SERVER['SERVER_NAME']    = '127.0.0.1';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['REQUEST_URI']    = 'admin' === $dsc_page ? '/wp-admin/index.php' : '/';
$_SERVER['PHP_SELF']       = 'admin' === $dsc_page ? '/wp-admin/index.php' : '/index.php';
$_SERVER['SCRIPT_NAME']    = $_SERVER['PHP_SELF'];

// Hooks WordPress picks up when it starts (WP_Hook::build_preinitialized_hooks).
$dsc_without = static function ( $plugins ) {
	return is_array( $plugins ) ? array_values(
		array_filter(
			$plugins,
			static function ( $plugin ) {
				return 0 !== strpos( $plugin, 'dokan-support-check/' );
			}
		)
	) : $plugins;
};
$GLOBALS['wp_filter'] = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
if ( 'off' === $dsc_plugin ) {
	$GLOBALS['wp_filter']['option_active_plugins'][10][] = array(
		'function'      => $dsc_without,
		'accepted_args' => 1,
	);
}
$GLOBALS['wp_filter']['shutdown'][PHP_INT_MAX][] = array(
	'function'      => static function () use ( $dsc_started ) {
		global $wpdb;
		$scripts = wp_scripts()->done;
		$styles  = wp_styles()->done;
		$ours    = array_values(
			array_filter(
				array_merge( $scripts, $styles ),
				static function ( $handle ) {
					return 0 === strpos( (string) $handle, 'dokan-support-check' );
				}
			)
		);
		while ( ob_get_level() > 0 ) {
			ob_end_clean();
		}
		fwrite(
			STDERR,
			'RESULT ' . wp_json_encode(
				array(
					'ms'                => ( microtime( true ) - $dsc_started ) * 1000,
					'queries'           => (int) $wpdb->num_queries,
					'scripts'           => count( $scripts ),
					'styles'            => count( $styles ),
					'ours'              => $ours,
					'debug_data_loaded' => class_exists( 'WP_Debug_Data', false ),
					'active'            => in_array( 'dokan-support-check/dokan-support-check.php', (array) get_option( 'active_plugins' ), true ),
				)
			) . "\n"
		);
	},
	'accepted_args' => 0,
);

ob_start();
chdir( 'admin' === $dsc_page ? $dsc_site . '/wp-admin' : $dsc_site );
if ( 'admin' === $dsc_page ) {
	require $dsc_site . '/wp-admin/index.php';
} else {
	define( 'WP_USE_THEMES', true );
	require $dsc_site . '/wp-blog-header.php';
}
