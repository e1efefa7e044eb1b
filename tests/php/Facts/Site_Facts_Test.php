<?php
/**
 * Tests of the facts: latest versions from WordPress's own update code, caching, failures.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Release_Data;
use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Facts\Store;
use Dokan_Support_Check\Plugin;

require_once __DIR__ . '/Facts_Test_Case.php';

/**
 * The real code paths of wp_version_check(), wp_update_plugins() and plugins_api() run,
 * answered from the recorded fixtures or a simulated failure.
 */
final class Site_Facts_Test extends Facts_Test_Case {

	/**
	 * The service under test, as the plugin built it.
	 *
	 * @return Site_Facts
	 */
	private function facts(): Site_Facts {
		return Plugin::instance()->facts;
	}

	public function test_a_refresh_learns_latest_versions_and_release_lists_from_the_fixtures(): void {
		$this->given_an_admin_page_was_opened();
		$this->requests = array(); // Dokan Pro's updater asked its own server: not us.
		$facts          = $this->facts()->get( true );

		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $facts['generatedAt'] );
		$this->assertSame( array( 'wordpress', 'woocommerce', 'dokan-lite', 'dokan-pro' ), array_column( $facts['components'], 'slug' ) );

		$wordpress = $this->component( $facts, 'wordpress' );
		$this->assertSame( '7.1.4', $wordpress['latest'] );
		$this->assertNull( $wordpress['releases'] );
		$this->assertNull( $wordpress['error'] );

		$woocommerce = $this->component( $facts, 'woocommerce' );
		$this->assertSame( '10.2.2', $woocommerce['installed'] );
		$this->assertSame( '10.9.4', $woocommerce['latest'] );
		$this->assertSame( '10.9.4', $woocommerce['releases'][0] );
		$this->assertContains( '10.2.2', $woocommerce['releases'] );
		$this->assertNotContains( 'trunk', $woocommerce['releases'] );
		$this->assertSame( 'wordpress.org', $woocommerce['source'] );

		$dokan = $this->component( $facts, 'dokan-lite' );
		$this->assertSame( array( '4.1.2', '4.1.1', '4.1.0' ), array_slice( $dokan['releases'], 0, 3 ) );
		$this->assertSame( '4.1.2', $dokan['latest'] );
		$this->assertLessThanOrEqual( Release_Data::MAX_RELEASES, count( $dokan['releases'] ) );

		$pro = $this->component( $facts, 'dokan-pro' );
		$this->assertSame( '4.1.1', $pro['latest'], "from the cache of Dokan Pro's updater (no update: it wrote nothing in update_plugins)" );
		$this->assertNull( $pro['releases'], 'Dokan Pro has no public release list' );
		$this->assertSame( 'dokan.co', $pro['source'] );
		$this->assertNotNull( $pro['checkedAt'] );
		$this->assertSame( 'active', $pro['licence'] );

		sort( $this->requests );
		$this->assertSame( array( 'core', 'info:dokan-lite', 'info:woocommerce', 'plugins' ), $this->requests );
	}

	public function test_release_lists_are_ordered_by_version_not_by_date(): void {
		$releases = Release_Data::releases(
			array(
				'trunk'   => 'x',
				'6.8.3'   => 'x',
				'6.9'     => 'x',
				'6.7.4'   => 'x',
				'6.9.1'   => 'x',
				'6.8-RC2' => 'x',
				'<b>1</b>' => 'x',
				'4.7.4.1' => 'x',
				'4.7.4'   => 'x',
			),
			'6.9.1'
		);
		$this->assertSame( array( '6.9.1', '6.9', '6.8.3', '6.8-RC2', '6.7.4', '4.7.4.1', '4.7.4' ), $releases );
		$this->assertNull( Release_Data::releases( array( 'trunk' => 'x' ), null ) );

		$many = array();
		for ( $i = 0; $i < 10000; $i++ ) {
			$many[ '1.' . intdiv( $i, 100 ) . '.' . ( $i % 100 ) ] = 'x';
		}
		$bounded = Release_Data::releases( $many, null );
		$this->assertCount( Release_Data::MAX_RELEASES, $bounded );
		$this->assertSame( '1.99.99', $bounded[0] );
	}

	public function test_a_second_call_is_answered_from_the_cache_without_any_request(): void {
		$first          = $this->facts()->get();
		$this->assertNotEmpty( $this->requests, 'an empty cache on our route is filled' );
		$this->requests = array();

		$second = $this->facts()->get();
		$this->assertSame( array(), $this->requests );
		// `generatedAt` is when each answer was put together, to the second: the first
		// waited for its requests, so the clock may have ticked over before the second.
		$this->assertGreaterThanOrEqual( strtotime( $first['generatedAt'] ), strtotime( $second['generatedAt'] ) );
		unset( $first['generatedAt'], $second['generatedAt'] );
		$this->assertSame( $first, $second );
	}

	public function test_an_empty_cache_uses_recent_wordpress_update_data_and_asks_only_for_release_lists(): void {
		wp_version_check( array(), true );
		wp_update_plugins();
		$this->given_an_admin_page_was_opened();
		$this->requests = array();

		$facts = $this->facts()->get();
		$this->assertNotContains( 'core', $this->requests, 'core checked a moment ago' );
		// Plugins: core's own rule decides (12 h, or changed plugins); WordPress 6.1 asks again.
		$this->assertLessThanOrEqual( 1, count( array_keys( $this->requests, 'plugins', true ) ) );
		$this->assertContains( 'info:dokan-lite', $this->requests );
		$this->assertContains( 'info:woocommerce', $this->requests );
		$this->assertSame( '7.1.4', $this->component( $facts, 'wordpress' )['latest'] );
		$this->assertSame( '4.1.1', $this->component( $facts, 'dokan-pro' )['latest'] );
	}

	/**
	 * On a network the snapshot is a network option, read with one cached query per request.
	 *
	 * @group single-site
	 */
	public function test_the_badge_snapshot_and_site_health_make_no_request_and_the_badge_no_query(): void {
		global $wpdb;
		$this->assertNull( $this->facts()->cached(), 'nothing before the first check' );
		$this->facts()->get( true );
		$this->requests = array();
		wp_cache_flush(); // As a new request would start.
		wp_load_alloptions();

		$queries = $wpdb->num_queries;
		$cached  = $this->facts()->cached();
		$this->assertSame( $queries, $wpdb->num_queries, 'the snapshot is read from the autoloaded options' );
		$this->assertSame( '10.9.4', $this->component( $cached, 'woocommerce' )['latest'] );
		$this->assertLessThanOrEqual( Site_Facts::SNAPSHOT_RELEASES, count( $this->component( $cached, 'dokan-lite' )['releases'] ) );

		$this->facts()->current();
		$this->assertSame( array(), $this->requests );

		$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Store::SNAPSHOT_OPTION ) );
		$this->assertContains( $autoload, array( 'yes', 'on' ) );
		$size = (int) $wpdb->get_var( $wpdb->prepare( "SELECT LENGTH(option_value) FROM {$wpdb->options} WHERE option_name = %s", Store::SNAPSHOT_OPTION ) );
		$this->assertLessThan( 4096, $size, 'the snapshot stays small enough to autoload' );
	}

	/**
	 * An options clean-up tool (or an administrator following such advice) may turn off a
	 * snapshot's autoload. The badge then reads none; the next check saves it autoloaded
	 * again (its time changed, so WordPress writes it, autoload included).
	 *
	 * @group single-site
	 */
	public function test_a_snapshot_whose_autoload_was_turned_off_is_autoloaded_again_by_the_next_check(): void {
		global $wpdb;
		$this->facts()->get( true );
		$stored                = get_option( Store::SNAPSHOT_OPTION );
		$stored['generatedAt'] = gmdate( 'Y-m-d\TH:i:s\Z', time() - HOUR_IN_SECONDS );
		update_option( Store::SNAPSHOT_OPTION, $stored );
		$wpdb->update( $wpdb->options, array( 'autoload' => 'no' ), array( 'option_name' => Store::SNAPSHOT_OPTION ) );
		wp_cache_flush(); // As a new request would start.
		$this->assertNull( $this->facts()->cached(), 'the badge reads no snapshot that is not autoloaded' );

		$this->facts()->get();
		wp_cache_flush();

		$this->assertNotNull( $this->facts()->cached(), 'autoloaded again' );
		$autoload = $wpdb->get_var( $wpdb->prepare( "SELECT autoload FROM {$wpdb->options} WHERE option_name = %s", Store::SNAPSHOT_OPTION ) );
		$this->assertContains( $autoload, array( 'yes', 'on' ) );
	}

	/**
	 * @dataProvider failures
	 *
	 * @param string $mode What the simulated WordPress.org answers.
	 */
	public function test_a_failed_fetch_gives_nulls_with_a_reason_and_no_php_warning( string $mode ): void {
		$this->given_wporg_mode( $mode );
		$facts = $this->facts()->get( true );

		foreach ( $facts['components'] as $component ) {
			$this->assertNull( $component['latest'], $component['slug'] );
			$this->assertNull( $component['releases'], $component['slug'] );
			$this->assertNull( $component['checkedAt'], $component['slug'] );
			$this->assertIsString( $component['error'], $component['slug'] );
			$this->assertNotSame( '', trim( $component['error'] ) );
		}
		$this->assertNotNull( $this->component( $facts, 'woocommerce' )['installed'], 'detection does not depend on the network' );
		$this->assertNotEmpty( $this->requests );
	}

	/**
	 * Behind a firewall that drops packets, every request waits out the timeout. Once
	 * WordPress.org has timed out, the rest of the check does not ask it again: core's
	 * calls still run and get that timeout as their answer. The next check asks again.
	 */
	public function test_a_service_that_timed_out_is_asked_once_per_check(): void {
		$this->given_wporg_mode( 'timeout' );

		foreach ( array( 'the first check', 'the next check' ) as $check ) {
			list( $facts, $added, $sent ) = $this->check_with_the_network_log();

			$this->assertCount( 1, $sent, $check . ': one request reached the network' );
			$this->assertStringContainsString( '/core/version-check/', $sent[0], $check );
			$this->assertGreaterThan( 1, count( $added ), $check . ': the other calls ran, answered with the timeout' );
			foreach ( array( 'wordpress', 'woocommerce', 'dokan-lite' ) as $slug ) {
				$this->assertStringContainsString( 'timed out', (string) $this->component( $facts, $slug )['error'], $check . ': ' . $slug );
			}
		}
	}

	/**
	 * Whether the rest of a check still asks WordPress.org after its first request (the
	 * core version check) timed out: not when nothing came back, yes when a slow answer
	 * had begun (the host is there).
	 *
	 * @dataProvider first_timeouts
	 *
	 * @param string $message      The error WordPress gave the first request (cURL's words).
	 * @param bool   $asked_again Whether later requests are expected to reach the network.
	 */
	public function test_only_a_host_that_answered_nothing_is_not_asked_again( string $message, bool $asked_again ): void {
		// Answers the first request only, just before the plugin's own skip and the
		// offline stand-in of the network; every later one goes on to them.
		$first = true;
		add_filter(
			'pre_http_request',
			static function ( $response, $args, $url ) use ( &$first, $message ) {
				if ( false !== $response || ! $first || false === strpos( (string) $url, '/core/version-check/' ) ) {
					return $response;
				}
				$first = false;
				return new \WP_Error( 'http_request_failed', $message );
			},
			PHP_INT_MAX - 2,
			3
		);
		list( $facts, , $sent ) = $this->check_with_the_network_log();

		if ( $asked_again ) {
			// Core's own retry without TLS answered, and so did the plugin requests.
			$this->assertNotEmpty( $sent );
			$this->assertSame( '7.1.4', $this->component( $facts, 'wordpress' )['latest'] );
			$this->assertSame( '10.9.4', $this->component( $facts, 'woocommerce' )['latest'] );
		} else {
			$this->assertSame( array(), $sent );
			foreach ( array( 'wordpress', 'woocommerce', 'dokan-lite' ) as $slug ) {
				$this->assertStringContainsString( 'timed out', (string) $this->component( $facts, $slug )['error'], $slug );
			}
		}
	}

	/**
	 * Runs a check ("Check again") and reads what it added to the offline stand-in's log of
	 * outbound requests, which marks those an earlier filter answered.
	 *
	 * @return array{0: array, 1: string[], 2: string[]} The facts, the lines the check
	 *         added, and those of them that reached the network.
	 */
	private function check_with_the_network_log(): array {
		$log   = WP_CONTENT_DIR . '/outbound-requests.log';
		$lines = static function () use ( $log ): array {
			clearstatcache();
			return is_file( $log ) ? (array) file( $log ) : array();
		};

		$before = count( $lines() );
		$facts  = $this->facts()->get( true );
		$added  = array_slice( $lines(), $before );
		$sent   = array_values(
			array_filter(
				$added,
				static function ( string $line ): bool {
					return false === strpos( $line, '(answered before the network)' );
				}
			)
		);
		return array( $facts, $added, $sent );
	}

	/**
	 * Timeouts as cURL words them.
	 *
	 * @return array<string, array{string, bool}>
	 */
	public function first_timeouts(): array {
		return array(
			'nothing came back'       => array( 'cURL error 28: Operation timed out after 5001 milliseconds with 0 bytes received', false ),
			'no connection'           => array( 'cURL error 28: Connection timed out after 5001 milliseconds', false ),
			'a slow answer had begun' => array( 'cURL error 28: Operation timed out after 5001 milliseconds with 1024 out of 65536 bytes received', true ),
			'headers had come'        => array( 'cURL error 28: Operation timed out after 5001 milliseconds with 0 out of 65536 bytes received', true ),
		);
	}

	/**
	 * What can go wrong with the update services.
	 *
	 * @return array
	 */
	public function failures(): array {
		return array(
			'HTTP 500'     => array( 'http-500' ),
			'invalid JSON' => array( 'invalid-json' ),
			'timeout'      => array( 'timeout' ),
			'offline'      => array( 'offline' ),
		);
	}

	public function test_a_failed_refresh_serves_the_older_answer_with_the_reason(): void {
		$before = $this->facts()->get( true );
		$this->given_wporg_mode( 'http-500' );
		$after = $this->facts()->get( true );

		foreach ( array( 'wordpress', 'woocommerce', 'dokan-lite', 'dokan-pro' ) as $slug ) {
			$old = $this->component( $before, $slug );
			$new = $this->component( $after, $slug );
			$this->assertSame( $old['latest'], $new['latest'], $slug );
			$this->assertSame( $old['releases'], $new['releases'], $slug );
			$this->assertSame( $old['checkedAt'], $new['checkedAt'], $slug );
			$this->assertIsString( $new['error'], $slug );
		}
		$this->assertStringContainsString( '500', $this->component( $after, 'wordpress' )['error'] );
	}

	public function test_requests_get_a_short_timeout_only_during_the_fetch(): void {
		$timeouts = array();
		add_filter(
			'pre_http_request',
			static function ( $response, $args ) use ( &$timeouts ) {
				$timeouts[] = $args['timeout'];
				return $response;
			},
			5,
			2
		);
		$this->facts()->get( true );
		$this->assertNotEmpty( $timeouts );
		$this->assertLessThanOrEqual( Release_Data::TIMEOUT, max( $timeouts ) );
		$this->assertSame( 5, (int) apply_filters( 'http_request_timeout', 5, 'https://example.test/' ) );
		$this->assertSame( 30, apply_filters( 'http_request_args', array( 'timeout' => 30 ), 'https://example.test/' )['timeout'] );
	}

	public function test_no_request_for_a_product_that_is_not_installed(): void {
		update_option( 'active_plugins', array() );
		update_site_option( 'active_sitewide_plugins', array() );
		wp_cache_set( 'plugins', array( '' => array() ), 'plugins' );
		$facts = $this->facts()->get( true );

		$this->assertNull( $this->component( $facts, 'woocommerce' )['installed'] );
		$this->assertNull( $this->component( $facts, 'woocommerce' )['latest'] );
		$this->assertNotContains( 'info:woocommerce', $this->requests );
		$this->assertNotContains( 'plugins', $this->requests );
	}

	public function test_dokan_pro_before_its_updater_asked_has_no_latest_and_says_how_to_get_it(): void {
		// A REST request never fires admin_init, where Appsero's updater asks: nothing yet.
		$pro = $this->component( $this->facts()->get( true ), 'dokan-pro' );

		$this->assertNull( $pro['latest'] );
		$this->assertNull( $pro['checkedAt'] );
		$this->assertStringContainsString( 'Dokan Pro', $pro['error'] );
		$this->assertStringContainsString( 'opens an admin page with the licence active', $pro['error'] );
		$this->assertStringContainsString( 'Dokan → License', $pro['error'] );
		$this->assertStringContainsString( $this->licence_url( 'admin.php?page=dokan_updates' ), $pro['error'], 'Dokan Pro before 4.2: Appsero\'s licence page' );
	}

	/**
	 * A licence page's address, in the main site's admin where Dokan Pro runs.
	 *
	 * @param string $path Admin path.
	 * @return string
	 */
	private function licence_url( string $path ): string {
		return is_multisite() ? get_admin_url( get_main_site_id(), $path ) : admin_url( $path );
	}

	public function test_changes_to_core_plugins_or_theme_and_saved_update_data_rebuild_the_snapshot_at_the_end_of_the_request(): void {
		foreach ( array_merge( Site_Facts::CHANGE_ACTIONS, Site_Facts::UPDATE_DATA_ACTIONS ) as $action ) {
			$this->assertSame( 10, has_action( $action, array( $this->facts(), 'invalidate' ) ), $action );
		}
		$this->assertSame( 10, has_action( '_core_updated_successfully', array( $this->facts(), 'core_updated' ) ) );
		// Only our callbacks: core's own expect the real arguments of an update.
		foreach ( array_merge( Site_Facts::CHANGE_ACTIONS, Site_Facts::UPDATE_DATA_ACTIONS, array( '_core_updated_successfully' ) ) as $action ) {
			remove_all_actions( $action );
		}
		$this->facts()->register();

		foreach ( array_merge( Site_Facts::CHANGE_ACTIONS, Site_Facts::UPDATE_DATA_ACTIONS ) as $action ) {
			remove_all_actions( 'shutdown' );
			do_action( $action ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
			$this->assertSame( 10, has_action( 'shutdown', array( $this->facts(), 'rebuild_snapshot' ) ), $action );
		}

		$this->facts()->get( true );
		$this->requests = array();
		do_action( '_core_updated_successfully', '7.2' ); // phpcs:ignore WordPress.NamingConventions.ValidHookName
		$this->facts()->rebuild_snapshot();
		$this->assertSame( '7.2', $this->component( $this->facts()->cached(), 'wordpress' )['installed'] );
		$this->assertSame( '7.1.4', $this->component( $this->facts()->cached(), 'wordpress' )['latest'], 'answers survive' );
		$this->assertSame( array(), $this->requests, 'the rebuild asks nobody' );
	}

	public function test_appseros_cache_is_watched_on_the_transient_action_this_wordpress_has_without_deprecation(): void {
		$this->assertSame( 'setted_transient', Site_Facts::transient_action( '6.1.9' ) );
		$this->assertSame( 'setted_transient', Site_Facts::transient_action( '6.7.2' ) );
		// 'set_transient' came in the 6.8 development cycle, which deprecated the other.
		$this->assertSame( 'set_transient', Site_Facts::transient_action( '6.8-beta2' ) );
		$this->assertSame( 'set_transient', Site_Facts::transient_action( '6.8-RC1' ) );
		$this->assertSame( 'set_transient', Site_Facts::transient_action( '6.8' ) );
		$this->assertSame( 'set_transient', Site_Facts::transient_action( '7.1.4' ) );
		$this->assertSame( 10, has_action( Site_Facts::transient_action( get_bloginfo( 'version' ) ), array( $this->facts(), 'transient_saved' ) ) );
	}

	public function test_a_fetch_already_in_progress_elsewhere_is_waited_for_not_repeated(): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", Site_Facts::LOCK, (string) time() ) );
		// The other process finishes while we wait: it saves its answers and releases the lock.
		$latest = array(
			'wordpress'   => '7.1.4',
			'woocommerce' => '10.9.4',
			'dokan-lite'  => '4.1.2',
			'dokan-pro'   => '4.1.1',
		);
		$released = false;
		add_filter(
			'query',
			static function ( $query ) use ( &$released, $wpdb, $latest ) {
				if ( ! $released && false !== strpos( $query, 'SELECT `option_value`' ) && false !== strpos( $query, Site_Facts::LOCK ) ) {
					$released = true;
					$answers  = array();
					foreach ( $latest as $slug => $version ) {
						$answers[ $slug ] = array(
							'latest'    => $version,
							'releases'  => null,
							'checkedAt' => time(),
							'error'     => null,
							'fetchedAt' => microtime( true ),
						);
					}
					$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s", Site_Facts::LOCK ) );
					// As the other process's update_option() / update_site_option() leaves it.
					if ( is_multisite() ) {
						$wpdb->insert(
							$wpdb->sitemeta,
							array(
								'site_id'    => get_current_network_id(),
								'meta_key'   => Store::REMOTE_OPTION, // phpcs:ignore WordPress.DB.SlowDBQuery
								'meta_value' => maybe_serialize( $answers ), // phpcs:ignore WordPress.DB.SlowDBQuery
							)
						);
					} else {
						$wpdb->replace(
							$wpdb->options,
							array(
								'option_name'  => Store::REMOTE_OPTION,
								'option_value' => maybe_serialize( $answers ),
								'autoload'     => 'no',
							)
						);
					}
				}
				return $query;
			}
		);
		$facts = $this->facts()->get( true );

		$this->assertTrue( $released );
		$this->assertSame( array(), $this->requests, 'its answers, fetched since we started, are ours' );
		$this->assertSame( '10.9.4', $this->component( $facts, 'woocommerce' )['latest'] );
		$this->assertSame( '10.2.2', $this->component( $facts, 'woocommerce' )['installed'] );
	}

	public function test_a_lock_held_without_an_answer_is_waited_for_then_we_ask(): void {
		global $wpdb;
		// Another process holds the lock only to save what WordPress knew (no fetch of its own).
		$wpdb->query( $wpdb->prepare( "INSERT INTO {$wpdb->options} (option_name, option_value, autoload) VALUES (%s, %s, 'no')", Site_Facts::LOCK, (string) time() ) );
		$released = false;
		add_filter(
			'query',
			static function ( $query ) use ( &$released, $wpdb ) {
				if ( ! $released && false !== strpos( $query, 'SELECT `option_value`' ) && false !== strpos( $query, Site_Facts::LOCK ) ) {
					$released = true;
					$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name = %s", Site_Facts::LOCK ) );
				}
				return $query;
			}
		);
		$facts = $this->facts()->get( true );

		$this->assertTrue( $released );
		$this->assertContains( 'plugins', $this->requests, 'nobody answered: we ask, once the lock is free' );
		$this->assertSame( '10.9.4', $this->component( $facts, 'woocommerce' )['latest'] );
	}
}
