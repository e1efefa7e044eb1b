<?php
/**
 * Tests of the plugin as WordPress sees it: its header, and what it loads where.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Plugin;

/**
 * A network activates it network-wide (its page and badge are in Network Admin), and the
 * public front end loads nothing of it.
 */
final class Plugin_Test extends Test_Case {

	const DOMAIN = 'dokan-support-check';

	/**
	 * Leaves the translations as the tests' front-end request had them: none.
	 */
	protected function tearDown(): void {
		unload_textdomain( self::DOMAIN, true );
		parent::tearDown();
	}

	public function test_the_header_makes_it_a_network_only_plugin(): void {
		$this->assertTrue( get_plugin_data( DOKAN_SUPPORT_CHECK_FILE, false, false )['Network'] );
		$this->assertTrue( is_network_only_plugin( plugin_basename( DOKAN_SUPPORT_CHECK_FILE ) ) );
	}

	public function test_translations_are_for_wp_admin_and_rest_requests_not_the_front_end(): void {
		set_current_screen( 'front' );
		$this->assertFalse( Plugin::speaks_here(), 'the public front end' );
		set_current_screen( 'dashboard' );
		$this->assertTrue( Plugin::speaks_here(), 'wp-admin' );
		set_current_screen( 'front' );
		$this->assertSame( 10, has_action( 'rest_api_init', array( Plugin::instance(), 'load_textdomain' ) ) );
		// While a REST request sets up (only this callback: the hooks are restored after).
		$server = rest_get_server();
		$heard  = null;
		remove_all_actions( 'rest_api_init' );
		add_action(
			'rest_api_init',
			static function () use ( &$heard ) {
				$heard = Plugin::speaks_here();
			}
		);
		do_action( 'rest_api_init', $server ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
		$this->assertTrue( $heard, 'a REST request' );

		// On the front end nothing is read: WordPress before 6.7 would read the .mo at once.
		$read = array();
		add_action(
			'load_textdomain',
			static function ( $domain ) use ( &$read ) {
				$read[] = $domain;
			}
		);
		unload_textdomain( self::DOMAIN, true );
		Plugin::instance()->load_textdomain();
		$this->assertNotContains( self::DOMAIN, $read );
		$this->assertFalse( is_textdomain_loaded( self::DOMAIN ) );
	}
}
