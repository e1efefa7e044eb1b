<?php
/**
 * Shared set-up of the tests that reach WordPress's update services.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Store;
use Dokan_Support_Check\Tests\Test_Case;

/**
 * Starts each test with nothing cached (ours or WordPress's update data) and counts the
 * HTTP requests that would leave the machine, by kind, through `pre_http_request`.
 * The answers themselves come from the environment's offline must-use plugin (recorded
 * fixtures, or a simulated failure chosen with the `dsc_env_wporg_mode` option).
 */
abstract class Facts_Test_Case extends Test_Case {

	/**
	 * Outbound requests seen, each as "kind" (core, plugins, info:<slug>, other).
	 *
	 * @var string[]
	 */
	protected $requests = array();

	/**
	 * Empties the caches and starts counting.
	 */
	protected function setUp(): void {
		parent::setUp();
		delete_site_transient( Store::FACTS_TRANSIENT );
		delete_option( Store::REMOTE_OPTION );
		delete_option( Store::SNAPSHOT_OPTION );
		delete_site_option( Store::REMOTE_OPTION );
		delete_site_option( Store::SNAPSHOT_OPTION );
		delete_site_transient( 'update_core' );
		delete_site_transient( 'update_plugins' );
		delete_option( 'dokan_support_check_fetch_lock' );
		delete_option( 'dokan_support_check_refresh_lock' );
		$this->given_wporg_mode( 'fixtures' );
		$this->requests = array();
		add_filter( 'pre_http_request', array( $this, 'count_request' ), 0, 3 );
	}

	/**
	 * Chooses what the simulated WordPress.org answers.
	 *
	 * @param string $mode fixtures, offline, http-500, invalid-json or timeout.
	 */
	protected function given_wporg_mode( string $mode ): void {
		update_option( 'dsc_env_wporg_mode', $mode );
	}

	/**
	 * Counts one request; lets it through to the other filters.
	 *
	 * @param false|array|\WP_Error $response Answer so far.
	 * @param array                 $args     Request arguments.
	 * @param string                $url      URL.
	 * @return false|array|\WP_Error
	 */
	public function count_request( $response, $args, $url ) {
		$host = (string) wp_parse_url( $url, PHP_URL_HOST );
		if ( in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ) {
			return $response;
		}
		$path = (string) wp_parse_url( $url, PHP_URL_PATH );
		if ( false !== strpos( $path, '/core/version-check/' ) ) {
			$this->requests[] = 'core';
		} elseif ( false !== strpos( $path, '/plugins/update-check/' ) ) {
			$this->requests[] = 'plugins';
		} elseif ( false !== strpos( $path, '/plugins/info/' ) ) {
			parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
			$this->requests[] = 'info:' . ( $query['request']['slug'] ?? ( $query['slug'] ?? '?' ) );
		} else {
			$this->requests[] = 'other';
		}
		return $response;
	}

	/**
	 * One component of the facts.
	 *
	 * @param array  $facts Facts.
	 * @param string $slug  Slug.
	 * @return array
	 */
	protected function component( array $facts, string $slug ): array {
		foreach ( $facts['components'] as $component ) {
			if ( $slug === $component['slug'] ) {
				return $component;
			}
		}
		$this->fail( "no component $slug" );
	}
}
