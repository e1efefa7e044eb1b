<?php
/**
 * The WooCommerce and Dokan template files the active theme (and its parent) overrides.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Report;

use Dokan_Support_Check\Facts\Components;
use Dokan_Support_Check\Facts\Detector;

defined( 'ABSPATH' ) || exit;

/**
 * The theme's overrides as WooCommerce and Dokan themselves find them, read from files,
 * without loading WooCommerce or Dokan (the report must describe a broken store too).
 *
 * WooCommerce (its system status report, `get_theme_info()` of the REST system-status
 * controller, and `wc_locate_template()`): for each file of WooCommerce's own `templates/`
 * folder, the theme's copy is the first of child theme `T`, child `woocommerce/T`, parent
 * `T`, parent `woocommerce/T` (`woocommerce/` being the `woocommerce_template_path`
 * filter's value). So a template in the theme's root (`single-product.php`) is an
 * override, a parent's copy hidden by the child's is not, and a file of the theme's own
 * in `woocommerce/` (a partial such as `helpers.php`) is not one. Each override's
 * `@version` is compared with WooCommerce's own template's, as WooCommerce does: outdated
 * when WooCommerce's declares a version and the override declares none or an older one.
 * "Outdated templates" is what a support agent asks first, and why they would otherwise
 * ask for WooCommerce's status report as well. Like WooCommerce's report, every file of
 * `templates/` counts (its block templates, `templates/*.html`, too), and so do the three
 * older names it still looks for (WOOCOMMERCE_OLD_NAMES). Unlike it, the `wc_get_template`
 * filter is not applied: it runs other plugins' code written for a loaded WooCommerce.
 *
 * Dokan (`dokan_locate_template()`: WordPress's `locate_template()` on `dokan/T`, `dokan/`
 * being the `dokan_template_path` filter's value): every `.php` under the child's `dokan/`,
 * then under the parent's, less the parent's copies the child's hide, each with the
 * `@version` it declares; nothing is compared. A filter that makes it the theme's root is
 * not followed: every file of the theme would pass for a Dokan template there.
 *
 * Bounded for hostile or huge themes and plugins: at most MAX_FILES files listed, at most
 * MAX_ENTRIES directory entries visited in the folders walked (WooCommerce's templates,
 * the themes' `dokan/`), only the first HEAD_BYTES of each file read (as WordPress reads
 * plugin headers, and WooCommerce its templates' versions), symbolic links to folders not
 * followed in a walk, nor into a theme's folder or out of the theme on the way to it. The
 * theme's copy of a WooCommerce template is looked up by name, as WooCommerce looks it up
 * (a link is followed there, as WooCommerce follows it): at most four look-ups per
 * WooCommerce template.
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
	 * WooCommerce's template folder in a theme, unless the `woocommerce_template_path`
	 * filter says otherwise (WC()->template_path()).
	 */
	const WOOCOMMERCE_PATH = 'woocommerce/';

	/**
	 * Dokan's template folder in a theme, unless the `dokan_template_path` filter says
	 * otherwise (dokan()->template_path()).
	 */
	const DOKAN_PATH = 'dokan/';

	/**
	 * Templates WooCommerce's status report looks for although its `templates/` folder
	 * no longer holds them (older names a theme may still carry), each with the name of
	 * the template its version is compared with: get_theme_info() adds these three and
	 * compares with the name whose `_` became `-`.
	 */
	const WOOCOMMERCE_OLD_NAMES = array(
		'content-product_cat.php'  => 'content-product-cat.php',
		'taxonomy-product_cat.php' => 'taxonomy-product-cat.php',
		'taxonomy-product_tag.php' => 'taxonomy-product-tag.php',
	);

	/**
	 * Component definitions (which plugin is WooCommerce).
	 *
	 * @var Components
	 */
	private $definitions;

	/**
	 * Finds WooCommerce's main file, as the facts do.
	 *
	 * @var Detector
	 */
	private $detector;

	/**
	 * Constructor.
	 *
	 * @param Components $definitions Component definitions, the facts' own.
	 * @param Detector   $detector    Plugin detection, the facts' own.
	 */
	public function __construct( Components $definitions, Detector $detector ) {
		$this->definitions = $definitions;
		$this->detector    = $detector;
	}

	/**
	 * The section, or null when neither WooCommerce nor Dokan is installed.
	 *
	 * @param array $components The facts' components.
	 * @return array{label: string, fields: array}|null
	 */
	public function section( array $components ): ?array {
		$woocommerce = Environment::is_installed( $components, 'woocommerce' );
		if ( ! $woocommerce && ! Environment::is_installed( $components, 'dokan-lite' ) && ! Environment::is_installed( $components, 'dokan-pro' ) ) {
			return null;
		}

		// Child first: WooCommerce and Dokan (through locate_template()) both look there first.
		$themes = array( get_stylesheet() => get_stylesheet_directory() );
		if ( get_template() !== get_stylesheet() ) {
			$themes[ get_template() ] = get_template_directory();
		}

		$visited = 0;
		$listed  = array();
		$more    = false;

		$found = $woocommerce ? $this->woocommerce_overrides( $themes, $visited ) : null;
		if ( null !== $found ) {
			$listed = $found['listed'];
			$more   = ! $found['complete'];
		}
		if ( ! $more ) {
			$dokan  = $this->dokan_overrides( $themes, self::MAX_FILES - count( $listed ), $visited );
			$listed = array_merge( $listed, $dokan['listed'] );
			$more   = $dokan['more'];
		}

		$count  = count( $listed );
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
		if ( null !== $found ) {
			$outdated           = $found['outdated'];
			$fields['outdated'] = array(
				'label' => __( 'Outdated WooCommerce templates', 'dokan-support-check' ),
				'value' => $found['complete']
					? (string) $outdated
					/* translators: %d: number of outdated templates among the files listed. */
					: sprintf( __( 'At least %d (only the files listed were compared)', 'dokan-support-check' ), $outdated ),
				'debug' => ( $found['complete'] ? '' : '>=' ) . $outdated,
			);
		} elseif ( $woocommerce ) {
			// Installed, but its templates cannot be read: listing the theme's
			// `woocommerce/` alone would take the theme's own partials for overrides and
			// could not tell the outdated ones, so the report says so instead of guessing.
			$fields['woocommerce_templates'] = array(
				'label' => __( 'WooCommerce’s templates folder', 'dokan-support-check' ),
				'value' => __( 'Not readable, so the theme’s WooCommerce overrides are not listed', 'dokan-support-check' ),
				'debug' => 'unreadable (WooCommerce overrides not listed)',
			);
		}
		foreach ( $listed as $key => $override ) {
			$fields[ $key ] = array_merge( array( 'label' => $key ), $this->describe( $override['version'], $override['woocommerce'] ) );
		}

		return array(
			'label'  => __( 'WooCommerce and Dokan templates overridden by the theme', 'dokan-support-check' ),
			'fields' => $fields,
		);
	}

	/**
	 * The theme's overrides of WooCommerce's templates, in WooCommerce's template order.
	 *
	 * @param array<string, string> $themes  Theme folders by slug, child first.
	 * @param int                   $visited Entries visited so far (updated).
	 * @return array{listed: array, complete: bool, outdated: int}|null Null when
	 *         WooCommerce's templates cannot be read. `listed`: by "<theme>/<path in theme>",
	 *         each `{ version, woocommerce }` (woocommerce: the version WooCommerce's own
	 *         template declares, '' when none); `complete`: every template was looked up
	 *         and every override found is listed.
	 */
	private function woocommerce_overrides( array $themes, int &$visited ): ?array {
		$root      = $this->woocommerce_templates_folder();
		$templates = null !== $root ? $this->files( $root, '', self::MAX_ENTRIES, $visited, null ) : null;
		if ( null === $templates ) {
			return null;
		}
		$complete = $visited <= self::MAX_ENTRIES;
		foreach ( array_keys( self::WOOCOMMERCE_OLD_NAMES ) as $old_name ) {
			$templates[] = $old_name;
		}

		/** This filter is documented in WooCommerce's includes/class-woocommerce.php. */
		$filtered = apply_filters( 'woocommerce_template_path', self::WOOCOMMERCE_PATH ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- WooCommerce's own filter, read as WooCommerce reads it.
		$path     = self::theme_folder( $filtered, self::WOOCOMMERCE_PATH );
		$listed   = array();
		$outdated = 0;
		foreach ( $templates as $template ) {
			$override = $this->first_copy( $themes, array_unique( array( $template, $path . $template ) ) );
			if ( null === $override ) {
				continue;
			}
			if ( count( $listed ) === self::MAX_FILES ) {
				$complete = false;
				break;
			}
			$core    = (string) $this->declared_version( $root . '/' . ( self::WOOCOMMERCE_OLD_NAMES[ $template ] ?? $template ) );
			$version = $this->declared_version( $override['file'] );
			if ( self::is_outdated( $version, $core ) ) {
				++$outdated;
			}
			$listed[ $override['key'] ] = array(
				'version'     => $version,
				'woocommerce' => $core,
			);
		}

		return array(
			'listed'   => $listed,
			'complete' => $complete,
			'outdated' => $outdated,
		);
	}

	/**
	 * The first of the themes' copies of a template, in WooCommerce's order: each theme
	 * (child first), each candidate path in it.
	 *
	 * @param array<string, string> $themes     Theme folders by slug, child first.
	 * @param string[]              $candidates Paths inside a theme.
	 * @return array{key: string, file: string}|null
	 */
	private function first_copy( array $themes, array $candidates ): ?array {
		foreach ( $themes as $slug => $directory ) {
			foreach ( $candidates as $relative ) {
				$file = $directory . '/' . $relative;
				if ( is_file( $file ) ) {
					return array(
						'key'  => $slug . '/' . $relative,
						'file' => $file,
					);
				}
			}
		}
		return null;
	}

	/**
	 * The `.php` files under the themes' `dokan/` folders: the child's, then the parent's
	 * the child does not hide.
	 *
	 * @param array<string, string> $themes  Theme folders by slug, child first.
	 * @param int                   $room    Most files listed.
	 * @param int                   $visited Entries visited so far (updated).
	 * @return array{listed: array, more: bool}
	 */
	private function dokan_overrides( array $themes, int $room, int &$visited ): array {
		/** This filter is documented in Dokan's dokan-class.php. */
		$filtered = apply_filters( 'dokan_template_path', self::DOKAN_PATH ); // phpcs:ignore WordPress.NamingConventions.PrefixAllGlobals.NonPrefixedHooknameFound -- Dokan's own filter, read as Dokan reads it.
		$path     = self::theme_folder( $filtered, self::DOKAN_PATH );
		if ( '' === $path ) {
			$path = self::DOKAN_PATH;
		}
		$listed = array();
		$seen   = array();
		foreach ( $themes as $slug => $directory ) {
			$folder = $directory . '/' . rtrim( $path, '/' );
			// One more than there is room for tells a cut list (the parent's copies the
			// child hides take no room, and are at most as many as the child's listed).
			$found = (array) $this->files( $folder, 'php', $room + 1, $visited, $directory );
			foreach ( $found as $relative ) {
				if ( isset( $seen[ $relative ] ) ) {
					continue;
				}
				if ( count( $listed ) >= $room ) {
					return array(
						'listed' => $listed,
						'more'   => true,
					);
				}
				$seen[ $relative ] = true;
				$listed[ $slug . '/' . $path . $relative ] = array(
					'version'     => $this->declared_version( $folder . '/' . $relative ),
					'woocommerce' => null,
				);
			}
			if ( $visited > self::MAX_ENTRIES ) {
				return array(
					'listed' => $listed,
					'more'   => true,
				);
			}
		}
		return array(
			'listed' => $listed,
			'more'   => false,
		);
	}

	/**
	 * A listed file's value (translated) and debug (English).
	 *
	 * @param string|null $version     The version the theme's file declares, or null.
	 * @param string|null $woocommerce WooCommerce's own template's version ('' when it
	 *                                 declares none); null for a Dokan template.
	 * @return array{value: string, debug: string}
	 */
	private function describe( ?string $version, ?string $woocommerce ): array {
		if ( null === $woocommerce || ! self::is_outdated( $version, $woocommerce ) ) {
			return array(
				'value' => null !== $version ? $version : __( 'No version declared', 'dokan-support-check' ),
				'debug' => null !== $version ? $version : 'none',
			);
		}
		return array(
			'value' => null !== $version
				/* translators: 1: the version the theme's copy of a template declares, 2: the version WooCommerce's own template declares. */
				? sprintf( __( '%1$s, older than WooCommerce’s %2$s', 'dokan-support-check' ), $version, $woocommerce )
				/* translators: %s: the version WooCommerce's own template declares. */
				: sprintf( __( 'No version declared, WooCommerce’s is %s', 'dokan-support-check' ), $woocommerce ),
			'debug' => ( null !== $version ? $version : 'none' ) . ' (outdated, WooCommerce has ' . $woocommerce . ')',
		);
	}

	/**
	 * Whether WooCommerce's status report calls an override outdated: WooCommerce's own
	 * template declares a version, and the override declares none or an older one.
	 *
	 * @param string|null $version     The version the override declares, or null.
	 * @param string      $woocommerce The version WooCommerce's template declares, or ''.
	 * @return bool
	 */
	private static function is_outdated( ?string $version, string $woocommerce ): bool {
		return '' !== $woocommerce && ( null === $version || version_compare( $version, $woocommerce, '<' ) );
	}

	/**
	 * WooCommerce's `templates/` folder, found the way the facts find WooCommerce (by its
	 * main file and text domain, in whatever folder it was installed), or null.
	 *
	 * @return string|null
	 */
	private function woocommerce_templates_folder(): ?string {
		foreach ( $this->definitions->all() as $definition ) {
			if ( 'woocommerce' !== $definition['slug'] ) {
				continue;
			}
			$file = $this->detector->components( array( $definition ) )['woocommerce']['file'] ?? null;
			// A main file straight in the plugins folder has no folder of its own to hold templates.
			if ( ! is_string( $file ) || '.' === dirname( $file ) ) {
				return null;
			}
			return WP_PLUGIN_DIR . '/' . dirname( $file ) . '/templates';
		}
		return null;
	}

	/**
	 * The theme folder a plugin looks into, from its template path filter (which a theme
	 * or plugin may use), kept to a relative folder: '' is the theme's root; anything that
	 * climbs out, or is not text, is the plugin's default.
	 *
	 * @param mixed  $path     The filter's value.
	 * @param string $fallback The plugin's own folder, e.g. 'woocommerce/'.
	 * @return string '' or a relative folder ending in '/'.
	 */
	private static function theme_folder( $path, string $fallback ): string {
		if ( ! is_string( $path ) || strlen( $path ) > 200 || preg_match( '/[\x00-\x1f:]/', $path ) ) {
			return $fallback;
		}
		$segments = array();
		foreach ( explode( '/', str_replace( '\\', '/', $path ) ) as $segment ) {
			if ( '..' === $segment ) {
				return $fallback;
			}
			if ( '' !== $segment && '.' !== $segment ) {
				$segments[] = $segment;
			}
		}
		return array() === $segments ? '' : implode( '/', $segments ) . '/';
	}

	/**
	 * Files under a folder, relative to it, sorted, at most $limit of them; null when the
	 * folder cannot be read.
	 *
	 * Hidden files (a name starting with ".": `.DS_Store` left by an upload) are skipped:
	 * neither WooCommerce nor Dokan asks for such a template.
	 *
	 * @param string      $root      Folder.
	 * @param string      $extension Only files with this extension ('' for any).
	 * @param int         $limit     Most files returned.
	 * @param int         $visited   Entries visited so far, across calls (updated).
	 * @param string|null $theme     The theme folder a theme's folder must stay in: it may
	 *                               be neither a symbolic link nor reached through one that
	 *                               leads out of the theme (a filtered path such as
	 *                               `tpl/dokan/`). Null for WooCommerce's own folder, which
	 *                               may be a link (WordPress loads WooCommerce through it).
	 * @return string[]|null
	 */
	private function files( string $root, string $extension, int $limit, int &$visited, ?string $theme ): ?array {
		if ( ! is_dir( $root ) || ! is_readable( $root ) ) {
			return null;
		}
		if ( null !== $theme && ( is_link( $root ) || ! self::is_inside( $root, $theme ) ) ) {
			return null;
		}
		$files = array();
		if ( $limit <= 0 ) {
			return $files;
		}
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
				if ( ! $entry->isFile() || '.' === substr( $entry->getFilename(), 0, 1 ) ) {
					continue;
				}
				if ( '' !== $extension && strtolower( $entry->getExtension() ) !== $extension ) {
					continue;
				}
				$files[] = str_replace( '\\', '/', substr( $entry->getPathname(), strlen( $root ) + 1 ) );
				if ( count( $files ) >= $limit ) {
					break;
				}
			}
		} catch ( \UnexpectedValueException $e ) {
			// The folder could not be opened after all: unreadable, as far as we know.
			return null;
		}
		sort( $files, SORT_STRING );
		return $files;
	}

	/**
	 * Whether a folder is inside another once symbolic links are resolved.
	 *
	 * @param string $folder Folder.
	 * @param string $parent The folder it must be in.
	 * @return bool
	 */
	private static function is_inside( string $folder, string $parent ): bool {
		$real = realpath( $folder );
		$base = realpath( $parent );
		return false !== $real && false !== $base && 0 === strpos( $real . DIRECTORY_SEPARATOR, rtrim( $base, DIRECTORY_SEPARATOR ) . DIRECTORY_SEPARATOR );
	}

	/**
	 * The `@version` a template declares in its first HEAD_BYTES, or null.
	 *
	 * @param string $path File.
	 * @return string|null
	 */
	private function declared_version( string $path ): ?string {
		if ( ! is_file( $path ) || ! is_readable( $path ) ) {
			return null;
		}
		$head = file_get_contents( $path, false, null, 0, self::HEAD_BYTES ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file, partly.
		if ( false === $head ) {
			return null;
		}
		// Line endings of old Macs (CR alone) too, as WooCommerce reads them.
		if ( ! preg_match( '/^[ \t\/*#]*@version[ \t]+([0-9][0-9A-Za-z.+_-]{0,39})/mi', str_replace( "\r", "\n", $head ), $match ) ) {
			return null;
		}
		return $match[1];
	}
}
