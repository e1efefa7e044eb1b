<?php
/**
 * Plugin Name: Offline WordPress.org (local sites and tests only)
 * Description: Keeps this local site offline. No HTTP request leaves the machine; WordPress.org's core update, plugin and theme update and plugin information answers are served from recorded-shape files in local-site/stand-in-answers/, so WordPress's own update code (wp_version_check, wp_update_plugins, plugins_api) runs for real; a plugin update's package is a zip built from the stand-in plugin at the version offered, so "update now" runs WordPress's real Plugin_Upgrader.
 *
 * Installed by bin/site.sh as a must-use plugin; never part of the shipped plugin.
 *
 * The option `dsc_env_wporg_mode` switches what the "service" answers, for tests:
 * fixtures (default), offline, http-500, invalid-json, timeout. It also answers Dokan Pro's
 * update server (Appsero's) for the stand-in updater dsc-stand-in-dokan-pro-updater.php.
 * Every request that would have left the machine is appended to
 * wp-content/outbound-requests.log, so tests and the bench can count them.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Environment;

defined( 'ABSPATH' ) || exit;

const FIXTURES = __DIR__ . '/../stand-in-answers/';

// Last, where the network is: after every other filter, the plugin's own included (it
// answers a request to a host that timed out itself, just before the request would leave).
add_filter( 'pre_http_request', __NAMESPACE__ . '\\answer', PHP_INT_MAX, 3 );

/**
 * Answers every request that is not to this machine.
 *
 * @param false|array|\WP_Error $response A response already decided by an earlier filter.
 * @param array                 $args     Request arguments.
 * @param string                $url      Request URL.
 * @return false|array|\WP_Error
 */
function answer( $response, $args, $url ) {
	$host = (string) wp_parse_url( $url, PHP_URL_HOST );
	if ( in_array( $host, array( '127.0.0.1', 'localhost', '[::1]', '::1' ), true ) ) {
		return $response;
	}
	log_request( $args, $url, false !== $response );
	if ( false !== $response ) {
		return $response; // A test, or the plugin itself, already answered it.
	}

	$path = (string) wp_parse_url( $url, PHP_URL_PATH );
	$kind = null;
	if ( 'api.appsero.com' === $host && preg_match( '#^/v2/update/[^/]+/check$#', $path ) ) {
		$kind = 'appsero-update';
	} elseif ( preg_match( '#^/core/version-check/#', $path ) ) {
		$kind = 'core';
	} elseif ( preg_match( '#^/plugins/update-check/#', $path ) ) {
		$kind = 'plugin-updates';
	} elseif ( preg_match( '#^/plugins/info/#', $path ) ) {
		$kind = 'plugin-information';
	} elseif ( preg_match( '#^/themes/update-check/#', $path ) ) {
		$kind = 'theme-updates';
	} elseif ( null !== package_slug( $url ) ) {
		$kind = 'package';
	}
	if ( null === $kind ) {
		return new \WP_Error( 'http_request_failed', 'This local site is offline: no request leaves the machine.' );
	}

	$mode = (string) get_option( 'dsc_env_wporg_mode', 'fixtures' );
	switch ( $mode ) {
		case 'offline':
			return new \WP_Error( 'http_request_failed', 'cURL error 6: Could not resolve host (this local site is offline)' );
		case 'timeout':
			return new \WP_Error( 'http_request_failed', 'cURL error 28: Operation timed out after 3001 milliseconds with 0 bytes received' );
		case 'http-500':
			return response( 500, '<html><body>Internal Server Error</body></html>' );
		case 'invalid-json':
			return response( 200, '{"offers":[{"response":"upgr' );
	}

	switch ( $kind ) {
		case 'core':
			return response( 200, wp_json_encode( core_answer( $url ) ) );
		case 'plugin-updates':
			return response( 200, wp_json_encode( plugin_updates_answer( $args ) ) );
		case 'appsero-update':
			return response( 200, wp_json_encode( appsero_answer( $args ) ) );
		case 'theme-updates':
			// No theme fixture: the bundled theme is reported up to date.
			return response( 200, wp_json_encode( array( 'themes' => array(), 'translations' => array(), 'no_update' => array() ) ) );
		case 'package':
			return package_answer( (string) package_slug( $url ), $args );
		default:
			return plugin_information_answer( $url );
	}
}

/**
 * A WP_Http-shaped response.
 *
 * @param int    $code HTTP status.
 * @param string $body Body.
 * @return array
 */
function response( int $code, string $body ): array {
	return array(
		'headers'  => array( 'content-type' => 'application/json; charset=utf-8' ),
		'body'     => $body,
		'response' => array(
			'code'    => $code,
			'message' => get_status_header_desc( $code ),
		),
		'cookies'  => array(),
		'filename' => null,
	);
}

/**
 * Reads a fixture file.
 *
 * @param string $name File name in local-site/stand-in-answers/.
 * @return array
 */
function fixture( string $name ): array {
	$data = json_decode( (string) file_get_contents( FIXTURES . $name ), true );
	return is_array( $data ) ? $data : array();
}

/**
 * The core version-check answer: each offer is an "upgrade" when newer than the
 * version the site reports, else "latest", as the real service decides.
 *
 * @param string $url Request URL, whose query carries the site's version.
 * @return array
 */
function core_answer( string $url ): array {
	parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	$installed = isset( $query['version'] ) ? (string) $query['version'] : '0';
	$answer    = fixture( 'core-version-check.json' );
	foreach ( $answer['offers'] as &$offer ) {
		$offer['response'] = version_compare( $offer['current'], $installed, '>' ) ? 'upgrade' : 'latest';
	}
	return $answer;
}

/**
 * The plugin update-check answer: each known plugin in the request (found by its text
 * domain or folder, like the real service) goes to `plugins` when an update exists,
 * else to `no_update`.
 *
 * @param array $args Request arguments; the body carries the site's plugins.
 * @return array
 */
function plugin_updates_answer( array $args ): array {
	$known   = fixture( 'plugins-update-check.json' )['plugins'] ?? array();
	$sent    = json_decode( (string) ( $args['body']['plugins'] ?? '' ), true );
	$answer  = array(
		'plugins'      => array(),
		'translations' => array(),
		'no_update'    => array(),
	);
	$plugins = is_array( $sent ) && isset( $sent['plugins'] ) ? $sent['plugins'] : array();
	foreach ( $plugins as $file => $headers ) {
		$folder = dirname( $file );
		$slug   = isset( $known[ $headers['TextDomain'] ?? '' ] ) ? $headers['TextDomain'] : $folder;
		if ( ! isset( $known[ $slug ] ) ) {
			continue;
		}
		$entry           = $known[ $slug ];
		$entry['plugin'] = $file;
		$bucket          = version_compare( (string) ( $headers['Version'] ?? '0' ), $entry['new_version'], '<' ) ? 'plugins' : 'no_update';
		$answer[ $bucket ][ $file ] = $entry;
	}
	return $answer;
}

/**
 * The plugin whose update package a URL is: the `package` of an entry of the
 * update-check fixture (e.g. WooCommerce's …/woocommerce.10.9.4.zip).
 *
 * @param string $url Request URL.
 * @return string|null The fixture's slug, or null for any other URL.
 */
function package_slug( string $url ): ?string {
	foreach ( fixture( 'plugins-update-check.json' )['plugins'] ?? array() as $slug => $entry ) {
		if ( isset( $entry['package'] ) && $entry['package'] === $url ) {
			return (string) $slug;
		}
	}
	return null;
}

/**
 * An update package, as the download service sends it: a zip of the stand-in plugin's
 * folder (local-site/stand-in-plugins/<slug>/) whose main file says the version on
 * offer, so that the Plugins screen's "update now" runs WordPress's own
 * Plugin_Upgrader and the installed version really changes.
 *
 * WordPress downloads packages with download_url(): `wp_safe_remote_get()` with
 * `stream => true` and `filename` (a temporary file it made); WP_Http then writes the
 * body to that file and answers an empty body with `filename` set. A `pre_http_request`
 * answer skips the transport, so it writes the file itself, the same way.
 *
 * @param string $slug The fixture's slug (the stand-in's folder).
 * @param array  $args Request arguments.
 * @return array|\WP_Error
 */
function package_answer( string $slug, array $args ) {
	$entry  = fixture( 'plugins-update-check.json' )['plugins'][ $slug ];
	$source = dirname( __DIR__ ) . '/stand-in-plugins/' . $slug;
	if ( ! is_dir( $source ) || ! class_exists( 'ZipArchive' ) ) {
		return response( 404, 'Not found' );
	}
	$zip_file = wp_tempnam( $slug . '.zip' );
	$zip      = new \ZipArchive();
	if ( true !== $zip->open( $zip_file, \ZipArchive::OVERWRITE ) ) {
		return new \WP_Error( 'http_request_failed', 'The stand-in package could not be built.' );
	}
	$files = new \RecursiveIteratorIterator( new \RecursiveDirectoryIterator( $source, \FilesystemIterator::SKIP_DOTS ) );
	foreach ( $files as $file ) {
		$relative = substr( $file->getPathname(), strlen( $source ) + 1 );
		$content  = (string) file_get_contents( $file->getPathname() );
		if ( preg_match( '/^[ \t\/*#@]*Plugin Name:/mi', $content ) ) {
			// The main file: the version on offer, as the real package would say.
			$content = preg_replace( '/^( \* Version:\s*).*$/m', '${1}' . $entry['new_version'], $content );
		}
		$zip->addFromString( $slug . '/' . $relative, $content );
	}
	$zip->close();
	$body = (string) file_get_contents( $zip_file );
	unlink( $zip_file );

	$answer = response( 200, $body );
	$answer['headers'] = array(
		'content-type'   => 'application/zip',
		'content-length' => (string) strlen( $body ),
	);
	if ( ! empty( $args['stream'] ) && ! empty( $args['filename'] ) ) {
		if ( false === file_put_contents( $args['filename'], $body ) ) {
			return new \WP_Error( 'http_request_failed', 'Could not open handle for file.' );
		}
		$answer['body']     = '';
		$answer['filename'] = $args['filename'];
	}
	return $answer;
}

/**
 * Dokan Pro's update server: the version information when the request carries a licence
 * key. What the real server answers without a valid licence is not public; this one
 * answers an object without `slug`, which Appsero's updater discards (it caches nothing).
 *
 * @param array $args Request arguments; the body carries the licence key.
 * @return array|object
 */
function appsero_answer( array $args ) {
	$key = isset( $args['body']['license_key'] ) ? (string) $args['body']['license_key'] : '';
	if ( '' === $key ) {
		return array( 'error' => 'Invalid or inactive license.' );
	}
	$answer = fixture( 'dokan-pro-updater.json' );
	unset( $answer['_comment'] );
	return $answer;
}

/**
 * The plugin information answer (plugins_api), from the fixture for that slug.
 *
 * @param string $url Request URL; its query names the slug.
 * @return array
 */
function plugin_information_answer( string $url ): array {
	parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
	$slug = sanitize_key( $query['request']['slug'] ?? ( $query['slug'] ?? '' ) );
	$file = 'plugin-information-' . $slug . '.json';
	if ( '' === $slug || ! is_readable( FIXTURES . $file ) ) {
		return response( 404, wp_json_encode( array( 'error' => 'Plugin not found.' ) ) );
	}
	return response( 200, (string) file_get_contents( FIXTURES . $file ) );
}

/**
 * Appends one line per request that would have left the machine.
 *
 * @param array  $args     Request arguments.
 * @param string $url      Request URL.
 * @param bool   $answered Whether an earlier filter (a test's, or the plugin's own) answered it.
 */
function log_request( array $args, string $url, bool $answered ): void {
	$line = sprintf(
		"%s %s %s%s\n",
		gmdate( 'c' ),
		$args['method'] ?? 'GET',
		preg_replace( '#\?.*#', '', $url ),
		$answered ? ' (answered before the network)' : ''
	);
	file_put_contents( WP_CONTENT_DIR . '/outbound-requests.log', $line, FILE_APPEND | LOCK_EX );
}
