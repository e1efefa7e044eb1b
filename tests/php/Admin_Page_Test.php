<?php
/**
 * Tests of the admin page: who gets it, and where its bundle loads.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Admin_Page;
use Dokan_Support_Check\Badge;
use Dokan_Support_Check\Plugin;

/**
 * The page is for administrators only and loads its bundle on its own screen only.
 */
final class Admin_Page_Test extends Test_Case {

	/**
	 * Clears the menus so each test builds them afresh.
	 */
	protected function setUp(): void {
		parent::setUp();
		$GLOBALS['submenu']            = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['_wp_submenu_nopriv'] = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['_registered_pages']  = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		// What wp-admin/menu.php sets up before admin_menu fires.
		$GLOBALS['admin_page_hooks']['tools.php'] = 'tools';
		unset( $GLOBALS['admin_page_hooks']['dokan'] );
	}

	/**
	 * Builds the page's menu entry as the current user and returns the slugs of its parent
	 * menu: Tools, or Network Admin's Settings on a network.
	 *
	 * @return string[]
	 */
	private function tools_submenu_after_adding_page(): array {
		Plugin::instance()->admin_page->add_page();
		return array_column( $GLOBALS['submenu'][ Admin_Page::parent_slug() ] ?? array(), 2 );
	}

	public function test_the_plugin_is_booted_and_hooks_its_menu(): void {
		$this->assertInstanceOf( Plugin::class, Plugin::instance() );
		// On a network, in Network Admin only: plugins and their updates are the network's.
		$this->assertSame( 20, has_action( is_multisite() ? 'network_admin_menu' : 'admin_menu', array( Plugin::instance()->admin_page, 'add_page' ) ) );
		$this->assertFalse( has_action( is_multisite() ? 'admin_menu' : 'network_admin_menu', array( Plugin::instance()->admin_page, 'add_page' ) ) );
	}

	public function test_administrators_get_the_page_under_tools(): void {
		$this->log_in_as_site_owner();
		$this->assertContains( Admin_Page::SLUG, $this->tools_submenu_after_adding_page() );
		if ( is_multisite() ) {
			$this->assertSame( 'settings.php', Admin_Page::parent_slug() );
			$this->assertSame( network_admin_url( 'settings.php?page=dokan-support-check' ), Admin_Page::url() );
			return;
		}
		$this->assertSame( 'tools_page_dokan-support-check', Plugin::instance()->admin_page->hook_suffix() );
		$this->assertSame( admin_url( 'tools.php?page=dokan-support-check' ), Admin_Page::url() );
	}

	/**
	 * @dataProvider roles_without_access
	 *
	 * @param string $role A role that is not an administrator.
	 */
	public function test_other_roles_do_not_get_the_page( string $role ): void {
		$this->log_in_as( $role );
		$this->assertNotContains( Admin_Page::SLUG, $this->tools_submenu_after_adding_page() );
		$this->assertArrayHasKey( Admin_Page::SLUG, $GLOBALS['_wp_submenu_nopriv'][ Admin_Page::parent_slug() ] ?? array() );
	}

	/**
	 * Roles that must not see the page. On a network, a site's administrator who is not a
	 * super admin must not either: the facts describe the whole network.
	 *
	 * @return array<string, array{string}>
	 */
	public function roles_without_access(): array {
		$roles = array(
			'subscriber'  => array( 'subscriber' ),
			'contributor' => array( 'contributor' ),
			'author'      => array( 'author' ),
			'editor'      => array( 'editor' ),
		);
		if ( is_multisite() ) {
			$roles['administrator of a site, not super admin'] = array( 'administrator' );
		}
		return $roles;
	}

	public function test_the_page_sits_under_dokan_when_dokan_added_its_menu(): void {
		$this->log_in_as_site_owner();
		$GLOBALS['admin_page_hooks']['dokan'] = 'dokan';
		Plugin::instance()->admin_page->add_page();
		if ( is_multisite() ) {
			// Dokan's menu is a site's; Dokan adds none to Network Admin.
			$this->assertContains( Admin_Page::SLUG, array_column( $GLOBALS['submenu']['settings.php'] ?? array(), 2 ) );
			$this->assertSame( network_admin_url( 'settings.php?page=dokan-support-check' ), Admin_Page::url() );
			return;
		}
		$this->assertContains( Admin_Page::SLUG, array_column( $GLOBALS['submenu']['dokan'] ?? array(), 2 ) );
		$this->assertSame( admin_url( 'admin.php?page=dokan-support-check' ), Admin_Page::url() );
	}

	/**
	 * Loads the page's screen as an administrator opens it (in Network Admin on a network)
	 * up to the enqueueing of its scripts and styles.
	 */
	private function open_the_page_screen(): void {
		$this->tools_submenu_after_adding_page();
		$hook_suffix = Plugin::instance()->admin_page->hook_suffix();
		set_current_screen( is_multisite() ? $hook_suffix . '-network' : $hook_suffix );
		do_action( 'load-' . $hook_suffix ); // phpcs:ignore WordPress.NamingConventions.ValidHookName.UseUnderscores -- core's hook name.
		do_action( 'admin_enqueue_scripts', $hook_suffix );
	}

	public function test_the_bundle_is_enqueued_on_its_own_screen(): void {
		$this->log_in_as_site_owner();
		$this->open_the_page_screen();

		$this->assertTrue( wp_script_is( Admin_Page::SCRIPT_HANDLE, 'enqueued' ) );
		$this->assertTrue( wp_script_is( 'react-jsx-runtime', 'registered' ), 'the JSX runtime the bundle needs exists on every WordPress version' );
		$this->assertTrue( wp_style_is( 'wp-components', 'enqueued' ) );
	}

	public function test_a_right_to_left_admin_gets_the_right_to_left_styles_of_the_page_and_the_badge(): void {
		$this->log_in_as_site_owner();
		$this->open_the_page_screen();

		// As WordPress sets it up for an admin in Arabic or Hebrew (WP_Styles reads
		// is_rtl() once, when it is created).
		$styles                 = wp_styles();
		$direction              = $styles->text_direction;
		$styles->text_direction = 'rtl';
		foreach ( array( Admin_Page::SCRIPT_HANDLE => 'index', Badge::SCRIPT_HANDLE => 'badge' ) as $handle => $entry ) {
			ob_start();
			$styles->do_item( $handle );
			$tag = (string) ob_get_clean();
			$this->assertStringContainsString( 'build/' . $entry . '-rtl.css', $tag, $handle );
			$this->assertStringNotContainsString( 'build/' . $entry . '.css', $tag, $handle );
			$this->assertFileExists( dirname( DOKAN_SUPPORT_CHECK_FILE ) . '/build/' . $entry . '-rtl.css' );
		}
		$styles->text_direction = $direction;
	}

	public function test_on_its_own_screen_the_page_and_the_badge_show_the_same_installed_versions(): void {
		$this->log_in_as_site_owner();
		Plugin::instance()->facts->get( true ); // A first check: the page prints facts from now on.
		$this->set_plugin_header( 'woocommerce/woocommerce.php', 'Version', '10.9.4' ); // Replaced by hand.
		$this->tools_submenu_after_adding_page();
		$hook_suffix = Plugin::instance()->admin_page->hook_suffix();

		set_current_screen( is_multisite() ? $hook_suffix . '-network' : $hook_suffix ); // Network Admin on a network.
		$GLOBALS['show_admin_bar'] = true; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		do_action( 'load-' . $hook_suffix ); // phpcs:ignore WordPress.NamingConventions.ValidHookName.UseUnderscores -- core's hook name.
		do_action( 'admin_enqueue_scripts', $hook_suffix );
		unset( $GLOBALS['show_admin_bar'] );

		$page  = $this->printed( Admin_Page::SCRIPT_HANDLE, 'window.dokanSupportCheck = ' );
		$badge = $this->printed( Badge::SCRIPT_HANDLE, 'window.dokanSupportCheckBadge = ' );
		foreach ( array( $page['facts'], $badge['facts'] ) as $facts ) {
			$versions = array_column( $facts['components'], 'installed', 'slug' );
			$this->assertSame( '10.9.4', $versions['woocommerce'], 'read when the page loaded, for both' );
		}
	}

	/**
	 * The data a script was given inline, before it.
	 *
	 * @param string $handle Script handle.
	 * @param string $prefix What precedes the JSON.
	 * @return array
	 */
	private function printed( string $handle, string $prefix ): array {
		$inline = implode( "\n", (array) wp_scripts()->get_data( $handle, 'before' ) );
		$this->assertStringContainsString( $prefix, $inline, $handle );
		$data = json_decode( (string) substr( $inline, strpos( $inline, $prefix ) + strlen( $prefix ), -1 ), true );
		$this->assertIsArray( $data, $handle );
		return $data;
	}

	/**
	 * @dataProvider other_admin_screens
	 *
	 * @param string $hook_suffix An admin screen that is not ours.
	 */
	public function test_the_bundle_is_not_enqueued_on_other_admin_screens( string $hook_suffix ): void {
		$this->log_in_as_site_owner();
		$this->tools_submenu_after_adding_page();

		set_current_screen( $hook_suffix );
		do_action( 'admin_enqueue_scripts', $hook_suffix );

		// The admin-bar badge is the one thing of ours allowed on other admin screens.
		$this->assertFalse( wp_script_is( Admin_Page::SCRIPT_HANDLE, 'registered' ) );
		$this->assertSame( array(), array_diff( $this->our_handles( wp_scripts()->registered ), array( Badge::SCRIPT_HANDLE ) ) );
		$this->assertSame( array(), array_diff( $this->our_handles( wp_styles()->registered ), array( Badge::SCRIPT_HANDLE ) ) );
	}

	/**
	 * Admin screens that are not ours.
	 *
	 * @return array<string, array{string}>
	 */
	public function other_admin_screens(): array {
		return array(
			'dashboard'   => array( 'index.php' ),
			'plugins'     => array( 'plugins.php' ),
			'tools'       => array( 'tools.php' ),
			'site health' => array( 'site-health.php' ),
		);
	}

	public function test_the_front_end_loads_nothing_of_the_plugin(): void {
		$response = wp_remote_get( home_url( '/' ), array( 'timeout' => 20 ) );
		$this->assertNotWPError( $response );
		$this->assertSame( 200, wp_remote_retrieve_response_code( $response ) );
		$html = wp_remote_retrieve_body( $response );
		$this->assertStringContainsString( '</html>', $html );
		$this->assertStringNotContainsString( 'dokan-support-check', $html );
	}

	/**
	 * Asserts a value is not a WP_Error, showing its message otherwise.
	 *
	 * @param mixed $value Value.
	 */
	private function assertNotWPError( $value ): void {
		$this->assertFalse( is_wp_error( $value ), is_wp_error( $value ) ? $value->get_error_message() : '' );
	}

	/**
	 * The handles among $registered that belong to this plugin.
	 *
	 * @param array $registered Registered scripts or styles, by handle.
	 * @return string[]
	 */
	private function our_handles( array $registered ): array {
		return array_values(
			array_filter(
				array_keys( $registered ),
				static function ( $handle ) {
					return 0 === strpos( (string) $handle, 'dokan-support-check' );
				}
			)
		);
	}
}
