<?php
/**
 * The site's facts: what is installed, what is latest, in SPEC's shape.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

use Dokan_Support_Check\Lock;

defined( 'ABSPATH' ) || exit;

/**
 * Assembles, caches and serves the facts. Decides nothing about the support window.
 *
 * When does it reach the network? Only through `get()`, which only our REST route calls:
 * with `$refresh` (the support page's "check again"), or when the cached facts are gone
 * and a component has no recent answer (first use, 12 h later, or a product newly
 * installed). Everything else (the badge's `cached()`, Site Health's `current()`, the
 * rebuild after an update) reads what is stored and makes no request.
 *
 * One fetch at a time for the whole installation: a process that finds another one
 * fetching waits for its answer instead of asking again, so simultaneous refreshes make
 * one request per product.
 *
 * The facts shape (SPEC "Contracts"):
 *
 *     array(
 *         'generatedAt' => '2026-11-27T12:00:00Z',
 *         'site'        => array( 'url', 'multisite', 'locale', 'php', 'database', 'theme' => array( 'name', 'version' ) ),
 *         'components'  => array(
 *             array( 'slug', 'name', 'installed' (?string), 'active' (bool), 'latest' (?string),
 *                    'releases' (?string[] newest first), 'source', 'checkedAt' (?string), 'error' (?string) ),
 *         ),
 *     )
 *
 * `checkedAt` is when the answer shown was obtained; `error` says why the last attempt
 * failed (then `latest`/`releases` are an older answer, or null when there is none).
 */
final class Site_Facts {

	/**
	 * How long facts and answers stay fresh.
	 */
	const TTL = 12 * HOUR_IN_SECONDS;

	/**
	 * How long a failed answer is kept before our route may try again by itself.
	 */
	const ERROR_TTL = 30 * MINUTE_IN_SECONDS;

	/**
	 * The lock that lets one process fetch at a time.
	 */
	const LOCK = 'dokan_support_check_fetch_lock';

	/**
	 * After this many seconds a lock nobody released is abandoned.
	 */
	const LOCK_TTL = 120;

	/**
	 * Longest a process waits for another one's fetch, in seconds.
	 */
	const WAIT = 20;

	/**
	 * Releases kept per component in the snapshot (the full facts keep Release_Data::MAX_RELEASES).
	 */
	const SNAPSHOT_RELEASES = 30;

	/**
	 * Actions after which the installed versions or the context may have changed.
	 */
	const CHANGE_ACTIONS = array( 'upgrader_process_complete', 'activated_plugin', 'deactivated_plugin', 'deleted_plugin', 'switch_theme' );

	/**
	 * Component definitions.
	 *
	 * @var Components
	 */
	private $components;

	/**
	 * Installed versions and context.
	 *
	 * @var Detector
	 */
	private $detector;

	/**
	 * Latest versions and releases.
	 *
	 * @var Release_Data
	 */
	private $release_data;

	/**
	 * Storage.
	 *
	 * @var Store
	 */
	private $store;

	/**
	 * The WordPress version just installed by a core update in this request, if any.
	 *
	 * @var string|null
	 */
	private $updated_core_version = null;

	/**
	 * Constructor.
	 *
	 * @param Components   $components   Component definitions.
	 * @param Detector     $detector     Installed versions and context.
	 * @param Release_Data $release_data Latest versions and releases.
	 * @param Store        $store        Storage.
	 */
	public function __construct( Components $components, Detector $detector, Release_Data $release_data, Store $store ) {
		$this->components   = $components;
		$this->detector     = $detector;
		$this->release_data = $release_data;
		$this->store        = $store;
	}

	/**
	 * Forgets the cached facts whenever core, a plugin or the theme changes.
	 */
	public function register(): void {
		foreach ( self::CHANGE_ACTIONS as $action ) {
			add_action( $action, array( $this, 'invalidate' ), 10, 0 );
		}
		add_action( '_core_updated_successfully', array( $this, 'core_updated' ), 10, 1 );
	}

	/**
	 * The facts; from the cache unless `$refresh`.
	 *
	 * May ask the update services (see the class docblock): only our REST route calls it.
	 *
	 * @param bool $refresh Ask the services again for every installed component.
	 * @return array Facts (shape on the class docblock).
	 */
	public function get( bool $refresh = false ): array {
		if ( ! $refresh ) {
			$cached = $this->store->facts();
			if ( null !== $cached ) {
				return $cached;
			}
		}
		$facts = $this->assemble( $refresh ? 'refresh' : 'fill' );
		$this->store->save_facts( $facts, self::has_error( $facts ) ? self::ERROR_TTL : self::TTL );
		$this->store->save_snapshot( self::compact( $facts ) );
		return $facts;
	}

	/**
	 * The facts from what is installed now and the answers already stored; no request.
	 *
	 * @return array Facts.
	 */
	public function current(): array {
		return $this->assemble( 'stored' );
	}

	/**
	 * The last assembled facts (releases trimmed), for the badge on every admin screen.
	 *
	 * No query on a single site (an autoloaded option), no request, no plugin scan.
	 * `generatedAt` tells how old they are (stale after 12 hours).
	 *
	 * @return array|null Null before the facts were ever assembled.
	 */
	public function cached(): ?array {
		return $this->store->snapshot();
	}

	/**
	 * Forgets the cached facts and rebuilds the snapshot at the end of the request.
	 */
	public function invalidate(): void {
		$this->store->forget_facts();
		if ( false === has_action( 'shutdown', array( $this, 'rebuild_snapshot' ) ) ) {
			add_action( 'shutdown', array( $this, 'rebuild_snapshot' ) );
		}
	}

	/**
	 * After a core update: the running code still reports the old version until the next
	 * request, so remember the new one for the rebuild.
	 *
	 * @param string $new_version The version now installed.
	 */
	public function core_updated( $new_version ): void {
		if ( is_string( $new_version ) && '' !== $new_version ) {
			$this->updated_core_version = $new_version;
		}
		$this->invalidate();
	}

	/**
	 * Rewrites the snapshot from what is installed now, with the stored answers; no request.
	 * Skipped when there never was a snapshot (nobody has used the plugin yet).
	 */
	public function rebuild_snapshot(): void {
		if ( null !== $this->store->snapshot() ) {
			if ( function_exists( 'wp_clean_plugins_cache' ) ) {
				wp_clean_plugins_cache( false );
			}
			$this->store->save_snapshot( self::compact( $this->assemble( 'stored' ) ) );
		}
		$this->updated_core_version = null; // From the next request on, WordPress reports it itself.
	}

	/**
	 * Detects, fetches what is due, and builds the facts.
	 *
	 * @param string $mode 'refresh' (fetch every installed component), 'fill' (fetch those
	 *                     with no recent answer) or 'stored' (fetch nothing).
	 * @return array Facts.
	 */
	private function assemble( string $mode ): array {
		$definitions = $this->components->all();
		$found       = $this->detector->components( $definitions, $this->updated_core_version );
		$remote      = $this->store->remote();
		$now         = time();

		if ( 'stored' !== $mode ) {
			$due = array();
			foreach ( $definitions as $definition ) {
				$slug = $definition['slug'];
				if ( null === $found[ $slug ]['installed'] ) {
					continue; // Nothing to compare; no request for a product that is not here.
				}
				if ( 'refresh' === $mode || ! self::is_fresh( isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : null, $now ) ) {
					$due[] = array_merge( $definition, $found[ $slug ] );
				}
			}
			if ( array() !== $due ) {
				$remote = $this->fetch( $due, 'refresh' === $mode, $remote );
			}
		}

		$components = array();
		foreach ( $definitions as $definition ) {
			$slug         = $definition['slug'];
			$record       = isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : array();
			$components[] = array(
				'slug'      => $slug,
				'name'      => $definition['name'],
				'installed' => $found[ $slug ]['installed'],
				'active'    => $found[ $slug ]['active'],
				'latest'    => isset( $record['latest'] ) && is_string( $record['latest'] ) ? $record['latest'] : null,
				'releases'  => isset( $record['releases'] ) && is_array( $record['releases'] ) ? array_values( array_filter( $record['releases'], 'is_string' ) ) : null,
				'source'    => $definition['source'],
				'checkedAt' => isset( $record['checkedAt'] ) && is_numeric( $record['checkedAt'] ) && (int) $record['checkedAt'] > 0 ? self::iso( (int) $record['checkedAt'] ) : null,
				'error'     => isset( $record['error'] ) && is_string( $record['error'] ) ? $record['error'] : null,
			);
		}

		return array(
			'generatedAt' => self::iso( $now ),
			'site'        => $this->detector->site(),
			'components'  => $components,
		);
	}

	/**
	 * Asks the update services about some components, one process at a time.
	 *
	 * @param array[] $due    Definitions merged with detection.
	 * @param bool    $force  Ask even when WordPress's own update data is recent.
	 * @param array   $looked The stored answers the caller looked at to find them due.
	 * @return array The stored answers after the fetch, by slug.
	 */
	private function fetch( array $due, bool $force, array $looked ): array {
		if ( ! Lock::acquire( self::LOCK, self::LOCK_TTL ) ) {
			// Someone else is asking right now: their answer will do.
			$deadline = microtime( true ) + self::WAIT;
			while ( null !== Lock::held_since( self::LOCK ) && microtime( true ) < $deadline ) {
				usleep( 100000 );
			}
			return $this->store->remote( true );
		}
		try {
			// Another process may have asked and stored its answer between our look and our
			// lock: that answer is as new as ours would be, so ask only about the rest.
			$remote = $this->store->remote( true );
			$due    = array_filter(
				$due,
				static function ( array $definition ) use ( $remote, $looked ): bool {
					$slug = $definition['slug'];
					return ( $remote[ $slug ] ?? null ) === ( $looked[ $slug ] ?? null );
				}
			);
			if ( array() === $due ) {
				return $remote;
			}
			$answers = $this->release_data->fetch( $due, $force );
			$now     = time();
			foreach ( $answers as $slug => $answer ) {
				$remote[ $slug ] = self::merge( isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : null, $answer, $now );
			}
			$this->store->save_remote( $remote );
			return $remote;
		} finally {
			Lock::release( self::LOCK );
		}
	}

	/**
	 * A new answer over the previous one: what failed keeps the older value, with the reason.
	 *
	 * @param array|null $previous Stored record: latest, releases, checkedAt, error, fetchedAt.
	 * @param array      $answer   New answer: latest, releases, error.
	 * @param int        $now      Unix time.
	 * @return array Record.
	 */
	private static function merge( ?array $previous, array $answer, int $now ): array {
		$record = array(
			'latest'    => $answer['latest'],
			'releases'  => $answer['releases'],
			'checkedAt' => $now,
			'error'     => $answer['error'],
			'fetchedAt' => $now,
		);
		if ( null !== $answer['error'] && null !== $previous ) {
			if ( null === $record['latest'] && isset( $previous['latest'] ) ) {
				$record['latest']    = $previous['latest'];
				$record['checkedAt'] = $previous['checkedAt'] ?? null;
			}
			if ( null === $record['releases'] && isset( $previous['releases'] ) ) {
				$record['releases'] = $previous['releases'];
			}
		}
		if ( null === $record['latest'] && null === $record['releases'] && null !== $answer['error'] && ( null === $previous || ! isset( $previous['latest'] ) ) ) {
			$record['checkedAt'] = null; // Nothing was ever learnt.
		}
		return $record;
	}

	/**
	 * Whether a stored answer is recent enough to serve without asking again.
	 *
	 * @param array|null $record Stored record.
	 * @param int        $now    Unix time.
	 * @return bool
	 */
	private static function is_fresh( ?array $record, int $now ): bool {
		if ( null === $record || ! isset( $record['fetchedAt'] ) ) {
			return false;
		}
		$ttl = empty( $record['error'] ) ? self::TTL : self::ERROR_TTL;
		return ( $now - (int) $record['fetchedAt'] ) < $ttl;
	}

	/**
	 * Whether any component's last answer failed.
	 *
	 * @param array $facts Facts.
	 * @return bool
	 */
	private static function has_error( array $facts ): bool {
		foreach ( $facts['components'] as $component ) {
			if ( null !== $component['error'] ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The facts, small enough to autoload: release lists trimmed to the newest ones.
	 *
	 * @param array $facts Facts.
	 * @return array
	 */
	private static function compact( array $facts ): array {
		foreach ( $facts['components'] as &$component ) {
			if ( is_array( $component['releases'] ) ) {
				$component['releases'] = array_slice( $component['releases'], 0, self::SNAPSHOT_RELEASES );
			}
		}
		unset( $component );
		return $facts;
	}

	/**
	 * ISO 8601 UTC time, as the facts write it.
	 *
	 * @param int $time Unix time.
	 * @return string
	 */
	private static function iso( int $time ): string {
		return gmdate( 'Y-m-d\TH:i:s\Z', $time );
	}
}
