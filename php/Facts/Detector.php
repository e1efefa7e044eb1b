<?php
/**
 * What is installed here: the components' versions and the site's context.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Facts;

defined( 'ABSPATH' ) || exit;

/**
 * Reads installed versions from WordPress itself (core version, plugin headers) and the
 * context a support agent asks for. Makes no HTTP request. Reading plugin headers scans
 * the plugins folder, so this runs only when facts are assembled, never on ordinary pages.
 */
final class Detector {

	/**
	 * Longest version string kept.
	 */
	const MAX_VERSION_LENGTH = 64;

	/**
	 * What a version looks like: up to four numbers, then an optional pre-release or build
	 * suffix (`6.9`, `4.7.4.1`, `6.8-RC2`, `10.4.0-beta.1`).
	 */
	const VERSION_PATTERN = '/^\d+(\.\d+){0,3}([-+.]?[0-9A-Za-z][0-9A-Za-z.-]*)?$/';

	/**
	 * Most plugins and themes kept in the inventory the change history compares.
	 */
	const MAX_INVENTORY = 1000;

	/**
	 * Longest name kept in the inventory.
	 */
	const MAX_NAME_LENGTH = 100;

	/**
	 * Finds each component: installed version, active state and main file.
	 *
	 * @param array[]     $definitions  Component definitions (see Components).
	 * @param string|null $core_version WordPress version to report instead of the running one
	 *                                  (right after a core update, before the next request).
	 * @return array<string, array{installed: ?string, active: bool, file: ?string, licence?: string}> By slug;
	 *         installed null = not installed; `licence` ('active', 'inactive', 'unknown') for
	 *         an installed product whose definition names its licence option.
	 */
	public function components( array $definitions, ?string $core_version = null ): array {
		$plugins = $this->plugins();
		$found   = array();
		foreach ( $definitions as $definition ) {
			if ( 'core' === $definition['type'] ) {
				$found[ $definition['slug'] ] = array(
					'installed' => self::clean_version( null !== $core_version ? $core_version : (string) get_bloginfo( 'version' ) ),
					'active'    => true,
					'file'      => null,
				);
				continue;
			}
			$file = $this->find_plugin( $definition, $plugins );
			$found[ $definition['slug'] ] = array(
				'installed' => null === $file ? null : self::clean_version( (string) ( $plugins[ $file ]['Version'] ?? '' ) ),
				'active'    => null !== $file && $this->is_active( $file ),
				'file'      => $file,
			);
			if ( null !== $file && ! empty( $definition['licensing']['option'] ) ) {
				$found[ $definition['slug'] ]['licence'] = Appsero::licence( $definition['licensing']['option'], $file );
			}
		}
		return $found;
	}

	/**
	 * Every installed version worth a line in the change history, no request: the
	 * components found, then the other plugins, then the themes; bounded in number.
	 *
	 * @param array[] $definitions Component definitions.
	 * @param array[] $found       What components() found, by slug.
	 * @return array<string, array{name: string, version: string}> By "component:<slug>",
	 *         "plugin:<main file>" or "theme:<stylesheet>".
	 */
	public function inventory( array $definitions, array $found ): array {
		$inventory = array();
		$taken     = array();
		foreach ( $definitions as $definition ) {
			$slug = $definition['slug'];
			if ( isset( $found[ $slug ]['installed'] ) ) {
				$inventory[ 'component:' . $slug ] = array(
					'name'    => $definition['name'],
					'version' => $found[ $slug ]['installed'],
				);
				$taken[ (string) $found[ $slug ]['file'] ] = true;
			}
		}
		foreach ( $this->plugins() as $file => $headers ) {
			if ( count( $inventory ) >= self::MAX_INVENTORY ) {
				return $inventory;
			}
			if ( ! isset( $taken[ $file ] ) ) {
				$inventory[ 'plugin:' . $file ] = self::inventory_item( $headers['Name'] ?? '', $headers['Version'] ?? '', (string) $file );
			}
		}
		foreach ( wp_get_themes() as $stylesheet => $theme ) {
			if ( count( $inventory ) >= self::MAX_INVENTORY ) {
				break;
			}
			$inventory[ 'theme:' . $stylesheet ] = self::inventory_item( $theme->get( 'Name' ), $theme->get( 'Version' ), (string) $stylesheet );
		}
		return $inventory;
	}

	/**
	 * One plugin or theme of the inventory, cleaned and bounded.
	 *
	 * @param mixed  $name     Header name.
	 * @param mixed  $version  Header version.
	 * @param string $fallback Name when the header has none.
	 * @return array{name: string, version: string}
	 */
	private static function inventory_item( $name, $version, string $fallback ): array {
		$name = is_string( $name ) ? sanitize_text_field( $name ) : '';
		return array(
			'name'    => self::bounded( '' !== $name ? $name : $fallback, self::MAX_NAME_LENGTH ),
			'version' => self::clean_version( is_scalar( $version ) ? (string) $version : '' ),
		);
	}

	/**
	 * The context reported with the components; judged by nobody.
	 *
	 * @return array{url: string, multisite: bool, locale: string, php: string, database: string, theme: array{name: string, version: string}}
	 */
	public function site(): array {
		$theme = wp_get_theme();
		return array(
			'url'       => esc_url_raw( home_url( '/' ) ),
			'multisite' => is_multisite(),
			'locale'    => (string) get_locale(),
			'php'       => PHP_VERSION,
			'database'  => $this->database(),
			'theme'     => array(
				'name'    => sanitize_text_field( (string) $theme->get( 'Name' ) ),
				'version' => sanitize_text_field( (string) $theme->get( 'Version' ) ),
			),
		);
	}

	/**
	 * The database server, as "MariaDB 10.11.19" or "MySQL 8.0.36".
	 *
	 * @return string
	 */
	private function database(): string {
		global $wpdb;
		$info = method_exists( $wpdb, 'db_server_info' ) ? (string) $wpdb->db_server_info() : '';
		if ( false !== stripos( $info, 'mariadb' ) ) {
			// Older MariaDB servers prefix "5.5.5-" for replication compatibility.
			$info = preg_replace( '/^5\.5\.5-/', '', $info );
			if ( preg_match( '/^(\d+(?:\.\d+)*)/', (string) $info, $matches ) ) {
				return 'MariaDB ' . $matches[1];
			}
			return 'MariaDB';
		}
		$version = method_exists( $wpdb, 'db_version' ) ? (string) $wpdb->db_version() : '';
		return '' !== $version ? 'MySQL ' . sanitize_text_field( $version ) : 'unknown';
	}

	/**
	 * Installed plugins, by main file (relative to the plugins folder).
	 *
	 * @return array[]
	 */
	private function plugins(): array {
		if ( ! function_exists( 'get_plugins' ) ) {
			require_once ABSPATH . 'wp-admin/includes/plugin.php';
		}
		return get_plugins();
	}

	/**
	 * The main file of the installed plugin that is this component, if any.
	 *
	 * When several copies match (a renamed folder next to the original), the active one
	 * wins, then the one matching on both file and text domain, then the folder named
	 * after the slug.
	 *
	 * @param array   $definition A component definition.
	 * @param array[] $plugins    Installed plugins, by main file.
	 * @return string|null
	 */
	private function find_plugin( array $definition, array $plugins ): ?string {
		$best       = null;
		$best_score = -1;
		foreach ( $plugins as $file => $headers ) {
			$match = self::match_strength( $definition, (string) $file, is_array( $headers ) ? $headers : array() );
			if ( 0 === $match ) {
				continue;
			}
			$score = $match * 2
				+ ( $this->is_active( (string) $file ) ? 10 : 0 )
				+ ( dirname( (string) $file ) === $definition['slug'] ? 1 : 0 );
			if ( $score > $best_score ) {
				$best       = (string) $file;
				$best_score = $score;
			}
		}
		return $best;
	}

	/**
	 * How well a plugin matches a definition: 0 not at all, 1 on one sign, 2 on both.
	 *
	 * @param array  $definition A component definition.
	 * @param string $file       Main file, relative to the plugins folder.
	 * @param array  $headers    The plugin's headers.
	 * @return int
	 */
	private static function match_strength( array $definition, string $file, array $headers ): int {
		$wants_file   = '' !== $definition['file'];
		$wants_domain = array() !== $definition['text_domain'];
		$file_matches = $wants_file && basename( $file ) === $definition['file'];
		$domain       = isset( $headers['TextDomain'] ) ? trim( (string) $headers['TextDomain'] ) : '';
		if ( $file_matches && dirname( $file ) === $domain && ! in_array( $domain, $definition['text_domain'], true ) && '' === self::declared_text_domain( $file ) ) {
			// WordPress fills a missing "Text Domain" header with the plugin's folder name
			// (get_plugin_data()), so Dokan Pro 3.x, whose header says "TextDomain: dokan"
			// (no space: not read), reports "dokan-pro", or "dokan-pro-3.14.1" in the folder
			// its zip unpacks to. That text domain is WordPress's guess, not the product's.
			$domain = '';
		}
		$domain_known  = '' !== $domain;
		$domain_agrees = $wants_domain && $domain_known && in_array( $domain, $definition['text_domain'], true );

		if ( $wants_file && ! $file_matches ) {
			return 0;
		}
		if ( $wants_domain && $domain_known && ! $domain_agrees ) {
			return 0; // Another product that ships a main file of the same name.
		}
		if ( $wants_domain && ! $domain_known && ! $wants_file ) {
			return 0;
		}
		return ( $file_matches ? 1 : 0 ) + ( $domain_agrees ? 1 : 0 );
	}

	/**
	 * The "Text Domain" a plugin's main file really declares ('' when none), read the way
	 * WordPress reads headers but without its folder-name fallback.
	 *
	 * @param string $file Main file, relative to the plugins folder.
	 * @return string
	 */
	private static function declared_text_domain( string $file ): string {
		$path = WP_PLUGIN_DIR . '/' . $file;
		if ( ! is_file( $path ) || ! is_readable( $path ) ) {
			return '';
		}
		$headers = get_file_data( $path, array( 'TextDomain' => 'Text Domain' ), 'plugin' );
		return trim( (string) $headers['TextDomain'] );
	}

	/**
	 * Whether a plugin is active on this site or network-wide.
	 *
	 * @param string $file Main file, relative to the plugins folder.
	 * @return bool
	 */
	private function is_active( string $file ): bool {
		return is_plugin_active( $file );
	}

	/**
	 * A version string as reported, without markup, trimmed and bounded in length.
	 *
	 * An installed plugin whose version cannot be read still counts as installed: it gets
	 * '' (or whatever text it has), and the engine reports it as unknown.
	 *
	 * @param string $version Raw version.
	 * @return string
	 */
	public static function clean_version( string $version ): string {
		return self::bounded( trim( wp_strip_all_tags( $version ) ), self::MAX_VERSION_LENGTH );
	}

	/**
	 * Text cut to at most `$length` characters; '' when it is not UTF-8.
	 *
	 * What is stored must be valid UTF-8: the database refuses to save text that is not
	 * (a header in another encoding, or a cut inside a character such as `é`), and the
	 * inventory and the change history that hold it would then never be saved again.
	 *
	 * @param string $text   Text from a file header or a file name.
	 * @param int    $length Most characters kept.
	 * @return string
	 */
	public static function bounded( string $text, int $length ): string {
		return mb_substr( wp_check_invalid_utf8( $text ), 0, $length );
	}

	/**
	 * A latest version as another service or updater stored it, or null when it is not
	 * one: markup, an overlong string or anything but a version is refused, not cleaned,
	 * because it is someone else's data we would be vouching for.
	 *
	 * @param mixed $version Raw value.
	 * @return string|null
	 */
	public static function read_version( $version ): ?string {
		if ( ! is_string( $version ) && ! is_int( $version ) && ! is_float( $version ) ) {
			return null;
		}
		$version = trim( (string) $version );
		return strlen( $version ) <= self::MAX_VERSION_LENGTH && preg_match( self::VERSION_PATTERN, $version ) ? $version : null;
	}
}
