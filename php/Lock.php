<?php
/**
 * A lock that concurrent PHP processes agree on, kept in the options table.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * An expiring lock as one row of the (main site's) options table.
 *
 * `add_option()` is not atomic between processes (it reads first, then inserts with
 * "ON DUPLICATE KEY UPDATE", so two racers both "succeed"); a plain `INSERT IGNORE` on
 * the unique option name is, which is how WordPress's own upgrader lock works. An expired
 * lock is taken over with an UPDATE conditioned on the old value, so only one racer wins.
 */
final class Lock {

	/**
	 * Tries to take the lock.
	 *
	 * @param string $name Option name of the lock.
	 * @param int    $ttl  Seconds after which a lock nobody released counts as abandoned.
	 * @return bool Whether this process now holds it.
	 */
	public static function acquire( string $name, int $ttl ): bool {
		global $wpdb;
		$table = self::table();
		$now   = time();

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic insert is the point; no cache may answer.
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO `{$table}` (`option_name`, `option_value`, `autoload`) VALUES (%s, %s, 'no')", $name, (string) $now ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 1 === $inserted ) {
			return true;
		}

		$held_since = self::held_since( $name );
		if ( null === $held_since || ! self::expired( $held_since, $ttl, $now ) ) {
			return false;
		}
		// Abandoned: take it over, unless another process just did.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$updated = $wpdb->query( $wpdb->prepare( "UPDATE `{$table}` SET `option_value` = %s WHERE `option_name` = %s AND `option_value` = %s", (string) $now, $name, (string) $held_since ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return 1 === $updated;
	}

	/**
	 * Releases the lock.
	 *
	 * @param string $name Option name of the lock.
	 */
	public static function release( string $name ): void {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( $wpdb->prepare( "DELETE FROM `{$table}` WHERE `option_name` = %s", $name ) );
	}

	/**
	 * Whether another process holds the lock now: a lock past its expiry is one whose
	 * holder is gone, which acquire() takes over.
	 *
	 * @param string $name Option name of the lock.
	 * @param int    $ttl  Seconds after which a lock nobody released counts as abandoned.
	 * @return bool
	 */
	public static function is_held( string $name, int $ttl ): bool {
		$held_since = self::held_since( $name );
		return null !== $held_since && ! self::expired( $held_since, $ttl, time() );
	}

	/**
	 * Whether a lock taken at `$held_since` is abandoned by `$now`.
	 *
	 * @param int $held_since Unix time it was taken.
	 * @param int $ttl        Seconds it may be held.
	 * @param int $now        Unix time.
	 * @return bool
	 */
	private static function expired( int $held_since, int $ttl, int $now ): bool {
		return $held_since + $ttl <= $now;
	}

	/**
	 * When the lock was taken, read from the database (never from a cache).
	 *
	 * @param string $name Option name of the lock.
	 * @return int|null Unix time, or null when nobody holds it.
	 */
	public static function held_since( string $name ): ?int {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$value = $wpdb->get_var( $wpdb->prepare( "SELECT `option_value` FROM `{$table}` WHERE `option_name` = %s", $name ) );
		return null === $value ? null : (int) $value;
	}

	/**
	 * The options table every site of a network shares for these locks: the main site's.
	 *
	 * @return string
	 */
	private static function table(): string {
		global $wpdb;
		return is_multisite() ? $wpdb->get_blog_prefix( get_main_site_id() ) . 'options' : $wpdb->options;
	}
}
