<?php
/**
 * The change history: every change of an installed version, newest first.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

defined( 'ABSPATH' ) || exit;

/**
 * Compares the installed versions seen now with the ones seen last time and records each
 * difference: an update, a rollback, an install (`from` null), a removal (`to` null).
 *
 * "What changed since the problem started" is an agent's first question (SPEC "The
 * report"). Nothing tells WordPress when a plugin is replaced over FTP, by a hosting panel
 * or from a backup, so the comparison runs whenever installed versions are read anyway
 * (the page, the REST route) and after WordPress's own changes (updates, installs,
 * deletions, theme switches); see Site_Facts.
 *
 * Stored, not autoloaded (site options on a network, where plugins are the network's):
 * - `dokan_support_check_history`: the last MAX_ENTRIES changes, each
 *   `{ at: ISO 8601 UTC, slug, name, from: ?string, to: ?string }`; `slug` is a checked
 *   component's slug, else a plugin's main file or a theme's stylesheet.
 * - `dokan_support_check_inventory`: what was installed last time (Detector::inventory()).
 */
final class History {

	const OPTION           = 'dokan_support_check_history';
	const INVENTORY_OPTION = 'dokan_support_check_inventory';

	/**
	 * Changes kept.
	 */
	const MAX_ENTRIES = 50;

	/**
	 * Changes recorded from one comparison (a thousand plugins appearing at once, say);
	 * checked components come first.
	 */
	const MAX_PER_CHECK = 20;

	/**
	 * Compares an inventory with the last one and records the differences.
	 *
	 * The first inventory ever seen is only remembered: there is nothing to compare it with.
	 *
	 * @param array<string, array{name: string, version: string}> $inventory Detector::inventory().
	 * @param int                                                  $now       Unix time.
	 */
	public function observe( array $inventory, int $now ): void {
		$previous = $this->read( self::INVENTORY_OPTION );
		if ( $previous === $inventory ) {
			return;
		}
		$this->write( self::INVENTORY_OPTION, $inventory );
		if ( ! is_array( $previous ) ) {
			return;
		}

		$changes = array();
		foreach ( $inventory as $key => $item ) {
			$before = isset( $previous[ $key ]['version'] ) && is_string( $previous[ $key ]['version'] ) ? $previous[ $key ]['version'] : null;
			if ( ! isset( $previous[ $key ] ) || $before !== $item['version'] ) {
				$changes[] = self::entry( $now, (string) $key, $item['name'], $before, $item['version'] );
			}
		}
		foreach ( $previous as $key => $item ) {
			if ( ! isset( $inventory[ $key ] ) && is_array( $item ) ) {
				$changes[] = self::entry( $now, (string) $key, $item['name'] ?? '', isset( $item['version'] ) && is_string( $item['version'] ) ? $item['version'] : null, null );
			}
		}
		if ( array() === $changes ) {
			return;
		}
		$entries = array_merge( array_slice( $changes, 0, self::MAX_PER_CHECK ), $this->all() );
		$this->write( self::OPTION, array_slice( $entries, 0, self::MAX_ENTRIES ) );
	}

	/**
	 * The recorded changes, newest first; stored entries of the wrong shape are left out.
	 *
	 * @return array<int, array{at: string, slug: string, name: string, from: ?string, to: ?string}>
	 */
	public function all(): array {
		$stored  = $this->read( self::OPTION );
		$entries = array();
		foreach ( is_array( $stored ) ? $stored : array() as $entry ) {
			if ( is_array( $entry ) && isset( $entry['at'], $entry['slug'], $entry['name'] )
				&& is_string( $entry['at'] ) && is_string( $entry['slug'] ) && is_string( $entry['name'] )
				&& array_key_exists( 'from', $entry ) && array_key_exists( 'to', $entry )
				&& ( null === $entry['from'] || is_string( $entry['from'] ) ) && ( null === $entry['to'] || is_string( $entry['to'] ) ) ) {
				$entries[] = array(
					'at'   => $entry['at'],
					'slug' => $entry['slug'],
					'name' => $entry['name'],
					'from' => $entry['from'],
					'to'   => $entry['to'],
				);
			}
		}
		return array_slice( $entries, 0, self::MAX_ENTRIES );
	}

	/**
	 * One change.
	 *
	 * @param int         $now  Unix time.
	 * @param string      $key  Inventory key ("component:…", "plugin:…", "theme:…").
	 * @param mixed       $name Name.
	 * @param string|null $from Version before; null when newly installed.
	 * @param string|null $to   Version now; null when removed.
	 * @return array{at: string, slug: string, name: string, from: ?string, to: ?string}
	 */
	private static function entry( int $now, string $key, $name, ?string $from, ?string $to ): array {
		$slug = false !== strpos( $key, ':' ) ? substr( $key, strpos( $key, ':' ) + 1 ) : $key;
		$slug = Detector::bounded( $slug, Detector::MAX_NAME_LENGTH );
		return array(
			'at'   => gmdate( 'Y-m-d\TH:i:s\Z', $now ),
			'slug' => $slug,
			'name' => is_string( $name ) && '' !== $name ? Detector::bounded( $name, Detector::MAX_NAME_LENGTH ) : $slug,
			'from' => null === $from ? null : Detector::clean_version( $from ),
			'to'   => null === $to ? null : Detector::clean_version( $to ),
		);
	}

	/**
	 * Reads one of the two stored values.
	 *
	 * @param string $name Option name.
	 * @return mixed
	 */
	private function read( string $name ) {
		return is_multisite() ? get_site_option( $name, null ) : get_option( $name, null );
	}

	/**
	 * Writes one of the two stored values, never autoloaded.
	 *
	 * @param string $name  Option name.
	 * @param array  $value Value.
	 */
	private function write( string $name, array $value ): void {
		if ( is_multisite() ) {
			update_site_option( $name, $value );
		} else {
			update_option( $name, $value, false );
		}
	}
}
