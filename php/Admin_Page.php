<?php
/**
 * The "Support Check" admin page.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

/**
 * Adds the page under the Dokan menu (or Tools), loads the app on that screen only and
 * prints the element the app mounts into.
 *
 * On a network the page is in Network Admin, under Settings: plugins and their updates
 * are the network's and a site's admin screens show no plugin updates (SPEC "Multisite");
 * Dokan adds no Network Admin menu, and Network Admin has no Tools menu.
 */
final class Admin_Page {

	const SLUG          = 'dokan-support-check';
	const SCRIPT_HANDLE = 'dokan-support-check-page';
	const ROOT_ID       = 'dokan-support-check-root';

	/**
	 * Menu slug of Dokan's own top-level menu.
	 */
	const DOKAN_MENU = 'dokan';

	/**
	 * Built bundles.
	 *
	 * @var Assets
	 */
	private $assets;

	/**
	 * Screen data handed to the app (settings, policy, vendor links), keyed by name.
	 *
	 * @var callable|null Returns an array; called only when our screen loads.
	 */
	private $app_data;

	/**
	 * The app's data, once read on our screen.
	 *
	 * @var array|null
	 */
	private $data = null;

	/**
	 * Hook suffix WordPress gave the page; empty until the menu is built.
	 *
	 * @var string
	 */
	private $hook_suffix = '';

	/**
	 * Constructor.
	 *
	 * @param Assets        $assets   Built bundles.
	 * @param callable|null $app_data Returns the data the app starts with.
	 */
	public function __construct( Assets $assets, ?callable $app_data = null ) {
		$this->assets   = $assets;
		$this->app_data = $app_data;
	}

	/**
	 * Wires the page into WordPress.
	 */
	public function register(): void {
		// After Dokan has added its menu (default priority), so we can sit under it.
		add_action( is_multisite() ? 'network_admin_menu' : 'admin_menu', array( $this, 'add_page' ), 20 );
	}

	/**
	 * The admin URL of the page, wherever it sits in the menu.
	 *
	 * @return string
	 */
	public static function url(): string {
		if ( is_multisite() ) {
			return network_admin_url( 'settings.php?page=' . self::SLUG );
		}
		return admin_url( ( self::parent_slug() === self::DOKAN_MENU ? 'admin.php' : 'tools.php' ) . '?page=' . self::SLUG );
	}

	/**
	 * An update screen (update-core.php, plugins.php, plugin-install.php) where the person
	 * who can act sees updates: Network Admin's on a network.
	 *
	 * @param string $screen Screen file.
	 * @return string
	 */
	public static function updates_url( string $screen ): string {
		return is_multisite() ? network_admin_url( $screen ) : admin_url( $screen );
	}

	/**
	 * Adds the page to the menu for administrators.
	 */
	public function add_page(): void {
		$hook_suffix = add_submenu_page(
			self::parent_slug(),
			__( 'Dokan Support Check', 'dokan-support-check' ),
			__( 'Support Check', 'dokan-support-check' ),
			Access::capability(),
			self::SLUG,
			array( $this, 'render' )
		);
		if ( is_string( $hook_suffix ) && '' !== $hook_suffix ) {
			$this->hook_suffix = $hook_suffix;
			add_action( 'load-' . $hook_suffix, array( $this, 'on_load' ) );
		}
	}

	/**
	 * Runs only when our screen is loading: the one place our bundle gets enqueued.
	 *
	 * The app's data is read now, before any script is enqueued: reading it sees the
	 * installed versions and updates the badge's snapshot, which the badge, enqueued on
	 * the same screen, then shows alike.
	 */
	public function on_load(): void {
		if ( null !== $this->app_data && Access::current_user_can_view() ) {
			$this->data = (array) call_user_func( $this->app_data );
		}
		add_action( 'admin_enqueue_scripts', array( $this, 'enqueue' ) );
	}

	/**
	 * Enqueues the app and its styles.
	 */
	public function enqueue(): void {
		if ( ! $this->assets->enqueue( 'index', self::SCRIPT_HANDLE ) ) {
			return;
		}
		wp_enqueue_style( 'wp-components' );
		if ( null === $this->data && null !== $this->app_data ) {
			$this->data = (array) call_user_func( $this->app_data );
		}
		if ( null !== $this->data ) {
			wp_add_inline_script(
				self::SCRIPT_HANDLE,
				'window.dokanSupportCheck = ' . wp_json_encode( $this->data ) . ';',
				'before'
			);
		}
	}

	/**
	 * Prints the page: a heading and the element the app mounts into.
	 */
	public function render(): void {
		if ( ! Access::current_user_can_view() ) {
			wp_die( esc_html__( 'Sorry, you are not allowed to access this page.', 'dokan-support-check' ), 403 );
		}
		echo '<div class="wrap">';
		echo '<h1>' . esc_html__( 'Dokan Support Check', 'dokan-support-check' ) . '</h1>';
		if ( ! $this->assets->is_built( 'index' ) ) {
			printf(
				'<div class="notice notice-error"><p>%s</p></div>',
				esc_html__( 'The page’s script has not been built. Run “npm run build” in the plugin folder, then reload this page.', 'dokan-support-check' )
			);
		} else {
			printf( '<div id="%s"></div>', esc_attr( self::ROOT_ID ) );
			printf(
				'<noscript><div class="notice notice-warning"><p>%s</p></div></noscript>',
				esc_html__( 'This page needs JavaScript to check your site.', 'dokan-support-check' )
			);
		}
		echo '</div>';
	}

	/**
	 * The hook suffix WordPress assigned the page, or '' before the menu exists.
	 *
	 * @return string
	 */
	public function hook_suffix(): string {
		return $this->hook_suffix;
	}

	/**
	 * Dokan's menu when Dokan added one (it is active and the user can see it), else Tools;
	 * Network Admin's Settings on a network.
	 *
	 * @return string
	 */
	public static function parent_slug(): string {
		global $admin_page_hooks;
		if ( is_multisite() ) {
			return 'settings.php';
		}
		return isset( $admin_page_hooks[ self::DOKAN_MENU ] ) ? self::DOKAN_MENU : 'tools.php';
	}
}
