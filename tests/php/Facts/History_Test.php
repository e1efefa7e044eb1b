<?php
/**
 * Tests of the change history: every change of an installed version, newest first.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Detector;
use Dokan_Support_Check\Facts\History;
use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Plugin;
use WP_REST_Request;

require_once __DIR__ . '/Facts_Test_Case.php';

/**
 * Installed versions change through WordPress (update, install, delete) or behind its
 * back (files replaced by hand); each change is recorded with its date, from and to.
 * Plugins are real files in the test site, read by WordPress's own header parser.
 */
final class History_Test extends Facts_Test_Case {

	const WOO = 'woocommerce/woocommerce.php';

	/**
	 * The service under test, as the plugin built it.
	 *
	 * @return Site_Facts
	 */
	private function facts(): Site_Facts {
		return Plugin::instance()->facts;
	}

	/**
	 * A REST GET of the facts, as the support page makes it.
	 *
	 * @param array $query Query parameters.
	 * @return array
	 */
	private function get_route( array $query = array() ): array {
		rest_get_server();
		$request = new WP_REST_Request( 'GET', '/dokan-support-check/v1/site-check' );
		$request->set_query_params( $query );
		$response = rest_do_request( $request );
		$this->assertSame( 200, $response->get_status() );
		return $response->get_data();
	}

	/**
	 * The change history without its dates.
	 *
	 * @return array[]
	 */
	private function changes(): array {
		return array_map(
			static function ( $entry ) {
				unset( $entry['at'] );
				return $entry;
			},
			$this->facts()->history()
		);
	}

	protected function setUp(): void {
		parent::setUp();
		$this->log_in_as_site_owner();
	}

	public function test_the_first_look_records_nothing_and_a_file_replaced_by_hand_is_noticed_by_the_next_get(): void {
		$this->get_route();
		$this->assertSame( array(), $this->facts()->history(), 'nothing to compare the first inventory with' );

		// WooCommerce replaced over FTP: no hook fires; the next GET reads it live.
		$this->set_plugin_header( self::WOO, 'Version', '10.9.4' );
		$facts = $this->get_route( array( 'report' => '1' ) );

		$this->assertSame( '10.9.4', $this->component( $facts, 'woocommerce' )['installed'], 'read live, not from a cache' );
		$this->assertSame(
			array(
				array(
					'slug' => 'woocommerce',
					'name' => 'WooCommerce',
					'from' => '10.2.2',
					'to'   => '10.9.4',
				),
			),
			$this->changes()
		);
		$this->assertSame( $this->facts()->history(), $facts['history'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $facts['history'][0]['at'] );
		$this->assertEqualsWithDelta( time(), strtotime( $facts['history'][0]['at'] ), 5 );
	}

	public function test_the_badge_snapshot_follows_a_version_read_live(): void {
		$this->get_route( array( 'refresh' => '1' ) );
		$this->assertSame( '10.2.2', $this->component( $this->facts()->cached(), 'woocommerce' )['installed'] );
		$this->requests = array();

		$this->set_plugin_header( self::WOO, 'Version', '10.9.4' );
		$this->facts()->for_page();

		$this->assertSame( '10.9.4', $this->component( $this->facts()->cached(), 'woocommerce' )['installed'], 'the page saw it: the badge follows' );
		$this->assertSame( '10.9.4', $this->component( $this->facts()->cached(), 'woocommerce' )['latest'], 'the latest version still comes from the stored answer' );
		$this->assertSame( array(), $this->requests, 'reading installed versions costs no request' );
	}

	public function test_an_update_a_rollback_an_install_and_a_delete_through_wordpress(): void {
		$this->get_route();
		// Only our callbacks: core's own would check for updates with the real arguments.
		foreach ( array( 'upgrader_process_complete', 'deleted_plugin', 'shutdown' ) as $action ) {
			remove_all_actions( $action );
		}
		$this->facts()->register();

		// An update, as the upgrader leaves it: new files, then upgrader_process_complete.
		$this->set_plugin_header( self::WOO, 'Version', '10.9.4' );
		do_action( 'upgrader_process_complete', null, array( 'plugin' => self::WOO, 'type' => 'plugin', 'action' => 'update' ) ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
		$this->assertSame( 10, has_action( 'shutdown', array( $this->facts(), 'rebuild_snapshot' ) ) );
		$this->facts()->rebuild_snapshot(); // What shutdown runs.

		// A rollback to an older version.
		$this->set_plugin_header( self::WOO, 'Version', '10.0.0' );
		do_action( 'upgrader_process_complete', null, array( 'plugin' => self::WOO, 'type' => 'plugin', 'action' => 'update' ) ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
		$this->facts()->rebuild_snapshot();

		// An install (a plugin that is not a checked component: named by its main file).
		$this->write_plugin( 'dsc-test-plugin/dsc-test-plugin.php', array( 'Plugin Name: DSC test plugin', 'Version: 1.0.0' ) );
		do_action( 'upgrader_process_complete', null, array( 'type' => 'plugin', 'action' => 'install' ) ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
		$this->facts()->rebuild_snapshot();

		// A delete, through WordPress's own delete_plugins().
		$this->assertTrue( delete_plugins( array( 'dsc-test-plugin/dsc-test-plugin.php' ) ) );
		$this->assertSame( 10, has_action( 'shutdown', array( $this->facts(), 'rebuild_snapshot' ) ), 'deleted_plugin' );
		$this->facts()->rebuild_snapshot();

		$this->assertSame(
			array(
				array(
					'slug' => 'dsc-test-plugin/dsc-test-plugin.php',
					'name' => 'DSC test plugin',
					'from' => '1.0.0',
					'to'   => null,
				),
				array(
					'slug' => 'dsc-test-plugin/dsc-test-plugin.php',
					'name' => 'DSC test plugin',
					'from' => null,
					'to'   => '1.0.0',
				),
				array(
					'slug' => 'woocommerce',
					'name' => 'WooCommerce',
					'from' => '10.9.4',
					'to'   => '10.0.0',
				),
				array(
					'slug' => 'woocommerce',
					'name' => 'WooCommerce',
					'from' => '10.2.2',
					'to'   => '10.9.4',
				),
			),
			$this->changes(),
			'newest first'
		);
	}

	public function test_a_theme_installed_by_hand(): void {
		$this->get_route();
		$this->write_file( get_theme_root() . '/dsc-test-theme/style.css', "/*\nTheme Name: DSC test theme\nVersion: 2.0\n*/\n" );
		$this->write_file( get_theme_root() . '/dsc-test-theme/index.php', "<?php\n" );
		wp_clean_themes_cache();

		$this->get_route();
		$this->assertSame(
			array(
				array(
					'slug' => 'dsc-test-theme',
					'name' => 'DSC test theme',
					'from' => null,
					'to'   => '2.0',
				),
			),
			$this->changes()
		);
		wp_clean_themes_cache();
	}

	public function test_a_huge_version_string_is_bounded(): void {
		$this->get_route();
		$this->set_plugin_header( self::WOO, 'Version', '10.' . str_repeat( '9', 10240 ) );
		$this->get_route();

		$this->assertSame( Detector::MAX_VERSION_LENGTH, strlen( (string) $this->facts()->history()[0]['to'] ) );
	}

	/**
	 * Names are cut by characters, and text that is not UTF-8 is cleaned: the database
	 * refuses to save text that is not UTF-8, and the history would stop for good.
	 */
	public function test_a_name_cut_inside_a_character_and_a_header_not_in_utf8_are_recorded(): void {
		$this->get_route();
		$long_name = str_repeat( 'a', Detector::MAX_NAME_LENGTH - 1 ) . 'éé';
		$this->write_file( WP_PLUGIN_DIR . '/dsc-long-name/dsc-long-name.php', "<?php\n/*\n * Plugin Name: $long_name\n * Version: 1.0\n */\n" );
		// A header saved in Latin-1: "Café", version "2.0é", both unreadable as UTF-8.
		$this->write_file( WP_PLUGIN_DIR . '/dsc-latin-1/dsc-latin-1.php', "<?php\n/*\n * Plugin Name: Caf\xE9\n * Version: 2.0\xE9\n */\n" );
		$this->get_route();

		$recorded = array_column( $this->changes(), null, 'slug' );
		$this->assertSame( str_repeat( 'a', Detector::MAX_NAME_LENGTH - 1 ) . 'é', $recorded['dsc-long-name/dsc-long-name.php']['name'] ?? null, 'cut after a whole character' );
		$this->assertSame(
			array(
				'slug' => 'dsc-latin-1/dsc-latin-1.php',
				'name' => 'dsc-latin-1/dsc-latin-1.php',
				'from' => null,
				'to'   => '',
			),
			$recorded['dsc-latin-1/dsc-latin-1.php'] ?? null,
			'named after its file, its version unreadable'
		);

		// The history goes on: the next change is saved too.
		$this->set_plugin_header( self::WOO, 'Version', '10.9.4' );
		$this->get_route();
		$this->assertSame( '10.9.4', $this->changes()[0]['to'], 'the next change recorded' );
		$this->assertCount( 3, $this->changes() );
	}

	public function test_thousands_of_changes_at_once_are_bounded_per_check_and_overall(): void {
		$history   = new History();
		$inventory = array( 'component:wordpress' => array( 'name' => 'WordPress', 'version' => '7.1.4' ) );
		$history->observe( $inventory, time() );
		for ( $i = 0; $i < 3000; $i++ ) {
			$inventory[ "plugin:many-$i/many-$i.php" ] = array(
				'name'    => "Many $i",
				'version' => '1.0.0',
			);
		}
		$history->observe( $inventory, time() );
		$this->assertCount( History::MAX_PER_CHECK, $history->all() );

		for ( $round = 0; $round < 5; $round++ ) {
			$inventory['component:wordpress']['version'] = "7.2.$round";
			$history->observe( $inventory, time() + $round );
		}
		$all = $history->all();
		$this->assertLessThanOrEqual( History::MAX_ENTRIES, count( $all ) );
		$this->assertSame( '7.2.4', $all[0]['to'], 'the newest change first' );
	}

	public function test_kept_out_of_autoload_and_network_wide_on_a_network(): void {
		global $wpdb;
		$this->get_route();
		$this->set_plugin_header( self::WOO, 'Version', '10.9.4' );
		$this->get_route();

		if ( is_multisite() ) {
			$this->assertNotFalse( get_site_option( History::OPTION ), 'a network option' );
			$this->assertFalse( $wpdb->get_var( $wpdb->prepare( "SELECT option_value FROM {$wpdb->options} WHERE option_name = %s", History::OPTION ) ) ?? false );
			return;
		}
		foreach ( array( History::OPTION, History::INVENTORY_OPTION ) as $option ) {
			$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", $option ) );
			$this->assertContains( $autoload, array( 'no', 'off' ), $option );
		}
	}

	public function test_the_page_starts_with_the_history(): void {
		$this->get_route();
		$this->set_plugin_header( self::WOO, 'Version', '10.9.4' );
		$data = Plugin::instance()->app_data();

		$this->assertSame( 'woocommerce', $data['history'][0]['slug'] ?? null, 'the page saw the change and shows it' );
		$this->assertSame( '10.9.4', $this->component( $data['facts'], 'woocommerce' )['installed'] );
	}
}
