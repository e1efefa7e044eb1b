<?php
/**
 * Shared set-up of the tests that reach WordPress's update services.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Appsero;
use Dokan_Support_Check\Facts\History;
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
	 * Dokan Pro's main file, as the stand-in is installed.
	 */
	const PRO = 'dokan-pro/dokan-pro.php';

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
		foreach ( array( Store::REMOTE_OPTION, Store::SNAPSHOT_OPTION, History::OPTION, History::INVENTORY_OPTION ) as $option ) {
			delete_option( $option );
			delete_site_option( $option );
		}
		foreach ( Appsero::cache_names( self::PRO ) as $name ) {
			delete_transient( $name ); // Dokan Pro's updater has not asked yet.
		}
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
	 * What Dokan Pro's updater (Appsero's) does when an administrator opens an admin page
	 * with the licence active: it asks its server and caches the answer for 3 hours. Runs the
	 * stand-in updater's own `admin_init` callback (local-site/mu-plugins/), not admin_init:
	 * core's callbacks there would check for updates too.
	 */
	protected function given_an_admin_page_was_opened(): void {
		\Dokan_Support_Check\Environment\Appsero\check_plugin_update();
	}

	/**
	 * Stores an answer in Appsero's version cache for Dokan Pro, as if cached some time ago.
	 *
	 * @param mixed $value   The cached value.
	 * @param int   $age     Seconds since it was cached.
	 */
	protected function given_appsero_cache( $value, int $age = 0 ): void {
		$name = Appsero::cache_names( self::PRO )[0];
		set_transient( $name, $value, Appsero::CACHE_TTL );
		update_option( '_transient_timeout_' . $name, time() + Appsero::CACHE_TTL - $age, false );
	}

	/**
	 * Appsero's answer for Dokan Pro, shaped as its updater caches it.
	 *
	 * @param string $new_version Latest version.
	 * @return \stdClass
	 */
	protected static function appsero_answer( string $new_version ): \stdClass {
		return (object) array(
			'name'        => 'Dokan Pro',
			'slug'        => 'dokan-pro',
			'new_version' => $new_version,
			'url'         => 'https://dokan.co/wordpress/',
			'package'     => 'https://downloads.example.invalid/dokan-pro.zip',
		);
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
