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

	public function test_translations_are_for_wp_admin_and_our_rest_requests_not_the_front_end(): void {
		set_current_screen( 'front' );
		$this->assertFalse( Plugin::speaks_here(), 'the public front end' );
		set_current_screen( 'dashboard' );
		$this->assertTrue( Plugin::speaks_here(), 'wp-admin' );
		set_current_screen( 'front' );
		$this->assertSame( 10, has_action( 'rest_api_init', array( Plugin::instance(), 'load_textdomain' ) ) );

		// While a REST request sets up, by route (only these callbacks: the hooks are
		// restored after). WordPress sets `rest_route` before `rest_api_init`.
		$heard = array();
		$read  = array();
		remove_all_actions( 'rest_api_init' );
		add_action(
			'rest_api_init',
			static function () use ( &$heard ) {
				$heard[] = Plugin::speaks_here();
			}
		);
		add_action( 'rest_api_init', array( Plugin::instance(), 'load_textdomain' ) );
		add_action(
			'load_textdomain',
			static function ( $domain ) use ( &$read ) {
				$read[] = $domain;
			}
		);
		$routes = array(
			'/dokan-support-check/v1/site-check' => true,
			'/dokan-support-check/v1'            => true,
			'/wp/v2/settings'                    => true,
			'/wc/store/v1/cart/add-item'         => false,
			'/wp/v2/posts'                       => false,
			'/wp/v2/settings-of-another-plugin'  => false,
			''                                   => false, // A block's preload while a public page renders.
		);
		$query_vars = $GLOBALS['wp']->query_vars;
		try {
			foreach ( $routes as $route => $speaks ) {
				$heard = array();
				$read  = array();
				unload_textdomain( self::DOMAIN, true );
				$GLOBALS['wp']->query_vars = '' === $route ? array() : array( 'rest_route' => $route );
				do_action( 'rest_api_init', rest_get_server() ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
				$this->assertSame( array( $speaks ), $heard, "a REST request to '$route'" );
				if ( ! $speaks ) {
					$this->assertNotContains( self::DOMAIN, $read, "no translation read for '$route'" );
				}
			}
		} finally {
			$GLOBALS['wp']->query_vars = $query_vars;
		}

		// On the front end nothing is read: WordPress before 6.7 would read the .mo at once.
		$read = array();
		unload_textdomain( self::DOMAIN, true );
		Plugin::instance()->load_textdomain();
		$this->assertNotContains( self::DOMAIN, $read );
		$this->assertFalse( is_textdomain_loaded( self::DOMAIN ) );
	}

	public function test_the_notice_of_unmet_requirements_is_in_the_admins_language(): void {
		$this->log_in_as_site_owner();
		add_filter(
			'pre_determine_locale',
			static function () {
				return 'fr_FR';
			}
		);
		unload_textdomain( self::DOMAIN, true );

		ob_start();
		dokan_support_check_requirements_notice();
		$notice = (string) ob_get_clean();

		$this->assertStringContainsString( 'nécessite PHP ' . DOKAN_SUPPORT_CHECK_MIN_PHP, $notice, 'the plugin did not boot, and the notice still speaks French' );
	}
}
