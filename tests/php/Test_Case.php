<?php
/**
 * Base class of the PHP tests.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use PHPUnit\Framework\TestCase;

/**
 * Runs each test in a database transaction that is rolled back afterwards, and resets
 * what WordPress keeps in memory between "requests": the current user, the object
 * cache, hooks added during the test, and the screen.
 */
abstract class Test_Case extends TestCase {

	/**
	 * Hooks as they were before the test.
	 *
	 * @var array
	 */
	private $saved_hooks = array();

	/**
	 * Starts the transaction and remembers the hooks.
	 */
	protected function setUp(): void {
		parent::setUp();
		global $wpdb, $wp_filter;
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		foreach ( $wp_filter as $name => $hook ) {
			$this->saved_hooks[ $name ] = clone $hook;
		}
		wp_cache_flush();
		$this->reset_assets();
	}

	/**
	 * Rolls everything back.
	 */
	protected function tearDown(): void {
		global $wpdb, $wp_filter;
		$wpdb->query( 'ROLLBACK' );
		$wp_filter = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- restoring the hooks as they were.
		foreach ( $this->saved_hooks as $name => $hook ) {
			$wp_filter[ $name ] = $hook; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		}
		$this->saved_hooks = array();
		wp_set_current_user( 0 );
		wp_cache_flush();
		set_current_screen( 'front' );
		$this->reset_assets();
		parent::tearDown();
	}

	/**
	 * Forgets every registered script and style; WordPress registers its own again on
	 * the next wp_scripts() / wp_styles() call.
	 */
	protected function reset_assets(): void {
		$GLOBALS['wp_scripts'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['wp_styles']  = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	}

	/**
	 * Logs in the person who runs the installation: an administrator, and on a multisite
	 * network a super admin too.
	 *
	 * @return \WP_User
	 */
	protected function log_in_as_site_owner(): \WP_User {
		$user = $this->log_in_as( 'administrator' );
		if ( is_multisite() ) {
			grant_super_admin( $user->ID );
		}
		return $user;
	}

	/**
	 * Creates a user with a role and logs them in.
	 *
	 * @param string $role Role name.
	 * @return \WP_User
	 */
	protected function log_in_as( string $role ): \WP_User {
		$id = wp_insert_user(
			array(
				'user_login' => $role . '_' . wp_generate_password( 6, false ),
				'user_pass'  => wp_generate_password(),
				'user_email' => $role . wp_generate_password( 6, false ) . '@example.test',
				'role'       => $role,
			)
		);
		$this->assertIsInt( $id );
		wp_set_current_user( $id );
		return wp_get_current_user();
	}
}
