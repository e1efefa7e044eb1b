<?php
/**
 * Who gets what: every route and screen of the plugin against every kind of user.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Security;

use Dokan_Support_Check\Admin_Page;
use Dokan_Support_Check\Badge;
use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Settings;
use Dokan_Support_Check\Site_Health;
use Dokan_Support_Check\Tests\Facts\Facts_Test_Case;
use WP_REST_Request;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Facts/Facts_Test_Case.php';

/**
 * One table of actors (`actors()`); one test per surface, each run for every actor.
 *
 * The facts describe the whole installation, so on a network only super admins see
 * them: a site's administrator (of the main site or of a sub-site) is refused everything
 * of ours, including our two settings on core's `/wp/v2/settings` route.
 */
final class Authorization_Test extends Facts_Test_Case {

	const ROUTE          = '/dokan-support-check/v1/site-check';
	const SAVED_EMAIL    = 'owner@example.test';
	const SAVED_TICKET   = 1700000000;
	const HOSTILE_EMAIL  = 'intruder@example.test';
	const HOSTILE_TICKET = 5;

	/**
	 * Core's settings route as written, and as core also matches it (case-insensitively).
	 */
	const SETTINGS_ROUTES = array( '/wp/v2/settings', '/wp/v2/Settings' );

	/**
	 * Whether this test added the stand-in shop_manager role.
	 *
	 * @var bool
	 */
	private $added_shop_manager = false;

	/**
	 * Whether this test switched to the sub-site.
	 *
	 * @var bool
	 */
	private $switched = false;

	/**
	 * Admin-menu globals as they were before the test.
	 *
	 * @var array
	 */
	private $saved_globals = array();

	/**
	 * The admin-menu globals this test changes.
	 */
	const MENU_GLOBALS = array( 'submenu', 'menu', '_wp_submenu_nopriv', '_wp_menu_nopriv', '_registered_pages', '_wp_real_parent_file', 'pagenow', 'plugin_page', 'parent_file', 'typenow', 'wp_meta_boxes', 'show_admin_bar' );

	/**
	 * Remembers the globals and blocks the network (the refused must cause no request).
	 */
	protected function setUp(): void {
		parent::setUp();
		require_once ABSPATH . 'wp-admin/includes/dashboard.php';
		require_once ABSPATH . WPINC . '/class-wp-admin-bar.php';
		foreach ( self::MENU_GLOBALS as $name ) {
			if ( array_key_exists( $name, $GLOBALS ) ) {
				$this->saved_globals[ $name ] = $GLOBALS[ $name ];
			}
		}
	}

	/**
	 * Restores the blog, the role and the globals (the database is rolled back).
	 */
	protected function tearDown(): void {
		if ( $this->switched ) {
			restore_current_blog();
		}
		if ( $this->added_shop_manager ) {
			wp_roles()->remove_role( 'shop_manager' );
		}
		foreach ( self::MENU_GLOBALS as $name ) {
			if ( array_key_exists( $name, $this->saved_globals ) ) {
				$GLOBALS[ $name ] = $this->saved_globals[ $name ]; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			} else {
				unset( $GLOBALS[ $name ] );
			}
		}
		$this->saved_globals = array();
		parent::tearDown();
	}

	/**
	 * Everyone who may ask, what they may see and how they are refused.
	 *
	 * Columns: actor; sees the facts, the page, the badge, Site Health's section and our
	 * settings; the REST status of a refusal (null when not refused); may manage this
	 * site's own options in core (then core's settings route answers 200, without ours).
	 *
	 * @return array<string, array{string, bool, int|null, bool}>
	 */
	public function actors(): array {
		$actors = array(
			'anonymous'    => array( 'anonymous', false, 401, false ),
			'subscriber'   => array( 'subscriber', false, 403, false ),
			'contributor'  => array( 'contributor', false, 403, false ),
			'editor'       => array( 'editor', false, 403, false ),
			'shop manager' => array( 'shop_manager', false, 403, false ),
		);
		if ( is_multisite() ) {
			$actors['administrator of the main site, not super admin'] = array( 'administrator', false, 403, true );
			$actors['administrator of a sub-site, not super admin']    = array( 'subsite_administrator', false, 403, true );
			$actors['super admin']                                     = array( 'super_admin', true, null, true );
		} else {
			$actors['administrator'] = array( 'administrator', true, null, true );
		}
		return $actors;
	}

	/**
	 * Becomes the actor, with our two settings saved on the site they act on.
	 *
	 * @param string $actor A name from actors().
	 */
	private function become( string $actor ): void {
		switch ( $actor ) {
			case 'anonymous':
				wp_set_current_user( 0 );
				break;
			case 'super_admin':
				$this->log_in_as_site_owner();
				$this->assertTrue( is_super_admin() );
				break;
			case 'subsite_administrator':
				$this->log_in_as_subsite_administrator();
				break;
			case 'shop_manager':
				$this->given_shop_manager_role();
				$this->log_in_as( 'shop_manager' );
				break;
			default:
				$this->log_in_as( $actor );
				if ( is_multisite() ) {
					$this->assertFalse( is_super_admin() );
				}
		}
		update_option( Settings::PURCHASE_EMAIL, self::SAVED_EMAIL );
		update_option( Settings::LAST_TICKET_AT, self::SAVED_TICKET );
	}

	/**
	 * WooCommerce's shop manager, or a stand-in with its capabilities. The WooCommerce on
	 * the test sites is a header-only stand-in (local-site/stand-in-plugins/) that
	 * registers no role, so the stand-in copies what WooCommerce gives a shop manager on
	 * top of an editor's capabilities; like the real one, it lacks manage_options.
	 */
	private function given_shop_manager_role(): void {
		if ( null !== get_role( 'shop_manager' ) ) {
			return;
		}
		$caps = get_role( 'editor' )->capabilities;
		foreach ( array( 'manage_woocommerce', 'view_woocommerce_reports', 'edit_products', 'edit_shop_orders', 'list_users', 'edit_users', 'promote_users', 'edit_theme_options' ) as $cap ) {
			$caps[ $cap ] = true;
		}
		unset( $caps['manage_options'] );
		add_role( 'shop_manager', 'Shop manager', $caps );
		$this->added_shop_manager = true;
	}

	/**
	 * An administrator of the network's sub-site `/sub/` who is not a super admin, acting
	 * on that sub-site.
	 */
	private function log_in_as_subsite_administrator(): void {
		$sites = get_sites( array( 'path' => '/sub/' ) );
		$this->assertNotEmpty( $sites, 'the multisite test network has a sub-site /sub/' );
		$id = wp_insert_user(
			array(
				'user_login' => 'subadmin_' . wp_generate_password( 6, false ),
				'user_pass'  => wp_generate_password(),
				'user_email' => 'subadmin' . wp_generate_password( 6, false ) . '@example.test',
				'role'       => '',
			)
		);
		$this->assertIsInt( $id );
		$this->assertTrue( add_user_to_blog( (int) $sites[0]->blog_id, $id, 'administrator' ) );
		switch_to_blog( (int) $sites[0]->blog_id );
		$this->switched = true;
		wp_set_current_user( $id );
		$this->assertTrue( current_user_can( 'manage_options' ), 'an administrator of the sub-site' );
		$this->assertFalse( is_super_admin() );
	}

	/**
	 * Dispatches a request in-process through the real REST server.
	 *
	 * @param string $method Method.
	 * @param string $route  Route.
	 * @param array  $query  Query parameters.
	 * @param array  $body   JSON body.
	 * @return WP_REST_Response
	 */
	private function rest( string $method, string $route, array $query = array(), array $body = array() ): WP_REST_Response {
		rest_get_server();
		$request = new WP_REST_Request( $method, $route );
		$request->set_query_params( $query );
		if ( array() !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
		}
		return rest_do_request( $request );
	}

	/**
	 * Asserts a JSON body holds none of the facts: no version, no component slug, no
	 * setting value.
	 *
	 * @param WP_REST_Response $response Response.
	 */
	private function assert_no_facts( WP_REST_Response $response ): void {
		$json   = (string) wp_json_encode( $response->get_data() );
		$facts  = Plugin::instance()->facts->current();
		$needle = array( self::SAVED_EMAIL, (string) self::SAVED_TICKET, get_bloginfo( 'version' ), PHP_VERSION, '10.9.4' );
		foreach ( $facts['components'] as $component ) {
			$needle[] = $component['slug'];
			$needle[] = (string) $component['installed'];
		}
		foreach ( array_filter( array_unique( $needle ) ) as $fact ) {
			$this->assertStringNotContainsStringIgnoringCase( $fact, $json, "a refusal must not carry \"$fact\"" );
		}
		$this->assertArrayNotHasKey( 'components', (array) $response->get_data() );
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string   $actor   Actor.
	 * @param bool     $allowed Sees the facts.
	 * @param int|null $refusal Status of a refusal.
	 */
	public function test_the_site_check_route_from_the_cache( string $actor, bool $allowed, ?int $refusal ): void {
		$this->become( $actor );
		$response = $this->rest( 'GET', self::ROUTE );

		if ( $allowed ) {
			$this->assertSame( 200, $response->get_status() );
			$this->assertSame( '10.2.2', $this->component( $response->get_data(), 'woocommerce' )['installed'] );
			return;
		}
		$this->assertSame( $refusal, $response->get_status() );
		$this->assertSame( 'rest_forbidden', $response->get_data()['code'] );
		$this->assert_no_facts( $response );
		$this->assertSame( array(), $this->requests, 'a refused request asks nothing of the update services' );
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string   $actor   Actor.
	 * @param bool     $allowed Sees the facts.
	 * @param int|null $refusal Status of a refusal.
	 */
	public function test_the_site_check_route_with_a_forced_refresh( string $actor, bool $allowed, ?int $refusal ): void {
		$this->become( $actor );
		$response = $this->rest( 'GET', self::ROUTE, array( 'refresh' => '1' ) );

		if ( $allowed ) {
			$this->assertSame( 200, $response->get_status() );
			$this->assertNotEmpty( $this->requests );
			return;
		}
		$this->assertSame( $refusal, $response->get_status() );
		$this->assert_no_facts( $response );
		$this->assertSame( array(), $this->requests );
		$this->assertFalse( get_option( 'dokan_support_check_refresh_lock' ), 'a refused refresh does not use up the rate limit' );
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string   $actor   Actor.
	 * @param bool     $allowed Sees the facts.
	 * @param int|null $refusal Status of a refusal.
	 */
	public function test_the_site_report_route_with_the_environment( string $actor, bool $allowed, ?int $refusal ): void {
		$this->become( $actor );
		$site_health_ran = 0;
		add_filter(
			'debug_information',
			static function ( $info ) use ( &$site_health_ran ) {
				$site_health_ran++;
				return $info;
			}
		);
		$response = $this->rest( 'GET', self::ROUTE, array( 'report' => '1' ) );

		if ( $allowed ) {
			$this->assertSame( 200, $response->get_status() );
			$this->assertArrayHasKey( 'wp-core', $response->get_data()['environment'] );
			return;
		}
		$this->assertSame( $refusal, $response->get_status() );
		$this->assert_no_facts( $response );
		$this->assertArrayNotHasKey( 'environment', (array) $response->get_data() );
		$this->assertSame( 0, $site_health_ran, 'a refused report builds nothing' );
		$this->assertSame( array(), $this->requests );
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string   $actor          Actor.
	 * @param bool     $allowed        Sees the settings.
	 * @param int|null $refusal        Status of a refusal.
	 * @param bool     $manages_site   Holds core's manage_options here.
	 */
	public function test_reading_our_settings_through_core_settings_route( string $actor, bool $allowed, ?int $refusal, bool $manages_site ): void {
		$this->become( $actor );
		foreach ( self::SETTINGS_ROUTES as $route ) {
			$response = $this->rest( 'GET', $route );
			$data     = (array) $response->get_data();

			if ( $allowed ) {
				$this->assertSame( 200, $response->get_status(), $route );
				$this->assertSame( self::SAVED_EMAIL, $data[ Settings::PURCHASE_EMAIL ], $route );
				$this->assertSame( self::SAVED_TICKET, $data[ Settings::LAST_TICKET_AT ], $route );
				continue;
			}
			if ( $manages_site ) {
				// Core's own settings stay theirs; ours are left out.
				$this->assertSame( 200, $response->get_status(), $route );
				$this->assertArrayHasKey( 'title', $data, $route );
			} else {
				$this->assertSame( $refusal, $response->get_status(), $route );
			}
			$this->assertArrayNotHasKey( Settings::PURCHASE_EMAIL, $data, $route );
			$this->assertArrayNotHasKey( Settings::LAST_TICKET_AT, $data, $route );
			$this->assertStringNotContainsString( self::SAVED_EMAIL, (string) wp_json_encode( $data ), $route );
		}
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string   $actor   Actor.
	 * @param bool     $allowed May write the settings.
	 * @param int|null $refusal Status of a refusal.
	 */
	public function test_writing_our_settings_through_core_settings_route( string $actor, bool $allowed, ?int $refusal ): void {
		$this->become( $actor );
		foreach ( self::SETTINGS_ROUTES as $route ) {
			$response = $this->rest(
				'POST',
				$route,
				array(),
				array(
					Settings::PURCHASE_EMAIL => self::HOSTILE_EMAIL,
					Settings::LAST_TICKET_AT => self::HOSTILE_TICKET,
				)
			);
			wp_cache_flush();

			if ( $allowed ) {
				$this->assertSame( 200, $response->get_status(), $route );
				$this->assertSame( self::HOSTILE_EMAIL, Settings::purchase_email(), $route );
				$this->assertSame( self::HOSTILE_TICKET, Settings::last_ticket_at(), $route );
				continue;
			}
			$this->assertSame( $refusal, $response->get_status(), $route );
			$this->assertSame( self::SAVED_EMAIL, Settings::purchase_email(), $route );
			$this->assertSame( self::SAVED_TICKET, Settings::last_ticket_at(), $route );
			$this->assertStringNotContainsString( self::SAVED_EMAIL, (string) wp_json_encode( $response->get_data() ), $route );
		}
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string $actor   Actor.
	 * @param bool   $allowed May open the page.
	 */
	public function test_the_admin_page_menu_entry_access_check_and_render( string $actor, bool $allowed ): void {
		$this->become( $actor );
		// What wp-admin/menu.php sets up before admin_menu, then what admin.php sets for our URL.
		$GLOBALS['menu']                 = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['submenu']              = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['_wp_submenu_nopriv']   = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['_wp_menu_nopriv']      = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['_registered_pages']    = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['_wp_real_parent_file'] = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['admin_page_hooks']['tools.php'] = 'tools';
		unset( $GLOBALS['admin_page_hooks']['dokan'] );
		// On a network the page is in Network Admin (Settings), where a super admin acts.
		set_current_screen( is_multisite() ? 'settings-network' : 'tools' );
		Plugin::instance()->admin_page->add_page();
		$GLOBALS['pagenow']     = Admin_Page::parent_slug(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$GLOBALS['plugin_page'] = Admin_Page::SLUG; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited

		$in_menu = in_array( Admin_Page::SLUG, array_column( $GLOBALS['submenu'][ Admin_Page::parent_slug() ] ?? array(), 2 ), true );
		$this->assertSame( $allowed, $in_menu, 'menu entry' );
		$this->assertSame( $allowed, user_can_access_admin_page(), 'user_can_access_admin_page()' );

		add_filter(
			'wp_die_handler',
			static function () {
				return static function ( $message, $title, $args ) {
					throw new \RuntimeException( 'wp_die ' . ( is_array( $args ) ? (int) ( $args['response'] ?? 0 ) : (int) $args ) );
				};
			}
		);
		ob_start();
		try {
			Plugin::instance()->admin_page->render();
			$died = '';
		} catch ( \RuntimeException $e ) {
			$died = $e->getMessage();
		}
		$html = (string) ob_get_clean();

		if ( $allowed ) {
			$this->assertSame( '', $died );
			$this->assertStringContainsString( 'Dokan Support Check', $html );
		} else {
			$this->assertSame( 'wp_die 403', $died, 'the page refuses to render, with 403' );
			$this->assertSame( '', $html );
		}
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string $actor   Actor.
	 * @param bool   $allowed Gets the badge.
	 */
	public function test_the_admin_bar_badge_and_dashboard_widget( string $actor, bool $allowed ): void {
		$this->become( $actor );
		$badge = Plugin::instance()->badge;

		// On a network the badge is in Network Admin, where plugin updates are made.
		set_current_screen( is_multisite() ? 'plugins-network' : 'edit-post' );
		$bar = new \WP_Admin_Bar();
		$badge->add_node( $bar );
		$this->assertSame( $allowed, null !== $bar->get_node( Badge::NODE_ID ), 'admin-bar node' );

		$GLOBALS['show_admin_bar'] = true; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$badge->enqueue();
		$this->assertSame( $allowed, wp_script_is( Badge::SCRIPT_HANDLE, 'enqueued' ), 'badge bundle with the cached facts' );

		$GLOBALS['wp_meta_boxes'] = array(); // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
		$dashboard                = is_multisite() ? 'dashboard-network' : 'dashboard';
		set_current_screen( $dashboard );
		$badge->add_widget();
		$this->assertSame( $allowed, isset( $GLOBALS['wp_meta_boxes'][ $dashboard ]['normal']['core'][ Badge::WIDGET_ID ] ), 'dashboard widget' );
		$this->assertSame( array(), $this->requests );
	}

	/**
	 * @dataProvider actors
	 *
	 * @param string $actor   Actor.
	 * @param bool   $allowed Gets the section.
	 */
	public function test_the_site_health_info_section( string $actor, bool $allowed ): void {
		$this->become( $actor );
		$info = apply_filters( 'debug_information', array() );

		$this->assertSame( $allowed, isset( $info[ Site_Health::SECTION ] ) );
		if ( $allowed ) {
			$this->assertArrayHasKey( 'component-woocommerce', $info[ Site_Health::SECTION ]['fields'] );
		}
		$this->assertSame( array(), $this->requests );
	}
}
