<?php
/**
 * The WooCommerce and Dokan template files the active theme (and its parent) overrides.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Report;

defined( 'ABSPATH' ) || exit;

/**
 * Lists `<theme>/woocommerce/**.php` and `<theme>/dokan/**.php` in the active theme and
 * its parent, with the version each template declares (WooCommerce templates carry
 * `@version x.y.z` in their first docblock; an outdated override is a classic cause of a
 * broken store page). Read from the files, without loading WooCommerce or Dokan.
 *
 * Bounded for hostile or huge themes: at most MAX_FILES files listed, at most
 * MAX_ENTRIES directory entries visited, only the first HEAD_BYTES of each file read
 * (as WordPress reads plugin headers), symbolic links to folders not followed.
 */
final class Template_Overrides {

	/**
	 * Most template files listed.
	 */
	const MAX_FILES = 200;

	/**
	 * Most directory entries visited in all (files of any kind, folders).
	 */
	const MAX_ENTRIES = 5000;

	/**
	 * Bytes read from the start of each template.
	 */
	const HEAD_BYTES = 8192;

	/**
	 * The theme folders WooCommerce and Dokan look into for overrides.
	 */
	const FOLDERS = array( 'woocommerce', 'dokan' );

	/**
	 * The section, or null when neither WooCommerce nor Dokan is installed.
	 *
	 * @param array $components The facts' components.
	 * @return array{label: string, fields: array}|null
	 */
	public function section( array $components ): ?array {
		if ( ! Environment::is_installed( $components, 'woocommerce' ) && ! Environment::is_installed( $components, 'dokan-lite' ) && ! Environment::is_installed( $components, 'dokan-pro' ) ) {
			return null;
		}

		$themes = array( get_stylesheet() => get_stylesheet_directory() );
		if ( get_template() !== get_stylesheet() ) {
			$themes[ get_template() ] = get_template_directory();
		}

		$files   = array();
		$visited = 0;
		$more    = false;
		foreach ( $themes as $slug => $directory ) {
			foreach ( self::FOLDERS as $folder ) {
				$found = $this->php_files( $directory . '/' . $folder, self::MAX_FILES - count( $files ) + 1, $visited );
				foreach ( $found as $relative ) {
					if ( count( $files ) === self::MAX_FILES ) {
						$more = true;
						break 3;
					}
					$files[ $slug . '/' . $folder . '/' . $relative ] = $directory . '/' . $folder . '/' . $relative;
				}
				if ( $visited > self::MAX_ENTRIES ) {
					$more = true;
					break 2;
				}
			}
		}

		$count  = count( $files );
		$fields = array(
			'count' => array(
				'label' => __( 'Template files overridden', 'dokan-support-check' ),
				'value' => $more
					/* translators: %d: number of template files listed. */
					? sprintf( __( 'More than %d (only these are listed)', 'dokan-support-check' ), $count )
					: (string) $count,
				'debug' => ( $more ? '>' : '' ) . $count,
			),
		);
		foreach ( $files as $key => $path ) {
			$version        = $this->declared_version( $path );
			$fields[ $key ] = array(
				'label' => $key,
				'value' => null !== $version ? $version : __( 'No version declared', 'dokan-support-check' ),
				'debug' => null !== $version ? $version : 'none',
			);
		}

		return array(
			'label'  => __( 'WooCommerce and Dokan templates overridden by the theme', 'dokan-support-check' ),
			'fields' => $fields,
		);
	}

	/**
	 * PHP files under a folder, relative to it, sorted, at most $limit of them.
	 *
	 * @param string $root    Folder.
	 * @param int    $limit   Most files returned.
	 * @param int    $visited Entries visited so far, across calls (updated).
	 * @return string[]
	 */
	private function php_files( string $root, int $limit, int &$visited ): array {
		if ( $limit <= 0 || ! is_dir( $root ) || is_link( $root ) ) {
			return array();
		}
		$files = array();
		try {
			$entries = new \RecursiveIteratorIterator(
				new \RecursiveDirectoryIterator( $root, \FilesystemIterator::SKIP_DOTS | \FilesystemIterator::CURRENT_AS_FILEINFO ),
				\RecursiveIteratorIterator::LEAVES_ONLY,
				\RecursiveIteratorIterator::CATCH_GET_CHILD
			);
			foreach ( $entries as $entry ) {
				if ( ++$visited > self::MAX_ENTRIES ) {
					break;
				}
				if ( $entry->isFile() && 'php' === strtolower( $entry->getExtension() ) ) {
					$files[] = str_replace( '\\', '/', substr( $entry->getPathname(), strlen( $root ) + 1 ) );
					if ( count( $files ) >= $limit ) {
						break;
					}
				}
			}
		} catch ( \UnexpectedValueException $e ) {
			// An unreadable folder: list what was read.
			unset( $e );
		}
		sort( $files, SORT_STRING );
		return $files;
	}

	/**
	 * The `@version` a template declares in its first HEAD_BYTES, or null.
	 *
	 * @param string $path File.
	 * @return string|null
	 */
	private function declared_version( string $path ): ?string {
		if ( ! is_readable( $path ) ) {
			return null;
		}
		$head = file_get_contents( $path, false, null, 0, self::HEAD_BYTES ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file, partly.
		if ( false === $head || ! preg_match( '/^[ \t\/*#]*@version[ \t]+([0-9][0-9A-Za-z.+_-]{0,39})/mi', $head, $match ) ) {
			return null;
		}
		return $match[1];
	}
}
