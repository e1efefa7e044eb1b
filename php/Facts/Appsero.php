<?php
/**
 * What Appsero's updater and licence client (bundled by Dokan Pro) leave in the database.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

defined( 'ABSPATH' ) || exit;

/**
 * Reads, never writes and never asks: Appsero's 3-hour version cache and its licence option.
 *
 * Appsero/updater src/Updater.php (vendored by Dokan Pro 3.14.1 and 4.0.3) asks its server
 * only on `admin_init` and caches the answer with
 * `set_transient( 'appsero_' . md5( sanitize_key( $slug ) ) . '_version_info', $info, 3 * HOUR_IN_SECONDS )`,
 * `$slug` being the plugin's folder; the older Appsero/client src/Updater.php used
 * `md5( $slug )` (no sanitize_key()). The value is an object with at least `name`, `slug`
 * and `new_version`. Research: /work/research/dokan-pro-appsero.md §1a, §1b.
 *
 * The licence is Appsero/client src/License.php's option: valid when
 * `! empty( $license['key'] ) && 'activate' === $license['status']` (§1c).
 *
 * Transients and options are the site's where the updater ran: on a network, the main
 * site's (Dokan Pro's admin pages, where it asks, are the main site's).
 */
final class Appsero {

	/**
	 * How long Appsero's updater keeps its answer.
	 */
	const CACHE_TTL = 3 * HOUR_IN_SECONDS;

	/**
	 * The names the version cache can have for a plugin's main file, newest client first.
	 *
	 * @param string $file Main file, relative to the plugins folder.
	 * @return string[]
	 */
	public static function cache_names( string $file ): array {
		$slug = dirname( $file );
		return array_values(
			array_unique(
				array(
					'appsero_' . md5( sanitize_key( $slug ) ) . '_version_info',
					'appsero_' . md5( $slug ) . '_version_info',
				)
			)
		);
	}

	/**
	 * The version Appsero's updater last cached for a plugin, and when it cached it.
	 *
	 * @param string $file Main file, relative to the plugins folder.
	 * @return array{version: ?string, cachedAt: ?int, unreadable: bool} `unreadable` when a
	 *         cached value exists but has the wrong shape or a version that cannot be read.
	 */
	public static function cached_version( string $file ): array {
		$unreadable = false;
		foreach ( self::cache_names( $file ) as $name ) {
			$value = self::on_main_site(
				static function () use ( $name ) {
					return get_transient( $name );
				}
			);
			if ( false === $value ) {
				continue;
			}
			// json_decode() gives Appsero a stdClass; anything else (an array, an object of a
			// class that no longer exists) is not its answer.
			$version = $value instanceof \stdClass && isset( $value->new_version ) ? Detector::read_version( $value->new_version ) : null;
			if ( null === $version ) {
				$unreadable = true;
				continue;
			}
			return array(
				'version'    => $version,
				'cachedAt'   => self::cached_at( $name ),
				'unreadable' => false,
			);
		}
		return array(
			'version'    => null,
			'cachedAt'   => null,
			'unreadable' => $unreadable,
		);
	}

	/**
	 * When a cached answer was written: its expiry minus the 3 hours it was given. Unknowable
	 * with a persistent object cache, where transients keep no expiry row.
	 *
	 * @param string $name Transient name.
	 * @return int|null Unix time.
	 */
	private static function cached_at( string $name ): ?int {
		if ( wp_using_ext_object_cache() ) {
			return null;
		}
		$timeout = self::on_main_site(
			static function () use ( $name ) {
				return get_option( '_transient_timeout_' . $name );
			}
		);
		if ( ! is_numeric( $timeout ) ) {
			return null;
		}
		$at = (int) $timeout - self::CACHE_TTL;
		return $at > 0 && $at <= time() ? $at : null;
	}

	/**
	 * The licence state: 'active', 'inactive' or 'unknown'. Never the key.
	 *
	 * No option at all reads as inactive: Appsero's `is_valid()` then says false and the
	 * product asks for its licence. An option of another shape is unknown.
	 *
	 * @param string $option Option name the product gave Appsero (`set_option_key()`).
	 * @param string $file   Main file: Appsero's default option name derives from its folder.
	 * @return string
	 */
	public static function licence( string $option, string $file ): string {
		$value = self::on_main_site(
			static function () use ( $option, $file ) {
				$value = get_option( $option, null );
				return null !== $value ? $value : get_option( 'appsero_' . md5( dirname( $file ) ) . '_manage_license', null );
			}
		);
		if ( null === $value ) {
			return 'inactive';
		}
		if ( ! is_array( $value ) || ! isset( $value['status'] ) ) {
			return 'unknown';
		}
		return ! empty( $value['key'] ) && 'activate' === $value['status'] ? 'active' : 'inactive';
	}

	/**
	 * Runs a read on the network's main site.
	 *
	 * @param callable $read The read.
	 * @return mixed
	 */
	private static function on_main_site( callable $read ) {
		if ( ! is_multisite() || is_main_site() ) {
			return $read();
		}
		switch_to_blog( get_main_site_id() );
		try {
			return $read();
		} finally {
			restore_current_blog();
		}
	}
}
