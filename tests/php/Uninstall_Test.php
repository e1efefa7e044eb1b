<?php
/**
 * Tests of uninstall.php.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Settings;
use WP_REST_Request;

/**
 * Uninstalling removes every option and transient the plugin wrote, and nothing else.
 */
final class Uninstall_Test extends Test_Case {

	/**
	 * Every option name in the options table.
	 *
	 * @return string[]
	 */
	private function option_names(): array {
		global $wpdb;
		return $wpdb->get_col( "SELECT option_name FROM {$wpdb->options} ORDER BY option_name" );
	}

	/**
	 * The option names that belong to the plugin.
	 *
	 * @param string[] $names Option names.
	 * @return string[]
	 */
	private function ours( array $names ): array {
		return array_values(
			array_filter(
				$names,
				static function ( $name ) {
					return false !== strpos( $name, 'dokan_support_check' );
				}
			)
		);
	}

	/**
	 * @group single-site
	 */
	public function test_uninstall_removes_exactly_what_the_plugin_stored(): void {
		// Everything the plugin can write, through its real code paths.
		$this->log_in_as_site_owner();
		update_option( Settings::PURCHASE_EMAIL, 'buyer@example.test' );
		update_option( Settings::LAST_TICKET_AT, time() );
		$this->check_and_change_a_plugin();
		update_option( 'unrelated_dokan_setting', 'keep me' );
		set_site_transient( 'dokan_support_check_facts', array( 'left' => 'by 0.1.0' ), HOUR_IN_SECONDS );

		$before = $this->option_names();
		$this->assertEqualsCanonicalizing(
			array(
				'_site_transient_dokan_support_check_facts',
				'_site_transient_timeout_dokan_support_check_facts',
				'dokan_support_check_history',
				'dokan_support_check_inventory',
				'dokan_support_check_last_ticket_at',
				'dokan_support_check_purchase_email',
				'dokan_support_check_refresh_lock',
				'dokan_support_check_remote',
				'dokan_support_check_snapshot',
			),
			$this->ours( $before )
		);

		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'dokan-support-check/dokan-support-check.php' );
		}
		include dirname( __DIR__, 2 ) . '/uninstall.php';
		wp_cache_flush();

		$after = $this->option_names();
		$this->assertSame( array(), $this->ours( $after ) );
		$this->assertSame( array_values( array_diff( $before, $this->ours( $before ) ) ), $after, 'everything else is kept' );
		$this->assertSame( 'keep me', get_option( 'unrelated_dokan_setting' ) );
		$this->assertNull( Plugin::instance()->facts->cached() );
	}

	/**
	 * Everything the plugin writes through its real code paths: a forced check, then a
	 * plugin replaced by hand and noticed by the next check (the change history).
	 */
	private function check_and_change_a_plugin(): void {
		rest_get_server();
		$request = new WP_REST_Request( 'GET', '/dokan-support-check/v1/site-check' );
		$request->set_query_params( array( 'refresh' => true ) );
		$this->assertSame( 200, rest_do_request( $request )->get_status() );
		$this->set_plugin_header( 'woocommerce/woocommerce.php', 'Version', '10.9.4' );
		$this->assertSame( 200, rest_do_request( new WP_REST_Request( 'GET', '/dokan-support-check/v1/site-check' ) )->get_status() );
		$this->assertNotSame( array(), Plugin::instance()->facts->history() );
	}

	/**
	 * Every option name of every site of the network, and the network's own options.
	 *
	 * @return string[] "site <id>: <name>" and "network: <name>".
	 */
	private function network_option_names(): array {
		global $wpdb;
		$names = array();
		foreach ( get_sites( array( 'fields' => 'ids' ) ) as $site_id ) {
			$table = $wpdb->get_blog_prefix( $site_id ) . 'options';
			foreach ( $wpdb->get_col( "SELECT option_name FROM `{$table}`" ) as $name ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
				$names[] = "site {$site_id}: {$name}";
			}
		}
		foreach ( $wpdb->get_col( "SELECT meta_key FROM {$wpdb->sitemeta}" ) as $name ) {
			$names[] = "network: {$name}";
		}
		sort( $names );
		return $names;
	}

	/**
	 * @group network
	 */
	public function test_uninstall_on_a_network_removes_what_the_plugin_stored_on_every_site(): void {
		global $wpdb;
		$this->log_in_as_site_owner();
		$sites = get_sites( array( 'fields' => 'ids' ) );
		$this->assertGreaterThanOrEqual( 2, count( $sites ), 'the test network has a sub-site' );
		update_option( Settings::PURCHASE_EMAIL, 'buyer@example.test' ); // The network's (a site option).
		update_option( Settings::LAST_TICKET_AT, time() );
		foreach ( $sites as $site_id ) {
			switch_to_blog( (int) $site_id );
			// A per-site copy, as a network stored it before the settings became the network's.
			$wpdb->insert(
				$wpdb->options,
				array(
					'option_name'  => Settings::PURCHASE_EMAIL,
					'option_value' => "buyer{$site_id}@example.test",
					'autoload'     => 'yes',
				)
			);
			update_option( 'unrelated_dokan_setting', "keep me on {$site_id}" );
			restore_current_blog();
		}
		$this->check_and_change_a_plugin();
		update_site_option( 'unrelated_network_setting', 'keep me' );
		set_site_transient( 'dokan_support_check_facts', array( 'left' => 'by 0.1.0' ), HOUR_IN_SECONDS );
		// A second network of the same installation, where the plugin ran too.
		$wpdb->insert(
			$wpdb->site,
			array(
				'domain' => 'second-network.example.test',
				'path'   => '/',
			)
		);
		$second = (int) $wpdb->insert_id;
		clean_network_cache( $second );
		add_network_option( $second, 'dokan_support_check_snapshot', array( 'on' => 'the second network' ) );
		add_network_option( $second, 'dokan_support_check_purchase_email', 'second@example.test' );
		add_network_option( $second, 'unrelated_network_setting', 'keep me too' );

		$before = $this->network_option_names();
		foreach ( array( 'dokan_support_check_remote', 'dokan_support_check_snapshot', 'dokan_support_check_history', 'dokan_support_check_inventory', 'dokan_support_check_purchase_email', 'dokan_support_check_last_ticket_at', '_site_transient_dokan_support_check_facts' ) as $name ) {
			$this->assertContains( "network: {$name}", $before );
		}
		$this->assertContains( "site {$sites[1]}: dokan_support_check_purchase_email", $before );

		if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
			define( 'WP_UNINSTALL_PLUGIN', 'dokan-support-check/dokan-support-check.php' );
		}
		include dirname( __DIR__, 2 ) . '/uninstall.php';
		wp_cache_flush();

		$after = $this->network_option_names();
		$this->assertSame( array(), $this->ours( $after ) );
		$this->assertSame( array_values( array_diff( $before, $this->ours( $before ) ) ), $after, 'everything else is kept' );
		$this->assertSame( 'keep me', get_site_option( 'unrelated_network_setting' ) );
		$this->assertFalse( get_network_option( $second, 'dokan_support_check_snapshot' ), 'the second network’s too' );
		$this->assertSame( 'keep me too', get_network_option( $second, 'unrelated_network_setting' ) );
		switch_to_blog( (int) $sites[1] );
		$this->assertSame( "keep me on {$sites[1]}", get_option( 'unrelated_dokan_setting' ) );
		restore_current_blog();
	}
}
