<?php
/**
 * Faults of our own storage: the database failing during a refresh, and corrupted
 * cached facts, snapshot or stored answers.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Faults;

use Dokan_Support_Check\Facts\History;
use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Facts\Store;
use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Tests\Facts\Facts_Test_Case;
use WP_REST_Request;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Facts/Facts_Test_Case.php';
require_once __DIR__ . '/Failing_Wpdb.php';

/**
 * The route, the badge's snapshot and Site Health's facts must stay sane whatever is (or
 * is not) in the database; a failed write must not lose what was saved before.
 */
final class Storage_Faults_Test extends Facts_Test_Case {

	const ROUTE = '/dokan-support-check/v1/site-check';

	/**
	 * The real database object, while a failing one stands in.
	 *
	 * @var \wpdb|null
	 */
	private $real_wpdb = null;

	/**
	 * Puts the real database object back.
	 */
	protected function tearDown(): void {
		$this->restore_database();
		parent::tearDown();
	}

	/**
	 * The service under test.
	 *
	 * @return Site_Facts
	 */
	private function facts(): Site_Facts {
		return Plugin::instance()->facts;
	}

	/**
	 * GETs the route (the site owner must be logged in).
	 *
	 * @param array $params Query parameters.
	 * @return WP_REST_Response
	 */
	private function get_route( array $params = array() ): WP_REST_Response {
		rest_get_server();
		$request = new WP_REST_Request( 'GET', self::ROUTE );
		$request->set_query_params( $params );
		return rest_do_request( $request );
	}

	/**
	 * Swaps the database object for one whose queries fail as described.
	 *
	 * @param string $writes Regex: writes (INSERT, UPDATE, DELETE, REPLACE) matching it fail.
	 * @param bool   $reads  Whether every other query fails too (the server is gone).
	 */
	private function given_database_failing( string $writes, bool $reads = false ): void {
		$this->real_wpdb = $GLOBALS['wpdb'];
		$GLOBALS['wpdb'] = Failing_Wpdb::standing_in_for( $this->real_wpdb, $writes, $reads ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	}

	/**
	 * Puts the real database object back.
	 */
	private function restore_database(): void {
		if ( null !== $this->real_wpdb ) {
			Failing_Wpdb::hand_back( $this->real_wpdb );
			$GLOBALS['wpdb'] = $this->real_wpdb; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			$this->real_wpdb = null;
			wp_cache_flush();
		}
	}

	/**
	 * What is stored, read from the database itself (no cache).
	 *
	 * @param string $name Option name.
	 * @return mixed
	 */
	private static function stored( string $name ) {
		wp_cache_flush();
		return is_multisite() ? get_site_option( $name ) : get_option( $name );
	}

	/**
	 * Asserts the facts have the shape of the contract.
	 *
	 * @param mixed $facts Facts.
	 */
	private function assert_well_formed( $facts ): void {
		$this->assertIsArray( $facts );
		$this->assertIsString( $facts['generatedAt'] );
		$this->assertIsArray( $facts['site'] );
		$this->assertIsArray( $facts['components'] );
		$this->assertNotEmpty( $facts['components'] );
		foreach ( $facts['components'] as $component ) {
			$this->assertIsString( $component['slug'] );
			$this->assertIsString( $component['name'] );
			foreach ( array( 'installed', 'latest', 'checkedAt', 'error' ) as $key ) {
				$this->assertTrue( null === $component[ $key ] || is_string( $component[ $key ] ), $component['slug'] . ' ' . $key );
			}
			$this->assertTrue( null === $component['releases'] || is_array( $component['releases'] ) );
			foreach ( (array) $component['releases'] as $release ) {
				$this->assertIsString( $release );
			}
		}
	}

	public function test_a_refresh_whose_writes_fail_answers_and_loses_nothing_saved_before(): void {
		$this->log_in_as_site_owner();
		$before          = $this->facts()->get( true );
		$remote_before   = self::stored( Store::REMOTE_OPTION );
		$snapshot_before = $this->facts()->cached();
		$this->assertIsArray( $remote_before );
		$this->assertNotNull( $snapshot_before );
		$this->given_wporg_mode( 'http-500' );

		// Our rows refuse writes (a full disk, a table crashed); the locks still work.
		$this->given_database_failing( '/dokan_support_check_(remote|snapshot|history|inventory)/' );
		$after = $this->facts()->get( true );
		$this->restore_database();

		$this->assert_well_formed( $after );
		foreach ( array( 'wordpress', 'woocommerce', 'dokan-lite' ) as $slug ) {
			$this->assertSame( $this->component( $before, $slug )['latest'], $this->component( $after, $slug )['latest'], "$slug: the older answer is served" );
			$this->assertIsString( $this->component( $after, $slug )['error'], "$slug: with the reason" );
		}
		$this->assertSame( $remote_before, self::stored( Store::REMOTE_OPTION ), 'the answers saved before are still there' );
		$this->assertSame( $snapshot_before, $this->facts()->cached(), 'the snapshot saved before is still there' );
		$this->assertNull( \Dokan_Support_Check\Lock::held_since( Site_Facts::LOCK ), 'the fetch lock was released' );
	}

	public function test_a_refresh_when_the_options_table_refuses_every_write_says_so(): void {
		$this->log_in_as_site_owner();
		$this->facts()->get( true );
		$remote_before = self::stored( Store::REMOTE_OPTION );
		delete_option( 'dokan_support_check_refresh_lock' );

		$this->given_database_failing( '/./' );
		$refresh = $this->get_route( array( 'refresh' => true ) );
		$plain   = $this->get_route();
		$this->restore_database();

		$this->assertSame( 503, $refresh->get_status(), 'a clear error, not "checked a moment ago"' );
		$this->assertSame( 'dokan_support_check_storage_failed', $refresh->get_data()['code'] );
		// Whether earlier results are shown is the page's to say, next to them: it does
		// ("The results below are from the previous check."), so this does not say it twice.
		$this->assertSame( 'The site’s database did not accept the check (it may be full, read-only or unavailable). Try again later.', $refresh->get_data()['message'] );
		$this->assertArrayNotHasKey( 'components', $refresh->get_data() );
		$this->assertSame( 200, $plain->get_status(), 'the stored facts are still served' );
		$this->assert_well_formed( $plain->get_data() );
		$this->assertSame( $remote_before, self::stored( Store::REMOTE_OPTION ) );
	}

	/**
	 * @return array<string, array{bool}>
	 */
	public function lock_rows(): array {
		return array(
			'no lock row' => array( false ),
			'a lock row its holder left (expired), which cannot be taken over' => array( true ),
		);
	}

	/**
	 * @dataProvider lock_rows
	 *
	 * @param bool $left_behind Whether a process that is gone left its lock row.
	 */
	public function test_a_check_that_is_due_while_every_write_is_refused_gives_up_instead_of_asking_for_the_lock_again_and_again( bool $left_behind ): void {
		$this->log_in_as_site_owner();
		$this->facts()->get( true );
		if ( $left_behind ) {
			add_option( Site_Facts::LOCK, (string) ( time() - Site_Facts::LOCK_TTL - 10 ), '', false );
		}
		$remote_before = self::stored( Store::REMOTE_OPTION );
		// Every answer is due again (older than 12 hours), so the page's plain GET fetches.
		$stale = $remote_before;
		foreach ( $stale as $slug => $answer ) {
			$stale[ $slug ]['fetchedAt'] = time() - Site_Facts::TTL - HOUR_IN_SECONDS;
		}
		is_multisite() ? update_site_option( Store::REMOTE_OPTION, $stale ) : update_option( Store::REMOTE_OPTION, $stale );

		$this->given_database_failing( '/./' );
		$plain = $this->get_route();
		$tries = count( preg_grep( '/INSERT IGNORE .*' . Site_Facts::LOCK . '/', $GLOBALS['wpdb']->refused ) );
		$this->restore_database();

		$this->assertSame( 200, $plain->get_status(), 'the stored facts are served' );
		$this->assert_well_formed( $plain->get_data() );
		// A few tries, in case it was a race; not one after another until the fetch's
		// 20-second deadline.
		$this->assertSame( Site_Facts::LOCK_REFUSALS, $tries, 'tries to take the fetch lock' );
	}

	public function test_with_the_database_gone_the_route_and_the_badge_answer_without_a_fatal_error(): void {
		$this->log_in_as_site_owner();
		$this->facts()->get( true );

		// The server goes away in the middle of the request: what is already in memory
		// stays, every new query fails.
		$this->given_database_failing( '/./', true );
		$response = $this->get_route();
		$snapshot = $this->facts()->cached();
		$health   = $this->facts()->current();
		$this->restore_database();

		$this->assertSame( 200, $response->get_status(), 'an answer, not a fatal error' );
		$this->assert_well_formed( $response->get_data() );
		if ( null !== $snapshot ) {
			$this->assert_well_formed( $snapshot );
		}
		$this->assert_well_formed( $health );
	}

	/**
	 * @dataProvider corrupted_values
	 *
	 * @param string $which 'snapshot', 'remote' or 'history'.
	 * @param mixed  $value What is stored; a string starting with "raw:" is written to the
	 *                      database as is (a half-written serialized value).
	 */
	public function test_a_corrupted_stored_value_is_ignored_and_the_route_and_badge_answer( string $which, $value ): void {
		$this->log_in_as_site_owner();
		$this->facts()->get( true ); // A good state first, then one value is damaged.
		$this->given_stored( $which, $value );

		$response = $this->get_route();
		$this->assertSame( 200, $response->get_status() );
		$facts = $response->get_data();
		$this->assert_well_formed( $facts );
		$this->assertCount( 4, $facts['components'] );
		$history = $this->get_route( array( 'report' => true ) )->get_data()['history'];
		$this->assertIsArray( $history );
		foreach ( $history as $entry ) {
			$this->assertSame( array( 'at', 'slug', 'name', 'from', 'to' ), array_keys( $entry ) );
		}

		$snapshot = $this->facts()->cached();
		if ( null !== $snapshot ) {
			$this->assert_well_formed( $snapshot );
		}
		$this->assert_well_formed( $this->facts()->current() );
		$this->assertIsString( $this->health_section_text() );

		// A refresh repairs it.
		delete_option( 'dokan_support_check_refresh_lock' );
		$refreshed = $this->get_route( array( 'refresh' => true ) );
		$this->assertSame( 200, $refreshed->get_status() );
		$this->assert_well_formed( $refreshed->get_data() );
		$this->assert_well_formed( $this->facts()->cached() );
		$this->assertSame( '10.9.4', $this->component( $refreshed->get_data(), 'woocommerce' )['latest'] );
	}

	/**
	 * Damaged values, per stored name.
	 *
	 * @return array
	 */
	public function corrupted_values(): array {
		$cases = array();
		foreach ( array( 'snapshot', 'remote', 'history' ) as $which ) {
			$cases[ "$which: a string" ]                 = array( $which, 'garbage' );
			$cases[ "$which: a number" ]                 = array( $which, 42 );
			$cases[ "$which: half-serialized" ]          = array( $which, 'raw:a:3:{s:11:"generatedAt";s:20:"2026-11-27T12:00:00Z";s:10:"compo' );
			$cases[ "$which: serialized object" ]        = array( $which, 'raw:O:8:"stdClass":1:{s:10:"components";a:0:{}}' );
			$cases[ "$which: components not a list" ]    = array( $which, array( 'generatedAt' => 'x', 'site' => array(), 'components' => 'none' ) );
			$cases[ "$which: components of odd types" ]  = array(
				$which,
				array(
					'generatedAt' => '2026-11-27T12:00:00Z',
					'site'        => array(),
					'components'  => array( 'woocommerce', 42, null, array( 'slug' => array( 'x' ) ), array( 'slug' => 'dokan-lite', 'name' => 'Dokan', 'latest' => array( '4.1.2' ), 'releases' => array( array( '4.1.2' ), 7 ) ) ),
				),
			);
		}
		$cases['history: entries of the wrong shape'] = array(
			'history',
			array(
				'garbage',
				array( 'at' => 5, 'slug' => 'woocommerce', 'name' => 'WooCommerce', 'from' => '1', 'to' => '2' ),
				array( 'at' => '2026-11-27T12:00:00Z', 'slug' => 'woocommerce', 'name' => 'WooCommerce', 'from' => array(), 'to' => '2' ),
				array( 'at' => '2026-11-27T12:00:00Z', 'slug' => 'woocommerce', 'name' => 'WooCommerce' ),
			),
		);
		$cases['remote: a string per slug']        = array( 'remote', array( 'woocommerce' => 'garbage', 'dokan-lite' => 42, 'wordpress' => null ) );
		$cases['remote: records of the wrong types'] = array(
			'remote',
			array(
				'woocommerce' => array(
					'latest'    => array( '10.9.4' ),
					'releases'  => 'all of them',
					'checkedAt' => 'yesterday',
					'error'     => 500,
					'fetchedAt' => array(),
				),
				'dokan-lite'  => array(
					'latest'    => 4.12,
					'releases'  => array( array( '4.1.2' ), 411, '4.1.0' ),
					'checkedAt' => -5,
					'fetchedAt' => 'now',
				),
			),
		);
		return $cases;
	}

	/**
	 * Stores a damaged value in place of one of ours.
	 *
	 * @param string $which 'snapshot', 'remote' or 'history'.
	 * @param mixed  $value Value, or "raw:…" for bytes written as they are.
	 */
	private function given_stored( string $which, $value ): void {
		global $wpdb;
		$names = array(
			'snapshot' => Store::SNAPSHOT_OPTION,
			'remote'   => Store::REMOTE_OPTION,
			'history'  => History::OPTION,
		);
		$name  = $names[ $which ];
		if ( is_string( $value ) && 0 === strpos( $value, 'raw:' ) ) {
			$raw = substr( $value, 4 );
			if ( is_multisite() ) {
				$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->sitemeta} WHERE meta_key = %s", $name ) );
				$wpdb->insert(
					$wpdb->sitemeta,
					array(
						'site_id'    => get_current_network_id(),
						'meta_key'   => $name, // phpcs:ignore WordPress.DB.SlowDBQuery
						'meta_value' => $raw, // phpcs:ignore WordPress.DB.SlowDBQuery
					)
				);
			} else {
				$wpdb->delete( $wpdb->options, array( 'option_name' => $name ) );
				$wpdb->insert(
					$wpdb->options,
					array(
						'option_name'  => $name,
						'option_value' => $raw,
						'autoload'     => 'yes',
					)
				);
			}
			wp_cache_flush();
			return;
		}
		if ( is_multisite() ) {
			update_site_option( $name, $value );
		} else {
			update_option( $name, $value, 'snapshot' === $which );
		}
		wp_cache_flush();
	}

	/**
	 * The Site Health Info section, as text.
	 *
	 * @return string
	 */
	private function health_section_text(): string {
		$info = apply_filters( 'debug_information', array() );
		$this->assertArrayHasKey( 'dokan-support-check', $info );
		return (string) wp_json_encode( $info['dokan-support-check'] );
	}
}
