<?php
/**
 * Deactivating and reactivating the plugin.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Security;

use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Settings;
use Dokan_Support_Check\Tests\Facts\Facts_Test_Case;
use WP_REST_Request;

require_once dirname( __DIR__ ) . '/Facts/Facts_Test_Case.php';

/**
 * Deactivation is not uninstallation: the settings and the cached facts survive a
 * deactivate / reactivate cycle, and the cache keeps answering without a request.
 * (Uninstalling, single site and network, is tests/php/Uninstall_Test.php.)
 *
 * Runs WordPress's own deactivate_plugins() / activate_plugin() on the real plugin file;
 * on a network the plugin is network-activated, so the cycle is network-wide there. The
 * change to the active plugins is rolled back with the test's transaction.
 */
final class Lifecycle_Test extends Facts_Test_Case {

	const FILE = 'dokan-support-check/dokan-support-check.php';

	/**
	 * Makes sure the plugin is active again in memory, whatever the test did.
	 */
	protected function tearDown(): void {
		parent::tearDown();
		$this->assertTrue( is_plugin_active( self::FILE ), 'the rollback restored the active state' );
	}

	public function test_deactivate_and_reactivate_keep_the_settings_and_the_cached_facts(): void {
		$this->log_in_as_site_owner();
		$network = is_multisite();
		$this->assertTrue( $network ? is_plugin_active_for_network( self::FILE ) : is_plugin_active( self::FILE ) );

		update_option( Settings::PURCHASE_EMAIL, 'owner@example.test' );
		update_option( Settings::LAST_TICKET_AT, 1700000000 );
		rest_get_server();
		$request = new WP_REST_Request( 'GET', '/dokan-support-check/v1/site-check' );
		$request->set_query_params( array( 'refresh' => true ) );
		$this->assertSame( 200, rest_do_request( $request )->get_status() );
		$cached = Plugin::instance()->facts->cached();
		$this->assertIsArray( $cached );

		deactivate_plugins( self::FILE, false, $network );
		wp_cache_flush();
		$this->assertFalse( is_plugin_active( self::FILE ) );
		$this->assert_kept( $cached, 'after deactivation' );

		$this->requests = array();
		$result         = activate_plugin( self::FILE, '', $network );
		$this->assertNull( $result, 'activation succeeds without unexpected output' );
		wp_cache_flush();
		$this->assertTrue( $network ? is_plugin_active_for_network( self::FILE ) : is_plugin_active( self::FILE ) );
		$this->assert_kept( $cached, 'after reactivation' );

		// The cache still answers the page: no request to the update services.
		$this->assertSame( 200, rest_do_request( new WP_REST_Request( 'GET', '/dokan-support-check/v1/site-check' ) )->get_status() );
		$this->assertSame( array(), $this->requests, 'activation did not trigger a fetch and the cache still answers' );
	}

	/**
	 * Asserts the settings and the cached facts are as they were.
	 *
	 * @param array  $cached The cached facts before.
	 * @param string $when   When.
	 */
	private function assert_kept( array $cached, string $when ): void {
		$this->assertSame( 'owner@example.test', Settings::purchase_email(), $when );
		$this->assertSame( 1700000000, Settings::last_ticket_at(), $when );
		$this->assertSame( $cached, Plugin::instance()->facts->cached(), $when );
	}
}
