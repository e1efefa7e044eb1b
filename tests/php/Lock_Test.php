<?php
/**
 * Tests of the lock that the fetch and the refresh's rate limit share.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Lock;

/**
 * One row of the options table: taken by one process at a time, taken over once its
 * holder is gone, and released only by whoever holds it. Other processes are played here
 * by writing the row as their queries would.
 */
final class Lock_Test extends Test_Case {

	/**
	 * A lock name of this test only.
	 */
	const NAME = 'dokan_support_check_test_lock';

	public function test_a_held_lock_is_refused_to_others_until_it_is_released(): void {
		$token = Lock::acquire( self::NAME, 120 );
		$this->assertIsString( $token );
		$this->assertTrue( Lock::is_held( self::NAME, 120 ) );
		$this->assertNull( Lock::acquire( self::NAME, 120 ), 'a second holder is refused' );

		Lock::release( self::NAME, $token );
		$this->assertNull( Lock::held_since( self::NAME ) );
		$this->assertIsString( Lock::acquire( self::NAME, 120 ), 'free again' );
	}

	public function test_a_lock_whose_holder_is_gone_is_taken_over_with_a_new_token(): void {
		$this->write_lock( time() - 121 );
		$this->assertFalse( Lock::is_held( self::NAME, 120 ), 'past its expiry' );

		$before = time();
		$token  = Lock::acquire( self::NAME, 120 );
		$this->assertIsString( $token );
		$this->assertGreaterThanOrEqual( $before, (int) $token, 'taken now' );
		$this->assertSame( (int) $token, Lock::held_since( self::NAME ) );
	}

	public function test_a_holder_that_was_taken_over_does_not_release_its_successors_lock(): void {
		$token = Lock::acquire( self::NAME, 120 );
		$this->assertIsString( $token );
		// This holder ran past the expiry; another process took the lock over 121 s later.
		$successor = (int) $token + 121;
		$this->write_lock( $successor );

		Lock::release( self::NAME, $token );
		$this->assertSame( $successor, Lock::held_since( self::NAME ), 'the successor still holds it' );
		Lock::release( self::NAME, (string) $successor );
		$this->assertNull( Lock::held_since( self::NAME ) );
	}

	/**
	 * Writes the lock row as another process's acquire() would have.
	 *
	 * @param int $held_since Unix time it was taken.
	 */
	private function write_lock( int $held_since ): void {
		global $wpdb;
		$wpdb->query( $wpdb->prepare( "INSERT INTO `{$wpdb->options}` (`option_name`, `option_value`, `autoload`) VALUES (%s, %s, 'no') ON DUPLICATE KEY UPDATE `option_value` = VALUES(`option_value`)", self::NAME, (string) $held_since ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}
}
