<?php
/**
 * Tests of Dokan Pro as it really is: its Appsero updater, its licence, its 3.x header.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Appsero;
use Dokan_Support_Check\Facts\Detector;
use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Plugin;

require_once __DIR__ . '/Facts_Test_Case.php';

/**
 * What the real Dokan Pro does, reproduced by the stand-ins (local-site/), and what the
 * facts make of it (research: /work/research/dokan-pro-appsero.md):
 *
 * - Appsero's updater asks its server only on `admin_init` and caches the answer for 3 h
 *   (§1b); with an update it replaces the whole `update_plugins` value on later saves of
 *   that admin request; the older client merges into every save, in every context (§1a).
 * - `wp_update_plugins()` rebuilds `update_plugins` from WordPress.org alone (§6).
 * - The licence is Appsero's option `dokan_pro_license` (§1c, §2b).
 */
final class Dokan_Pro_Test extends Facts_Test_Case {

	/**
	 * The `update_plugins` filters before the test (an admin page's closures go with it).
	 *
	 * @var \WP_Hook|null
	 */
	private $saved_filter = null;

	/**
	 * The service under test, as the plugin built it.
	 *
	 * @return Site_Facts
	 */
	private function facts(): Site_Facts {
		return Plugin::instance()->facts;
	}

	/**
	 * Dokan Pro's facts after "Check again" (a forced refresh in a REST request, where
	 * admin_init never fires).
	 *
	 * @return array
	 */
	private function check_again(): array {
		return $this->component( $this->facts()->get( true ), 'dokan-pro' );
	}

	/**
	 * What an admin request of WordPress does after Appsero's `admin_init`: the Plugins
	 * screen (`load-plugins.php`) runs wp_update_plugins(). The closures Appsero's updater
	 * added live only for that request.
	 */
	private function in_an_admin_request_then_the_plugins_screen(): void {
		global $wp_filter;
		$before = isset( $wp_filter['pre_set_site_transient_update_plugins'] ) ? clone $wp_filter['pre_set_site_transient_update_plugins'] : null;
		$this->given_an_admin_page_was_opened();
		wp_update_plugins();
		if ( null === $before ) {
			unset( $wp_filter['pre_set_site_transient_update_plugins'] );
		} else {
			$wp_filter['pre_set_site_transient_update_plugins'] = $before; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		}
	}

	/**
	 * The plugin files in each bucket of `update_plugins`.
	 *
	 * @return array{response: string[], no_update: string[]}
	 */
	private static function update_entries(): array {
		$data    = get_site_transient( 'update_plugins' );
		$entries = array();
		foreach ( array( 'response', 'no_update' ) as $bucket ) {
			$files = is_object( $data ) && isset( $data->$bucket ) ? array_keys( (array) $data->$bucket ) : array();
			sort( $files );
			$entries[ $bucket ] = $files;
		}
		return $entries;
	}

	/**
	 * Exactly these plugins active: on the site, or network-wide on a network (where the
	 * test network activates them).
	 *
	 * @param string[] $files Main files.
	 */
	private function given_active_plugins( array $files ): void {
		if ( is_multisite() ) {
			update_option( 'active_plugins', array() );
			update_site_option( 'active_sitewide_plugins', array_fill_keys( $files, time() ) );
			return;
		}
		update_option( 'active_plugins', $files );
	}

	/**
	 * Runs code and returns the PHP warnings, notices and deprecations it raised.
	 *
	 * @param callable $run Code.
	 * @return string[]
	 */
	private static function warnings_of( callable $run ): array {
		$warnings = array();
		set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler
			static function ( $errno, $errstr, $errfile, $errline ) use ( &$warnings ) {
				$warnings[] = "$errstr ($errfile:$errline)";
				return true;
			}
		);
		try {
			$run();
		} finally {
			restore_error_handler();
		}
		return $warnings;
	}

	public function test_the_update_data_entry_comes_first(): void {
		// An updater put Pro's entry in update_plugins (4.2.0); Appsero's cache names 4.1.1.
		$this->given_appsero_cache( self::appsero_answer( '4.1.1' ), 600 );
		$data                       = new \stdClass();
		$data->last_checked         = time();
		$data->response             = array( self::PRO => (object) array( 'slug' => 'dokan-pro', 'new_version' => '4.2.0', 'package' => '' ) );
		$data->checked[ self::PRO ] = '4.1.1';
		set_site_transient( 'update_plugins', $data );

		$pro = $this->check_again();
		$this->assertSame( '4.2.0', $pro['latest'] );
		$this->assertNull( $pro['checkedAt'], 'an entry left in update_plugins does not say when it was learnt' );
		$this->assertNull( $pro['error'] );
	}

	public function test_then_the_appsero_cache_with_the_time_it_was_cached(): void {
		$this->given_appsero_cache( self::appsero_answer( '4.1.1' ), 2 * HOUR_IN_SECONDS );

		$pro = $this->check_again();
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertNull( $pro['error'] );
		// Cached two hours ago (expiry minus Appsero's 3 hours): shown as two hours old, not "now".
		$this->assertEqualsWithDelta( time() - 2 * HOUR_IN_SECONDS, strtotime( $pro['checkedAt'] ), 5 );
	}

	public function test_an_admin_page_with_the_licence_active_teaches_the_latest_version(): void {
		$this->assertNull( $this->check_again()['latest'], 'a REST request fires no admin_init: nothing yet' );
		$this->given_an_admin_page_was_opened();
		$this->requests = array();

		$pro = $this->check_again();
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertEqualsWithDelta( time(), strtotime( $pro['checkedAt'] ), 5 );
		$entries = self::update_entries();
		$this->assertNotContains( self::PRO, array_merge( $entries['response'], $entries['no_update'] ), 'no update: Appsero wrote nothing into update_plugins' );
		$this->assertNotContains( 'other', $this->requests, 'we never ask Dokan Pro’s server ourselves' );
	}

	public function test_an_inactive_licence_explains_the_missing_latest_version(): void {
		update_option( 'dokan_pro_license', array( 'key' => '', 'status' => 'deactivate' ), false );
		$this->given_an_admin_page_was_opened(); // Appsero's server answers nothing without a key.

		$pro = $this->check_again();
		$this->assertNull( $pro['latest'] );
		$this->assertSame( 'inactive', $pro['licence'] );
		$this->assertStringContainsString( 'licence is not active', $pro['error'] );
		$this->assertStringContainsString( 'Dokan → License', $pro['error'] );
		$this->assertStringContainsString( 'page=dokan_updates', $pro['error'] );
	}

	/**
	 * Dokan Pro builds its updater on Dokan's `dokan_loaded`, which Dokan fires once
	 * WooCommerce has loaded: without one of them, nothing asks, and no licence page exists.
	 *
	 * @return array<string, array{string[], string}>
	 */
	public function plugins_dokan_pro_loads_with(): array {
		return array(
			'WooCommerce not active' => array( array( 'dokan-lite/dokan.php' ), 'WooCommerce' ),
			'Dokan not active'       => array( array( 'woocommerce/woocommerce.php' ), 'Dokan' ),
			'neither'                => array( array(), 'WooCommerce and Dokan' ),
		);
	}

	/**
	 * @dataProvider plugins_dokan_pro_loads_with
	 *
	 * @param string[] $running Plugins active besides Dokan Pro.
	 * @param string   $needed  What the reason names.
	 */
	public function test_without_woocommerce_or_dokan_running_the_updater_does_not_run_and_the_facts_say_why( array $running, string $needed ): void {
		$this->given_active_plugins( array_merge( $running, array( self::PRO ) ) );
		$this->given_an_admin_page_was_opened();
		$this->assertFalse( get_transient( Appsero::cache_names( self::PRO )[0] ), 'Dokan Pro’s updater does not exist: it asked nothing' );

		$pro = $this->check_again();
		$this->assertNull( $pro['latest'] );
		$this->assertSame( "Dokan Pro needs $needed active to look for its updates, so its latest version is unknown. Install and activate $needed, then check again.", $pro['error'] );

		// Once they run, an admin page teaches the version, and the reason goes.
		$this->given_active_plugins( array( 'woocommerce/woocommerce.php', 'dokan-lite/dokan.php', self::PRO ) );
		$this->given_an_admin_page_was_opened();
		$pro = $this->check_again();
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertNull( $pro['error'] );
	}

	public function test_dokan_pro_4_2_and_later_have_their_licence_page_in_the_dashboard(): void {
		$this->set_plugin_header( self::PRO, 'Version', '4.2.0' );
		delete_option( 'dokan_pro_license' );

		$pro = $this->check_again();
		$this->assertSame( 'inactive', $pro['licence'], 'no licence option: Appsero’s is_valid() says no' );
		$this->assertStringContainsString( 'page=dokan-dashboard#/license', $pro['error'] );
		$this->assertStringNotContainsString( 'dokan_updates', $pro['error'] );
	}

	/**
	 * @dataProvider licences
	 *
	 * @param mixed  $stored   The stored licence option (null: none).
	 * @param string $expected State.
	 */
	public function test_the_licence_state_never_the_key( $stored, string $expected ): void {
		delete_option( 'dokan_pro_license' );
		if ( null !== $stored ) {
			update_option( 'dokan_pro_license', $stored, false );
		}
		$facts = $this->facts()->get();

		$this->assertSame( $expected, $this->component( $facts, 'dokan-pro' )['licence'] );
		$this->assertStringNotContainsString( 'SECRET-KEY', (string) wp_json_encode( $facts ) );
		$this->assertStringNotContainsString( 'SECRET-KEY', (string) wp_json_encode( $this->facts()->cached() ) );
		foreach ( array( 'wordpress', 'woocommerce', 'dokan-lite' ) as $slug ) {
			$this->assertArrayNotHasKey( 'licence', $this->component( $facts, $slug ) );
		}
	}

	/**
	 * Licence options as Appsero's client stores them (old and new shapes), and nonsense.
	 *
	 * @return array
	 */
	public function licences(): array {
		return array(
			'activated'                      => array(
				array(
					'key'              => 'SECRET-KEY',
					'status'           => 'activate',
					'remaining'        => 4,
					'activation_limit' => 5,
					'expiry_days'      => false,
				),
				'active',
			),
			'deactivated (new client)'       => array(
				array(
					'key'    => '',
					'status' => 'deactivate',
				),
				'inactive',
			),
			'failed daily check (key kept)'  => array(
				array(
					'key'         => 'SECRET-KEY',
					'status'      => 'deactivate',
					'expiry_days' => 0,
				),
				'inactive',
			),
			'never activated (no option)'    => array( null, 'inactive' ),
			'a string'                       => array( 'SECRET-KEY', 'unknown' ),
			'an array without a status'      => array( array( 'key' => 'SECRET-KEY' ), 'unknown' ),
		);
	}

	public function test_the_licence_under_appseros_default_option_name_is_read_too(): void {
		delete_option( 'dokan_pro_license' );
		update_option( 'appsero_' . md5( 'dokan-pro' ) . '_manage_license', array( 'key' => 'SECRET-KEY', 'status' => 'activate' ), false );

		$this->assertSame( 'active', $this->component( $this->facts()->get(), 'dokan-pro' )['licence'] );
	}

	/**
	 * @dataProvider bad_caches
	 *
	 * @param mixed $value What Appsero's cache holds.
	 */
	public function test_a_bad_appsero_cache_gives_unknown_with_a_reason_and_no_warning( $value ): void {
		if ( is_string( $value ) && 0 === strpos( $value, 'raw:' ) ) {
			// Bytes as they are: an object of a class that does not exist here.
			$name = Appsero::cache_names( self::PRO )[0];
			$this->given_appsero_cache( 'placeholder' );
			$GLOBALS['wpdb']->update( $GLOBALS['wpdb']->options, array( 'option_value' => substr( $value, 4 ) ), array( 'option_name' => '_transient_' . $name ) );
			wp_cache_flush();
		} else {
			$this->given_appsero_cache( $value );
		}

		$pro      = null;
		$warnings = self::warnings_of(
			function () use ( &$pro ) {
				$pro = $this->check_again();
				$this->facts()->for_page();
			}
		);
		$this->assertSame( array(), $warnings );
		$this->assertNull( $pro['latest'] );
		$this->assertStringContainsString( 'cannot be read', (string) $pro['error'] );
	}

	/**
	 * Wrong shapes and hostile values in Appsero's cache.
	 *
	 * @return array
	 */
	public function bad_caches(): array {
		$answer = static function ( $new_version ) {
			return (object) array(
				'name'        => 'Dokan Pro',
				'slug'        => 'dokan-pro',
				'new_version' => $new_version,
			);
		};
		return array(
			'an array, not an object'     => array(
				array(
					'name'        => 'Dokan Pro',
					'new_version' => '4.2.0',
				),
			),
			'a string'                    => array( 'garbage' ),
			'an object without a version' => array( (object) array( 'name' => 'Dokan Pro' ) ),
			'a version full of markup'    => array( $answer( '<img src=x onerror=alert(1)>4.2.0' ) ),
			'a version in bold'           => array( $answer( '<b>4.2.0</b>' ) ),
			'a version of 10 KB'          => array( $answer( '4.' . str_repeat( '9', 10240 ) ) ),
			'a version as a list'         => array( $answer( array( '4.2.0' ) ) ),
			'an object of a lost class'   => array( 'raw:O:22:"Dsc_Class_That_Is_Gone":1:{s:11:"new_version";s:5:"4.2.0";}' ),
		);
	}

	public function test_check_again_keeps_every_entry_other_updaters_put_in_update_plugins(): void {
		$this->set_plugin_header( self::PRO, 'Version', '4.0.0' );
		$this->write_plugin( 'premium-plugin/premium-plugin.php', array( 'Plugin Name: A premium plugin', 'Version: 1.0.0' ) );
		$this->write_plugin( 'other-premium/other-premium.php', array( 'Plugin Name: Another premium plugin', 'Version: 3.0.0' ) );
		wp_update_plugins(); // WordPress.org's entries.

		// Entries the plugins' own updaters added, as they would on an admin page.
		$data                                               = get_site_transient( 'update_plugins' );
		$data->response[ self::PRO ]                        = self::appsero_answer( '4.1.1' );
		$data->response['premium-plugin/premium-plugin.php'] = (object) array(
			'slug'        => 'premium-plugin',
			'new_version' => '2.0.0',
			'url'         => 'https://vendor.example/premium-plugin/',
			'package'     => 'https://vendor.example/premium-plugin.zip',
		);
		$data->no_update['other-premium/other-premium.php'] = (object) array(
			'slug'        => 'other-premium',
			'new_version' => '3.0.0',
			'url'         => 'https://vendor.example/other-premium/',
		);
		set_site_transient( 'update_plugins', $data );
		$before = self::update_entries();
		$this->assertContains( 'woocommerce/woocommerce.php', $before['response'] );

		$pro = $this->check_again();

		$this->assertSame( $before, self::update_entries(), 'every entry update_plugins held before is still there, in the same place' );
		$this->assertGreaterThanOrEqual( time() - 5, get_site_transient( 'update_plugins' )->last_checked, 'and WordPress.org was asked afresh' );
		$this->assertSame( '4.1.1', $pro['latest'] );
	}

	public function test_an_entry_for_a_plugin_removed_since_is_not_put_back(): void {
		$this->write_plugin( 'premium-plugin/premium-plugin.php', array( 'Plugin Name: A premium plugin', 'Version: 1.0.0' ) );
		wp_update_plugins();
		$data = get_site_transient( 'update_plugins' );
		$data->response['premium-plugin/premium-plugin.php'] = (object) array(
			'slug'        => 'premium-plugin',
			'new_version' => '2.0.0',
		);
		set_site_transient( 'update_plugins', $data );
		$this->remove_plugin( 'premium-plugin/premium-plugin.php' );

		$this->facts()->get( true );
		$this->assertNotContains( 'premium-plugin/premium-plugin.php', self::update_entries()['response'] );
	}

	public function test_appseros_updater_replaces_update_plugins_on_an_admin_page_and_check_again_brings_back_the_rest(): void {
		$this->set_plugin_header( self::PRO, 'Version', '4.0.0' );

		// An administrator opens the Plugins screen: Appsero's closure replaces the whole value.
		$this->in_an_admin_request_then_the_plugins_screen();
		$this->assertSame( array( self::PRO ), self::update_entries()['response'], 'what the real updater does: Pro’s entry alone' );
		$this->assertSame( array(), self::update_entries()['no_update'] );

		$pro     = $this->check_again();
		$entries = self::update_entries();
		$this->assertContains( self::PRO, $entries['response'], 'Pro’s update notice is still there' );
		$this->assertContains( 'woocommerce/woocommerce.php', $entries['response'] );
		$this->assertContains( 'dokan-lite/dokan.php', $entries['response'] );
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertNotNull( $pro['checkedAt'], 'Appsero’s cache names the same version: its time is known' );
	}

	public function test_the_older_appsero_client_merges_its_entry_in_every_context(): void {
		update_option( 'dsc_env_appsero_variant', 'client' );
		$this->given_appsero_cache( self::appsero_answer( '4.1.1' ), 1800 );

		$pro = $this->check_again(); // A REST request: the old client's filter runs all the same.
		$this->assertContains( self::PRO, self::update_entries()['no_update'] );
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertEqualsWithDelta( time() - 1800, strtotime( $pro['checkedAt'] ), 5 );
	}

	public function test_dokan_pro_3_in_its_zip_folder_end_to_end(): void {
		$file = 'dokan-pro-3.14.1/dokan-pro.php';
		$this->install_variant( 'dokan-pro-3.14.1' );
		$this->remove_plugin( self::PRO );
		update_option( 'active_plugins', array( 'woocommerce/woocommerce.php', 'dokan-lite/dokan.php', $file ) );
		if ( is_multisite() ) {
			update_site_option( 'active_sitewide_plugins', array() );
		}
		// Appsero names its cache after the folder: md5( sanitize_key( 'dokan-pro-3.14.1' ) ).
		$this->given_an_admin_page_was_opened();
		$this->assertNotFalse( get_transient( 'appsero_' . md5( 'dokan-pro-3141' ) . '_version_info' ) );

		$pro = $this->check_again();
		$this->assertSame( '3.14.1', $pro['installed'] );
		$this->assertTrue( $pro['active'] );
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertSame( 'active', $pro['licence'] );
		$this->assertSame( array( 'core', 'info:dokan-lite', 'info:woocommerce', 'other', 'plugins' ), self::sorted( $this->requests ), 'the one "other" request is Dokan Pro’s own updater, on the admin page' );
	}

	/**
	 * A sorted copy.
	 *
	 * @param string[] $list List.
	 * @return string[]
	 */
	private static function sorted( array $list ): array {
		sort( $list );
		return $list;
	}

	public function test_read_version_refuses_what_is_not_a_version(): void {
		foreach ( array( '4.1.1', '6.9', '4.7.4.1', '6.8-RC2', '10.4.0-beta.1', 4 ) as $version ) {
			$this->assertSame( (string) $version, Detector::read_version( $version ) );
		}
		foreach ( array( '', 'latest', '<b>4.2.0</b>', '4.2.0 <script>', 'javascript:alert(1)', str_repeat( '9', 65 ), null, array( '4.2' ), true ) as $bad ) {
			$this->assertNull( Detector::read_version( $bad ), (string) wp_json_encode( $bad ) );
		}
	}
}
