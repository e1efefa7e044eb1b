<?php
/**
 * Base class of the PHP tests.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use PHPUnit\Framework\TestCase;

/**
 * Runs each test in a database transaction that is rolled back afterwards, and resets
 * what WordPress keeps in memory between "requests": the current user, the object
 * cache, hooks added during the test, and the screen.
 */
abstract class Test_Case extends TestCase {

	/**
	 * Hooks as they were before the test.
	 *
	 * @var array
	 */
	private $saved_hooks = array();

	/**
	 * Files this test wrote or removed in the site's plugins or themes folder: path =>
	 * contents before (null when the file did not exist).
	 *
	 * @var array<string, string|null>
	 */
	private $touched_files = array();

	/**
	 * Starts the transaction and remembers the hooks.
	 */
	protected function setUp(): void {
		parent::setUp();
		global $wpdb, $wp_filter;
		$wpdb->query( 'SET autocommit = 0' );
		$wpdb->query( 'START TRANSACTION' );
		foreach ( $wp_filter as $name => $hook ) {
			$this->saved_hooks[ $name ] = clone $hook;
		}
		wp_cache_flush();
		$this->reset_assets();
	}

	/**
	 * Rolls everything back.
	 */
	protected function tearDown(): void {
		global $wpdb, $wp_filter;
		$this->restore_files();
		$wpdb->query( 'ROLLBACK' );
		$wp_filter = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- restoring the hooks as they were.
		foreach ( $this->saved_hooks as $name => $hook ) {
			$wp_filter[ $name ] = $hook; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		}
		$this->saved_hooks = array();
		wp_set_current_user( 0 );
		wp_cache_flush();
		set_current_screen( 'front' );
		$this->reset_assets();
		parent::tearDown();
	}

	/**
	 * Writes a plugin's main file into the site's plugins folder, as an upload would, with
	 * the given header lines (written as they are: `TextDomain: dokan` stays unread by
	 * WordPress, as in the real Dokan Pro 3.x). Put back as it was after the test.
	 *
	 * WordPress's own header parser (get_plugins(), get_plugin_data()) then reads it:
	 * tests never hand WordPress a ready-made list of plugins.
	 *
	 * @param string   $file  Main file, relative to the plugins folder.
	 * @param string[] $lines Header lines, such as "Plugin Name: X" or "Version: 1.0".
	 */
	protected function write_plugin( string $file, array $lines ): void {
		$header = "<?php\n/**\n";
		foreach ( $lines as $line ) {
			$header .= ' * ' . $line . "\n";
		}
		$this->write_file( WP_PLUGIN_DIR . '/' . $file, $header . " */\n" );
	}

	/**
	 * Copies a stand-in variant (local-site/stand-in-plugins-variants/<folder>) into the
	 * site's plugins folder; removed after the test.
	 *
	 * @param string $folder Folder name, such as "dokan-pro-3.14.1".
	 * @param string $as     Folder to install it as (default: the same name).
	 */
	protected function install_variant( string $folder, string $as = '' ): void {
		$source = dirname( __DIR__, 2 ) . '/local-site/stand-in-plugins-variants/' . $folder;
		foreach ( (array) glob( $source . '/*.php' ) as $path ) {
			$this->write_file( WP_PLUGIN_DIR . '/' . ( '' !== $as ? $as : $folder ) . '/' . basename( (string) $path ), (string) file_get_contents( (string) $path ) );
		}
	}

	/**
	 * Rewrites one header line of an installed plugin, as replacing its files by hand would.
	 *
	 * @param string $file   Main file, relative to the plugins folder.
	 * @param string $header Header name, such as "Version".
	 * @param string $value  New value.
	 */
	protected function set_plugin_header( string $file, string $header, string $value ): void {
		$path     = WP_PLUGIN_DIR . '/' . $file;
		$contents = (string) file_get_contents( $path );
		$this->write_file( $path, (string) preg_replace( '/^(\s*\*\s*' . preg_quote( $header, '/' ) . ':).*$/m', '$1 ' . str_replace( array( '\\', '$' ), array( '\\\\', '\\$' ), $value ), $contents, 1 ) );
	}

	/**
	 * Removes a plugin's main file (put back after the test).
	 *
	 * @param string $file Main file, relative to the plugins folder.
	 */
	protected function remove_plugin( string $file ): void {
		$path = WP_PLUGIN_DIR . '/' . $file;
		$this->remember_file( $path );
		unlink( $path );
		wp_clean_plugins_cache( false );
	}

	/**
	 * Writes a file, remembering what was there.
	 *
	 * @param string $path     Absolute path.
	 * @param string $contents Contents.
	 */
	protected function write_file( string $path, string $contents ): void {
		$this->remember_file( $path );
		if ( ! is_dir( dirname( $path ) ) ) {
			mkdir( dirname( $path ), 0755, true );
		}
		file_put_contents( $path, $contents );
		wp_clean_plugins_cache( false );
	}

	/**
	 * Remembers a file's contents before the test first touches it.
	 *
	 * @param string $path Absolute path.
	 */
	private function remember_file( string $path ): void {
		if ( ! array_key_exists( $path, $this->touched_files ) ) {
			$this->touched_files[ $path ] = is_file( $path ) ? (string) file_get_contents( $path ) : null;
		}
	}

	/**
	 * Puts back every file the test touched; removes the files and folders it created.
	 */
	private function restore_files(): void {
		foreach ( array_reverse( $this->touched_files, true ) as $path => $contents ) {
			if ( null !== $contents ) {
				file_put_contents( $path, $contents );
				continue;
			}
			if ( is_file( $path ) ) {
				unlink( $path );
			}
			$dir = dirname( $path );
			if ( is_dir( $dir ) && array() === array_diff( (array) scandir( $dir ), array( '.', '..' ) ) && ! in_array( $dir, array( WP_PLUGIN_DIR, get_theme_root() ), true ) ) {
				rmdir( $dir );
			}
		}
		$this->touched_files = array();
		if ( function_exists( 'wp_clean_plugins_cache' ) ) {
			wp_clean_plugins_cache( false );
		}
	}

	/**
	 * Forgets every registered script and style; WordPress registers its own again on
	 * the next wp_scripts() / wp_styles() call.
	 */
	protected function reset_assets(): void {
		$GLOBALS['wp_scripts'] = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['wp_styles']  = null; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	}

	/**
	 * Logs in the person who runs the installation: an administrator, and on a multisite
	 * network a super admin too.
	 *
	 * @return \WP_User
	 */
	protected function log_in_as_site_owner(): \WP_User {
		$user = $this->log_in_as( 'administrator' );
		if ( is_multisite() ) {
			grant_super_admin( $user->ID );
		}
		return $user;
	}

	/**
	 * Creates a user with a role and logs them in.
	 *
	 * @param string $role Role name.
	 * @return \WP_User
	 */
	protected function log_in_as( string $role ): \WP_User {
		$id = wp_insert_user(
			array(
				'user_login' => $role . '_' . wp_generate_password( 6, false ),
				'user_pass'  => wp_generate_password(),
				'user_email' => $role . wp_generate_password( 6, false ) . '@example.test',
				'role'       => $role,
			)
		);
		$this->assertIsInt( $id );
		wp_set_current_user( $id );
		return wp_get_current_user();
	}
}
