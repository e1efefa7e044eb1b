<?php
/**
 * Latest versions and release lists, from WordPress's own update data.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

defined( 'ABSPATH' ) || exit;

/**
 * Asks WordPress's own update code, never a URL of our own:
 *
 * - WordPress: `wp_version_check()` then `get_core_updates()` (the `update_core` data);
 * - plugins: `wp_update_plugins()` then the `update_plugins` data (`response` and
 *   `no_update`), which is also where a commercial plugin's own updater (Dokan Pro's)
 *   may put its latest version; entries WordPress.org did not supply are kept across
 *   our check (check_plugins());
 * - Dokan Pro: its `update_plugins` entry, else the 3-hour cache of Appsero's updater
 *   (Appsero), else nothing, with a reason that says how to learn it;
 * - release lists of WordPress.org-hosted plugins: `plugins_api()` with `versions`.
 *
 * `known()` reads the same data without asking anyone.
 *
 * While it runs, HTTP requests get a short timeout, and each answer is watched so that a
 * failure (HTTP error, bad JSON, timeout) becomes a reason instead of a silent gap. A host
 * that timed out is not asked again until the next check: behind a firewall that drops
 * packets, core's update calls and their retries without TLS would otherwise each wait
 * out the timeout (eight requests, 40 s). Core's
 * own "could not establish a secure connection" warning during these calls is caught and
 * kept as that reason rather than written to the log as a PHP warning.
 */
final class Release_Data {

	/**
	 * Longest a request may take while we fetch, in seconds.
	 */
	const TIMEOUT = 5;

	/**
	 * Most releases kept per component, newest first.
	 */
	const MAX_RELEASES = 100;

	/**
	 * What the update services answered during this fetch, by kind ('core', 'plugins').
	 *
	 * @var array<string, string|null> Error reason, or null for a usable answer.
	 */
	private $outcomes = array();

	/**
	 * The hosts that timed out during this fetch, with the error they gave.
	 *
	 * @var array<string, \WP_Error>
	 */
	private $timed_out = array();

	/**
	 * The error handler that was in place before this fetch.
	 *
	 * @var callable|null
	 */
	private $previous_handler = null;

	/**
	 * The kind of the last update-service answer seen ('core', 'plugins'), if any.
	 *
	 * @var string|null
	 */
	private $last_kind = null;

	/**
	 * Asks for the latest version (and release list) of each component given.
	 *
	 * @param array[] $components Definitions (see Components) with the detected `file`, `installed` (and `licence`).
	 * @param bool    $force      Ask the services even when WordPress's update data is recent.
	 * @return array<string, array{latest: ?string, releases: ?array, error: ?string, checkedAt: ?int}> By slug;
	 *         `checkedAt` is when the latest version was learnt (Unix time), null when unknown.
	 */
	public function fetch( array $components, bool $force ): array {
		$this->begin();
		try {
			$answers = array();
			$core    = self::of_type( $components, 'core' );
			$plugins = self::of_type( $components, 'plugin' );
			if ( array() !== $core ) {
				$this->check_core( $force );
				$error = $this->failure( 'core' );
				foreach ( $core as $component ) {
					$answer = null !== $error ? self::answer( null, null, $error, null ) : $this->known_core();
					if ( null === $answer['latest'] && null === $answer['error'] ) {
						$answer['error'] = __( 'WordPress’s update data names no version.', 'dokan-support-check' );
					}
					$answers[ $component['slug'] ] = $answer;
				}
			}
			if ( array() !== $plugins ) {
				$answers = array_merge( $answers, $this->plugins( $plugins, $force ) );
			}
			return $answers;
		} finally {
			$this->end();
		}
	}

	/**
	 * What WordPress already knows about the latest versions, with no request: its own
	 * update data (`update_core`, `update_plugins`) and the cache of Appsero's updater.
	 *
	 * @param array[] $components Definitions with the detected `file`, `installed` (and `licence`).
	 * @return array<string, array{latest: ?string, releases: ?array, error: ?string, checkedAt: ?int}> By slug.
	 */
	public function known( array $components ): array {
		$answers = array();
		$data    = get_site_transient( 'update_plugins' );
		foreach ( $components as $component ) {
			$answers[ $component['slug'] ] = 'core' === $component['type'] ? $this->known_core() : $this->known_plugin( $component, $data );
		}
		return $answers;
	}

	/**
	 * The components of one type.
	 *
	 * @param array[] $components Components.
	 * @param string  $type       'core' or 'plugin'.
	 * @return array[]
	 */
	private static function of_type( array $components, string $type ): array {
		return array_filter(
			$components,
			static function ( $component ) use ( $type ) {
				return $type === $component['type'];
			}
		);
	}

	/**
	 * Has WordPress check its latest version, when due or forced.
	 *
	 * @param bool $force Ask even when WordPress checked recently.
	 */
	private function check_core( bool $force ): void {
		$current = get_site_transient( 'update_core' );
		$stale   = ! is_object( $current ) || empty( $current->updates ) || ! isset( $current->last_checked )
			|| ( time() - (int) $current->last_checked ) > Site_Facts::TTL
			|| ( isset( $current->version_checked ) && get_bloginfo( 'version' ) !== $current->version_checked );
		if ( $force || $stale ) {
			wp_version_check( array(), true );
		}
	}

	/**
	 * WordPress's latest version as its `update_core` data names it.
	 *
	 * @return array{latest: ?string, releases: null, error: null, checkedAt: ?int}
	 */
	private function known_core(): array {
		if ( ! function_exists( 'get_core_updates' ) ) {
			require_once ABSPATH . 'wp-admin/includes/update.php';
		}
		$latest  = null;
		$updates = get_core_updates( array( 'dismissed' => true ) );
		foreach ( is_array( $updates ) ? $updates : array() as $update ) {
			if ( ! is_object( $update ) || ! isset( $update->response, $update->current ) || ! in_array( $update->response, array( 'upgrade', 'latest' ), true ) ) {
				continue;
			}
			$version = Detector::read_version( $update->current );
			if ( null !== $version && ( null === $latest || version_compare( $version, $latest, '>' ) ) ) {
				$latest = $version;
			}
		}
		$data = get_site_transient( 'update_core' );
		return self::answer( $latest, null, null, null !== $latest ? self::last_checked( $data ) : null );
	}

	/**
	 * Latest versions of plugins, and release lists of those hosted on WordPress.org.
	 *
	 * @param array[] $plugins Plugin components.
	 * @param bool    $force   Ask even when WordPress checked recently.
	 * @return array<string, array{latest: ?string, releases: ?array, error: ?string, checkedAt: ?int}> By slug.
	 */
	private function plugins( array $plugins, bool $force ): array {
		$this->check_plugins( $force );
		$update_error = $this->failure( 'plugins' );
		$data         = get_site_transient( 'update_plugins' );

		$answers = array();
		foreach ( $plugins as $component ) {
			// Appsero's answer does not come through WordPress.org: its failure does not hide it.
			$answer = null === $update_error || 'appsero' === $component['updater']
				? $this->known_plugin( $component, $data )
				: self::answer( null, null, $update_error, null );
			if ( null !== $component['wporg_slug'] ) {
				$info = $this->plugin_information( $component['wporg_slug'] );
				if ( is_wp_error( $info ) ) {
					$answer['error'] = null !== $answer['error'] ? $answer['error'] : $info->get_error_message();
				} else {
					$answer['releases'] = self::releases( $info['versions'], $info['version'] );
					if ( null === $answer['latest'] && null === $update_error && null !== $info['version'] ) {
						$answer['latest']    = $info['version'];
						$answer['checkedAt'] = time();
					}
				}
			}
			$answers[ $component['slug'] ] = $answer;
		}
		return $answers;
	}

	/**
	 * Has WordPress check its plugins' updates, when due or forced, keeping what other
	 * updaters had put in its data.
	 *
	 * `wp_update_plugins()` builds `update_plugins` afresh from WordPress.org's answer alone:
	 * entries another updater added (Dokan Pro's, any commercial plugin's) are gone unless
	 * that updater adds them again on this very save, and Appsero's updater, which Dokan Pro
	 * bundles, only does so during `admin_init`, which a REST request never fires (research:
	 * dokan-pro-appsero.md §1b, §6). So the entries WordPress.org did not supply are kept
	 * before the check and put back, through a filter on the saves of this check only, where
	 * the new data has nothing for that plugin.
	 *
	 * @param bool $force Ask even when WordPress checked recently.
	 */
	private function check_plugins( bool $force ): void {
		$kept    = self::foreign_entries( get_site_transient( 'update_plugins' ) );
		$restore = static function ( $value ) use ( $kept ) {
			return self::restore_entries( $value, $kept );
		};
		add_filter( 'pre_set_site_transient_update_plugins', $restore, PHP_INT_MAX );
		try {
			if ( $force ) {
				// Core skips the check when it ran in the last 12 hours; make it look older,
				// for this one call, rather than deleting data we may need if the check fails.
				$make_due = static function ( $value ) {
					if ( is_object( $value ) ) {
						$value               = clone $value;
						$value->last_checked = 0;
					}
					return $value;
				};
				add_filter( 'site_transient_update_plugins', $make_due, PHP_INT_MAX );
				wp_update_plugins();
				remove_filter( 'site_transient_update_plugins', $make_due, PHP_INT_MAX );
			} else {
				// Core asks only when its data is older than 12 hours or the plugins changed.
				wp_update_plugins();
			}
		} finally {
			remove_filter( 'pre_set_site_transient_update_plugins', $restore, PHP_INT_MAX );
		}
	}

	/**
	 * The `response` and `no_update` entries of the update data that WordPress.org did not
	 * supply (its entries carry an `id` "w.org/plugins/<slug>").
	 *
	 * @param mixed $data The `update_plugins` value.
	 * @return array<string, array<string, object>> By bucket, then by plugin file.
	 */
	private static function foreign_entries( $data ): array {
		$kept = array();
		foreach ( array( 'response', 'no_update' ) as $bucket ) {
			$entries = is_object( $data ) && isset( $data->$bucket ) && is_array( $data->$bucket ) ? $data->$bucket : array();
			foreach ( $entries as $file => $entry ) {
				$id = is_object( $entry ) && isset( $entry->id ) && is_string( $entry->id ) ? $entry->id : '';
				if ( is_object( $entry ) && 0 !== strpos( $id, 'w.org/' ) ) {
					$kept[ $bucket ][ (string) $file ] = $entry;
				}
			}
		}
		return $kept;
	}

	/**
	 * Puts kept entries back into update data about to be saved, for plugins still installed
	 * and about which the new data says nothing: in `response` while the installed version
	 * is older than the entry's, else in `no_update` (the choice each updater makes).
	 *
	 * @param mixed $value The `update_plugins` value about to be saved.
	 * @param array $kept  Entries by bucket and file (foreign_entries()).
	 * @return mixed
	 */
	private static function restore_entries( $value, array $kept ) {
		if ( ! is_object( $value ) || array() === $kept ) {
			return $value;
		}
		$installed = get_plugins();
		foreach ( $kept as $entries ) {
			foreach ( $entries as $file => $entry ) {
				$answered = ( isset( $value->response ) && is_array( $value->response ) && isset( $value->response[ $file ] ) )
					|| ( isset( $value->no_update ) && is_array( $value->no_update ) && isset( $value->no_update[ $file ] ) );
				if ( $answered || ! isset( $installed[ $file ] ) ) {
					continue;
				}
				$new    = isset( $entry->new_version ) && is_scalar( $entry->new_version ) ? (string) $entry->new_version : '';
				$bucket = '' !== $new && version_compare( (string) ( $installed[ $file ]['Version'] ?? '' ), $new, '<' ) ? 'response' : 'no_update';
				$list   = isset( $value->$bucket ) && is_array( $value->$bucket ) ? $value->$bucket : array();

				$list[ $file ]  = $entry;
				$value->$bucket = $list;
			}
		}
		return $value;
	}

	/**
	 * A plugin's latest version from what WordPress already knows, no request: the
	 * `update_plugins` entry for its main file, then (for Dokan Pro) Appsero's cache.
	 *
	 * @param array $component Definition with the detected `file`, `installed` (and `licence`).
	 * @param mixed $data      The `update_plugins` value.
	 * @return array{latest: ?string, releases: null, error: ?string, checkedAt: ?int}
	 */
	private function known_plugin( array $component, $data ): array {
		$file       = $component['file'];
		$latest     = null;
		$checked_at = null;
		$unreadable = false;
		if ( is_string( $file ) && is_object( $data ) ) {
			foreach ( array( 'response', 'no_update' ) as $bucket ) {
				$entries = isset( $data->$bucket ) && is_array( $data->$bucket ) ? $data->$bucket : array();
				if ( isset( $entries[ $file ] ) && is_object( $entries[ $file ] ) && isset( $entries[ $file ]->new_version ) ) {
					$latest     = Detector::read_version( $entries[ $file ]->new_version );
					$unreadable = null === $latest;
					$checked_at = self::last_checked( $data );
					break;
				}
			}
		}
		if ( 'appsero' === $component['updater'] && is_string( $file ) ) {
			$cache = Appsero::cached_version( $file );
			if ( null === $latest ) {
				$latest     = $cache['version'];
				$unreadable = $unreadable || $cache['unreadable'];
			}
			// An entry another updater put in `update_plugins` stays there across saves, so the
			// data's `last_checked` is not when it was learnt; Appsero's cache says when, if it
			// names the same version (it keeps its answer 3 hours: written = expiry - 3 h).
			$checked_at = $cache['version'] === $latest ? $cache['cachedAt'] : null;
			if ( null === $latest ) {
				return self::answer( null, null, $this->appsero_reason( $component, $unreadable ), null );
			}
		} elseif ( null === $latest && null === $component['wporg_slug'] ) {
			return self::answer(
				null,
				null,
				sprintf(
					/* translators: %s: product name, such as "Dokan Pro". */
					__( '%s’s own updater has not told WordPress its latest version (is its licence activated?).', 'dokan-support-check' ),
					$component['name']
				),
				null
			);
		}
		return self::answer( $latest, null, null, $checked_at );
	}

	/**
	 * Why an Appsero-updated product's latest version is unknown, and how to learn it.
	 *
	 * @param array $component  Definition with the detected `installed` and `licence`.
	 * @param bool  $unreadable Whether a stored answer could not be read.
	 * @return string
	 */
	private function appsero_reason( array $component, bool $unreadable ): string {
		$page = self::licence_page( $component );
		if ( $unreadable ) {
			/* translators: %s: product name, such as "Dokan Pro". */
			$why = sprintf( __( '%s’s updater stored an answer that cannot be read, so its latest version is unknown.', 'dokan-support-check' ), $component['name'] );
		} elseif ( 'inactive' === ( $component['licence'] ?? null ) ) {
			/* translators: %s: product name, such as "Dokan Pro". */
			$why = sprintf( __( '%s’s licence is not active on this site, so its updater cannot learn the latest version.', 'dokan-support-check' ), $component['name'] );
		} else {
			/* translators: %s: product name, such as "Dokan Pro". */
			$why = sprintf( __( '%s’s latest version is not known yet: its updater asks only when an administrator opens an admin page with the licence active.', 'dokan-support-check' ), $component['name'] );
		}
		if ( null === $page ) {
			return $why . ' ' . __( 'Open any page of the WordPress admin with the licence active, then check again.', 'dokan-support-check' );
		}
		return $why . ' ' . sprintf(
			/* translators: 1: where the licence page is in the menu, such as "Dokan → License"; 2: its address. */
			__( 'Open %1$s (%2$s), make sure the licence is active, then check again.', 'dokan-support-check' ),
			$page['menu'],
			$page['url']
		);
	}

	/**
	 * The licence page for the installed version: the page listed for the highest version
	 * not above it; on a network, in the main site's admin where the product runs.
	 *
	 * @param array $component Definition with the detected `installed`.
	 * @return array{menu: string, url: string}|null
	 */
	private static function licence_page( array $component ): ?array {
		$pages = $component['licensing']['pages'] ?? array();
		$path  = null;
		$best  = null;
		foreach ( is_array( $pages ) ? $pages : array() as $since => $candidate ) {
			$since = (string) $since;
			if ( version_compare( (string) $component['installed'], $since, '>=' ) && ( null === $best || version_compare( $since, $best, '>' ) ) ) {
				$best = $since;
				$path = $candidate;
			}
		}
		if ( null === $path ) {
			return null;
		}
		return array(
			'menu' => '' !== $component['licensing']['menu'] ? $component['licensing']['menu'] : $component['name'],
			'url'  => is_multisite() ? get_admin_url( get_main_site_id(), $path ) : admin_url( $path ),
		);
	}

	/**
	 * When WordPress last saved its update data.
	 *
	 * @param mixed $data `update_core` or `update_plugins`.
	 * @return int|null Unix time.
	 */
	private static function last_checked( $data ): ?int {
		return is_object( $data ) && isset( $data->last_checked ) && is_numeric( $data->last_checked ) && (int) $data->last_checked > 0 ? (int) $data->last_checked : null;
	}

	/**
	 * A plugin's latest version and release list from WordPress.org's plugin information.
	 *
	 * @param string $slug WordPress.org slug.
	 * @return array{version: ?string, versions: array}|\WP_Error
	 */
	private function plugin_information( string $slug ) {
		if ( ! function_exists( 'plugins_api' ) ) {
			require_once ABSPATH . 'wp-admin/includes/plugin-install.php';
		}
		$fields = array( 'versions' => true );
		foreach ( array( 'sections', 'description', 'short_description', 'reviews', 'banners', 'icons', 'active_installs', 'contributors', 'ratings', 'screenshots', 'tags', 'downloaded', 'donate_link', 'homepage', 'compatibility', 'added', 'last_updated' ) as $unused ) {
			$fields[ $unused ] = false;
		}
		$info = plugins_api(
			'plugin_information',
			array(
				'slug'   => $slug,
				'fields' => $fields,
			)
		);
		if ( is_wp_error( $info ) ) {
			$message = wp_strip_all_tags( $info->get_error_message() );
			$detail  = $info->get_error_data();
			if ( is_string( $detail ) && '' !== trim( $detail ) && strlen( $detail ) < 200 ) {
				$message .= ' (' . wp_strip_all_tags( $detail ) . ')';
			} elseif ( is_string( $detail ) && '' !== trim( $detail ) ) {
				$message .= ' ' . __( '(The answer was not valid JSON.)', 'dokan-support-check' );
			}
			return new \WP_Error( 'dokan_support_check_plugin_information', $message );
		}
		if ( ! is_object( $info ) ) {
			return new \WP_Error( 'dokan_support_check_plugin_information', __( 'The plugin information answer could not be read.', 'dokan-support-check' ) );
		}
		$version  = isset( $info->version ) ? Detector::read_version( $info->version ) : null;
		$versions = isset( $info->versions ) && ( is_array( $info->versions ) || is_object( $info->versions ) ) ? (array) $info->versions : array();
		return array(
			'version'  => $version,
			'versions' => $versions,
		);
	}

	/**
	 * The stable and pre-release versions of a `versions` map, newest first, bounded.
	 *
	 * Ordered by version, never by date (old branches get security releases after newer
	 * ones). "trunk" and anything that is not a version are dropped.
	 *
	 * @param array       $versions Version => download URL, as WordPress.org sends it.
	 * @param string|null $latest   The version WordPress.org calls current, added if missing.
	 * @return array|null Null when the map names no usable version.
	 */
	public static function releases( array $versions, ?string $latest ): ?array {
		$list = array();
		if ( array() !== $versions && array_keys( $versions ) === range( 0, count( $versions ) - 1 ) ) {
			// A list, not a map of version => download URL: the keys are positions.
			$versions = array();
		}
		foreach ( $versions as $version => $download ) {
			$version = (string) $version;
			if ( ! is_string( $download ) ) {
				continue; // Not a release WordPress.org describes (it always gives a URL).
			}
			if ( preg_match( Detector::VERSION_PATTERN, $version ) && strlen( $version ) <= Detector::MAX_VERSION_LENGTH ) {
				$list[ $version ] = true;
			}
		}
		if ( array() === $list ) {
			// No list: the latest version alone is not one (the engine estimates from it).
			return null;
		}
		if ( null !== $latest && preg_match( '/^\d/', $latest ) ) {
			$list[ $latest ] = true;
		}
		$list = array_map( 'strval', array_keys( $list ) );
		usort(
			$list,
			static function ( $a, $b ) {
				return version_compare( $b, $a );
			}
		);
		return array_slice( $list, 0, self::MAX_RELEASES );
	}

	/**
	 * One component's answer.
	 *
	 * @param string|null $latest   Latest version.
	 * @param array|null  $releases Releases, newest first.
	 * @param string|null $error      Why something is missing.
	 * @param int|null    $checked_at When the latest version was learnt.
	 * @return array{latest: ?string, releases: ?array, error: ?string, checkedAt: ?int}
	 */
	private static function answer( ?string $latest, ?array $releases, ?string $error, ?int $checked_at ): array {
		return array(
			'latest'    => $latest,
			'releases'  => $releases,
			'error'     => $error,
			'checkedAt' => $checked_at,
		);
	}

	/**
	 * The failure seen for a kind of request during this fetch, if the last one failed.
	 *
	 * @param string $kind 'core' or 'plugins'.
	 * @return string|null
	 */
	private function failure( string $kind ): ?string {
		return $this->outcomes[ $kind ] ?? null;
	}

	/**
	 * Starts watching: short timeouts, answers recorded, core's warnings caught.
	 */
	private function begin(): void {
		$this->outcomes  = array();
		$this->timed_out = array();
		$this->last_kind = null;
		add_filter( 'http_request_timeout', array( $this, 'short_timeout' ), PHP_INT_MAX );
		// Core's update calls pass their own timeout (3 to 15 s), which the filter above
		// does not override; cap the argument itself as well.
		add_filter( 'http_request_args', array( $this, 'cap_timeout' ), PHP_INT_MAX );
		// Just before the observer: only a request no other filter answered is skipped.
		add_filter( 'pre_http_request', array( $this, 'skip_timed_out_host' ), PHP_INT_MAX - 1, 3 );
		add_filter( 'pre_http_request', array( $this, 'observe_short_circuit' ), PHP_INT_MAX, 3 );
		add_action( 'http_api_debug', array( $this, 'observe_response' ), 10, 5 );
		$this->previous_handler = set_error_handler( array( $this, 'catch_core_warning' ) ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler
	}

	/**
	 * Stops watching.
	 */
	private function end(): void {
		restore_error_handler();
		$this->previous_handler = null;
		remove_filter( 'http_request_timeout', array( $this, 'short_timeout' ), PHP_INT_MAX );
		remove_filter( 'http_request_args', array( $this, 'cap_timeout' ), PHP_INT_MAX );
		remove_filter( 'pre_http_request', array( $this, 'skip_timed_out_host' ), PHP_INT_MAX - 1 );
		remove_filter( 'pre_http_request', array( $this, 'observe_short_circuit' ), PHP_INT_MAX );
		remove_action( 'http_api_debug', array( $this, 'observe_response' ), 10 );
	}

	/**
	 * Default timeout while we fetch.
	 *
	 * @param float|int $timeout Seconds.
	 * @return float|int
	 */
	public function short_timeout( $timeout ) {
		return min( (float) $timeout, self::TIMEOUT );
	}

	/**
	 * Caps the timeout a caller asked for while we fetch.
	 *
	 * @param array $args Request arguments.
	 * @return array
	 */
	public function cap_timeout( $args ) {
		if ( is_array( $args ) ) {
			$args['timeout'] = isset( $args['timeout'] ) ? min( (float) $args['timeout'], self::TIMEOUT ) : self::TIMEOUT;
		}
		return $args;
	}

	/**
	 * Records an answer that a `pre_http_request` filter gave instead of the network.
	 *
	 * Runs last, so it sees what the earlier filters decided; returns it unchanged.
	 *
	 * @param false|array|\WP_Error $response Answer so far.
	 * @param array                 $args     Request arguments.
	 * @param string                $url      Request URL.
	 * @return false|array|\WP_Error
	 */
	public function observe_short_circuit( $response, $args, $url ) {
		if ( false !== $response ) {
			$this->note_timeout( (string) $url, $response );
			$this->record( (string) $url, $response );
		}
		return $response;
	}

	/**
	 * Answers a request to a host that already timed out in this fetch with that timeout,
	 * without asking it again.
	 *
	 * @param false|array|\WP_Error $response Answer so far.
	 * @param array                 $args     Request arguments.
	 * @param string                $url      Request URL.
	 * @return false|array|\WP_Error
	 */
	public function skip_timed_out_host( $response, $args, $url ) {
		$host = self::host( (string) $url );
		return false === $response && isset( $this->timed_out[ $host ] ) ? $this->timed_out[ $host ] : $response;
	}

	/**
	 * Remembers a host that timed out without answering anything. WordPress says so only in
	 * the message of its `http_request_failed` error: cURL's error 28 ("Connection timed
	 * out after…", "Operation timed out after 5001 milliseconds with 0 bytes received").
	 * A slow answer that had begun ("with 1024 out of 65536 bytes received") came from a
	 * host that is there: the other requests still go.
	 *
	 * @param string          $url      Request URL.
	 * @param array|\WP_Error $response Response.
	 */
	private function note_timeout( string $url, $response ): void {
		if ( ! is_wp_error( $response ) ) {
			return;
		}
		$message = $response->get_error_message();
		if ( preg_match( '/\bcURL error 28\b|timed out|Timeout was reached/i', $message ) && ! preg_match( '/\bwith (?:\d+ out of \d+|[1-9]\d*) bytes received/i', $message ) ) {
			$this->timed_out[ self::host( $url ) ] = $response;
		}
	}

	/**
	 * The host a request goes to, as `$timed_out` keys it.
	 *
	 * @param string $url Request URL.
	 * @return string
	 */
	private static function host( string $url ): string {
		return strtolower( (string) wp_parse_url( $url, PHP_URL_HOST ) );
	}

	/**
	 * Records an answer that came from the network.
	 *
	 * @param array|\WP_Error $response Response.
	 * @param string          $context  Always 'response'.
	 * @param string          $transport Transport class.
	 * @param array           $args     Request arguments.
	 * @param string          $url      Request URL.
	 */
	public function observe_response( $response, $context, $transport, $args, $url ): void {
		$this->note_timeout( (string) $url, $response );
		$this->record( (string) $url, $response );
	}

	/**
	 * Keeps whether an update-service answer was usable.
	 *
	 * @param string          $url      Request URL.
	 * @param array|\WP_Error $response Response.
	 */
	private function record( string $url, $response ): void {
		$path = (string) wp_parse_url( $url, PHP_URL_PATH );
		if ( false !== strpos( $path, '/core/version-check/' ) ) {
			$kind = 'core';
		} elseif ( false !== strpos( $path, '/plugins/update-check/' ) ) {
			$kind = 'plugins';
		} else {
			return;
		}
		$this->last_kind = $kind;
		if ( is_wp_error( $response ) ) {
			$this->outcomes[ $kind ] = wp_strip_all_tags( $response->get_error_message() );
			return;
		}
		$code = (int) wp_remote_retrieve_response_code( $response );
		if ( 200 !== $code ) {
			/* translators: %d: HTTP status code, such as 500. */
			$this->outcomes[ $kind ] = sprintf( __( 'WordPress.org answered with HTTP status %d.', 'dokan-support-check' ), $code );
			return;
		}
		$body = json_decode( trim( (string) wp_remote_retrieve_body( $response ) ), true );
		if ( ! is_array( $body ) ) {
			$this->outcomes[ $kind ] = __( 'WordPress.org’s answer was not valid JSON.', 'dokan-support-check' );
			return;
		}
		$lists = 'core' === $kind ? array( 'offers' ) : array( 'plugins', 'no_update' );
		foreach ( $lists as $key ) {
			if ( ( 'offers' === $key || isset( $body[ $key ] ) ) && ! is_array( $body[ $key ] ?? null ) ) {
				$this->outcomes[ $kind ] = self::unexpected_shape();
				return;
			}
		}
		$this->outcomes[ $kind ] = null;
	}

	/**
	 * The reason given when an answer is JSON of the wrong shape.
	 *
	 * @return string
	 */
	private static function unexpected_shape(): string {
		return __( 'WordPress.org’s answer did not have the expected shape.', 'dokan-support-check' );
	}

	/**
	 * Catches the warning core's update functions raise when a secure request fails (they
	 * retry without TLS); every other error goes to the handler that was there before.
	 *
	 * @param int    $errno   Level.
	 * @param string $errstr  Message.
	 * @param string $errfile File.
	 * @param int    $errline Line.
	 * @return bool
	 */
	public function catch_core_warning( $errno, $errstr, $errfile = '', $errline = 0 ): bool {
		// Raised in those files before WordPress 6.4, through wp_trigger_error() (which
		// prefixes the function's name) since.
		$from_core_updates = (bool) preg_match( '#(wp-includes/update\.php|wp-admin/includes/plugin-install\.php)$#', str_replace( '\\', '/', (string) $errfile ) )
			|| (bool) preg_match( '/^(wp_version_check|wp_update_plugins|plugins_api)\(\): /', (string) $errstr );
		if ( $from_core_updates && in_array( $errno, array( E_USER_WARNING, E_USER_NOTICE ), true ) ) {
			return true; // The failed answer itself is recorded by the observers as the reason.
		}
		// Core's update code reading an answer of the wrong shape (a string where it
		// expects a list): that answer is unusable, which is the reason to report.
		$in_core_updates = (bool) preg_match( '#(wp-includes/update\.php|wp-admin/includes/(update|plugin-install)\.php)$#', str_replace( '\\', '/', (string) $errfile ) );
		if ( $in_core_updates && in_array( $errno, array( E_WARNING, E_NOTICE ), true ) ) {
			if ( null !== $this->last_kind ) {
				$this->outcomes[ $this->last_kind ] = self::unexpected_shape();
			}
			return true;
		}
		if ( is_callable( $this->previous_handler ) ) {
			return (bool) call_user_func( $this->previous_handler, $errno, $errstr, $errfile, $errline );
		}
		return false; // PHP's own handling.
	}
}
