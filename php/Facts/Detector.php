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
	 * Finds each component: installed version, active state and main file.
	 *
	 * @param array[]     $definitions  Component definitions (see Components).
	 * @param string|null $core_version WordPress version to report instead of the running one
	 *                                  (right after a core update, before the next request).
	 * @return array<string, array{installed: ?string, active: bool, file: ?string}> By slug; installed null = not installed.
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
		}
		return $found;
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
		$domain        = isset( $headers['TextDomain'] ) ? trim( (string) $headers['TextDomain'] ) : '';
		$wants_file    = '' !== $definition['file'];
		$wants_domain  = array() !== $definition['text_domain'];
		$file_matches  = $wants_file && basename( $file ) === $definition['file'];
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
		return substr( trim( wp_strip_all_tags( $version ) ), 0, self::MAX_VERSION_LENGTH );
	}
}
