<?php
/**
 * Tests of the badge: who gets it, where, and that it only reads cached facts.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Admin_Page;
use Dokan_Support_Check\Badge;
use Dokan_Support_Check\Plugin;

/**
 * The admin-bar node and the dashboard widget are for administrators in wp-admin only;
 * the bundle gets the cached facts inline and nothing asks the network.
 */
final class Badge_Test extends Test_Case {

	/**
	 * Outbound requests seen during the test.
	 *
	 * @var string[]
	 */
	private $requests = array();

	/**
	 * Counts outbound requests (and stops them).
	 */
	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/dashboard.php';
		$GLOBALS['wp_meta_boxes'] = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$this->requests           = array();
		add_filter(
			'pre_http_request',
			function ( $response, $args, $url ) {
				$this->requests[] = $url;
				return new \WP_Error( 'blocked', 'No request in this test.' );
			},
			1,
			3
		);
	}

	/**
	 * Restores the admin bar flag.
	 */
	protected function tearDown(): void {
		unset( $GLOBALS['show_admin_bar'] );
		parent::tearDown();
	}

	/**
	 * The admin-bar node the badge adds for the current user on the current screen.
	 *
	 * @return object|null
	 */
	private function admin_bar_node() {
		require_once ABSPATH . WPINC . '/class-wp-admin-bar.php';
		$bar = new \WP_Admin_Bar();
		Plugin::instance()->badge->add_node( $bar );
		return $bar->get_node( Badge::NODE_ID );
	}

	/**
	 * Whether the dashboard widget was registered.
	 *
	 * @return bool
	 */
	private function widget_added(): bool {
		$dashboard = is_multisite() ? 'dashboard-network' : 'dashboard';
		set_current_screen( $dashboard );
		Plugin::instance()->badge->add_widget();
		return isset( $GLOBALS['wp_meta_boxes'][ $dashboard ]['normal']['core'][ Badge::WIDGET_ID ] );
	}

	/**
	 * An admin screen where plugin updates are made: any screen of a single site's admin,
	 * Network Admin's on a network.
	 *
	 * @return string Screen id.
	 */
	private static function admin_screen(): string {
		return is_multisite() ? 'plugins-network' : 'edit-post';
	}

	public function test_the_badge_is_wired(): void {
		$badge = Plugin::instance()->badge;
		$this->assertInstanceOf( Badge::class, $badge );
		$this->assertSame( 100, has_action( 'admin_bar_menu', array( $badge, 'add_node' ) ) );
		$this->assertSame( 10, has_action( is_multisite() ? 'wp_network_dashboard_setup' : 'wp_dashboard_setup', array( $badge, 'add_widget' ) ) );
		$this->assertSame( 10, has_action( 'admin_enqueue_scripts', array( $badge, 'enqueue' ) ) );
	}

	public function test_administrators_get_the_node_on_any_admin_screen(): void {
		$this->log_in_as_site_owner();
		set_current_screen( self::admin_screen() );
		$node = $this->admin_bar_node();
		$this->assertNotNull( $node );
		$this->assertSame( Admin_Page::url(), $node->href );
		$this->assertStringContainsString( 'data-dsc-badge', $node->title );
		$this->assertStringContainsString( 'aria-hidden="true"', $node->title, 'the icon is decoration; the words carry the status' );
	}

	public function test_administrators_get_the_dashboard_widget(): void {
		$this->log_in_as_site_owner();
		$this->assertTrue( $this->widget_added() );

		ob_start();
		Plugin::instance()->badge->render_widget();
		$html = (string) ob_get_clean();
		$this->assertStringContainsString( 'data-dsc-badge', $html );
		$this->assertStringContainsString( esc_url( Admin_Page::url() ), $html );
	}

	/**
	 * @dataProvider roles_without_access
	 *
	 * @param string $role A role that is not an administrator.
	 */
	public function test_other_roles_get_no_badge( string $role ): void {
		$this->log_in_as( $role );
		set_current_screen( self::admin_screen() );
		$this->assertNull( $this->admin_bar_node() );
		$this->assertFalse( $this->widget_added() );

		$GLOBALS['show_admin_bar'] = true; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		do_action( 'admin_enqueue_scripts', 'edit.php' );
		$this->assertFalse( wp_script_is( Badge::SCRIPT_HANDLE, 'registered' ) );
	}

	/**
	 * Roles that must not see the badge.
	 *
	 * @return array<string, array{string}>
	 */
	public function roles_without_access(): array {
		$roles = array(
			'subscriber' => array( 'subscriber' ),
			'author'     => array( 'author' ),
			'editor'     => array( 'editor' ),
		);
		if ( is_multisite() ) {
			// The facts describe the whole network: a sub-site's administrator is not enough.
			$roles['site administrator'] = array( 'administrator' );
		}
		return $roles;
	}

	public function test_no_badge_on_the_front_end_even_for_administrators(): void {
		$this->log_in_as_site_owner();
		set_current_screen( 'front' );
		$this->assertFalse( is_admin() );
		$this->assertNull( $this->admin_bar_node() );
	}

	public function test_on_a_network_the_badge_lives_in_network_admin_only(): void {
		$this->log_in_as_site_owner();
		set_current_screen( 'edit-post' );
		$GLOBALS['show_admin_bar'] = true; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		do_action( 'admin_enqueue_scripts', 'edit.php' );

		// A site's admin screens show no plugin updates on a network: nothing of ours there.
		$this->assertSame( ! is_multisite(), null !== $this->admin_bar_node() );
		$this->assertSame( ! is_multisite(), wp_script_is( Badge::SCRIPT_HANDLE, 'enqueued' ) );
		if ( is_multisite() ) {
			$this->assertStringStartsWith( network_admin_url(), Admin_Page::url() );
		}
	}

	public function test_the_bundle_gets_the_cached_facts_and_the_policy_inline_without_any_request(): void {
		$this->log_in_as_site_owner();
		set_current_screen( self::admin_screen() );
		$GLOBALS['show_admin_bar'] = true; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited

		do_action( 'admin_enqueue_scripts', 'edit.php' );

		$this->assertTrue( wp_script_is( Badge::SCRIPT_HANDLE, 'enqueued' ) );
		$this->assertNotContains( 'wp-element', wp_scripts()->registered[ Badge::SCRIPT_HANDLE ]->deps, 'the badge needs no React' );
		$inline = implode( "\n", (array) wp_scripts()->get_data( Badge::SCRIPT_HANDLE, 'before' ) );
		$this->assertStringContainsString( 'window.dokanSupportCheckBadge = ', $inline );
		$data = json_decode( (string) preg_replace( '/^.*?= (.*);\s*$/s', '$1', $inline ), true );
		$this->assertIsArray( $data );
		$this->assertArrayHasKey( 'facts', $data );
		$this->assertSame( Plugin::instance()->facts->cached(), $data['facts'] );
		$this->assertSame( Plugin::instance()->policy->get(), $data['policy'] );
		$this->assertSame( array(), $this->requests );
	}
}
