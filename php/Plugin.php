<?php
/**
 * Composition root: builds every service by hand and wires it.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * The plugin: one instance, built once on `plugins_loaded`.
 */
final class Plugin {

	/**
	 * The running instance, so tests and other code can reach the services.
	 *
	 * @var Plugin|null
	 */
	private static $instance = null;

	/**
	 * Built bundles.
	 *
	 * @var Assets
	 */
	public $assets;

	/**
	 * The admin page.
	 *
	 * @var Admin_Page
	 */
	public $admin_page;

	/**
	 * Builds the services; no hooks yet, no side effects.
	 *
	 * @param string $plugin_file Absolute path of the main plugin file.
	 */
	public function __construct( string $plugin_file ) {
		$this->assets     = new Assets( $plugin_file );
		$this->admin_page = new Admin_Page( $this->assets );
	}

	/**
	 * Wires every service into WordPress.
	 */
	public function register(): void {
		add_action( 'init', array( $this, 'load_textdomain' ) );
		$this->admin_page->register();
	}

	/**
	 * Loads the PHP translations shipped in languages/ (WordPress.org language packs win).
	 */
	public function load_textdomain(): void {
		load_plugin_textdomain( 'dokan-support-check', false, dirname( plugin_basename( DOKAN_SUPPORT_CHECK_FILE ) ) . '/languages' );
	}

	/**
	 * Builds and registers the plugin once. Hooked to `plugins_loaded`.
	 */
	public static function boot(): void {
		if ( null !== self::$instance ) {
			return;
		}
		self::$instance = new self( DOKAN_SUPPORT_CHECK_FILE );
		self::$instance->register();
	}

	/**
	 * The running instance, or null before `plugins_loaded`.
	 *
	 * @return Plugin|null
	 */
	public static function instance(): ?Plugin {
		return self::$instance;
	}
}
