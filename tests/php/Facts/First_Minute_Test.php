<?php
/**
 * Tests of the badge knowing from the first minute, with no request of ours.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Facts\Store;
use Dokan_Support_Check\Plugin;

require_once __DIR__ . '/Facts_Test_Case.php';

/**
 * The badge's snapshot is built on our activation and whenever WordPress (or Dokan Pro's
 * updater) saves what it learnt, from what is installed and what they already know. Our
 * requests are counted twice: by the pre_http_request spy (Facts_Test_Case) and by the
 * lines the offline must-use plugin appends to wp-content/outbound-requests.log.
 */
final class First_Minute_Test extends Facts_Test_Case {

	const FILE = 'dokan-support-check/dokan-support-check.php';

	/**
	 * The service under test, as the plugin built it.
	 *
	 * @return Site_Facts
	 */
	private function facts(): Site_Facts {
		return Plugin::instance()->facts;
	}

	/**
	 * Lines in the offline must-use plugin's log of would-be outbound requests.
	 *
	 * @return int
	 */
	private static function logged_requests(): int {
		$log = WP_CONTENT_DIR . '/outbound-requests.log';
		return is_file( $log ) ? count( (array) file( $log ) ) : 0;
	}

	/**
	 * WordPress checked for updates by itself (its own requests, before ours are counted),
	 * and an administrator opened an admin page (Dokan Pro's updater cached its answer).
	 */
	private function given_wordpress_knows(): void {
		wp_version_check( array(), true );
		wp_update_plugins();
		$this->given_an_admin_page_was_opened();
		remove_all_actions( 'shutdown' );
		delete_option( Store::SNAPSHOT_OPTION );
		delete_site_option( Store::SNAPSHOT_OPTION );
		delete_option( Store::REMOTE_OPTION );
		delete_site_option( Store::REMOTE_OPTION );
		$this->requests = array();
	}

	/**
	 * Asserts the snapshot carries every latest version WordPress knew.
	 *
	 * @param string $when When.
	 */
	private function assert_snapshot_knows( string $when ): void {
		$snapshot = $this->facts()->cached();
		$this->assertNotNull( $snapshot, $when );
		$this->assertSame( '7.1.4', $this->component( $snapshot, 'wordpress' )['latest'], $when );
		$this->assertSame( '10.9.4', $this->component( $snapshot, 'woocommerce' )['latest'], $when );
		$this->assertSame( '4.1.2', $this->component( $snapshot, 'dokan-lite' )['latest'], $when );
		$this->assertSame( '4.1.1', $this->component( $snapshot, 'dokan-pro' )['latest'], "$when: from Appsero's cache" );
		$this->assertSame( '10.2.2', $this->component( $snapshot, 'woocommerce' )['installed'], $when );
		$this->assertNull( $this->component( $snapshot, 'woocommerce' )['releases'], "$when: release lists come from our own check, later" );
	}

	public function test_on_activation_with_no_request_of_ours(): void {
		$this->log_in_as_site_owner();
		$this->given_wordpress_knows();
		$network = is_multisite();
		deactivate_plugins( self::FILE, false, $network );
		$logged = self::logged_requests();

		$this->assertNull( activate_plugin( self::FILE, '', $network ), 'WordPress’s own activation, which runs our activation hook' );

		$this->assert_snapshot_knows( 'after activation' );
		$this->assertSame( array(), $this->requests );
		$this->assertSame( $logged, self::logged_requests() );
	}

	public function test_when_wordpress_saves_its_plugin_update_data_with_no_request_of_ours(): void {
		$this->given_wordpress_knows();
		$this->assertNull( $this->facts()->cached() );

		// WordPress saves what it learnt (a changed value: the action fires).
		$data               = get_site_transient( 'update_plugins' );
		$data->last_checked = time() + 1;
		set_site_transient( 'update_plugins', $data );
		$this->assertSame( 10, has_action( 'shutdown', array( $this->facts(), 'rebuild_snapshot' ) ), 'rebuilt once, at the end of the request' );
		$logged = self::logged_requests();
		$this->facts()->rebuild_snapshot(); // What shutdown runs.

		$this->assert_snapshot_knows( 'after update_plugins was saved' );
		$this->assertSame( array(), $this->requests );
		$this->assertSame( $logged, self::logged_requests() );
	}

	public function test_when_wordpress_saves_its_core_update_data(): void {
		$this->given_wordpress_knows();
		$data               = get_site_transient( 'update_core' );
		$data->last_checked = time() + 1;
		set_site_transient( 'update_core', $data );
		$this->assertSame( 10, has_action( 'shutdown', array( $this->facts(), 'rebuild_snapshot' ) ) );
		$this->facts()->rebuild_snapshot();

		$this->assertSame( '7.1.4', $this->component( $this->facts()->cached(), 'wordpress' )['latest'] );
		$this->assertSame( array(), $this->requests );
	}

	public function test_when_dokan_pros_updater_caches_its_answer(): void {
		delete_site_transient( 'update_core' );
		delete_site_transient( 'update_plugins' );
		remove_all_actions( 'shutdown' );
		$this->given_appsero_cache( self::appsero_answer( '4.1.1' ) );
		$this->assertSame( 10, has_action( 'shutdown', array( $this->facts(), 'rebuild_snapshot' ) ), 'Appsero’s cache was saved' );
		$this->facts()->rebuild_snapshot();

		$snapshot = $this->facts()->cached();
		$this->assertSame( '4.1.1', $this->component( $snapshot, 'dokan-pro' )['latest'] );
		$this->assertNull( $this->component( $snapshot, 'woocommerce' )['latest'], 'WordPress itself knows nothing yet' );
	}

	public function test_not_checked_yet_only_when_nothing_at_all_is_known(): void {
		delete_site_transient( 'update_core' );
		delete_site_transient( 'update_plugins' );
		$this->facts()->rebuild_snapshot();

		$this->assertNull( $this->facts()->cached(), 'no snapshot: the badge says "not checked yet"' );
		$this->assertNull( $this->facts()->for_page(), 'and the page runs the first check itself' );
	}

	public function test_a_resave_of_the_same_answer_keeps_the_time_it_was_learnt(): void {
		$this->given_wordpress_knows();
		$this->facts()->rebuild_snapshot();
		$learnt = $this->component( $this->facts()->cached(), 'woocommerce' )['checkedAt'];
		$this->assertNotNull( $learnt );

		// WordPress re-saves its old answer with a new time before each request (and keeps it
		// when the request fails): that is not a new answer.
		$data               = get_site_transient( 'update_plugins' );
		$data->last_checked = time() + 3600;
		set_site_transient( 'update_plugins', $data );
		$this->facts()->rebuild_snapshot();

		$this->assertSame( $learnt, $this->component( $this->facts()->cached(), 'woocommerce' )['checkedAt'] );
	}
}
