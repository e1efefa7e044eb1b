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
 *
 * The row's value is the time it was taken, and it is also the holder's token: release()
 * deletes the row only while it still holds that value. A holder that ran past the
 * expiry and was taken over thus leaves its successor's lock alone (the successor's value
 * is at least `$ttl` seconds later, so never the same).
 */
final class Lock {

	/**
	 * Tries to take the lock.
	 *
	 * @param string $name Option name of the lock.
	 * @param int    $ttl  Seconds after which a lock nobody released counts as abandoned.
	 * @return string|null The holder's token, for release(); null when another process holds
	 *                     the lock or the database refused the write.
	 */
	public static function acquire( string $name, int $ttl ): ?string {
		global $wpdb;
		$table = self::table();
		$now   = time();

		// phpcs:ignore WordPress.DB.DirectDatabaseQuery -- an atomic insert is the point; no cache may answer.
		$inserted = $wpdb->query( $wpdb->prepare( "INSERT IGNORE INTO `{$table}` (`option_name`, `option_value`, `autoload`) VALUES (%s, %s, 'no')", $name, (string) $now ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		if ( 1 === $inserted ) {
			return (string) $now;
		}

		$held_since = self::held_since( $name );
		if ( null === $held_since || ! self::expired( $held_since, $ttl, $now ) ) {
			return null;
		}
		// Abandoned: take it over, unless another process just did.
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery
		$updated = $wpdb->query( $wpdb->prepare( "UPDATE `{$table}` SET `option_value` = %s WHERE `option_name` = %s AND `option_value` = %s", (string) $now, $name, (string) $held_since ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		return 1 === $updated ? (string) $now : null;
	}

	/**
	 * Releases the lock, if this holder still has it.
	 *
	 * @param string $name  Option name of the lock.
	 * @param string $token What acquire() returned.
	 */
	public static function release( string $name, string $token ): void {
		global $wpdb;
		$table = self::table();
		// phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$wpdb->query( $wpdb->prepare( "DELETE FROM `{$table}` WHERE `option_name` = %s AND `option_value` = %s", $name, $token ) );
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
