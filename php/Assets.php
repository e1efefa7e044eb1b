<?php
/**
 * Registers the built bundles, with what older WordPress versions lack.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * Knows where `npm run build` puts each entry and how to enqueue it on WordPress 6.1+.
 */
final class Assets {

	/**
	 * Handle that WordPress 6.6+ registers for React's JSX runtime.
	 */
	const JSX_RUNTIME_HANDLE = 'react-jsx-runtime';

	/**
	 * Absolute path of the main plugin file.
	 *
	 * @var string
	 */
	private $plugin_file;

	/**
	 * Constructor.
	 *
	 * @param string $plugin_file Absolute path of the main plugin file.
	 */
	public function __construct( string $plugin_file ) {
		$this->plugin_file = $plugin_file;
	}

	/**
	 * Whether an entry has been built (`build/<entry>.asset.php` exists).
	 *
	 * @param string $entry Entry name, as in webpack.config.js.
	 * @return bool
	 */
	public function is_built( string $entry ): bool {
		return is_readable( $this->build_path( $entry . '.asset.php' ) );
	}

	/**
	 * Enqueues a built entry with its dependencies, stylesheet and translations.
	 *
	 * @param string $entry  Entry name, as in webpack.config.js.
	 * @param string $handle Script handle to register it under.
	 * @return bool False when the entry has not been built.
	 */
	public function enqueue( string $entry, string $handle ): bool {
		if ( ! $this->is_built( $entry ) ) {
			return false;
		}
		$asset = require $this->build_path( $entry . '.asset.php' );
		$deps  = isset( $asset['dependencies'] ) ? (array) $asset['dependencies'] : array();

		if ( in_array( self::JSX_RUNTIME_HANDLE, $deps, true ) ) {
			$this->register_jsx_runtime_fallback();
		}

		wp_enqueue_script(
			$handle,
			plugins_url( 'build/' . $entry . '.js', $this->plugin_file ),
			$deps,
			$asset['version'] ?? DOKAN_SUPPORT_CHECK_VERSION,
			true
		);
		wp_set_script_translations( $handle, 'dokan-support-check', plugin_dir_path( $this->plugin_file ) . 'languages' );

		if ( is_readable( $this->build_path( $entry . '.css' ) ) ) {
			wp_enqueue_style(
				$handle,
				plugins_url( 'build/' . $entry . '.css', $this->plugin_file ),
				in_array( 'wp-components', $deps, true ) ? array( 'wp-components' ) : array(),
				$asset['version'] ?? DOKAN_SUPPORT_CHECK_VERSION
			);
			// The build writes a right-to-left copy next to it (`<entry>-rtl.css`):
			// WordPress loads that one instead in a right-to-left admin.
			wp_style_add_data( $handle, 'rtl', 'replace' );
		}
		return true;
	}

	/**
	 * Registers our small JSX runtime where WordPress has none (before 6.6).
	 *
	 * The build compiles JSX to `react/jsx-runtime` calls, which the build maps to the
	 * `react-jsx-runtime` handle. WordPress before 6.6 does not register that handle and
	 * then silently drops every script that depends on it, so we supply one built on the
	 * site's own React (see src/compat/react-jsx-runtime.ts). Newer WordPress keeps its own.
	 */
	private function register_jsx_runtime_fallback(): void {
		if ( wp_script_is( self::JSX_RUNTIME_HANDLE, 'registered' ) || ! $this->is_built( 'react-jsx-runtime' ) ) {
			return;
		}
		$asset = require $this->build_path( 'react-jsx-runtime.asset.php' );
		wp_register_script(
			self::JSX_RUNTIME_HANDLE,
			plugins_url( 'build/react-jsx-runtime.js', $this->plugin_file ),
			isset( $asset['dependencies'] ) ? (array) $asset['dependencies'] : array( 'react' ),
			$asset['version'] ?? DOKAN_SUPPORT_CHECK_VERSION,
			true
		);
	}

	/**
	 * Absolute path of a file in the build directory.
	 *
	 * @param string $file File name inside build/.
	 * @return string
	 */
	private function build_path( string $file ): string {
		return plugin_dir_path( $this->plugin_file ) . 'build/' . $file;
	}
}
