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
 * Assembles and serves the facts. Decides nothing about the support window.
 *
 * Installed versions and the site's context are read live every time the facts are
 * assembled (a plugin scan, no request): a plugin replaced over FTP, by a hosting panel or
 * from a backup fires no hook, yet the page and the route show it at once. What is slow
 * to learn, the latest versions and release lists, comes from stored answers.
 *
 * When does it reach the network? Only through `get()`, which only our REST route calls:
 * with `$refresh` (the support page's "check again"), or when a component has no recent
 * answer (first use, 12 h later, a product newly installed). Everything else (the page's
 * first data, the badge's `cached()`, Site Health's `current()`, the snapshot rebuilt
 * after WordPress saves its update data or after an update) reads what WordPress and
 * Dokan Pro's updater already know, and asks nobody.
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
 *                    'releases' (?string[] newest first), 'source', 'checkedAt' (?string), 'error' (?string),
 *                    'licence' ('active'|'inactive'|'unknown'; only for a product with a licence, Dokan Pro) ),
 *         ),
 *     )
 *
 * `checkedAt` is when the `latest` shown was learnt, not when we last looked: for an
 * answer of ours, when we got it; from WordPress's update data, when WordPress saved it;
 * for Dokan Pro from Appsero's cache, when that answer was cached (its expiry minus the
 * 3 hours Appsero gives it); null when that time cannot be known (no answer, or an entry
 * another updater left in `update_plugins`, whose age WordPress does not keep). `error`
 * says why the last attempt failed (then `latest`/`releases` are an older answer, or null
 * when there is none).
 */
final class Site_Facts {

	/**
	 * How long answers stay fresh.
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
	 * Tries in a row (a tenth of a second apart) at a fetch lock nobody holds, after which
	 * the database is taken to refuse writes rather than to be racing.
	 */
	const LOCK_REFUSALS = 5;

	/**
	 * Releases kept per component in the snapshot (the full facts keep Release_Data::MAX_RELEASES).
	 */
	const SNAPSHOT_RELEASES = 30;

	/**
	 * Actions after which the installed versions or the context may have changed.
	 */
	const CHANGE_ACTIONS = array( 'upgrader_process_complete', 'activated_plugin', 'deactivated_plugin', 'deleted_plugin', 'switch_theme', 'deleted_theme' );

	/**
	 * Actions that fire when WordPress saves its own update data. They fire only when the
	 * saved value changed, and a plugin check saves twice (before its request, with the old
	 * answer, and after): the snapshot is rebuilt once, at the end of the request.
	 */
	const UPDATE_DATA_ACTIONS = array( 'set_site_transient_update_core', 'set_site_transient_update_plugins' );

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
	 * The change history.
	 *
	 * @var History
	 */
	private $history;

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
	 * @param History      $history      The change history.
	 */
	public function __construct( Components $components, Detector $detector, Release_Data $release_data, Store $store, History $history ) {
		$this->components   = $components;
		$this->detector     = $detector;
		$this->release_data = $release_data;
		$this->store        = $store;
		$this->history      = $history;
	}

	/**
	 * Rebuilds the snapshot (and notes the change history) whenever core, a plugin or the
	 * theme changes, and whenever WordPress or Appsero's updater saves what it learnt.
	 */
	public function register(): void {
		foreach ( array_merge( self::CHANGE_ACTIONS, self::UPDATE_DATA_ACTIONS ) as $action ) {
			add_action( $action, array( $this, 'invalidate' ), 10, 0 );
		}
		add_action( '_core_updated_successfully', array( $this, 'core_updated' ), 10, 1 );
		// Appsero's updater caches Dokan Pro's answer in a transient.
		add_action( self::transient_action( (string) get_bloginfo( 'version' ) ), array( $this, 'transient_saved' ), 10, 1 );
	}

	/**
	 * The action that fires after any transient is saved: 'set_transient' since WordPress
	 * 6.8 (its pre-releases included), which deprecated 'setted_transient' (hooking that
	 * one would warn).
	 *
	 * @param string $wp_version WordPress version.
	 * @return string
	 */
	public static function transient_action( string $wp_version ): string {
		return version_compare( $wp_version, '6.8-alpha', '>=' ) ? 'set_transient' : 'setted_transient';
	}

	/**
	 * The facts: installed versions read now, latest versions from the stored answers,
	 * asking the update services for the components due (or every one with `$refresh`).
	 *
	 * Only our REST route calls it (see the class docblock).
	 *
	 * @param bool $refresh Ask the services again for every installed component.
	 * @return array Facts (shape on the class docblock).
	 */
	public function get( bool $refresh = false ): array {
		$facts = $this->assemble( $refresh ? 'refresh' : 'fill', $detected );
		$this->remember( $facts, $detected );
		// What the end of the request would rebuild has just been done.
		remove_action( 'shutdown', array( $this, 'rebuild_snapshot' ) );
		return $facts;
	}

	/**
	 * The facts from what is installed now and what is already known; no request.
	 *
	 * @return array Facts.
	 */
	public function current(): array {
		return $this->assemble( 'stored' );
	}

	/**
	 * What the support page starts with: the facts from what is installed now and what is
	 * already known (no request), the snapshot updated when they differ from it; null until
	 * our own check has answered once (the page then runs it: release lists come from it).
	 *
	 * @return array|null Facts.
	 */
	public function for_page(): ?array {
		$facts = $this->assemble( 'stored', $detected );
		$this->remember( $facts, $detected );
		foreach ( $this->store->remote() as $record ) {
			if ( is_array( $record ) && isset( $record['fetchedAt'] ) ) {
				return $facts;
			}
		}
		return null;
	}

	/**
	 * The last assembled facts (releases trimmed), for the badge on every admin screen.
	 *
	 * No query on a single site (an autoloaded option), no request, no plugin scan.
	 * Their components' `checkedAt` tell how old the latest versions are (stale after 12
	 * hours, src/status/labels.ts); `generatedAt` is when they were last assembled.
	 *
	 * @return array|null Null while nothing at all is known.
	 */
	public function cached(): ?array {
		return $this->store->snapshot();
	}

	/**
	 * The change history, newest first (see History).
	 *
	 * @return array[]
	 */
	public function history(): array {
		return $this->history->all();
	}

	/**
	 * Rebuilds the snapshot at the end of the request (once, whatever fired).
	 */
	public function invalidate(): void {
		if ( false === has_action( 'shutdown', array( $this, 'rebuild_snapshot' ) ) ) {
			add_action( 'shutdown', array( $this, 'rebuild_snapshot' ) );
		}
	}

	/**
	 * A transient was saved: when it is Appsero's version cache, rebuild the snapshot.
	 *
	 * @param mixed $transient Transient name.
	 */
	public function transient_saved( $transient ): void {
		if ( is_string( $transient ) && preg_match( '/^appsero_[0-9a-f]{32}_version_info$/', $transient ) ) {
			$this->invalidate();
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
	 * Rewrites the snapshot from what is installed now and what WordPress (and Dokan Pro's
	 * updater) already know, and notes the change history; no request of ours.
	 *
	 * Runs at the end of a request that changed something, and on our activation, so the
	 * badge knows from the first minute.
	 */
	public function rebuild_snapshot(): void {
		if ( function_exists( 'wp_clean_plugins_cache' ) ) {
			wp_clean_plugins_cache( false );
		}
		// On a network the snapshot is read in Network Admin, the main site's context: a
		// change made on a sub-site (or its cron saving update data) is read from there.
		$switched = is_multisite() && ! is_main_site() && switch_to_blog( get_main_site_id() );
		$facts    = $this->assemble( 'stored', $detected );
		$this->remember( $facts, $detected );
		if ( $switched ) {
			restore_current_blog();
		}
		$this->updated_core_version = null; // From the next request on, WordPress reports it itself.
	}

	/**
	 * Detects, takes in what WordPress already knows, fetches what is due, and builds the facts.
	 *
	 * @param string     $mode     'refresh' (fetch every installed component), 'fill' (fetch
	 *                             those with no recent answer) or 'stored' (fetch nothing).
	 * @param array|null $detected Set to what was detected: array( definitions, found ).
	 * @return array Facts.
	 */
	private function assemble( string $mode, ?array &$detected = null ): array {
		// Before detection (a scan of the plugins folder): an answer another process saves
		// while we scan is newer than our start, so a forced refresh takes it as its own.
		$started     = microtime( true );
		$definitions = $this->components->all();
		$found       = $this->detector->components( $definitions, $this->updated_core_version );
		$detected    = array( $definitions, $found );
		$now         = time();

		$installed = array();
		foreach ( $definitions as $definition ) {
			if ( null !== $found[ $definition['slug'] ]['installed'] ) {
				// Nothing to compare for a product that is not here: no request, no answer.
				$installed[ $definition['slug'] ] = array_merge( $definition, $found[ $definition['slug'] ] );
			}
		}
		$remote = $this->take_in_known( $installed, $this->store->remote() );

		if ( 'stored' !== $mode ) {
			$due = array();
			foreach ( $installed as $slug => $component ) {
				if ( 'refresh' === $mode || ! self::is_fresh( isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : null, $now ) ) {
					$due[] = $component;
				}
			}
			if ( array() !== $due ) {
				$remote = $this->fetch( $due, 'refresh' === $mode, $started );
			}
		}

		$components = array();
		foreach ( $definitions as $definition ) {
			$slug   = $definition['slug'];
			$record = isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : array();
			$item   = array(
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
			if ( isset( $found[ $slug ]['licence'] ) ) {
				$item['licence'] = $found[ $slug ]['licence'];
			}
			if ( null === $item['latest'] && null !== $item['installed'] ) {
				$item['error'] = self::idle_host_reason( $definition, $definitions, $found ) ?? $item['error'];
			}
			$components[] = $item;
		}

		return array(
			'generatedAt' => self::iso( $now ),
			'site'        => $this->detector->site(),
			'components'  => $components,
		);
	}

	/**
	 * Why a product that loads with other plugins (`runs_with`) cannot learn its latest
	 * version while one of them is not active: its updater is not even loaded then (Dokan
	 * Pro builds its updater on Dokan's `dokan_loaded`, which Dokan fires only once
	 * WooCommerce has loaded), and its licence page does not exist. Said from the current
	 * detection, so it goes as soon as they run.
	 *
	 * @param array   $definition  The product's definition.
	 * @param array[] $definitions Every definition.
	 * @param array   $found       Detection, by slug.
	 * @return string|null Null when they all run.
	 */
	private static function idle_host_reason( array $definition, array $definitions, array $found ): ?string {
		$idle = array();
		foreach ( $definitions as $host ) {
			if ( in_array( $host['slug'], $definition['runs_with'], true ) && empty( $found[ $host['slug'] ]['active'] ) ) {
				$idle[] = $host['name'];
			}
		}
		if ( array() === $idle ) {
			return null;
		}
		return sprintf(
			/* translators: 1: product name, such as "Dokan Pro"; 2: the plugins it needs, such as "WooCommerce and Dokan". */
			__( '%1$s needs %2$s active to look for its updates, so its latest version is unknown. Install and activate %2$s, then check again.', 'dokan-support-check' ),
			$definition['name'],
			wp_sprintf_l( '%l', $idle )
		);
	}

	/**
	 * Takes into the stored answers what WordPress (and Appsero's updater) learnt since,
	 * and saves them when that changed something.
	 *
	 * Saved under the fetch lock, over the answers as they are in the database then, so a
	 * fetch running elsewhere never has its newer answers overwritten; while another
	 * process holds the lock, they are used for this request only.
	 *
	 * @param array[] $installed Installed components (definitions with detection), by slug.
	 * @param array   $remote    Stored answers, by slug.
	 * @return array Stored answers, by slug.
	 */
	private function take_in_known( array $installed, array $remote ): array {
		$known = $this->release_data->known( $installed );
		$taken = self::with_known( $remote, $known );
		if ( $taken === $remote ) {
			return $taken;
		}
		$lock = Lock::acquire( self::LOCK, self::LOCK_TTL );
		if ( null === $lock ) {
			return $taken;
		}
		try {
			$taken = self::with_known( $this->store->remote( true ), $known );
			$this->store->save_remote( $taken );
			return $taken;
		} finally {
			Lock::release( self::LOCK, $lock );
		}
	}

	/**
	 * The stored answers with what is known now: a latest version we have none of, or a
	 * different one learnt no earlier than ours.
	 *
	 * A save of the same answer changes nothing (WordPress re-saves its old answer, with a
	 * new `last_checked`, before each request and after a failed one: that is not a new
	 * answer). The release lists stay ours, and so does `fetchedAt`: our route still
	 * fetches them when due.
	 *
	 * @param array $remote Stored answers, by slug.
	 * @param array $known  Release_Data::known() answers, by slug.
	 * @return array
	 */
	private static function with_known( array $remote, array $known ): array {
		foreach ( $known as $slug => $answer ) {
			if ( null === $answer['latest'] ) {
				continue;
			}
			$record = isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : array();
			$latest = isset( $record['latest'] ) && is_string( $record['latest'] ) ? $record['latest'] : null;
			$ours   = isset( $record['checkedAt'] ) && is_numeric( $record['checkedAt'] ) ? (int) $record['checkedAt'] : 0;
			if ( $latest === $answer['latest'] || ( null !== $latest && null !== $answer['checkedAt'] && $answer['checkedAt'] < $ours ) ) {
				continue;
			}
			$releases = isset( $record['releases'] ) && is_array( $record['releases'] ) ? array_values( array_filter( $record['releases'], 'is_string' ) ) : null;
			if ( null !== $releases && array() !== $releases && version_compare( $answer['latest'], $releases[0], '>' ) ) {
				array_unshift( $releases, $answer['latest'] ); // A newer release is still a release of the list.
			}
			$record['latest']    = $answer['latest'];
			$record['releases']  = $releases;
			$record['checkedAt'] = $answer['checkedAt'];
			$record['error']     = null;
			$remote[ $slug ]     = $record;
		}
		return $remote;
	}

	/**
	 * Keeps what was just assembled: the change history, and the snapshot when it differs
	 * (in anything but its time) from the stored one. No snapshot while nothing at all is
	 * known: the badge then says "not checked yet". On a network, only the main site's
	 * facts become the snapshot (the badge is in Network Admin, in that site's context).
	 *
	 * @param array $facts    Facts.
	 * @param array $detected What assemble() detected: array( definitions, found ).
	 */
	private function remember( array $facts, array $detected ): void {
		$this->history->observe( $this->detector->inventory( $detected[0], $detected[1] ), time() );
		if ( is_multisite() && ! is_main_site() ) {
			return; // A sub-site's URL, theme and active plugins are not the network's badge's.
		}

		$snapshot = self::compact( $facts );
		$stored   = $this->store->snapshot();
		if ( null === $stored && ! self::knows_anything( $facts ) ) {
			return;
		}
		if ( null !== $stored ) {
			unset( $stored['generatedAt'] );
		}
		$compare = $snapshot;
		unset( $compare['generatedAt'] );
		if ( $stored !== $compare ) {
			$this->store->save_snapshot( $snapshot );
		}
	}

	/**
	 * Whether facts say anything beyond what is installed: a latest version, a release list
	 * or the reason a check failed.
	 *
	 * @param array $facts Facts.
	 * @return bool
	 */
	private static function knows_anything( array $facts ): bool {
		foreach ( $facts['components'] as $component ) {
			if ( null !== $component['latest'] || null !== $component['releases'] || null !== $component['error'] ) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Asks the update services about some components, one process at a time.
	 *
	 * While another process holds the lock, waits for it, then asks only about what it did
	 * not answer meanwhile (it may have been fetching the same, or only saving what
	 * WordPress already knew, see take_in_known()).
	 *
	 * @param array[] $due   Definitions merged with detection.
	 * @param bool    $force Ask even when WordPress's own update data is recent.
	 * @param float   $since When the caller started (Unix time, microseconds): a forced
	 *                       refresh takes an answer fetched since then as its own.
	 * @return array The stored answers after the fetch, by slug.
	 */
	private function fetch( array $due, bool $force, float $since ): array {
		$deadline = microtime( true ) + self::WAIT;
		$refused  = 0;
		do {
			$lock = Lock::acquire( self::LOCK, self::LOCK_TTL );
			if ( null !== $lock ) {
				try {
					// Another process may have answered between our look and our lock.
					$remote = $this->store->remote( true );
					$due    = self::still_due( $due, $remote, $force, $since );
					if ( array() === $due ) {
						return $remote;
					}
					$answers = $this->release_data->fetch( $due, $force );
					$now     = microtime( true );
					foreach ( $answers as $slug => $answer ) {
						$remote[ $slug ] = self::merge( isset( $remote[ $slug ] ) && is_array( $remote[ $slug ] ) ? $remote[ $slug ] : null, $answer, $now );
					}
					$this->store->save_remote( $remote );
					return $remote;
				} finally {
					Lock::release( self::LOCK, $lock );
				}
			}
			if ( Lock::is_held( self::LOCK, self::LOCK_TTL ) ) {
				$refused = 0;
				// Someone else holds the lock: their answer may do.
				while ( Lock::is_held( self::LOCK, self::LOCK_TTL ) && microtime( true ) < $deadline ) {
					usleep( 100000 );
				}
			} else {
				// Not ours, yet nobody holds it (or its holder is gone and taking it over
				// failed): a race lost (a deadlock between waiting processes, the lock
				// released just then), or the database takes no writes (read-only, full).
				// Races end; refusals do not, and trying on would spin until the deadline.
				if ( ++$refused >= self::LOCK_REFUSALS ) {
					return $this->store->remote( true );
				}
				usleep( 100000 );
			}
			$remote = $this->store->remote( true );
			$due    = self::still_due( $due, $remote, $force, $since );
		} while ( array() !== $due && microtime( true ) < $deadline );
		return $remote;
	}

	/**
	 * The components still to ask about: for a forced refresh, those nobody fetched since it
	 * started; otherwise those with no recent answer.
	 *
	 * @param array[] $due    Components.
	 * @param array   $remote Stored answers, by slug.
	 * @param bool    $force  Forced refresh.
	 * @param float   $since  When the caller started (Unix time, microseconds).
	 * @return array[]
	 */
	private static function still_due( array $due, array $remote, bool $force, float $since ): array {
		$now = time();
		return array_values(
			array_filter(
				$due,
				static function ( array $component ) use ( $remote, $force, $since, $now ): bool {
					$record = isset( $remote[ $component['slug'] ] ) && is_array( $remote[ $component['slug'] ] ) ? $remote[ $component['slug'] ] : null;
					if ( $force ) {
						return ! ( isset( $record['fetchedAt'] ) && is_numeric( $record['fetchedAt'] ) && (float) $record['fetchedAt'] >= $since );
					}
					return ! self::is_fresh( $record, $now );
				}
			)
		);
	}

	/**
	 * A new answer over the previous one: what failed keeps the older value, with the reason.
	 *
	 * @param array|null $previous Stored record: latest, releases, checkedAt, error, fetchedAt.
	 * @param array      $answer   New answer: latest, releases, error, checkedAt (when the latest was learnt).
	 * @param float      $now      Unix time, with microseconds (fetchedAt: when we asked).
	 * @return array Record.
	 */
	private static function merge( ?array $previous, array $answer, float $now ): array {
		$record = array(
			'latest'    => $answer['latest'],
			'releases'  => $answer['releases'],
			'checkedAt' => null !== $answer['latest'] ? $answer['checkedAt'] : null,
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
