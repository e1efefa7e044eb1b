<?php
/**
 * Where the facts and the last answers from the update services are kept.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

defined( 'ABSPATH' ) || exit;

/**
 * The stored values of the facts, in one place (uninstall.php removes the same names;
 * the change history keeps its own, see History).
 *
 * - `dokan_support_check_remote` (option, not autoloaded; a site option on multisite):
 *   per component, the last answer about its latest version and releases. When a refresh
 *   fails, this older answer is served, with the error.
 * - `dokan_support_check_snapshot` (option, autoloaded; a site option on multisite): a
 *   compact copy of the last assembled facts, so the badge on every admin screen reads
 *   them with no query of its own.
 *
 * The assembled facts themselves are not cached: installed versions are read live (a
 * plugin replaced by hand fires no hook), and assembling from the stored answers costs a
 * plugin scan and no request. (0.1.0 cached them in the `dokan_support_check_facts` site
 * transient; uninstall.php still removes it.)
 *
 * The answers describe the whole installation, so on a multisite they are network-wide.
 */
final class Store {

	const REMOTE_OPTION   = 'dokan_support_check_remote';
	const SNAPSHOT_OPTION = 'dokan_support_check_snapshot';

	/**
	 * The last answer about each component's latest version and releases.
	 *
	 * @param bool $from_database Skip the object cache (another process may have written it).
	 * @return array<string, array> By slug.
	 */
	public function remote( bool $from_database = false ): array {
		if ( $from_database ) {
			if ( is_multisite() ) {
				wp_cache_delete( get_current_network_id() . ':' . self::REMOTE_OPTION, 'site-options' );
				wp_cache_delete( get_current_network_id() . ':notoptions', 'site-options' );
			} else {
				wp_cache_delete( self::REMOTE_OPTION, 'options' );
				wp_cache_delete( 'notoptions', 'options' );
			}
		}
		$remote = is_multisite() ? get_site_option( self::REMOTE_OPTION ) : get_option( self::REMOTE_OPTION );
		return is_array( $remote ) ? $remote : array();
	}

	/**
	 * Saves the last answers.
	 *
	 * @param array $remote By slug.
	 */
	public function save_remote( array $remote ): void {
		if ( is_multisite() ) {
			update_site_option( self::REMOTE_OPTION, $remote );
		} else {
			update_option( self::REMOTE_OPTION, $remote, false );
		}
	}

	/**
	 * The snapshot, or null; costs no query on a single site (it is autoloaded, and a
	 * missing one is looked up in the autoloaded options rather than queried).
	 *
	 * @return array|null
	 */
	public function snapshot(): ?array {
		if ( is_multisite() ) {
			$snapshot = get_site_option( self::SNAPSHOT_OPTION );
		} else {
			$all      = wp_load_alloptions();
			$snapshot = isset( $all[ self::SNAPSHOT_OPTION ] ) ? maybe_unserialize( $all[ self::SNAPSHOT_OPTION ] ) : null;
		}
		return self::well_formed( $snapshot ) ? $snapshot : null;
	}

	/**
	 * Whether a stored value still has the facts' shape (a damaged or hand-edited value is
	 * treated as missing rather than served).
	 *
	 * @param mixed $facts Stored value.
	 * @return bool
	 */
	private static function well_formed( $facts ): bool {
		if ( ! is_array( $facts ) || ! isset( $facts['generatedAt'], $facts['site'], $facts['components'] )
			|| ! is_string( $facts['generatedAt'] ) || ! is_array( $facts['site'] ) || ! is_array( $facts['components'] ) ) {
			return false;
		}
		foreach ( $facts['components'] as $component ) {
			if ( ! is_array( $component ) || ! isset( $component['slug'], $component['name'] ) || ! is_string( $component['slug'] ) || ! is_string( $component['name'] ) ) {
				return false;
			}
			foreach ( array( 'installed', 'latest', 'checkedAt', 'error', 'licence' ) as $key ) {
				if ( isset( $component[ $key ] ) && ! is_string( $component[ $key ] ) ) {
					return false;
				}
			}
			if ( isset( $component['releases'] ) && ( ! is_array( $component['releases'] ) || array() !== array_filter( $component['releases'], static function ( $release ): bool {
				return ! is_string( $release );
			} ) ) ) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Saves the snapshot.
	 *
	 * @param array $snapshot Compact facts.
	 */
	public function save_snapshot( array $snapshot ): void {
		if ( is_multisite() ) {
			update_site_option( self::SNAPSHOT_OPTION, $snapshot );
		} else {
			update_option( self::SNAPSHOT_OPTION, $snapshot, true );
		}
	}
}
