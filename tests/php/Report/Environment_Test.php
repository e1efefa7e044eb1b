<?php
/**
 * Tests of the report's environment: GET site-check?report=1.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Report;

use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Report\Core_Sections;
use Dokan_Support_Check\Report\Environment;
use Dokan_Support_Check\Site_Health;
use Dokan_Support_Check\Tests\Test_Case;
use WP_REST_Request;
use WP_REST_Response;

/**
 * Dispatched in-process through the real REST server as the site owner, on each test
 * site (6.1, 6.8, 7.1 and the network). What other screens and the plain route load is
 * checked in real page loads by Screens_Test.
 */
final class Environment_Test extends Test_Case {

	const ROUTE = '/dokan-support-check/v1/site-check';

	/**
	 * Core's sections every site has (wp-paths-sizes is left out on purpose).
	 */
	const CORE_SECTIONS = array( 'wp-core', 'wp-dropins', 'wp-active-theme', 'wp-parent-theme', 'wp-themes-inactive', 'wp-mu-plugins', 'wp-plugins-active', 'wp-plugins-inactive', 'wp-media', 'wp-server', 'wp-database', 'wp-constants', 'wp-filesystem' );

	/**
	 * The fields core marks private, the same in 6.1, 6.8 and 7.1.
	 */
	const PRIVATE_FIELDS = array( 'wp-core/home_url', 'wp-core/site_url', 'wp-database/database_user', 'wp-database/database_host', 'wp-database/database_name', 'wp-database/database_prefix', 'wp-database/database_charset', 'wp-database/database_collate', 'wp-constants/ABSPATH' );

	/**
	 * Theme root made by a test, removed afterwards.
	 *
	 * @var string|null
	 */
	private $theme_root = null;

	/**
	 * Theme roots as they were.
	 *
	 * @var array
	 */
	private $saved_theme_directories = array();

	/**
	 * WooCommerce's plugin folder made by a test, removed afterwards.
	 *
	 * @var string|null
	 */
	private $woocommerce_folder = null;

	protected function setUp(): void {
		parent::setUp();
		$this->saved_theme_directories = $GLOBALS['wp_theme_directories'];
		$this->log_in_as_site_owner();
		// The facts part of the route answers from the cache in these tests (filled here, once).
		Plugin::instance()->facts->get();
	}

	protected function tearDown(): void {
		if ( null !== $this->woocommerce_folder ) {
			$this->remove_tree( $this->woocommerce_folder );
			$this->woocommerce_folder = null;
		}
		if ( null !== $this->theme_root ) {
			$GLOBALS['wp_theme_directories'] = $this->saved_theme_directories; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			$this->remove_tree( $this->theme_root );
			$this->theme_root = null;
			search_theme_directories( true );
			wp_clean_themes_cache();
		}
		parent::tearDown();
	}

	/**
	 * GETs the route.
	 *
	 * @param array $params Query parameters.
	 * @return WP_REST_Response
	 */
	private function get( array $params = array() ): WP_REST_Response {
		rest_get_server();
		$request = new WP_REST_Request( 'GET', self::ROUTE );
		$request->set_query_params( $params );
		return rest_do_request( $request );
	}

	/**
	 * The environment as the browser receives it (through JSON).
	 *
	 * @return array
	 */
	private function environment(): array {
		$response = $this->get( array( 'report' => '1' ) );
		$this->assertSame( 200, $response->get_status() );
		$data = json_decode( (string) wp_json_encode( $response->get_data() ), true );
		$this->assertArrayHasKey( 'environment', $data );
		return $data['environment'];
	}

	/**
	 * The route's schema, as an OPTIONS request shows it.
	 *
	 * @return array
	 */
	private function schema(): array {
		$server = rest_get_server();
		return $server->get_data_for_route( self::ROUTE, $server->get_routes()[ self::ROUTE ], 'help' )['schema'];
	}

	/**
	 * Field debug values of a section, by key.
	 *
	 * @param array  $environment Environment.
	 * @param string $section     Section key.
	 * @return array<string, string>
	 */
	private function debug_values( array $environment, string $section ): array {
		$this->assertArrayHasKey( $section, $environment );
		return array_map(
			static function ( $field ) {
				return $field['debug'];
			},
			$environment[ $section ]['fields']
		);
	}

	public function test_the_report_carries_core_sections_keyed_as_core_keys_them(): void {
		$response = $this->get( array( 'report' => '1' ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( rest_validate_value_from_schema( $response->get_data(), $this->schema(), 'report' ) );

		$environment = $this->environment();
		$keys        = array_keys( $environment );
		$this->assertSame( self::CORE_SECTIONS, array_values( array_intersect( $keys, self::CORE_SECTIONS ) ), 'core\'s sections, in core\'s order' );
		$this->assertNotContains( 'wp-paths-sizes', $keys, 'no directory sizes' );
		$this->assertNotContains( Site_Health::SECTION, $keys, 'our own Site Health section repeats the facts' );

		$private = array();
		foreach ( $environment as $key => $section ) {
			$this->assertIsString( $section['label'] );
			$this->assertNotSame( '', $section['label'] );
			foreach ( $section['fields'] as $name => $field ) {
				$this->assertIsString( $field['label'], "$key/$name" );
				$this->assertIsString( $field['value'], "$key/$name" );
				$this->assertIsString( $field['debug'], "$key/$name" );
				$this->assertSame( $field['value'], wp_strip_all_tags( $field['value'] ), "$key/$name is plain text" );
				$this->assertDoesNotMatchRegularExpression( '/&[a-z]+;|&#\d+;/', $field['value'], "$key/$name has no HTML entity" );
				if ( array_key_exists( 'private', $field ) ) {
					$this->assertTrue( $field['private'], 'private is only ever true' );
					$private[] = "$key/$name";
				}
			}
		}
		sort( $private );
		$expected = self::PRIVATE_FIELDS;
		sort( $expected );
		$this->assertSame( $expected, $private, 'core\'s private fields, flagged' );

		$core = $this->debug_values( $environment, 'wp-core' );
		$this->assertSame( get_bloginfo( 'version' ), $core['version'] );
		$this->assertSame( 'not checked', $core['dotorg_communication'] );
		$this->assertSame( 'Not checked by the site report (it sends no request)', $environment['wp-core']['fields']['dotorg_communication']['value'] );
		$this->assertSame( home_url(), $environment['wp-core']['fields']['home_url']['value'] );
		$this->assertSame( (string) ini_get( 'file_uploads' ), $this->debug_values( $environment, 'wp-media' )['file_uploads'], 'the real setting (6.1 hard-codes "turned off")' );
		$this->assertArrayHasKey( 'Dokan Support Check', $environment['wp-plugins-active']['fields'] );
		$this->assertStringContainsString( 'version: 10.2.2', $this->debug_values( $environment, 'wp-plugins-active' )['WooCommerce (stand-in)'] );
		$this->assertArrayHasKey( 'Offline WordPress.org (local sites and tests only)', $environment['wp-mu-plugins']['fields'] );

		if ( is_multisite() ) {
			$this->assertSame( 'true', $core['multisite'] );
			$this->assertGreaterThanOrEqual( 2, (int) $core['site_count'], 'the network and its sub-site' );
		} else {
			$this->assertSame( 'false', $core['multisite'] );
			$this->assertArrayNotHasKey( 'site_count', $core );
		}

		// Ours follow core's.
		$this->assertSame( array( 'dokan-woocommerce', 'dokan-pro-licence', 'dokan-template-overrides' ), array_slice( $keys, -3 ) );
	}

	public function test_other_plugins_sections_come_as_plain_text_and_private_ones_stay_out(): void {
		add_filter(
			'debug_information',
			static function ( $info ) {
				$info['another-plugin']    = array(
					'label'  => 'Another <em>plugin</em> &amp; co',
					'fields' => array(
						'limits' => array(
							'label' => 'Limits',
							'value' => array(
								'memory' => '256M',
								'time'   => 30,
							),
						),
						'token'  => array(
							'label'   => 'Token',
							'value'   => 'tok-123',
							'private' => true,
						),
						'on'     => array(
							'label' => 'Enabled',
							'value' => true,
							'debug' => false,
						),
					),
				);
				$info['a-private-section'] = array(
					'label'   => 'Secrets',
					'private' => true,
					'fields'  => array(
						'x' => array(
							'label' => 'X',
							'value' => 'secret-value',
						),
					),
				);
				return $info;
			}
		);
		$environment = $this->environment();

		$this->assertArrayNotHasKey( 'a-private-section', $environment, 'left out as core\'s copy leaves it out' );
		$this->assertSame(
			array(
				'label'  => 'Another plugin & co',
				'fields' => array(
					'limits' => array(
						'label' => 'Limits',
						'value' => "memory: 256M\ntime: 30",
						'debug' => "memory: 256M\ntime: 30",
					),
					'token'  => array(
						'label'   => 'Token',
						'value'   => 'tok-123',
						'debug'   => 'tok-123',
						'private' => true,
					),
					'on'     => array(
						'label' => 'Enabled',
						'value' => 'true',
						'debug' => 'false',
					),
				),
			),
			$environment['another-plugin']
		);
	}

	public function test_empty_sections_stay_json_objects(): void {
		$raw = $this->get( array( 'report' => '1' ) )->get_data();
		// No parent theme and no drop-in on the test sites: core keeps those sections, empty.
		$json = wp_json_encode( $raw['environment']['wp-parent-theme'] );
		$this->assertStringContainsString( '"fields":{}', $json );
		$this->assertStringContainsString( '"fields":{}', (string) wp_json_encode( $raw['environment']['wp-dropins'] ) );
	}

	public function test_the_plain_route_has_no_environment_and_does_not_run_site_health_code(): void {
		$runs = 0;
		add_filter(
			'debug_information',
			static function ( $info ) use ( &$runs ) {
				$runs++;
				return $info;
			},
			PHP_INT_MAX
		);
		$response = $this->get();
		$this->assertSame( 200, $response->get_status() );
		$this->assertArrayNotHasKey( 'environment', $response->get_data() );
		$this->assertSame( 0, $runs );

		$this->get( array( 'report' => 'false' ) );
		$this->assertSame( 0, $runs );

		$this->get( array( 'report' => '1' ) );
		$this->assertSame( 1, $runs, 'the spy works' );
	}

	public function test_a_report_value_that_is_not_a_boolean_is_refused(): void {
		$response = $this->get( array( 'report' => 'everything' ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
	}

	public function test_no_request_leaves_the_site_while_the_report_is_built(): void {
		$log    = WP_CONTENT_DIR . '/outbound-requests.log';
		$before = is_file( $log ) ? count( file( $log ) ) : 0;
		// Lowest priority: runs after every other filter, the offline stand-in of the network included.
		$seen = array();
		add_filter(
			'pre_http_request',
			static function ( $response, $args, $url ) use ( &$seen ) {
				$seen[] = array(
					'url'      => $url,
					'answered' => is_array( $response ) && 200 === ( $response['response']['code'] ?? null ),
				);
				return $response;
			},
			PHP_INT_MAX,
			3
		);

		$started = microtime( true );
		$this->environment();
		$seconds = microtime( true ) - $started;

		// Core's one reachability GET is answered in-process before any other filter sees it
		// unanswered; nothing else is asked.
		$this->assertSame(
			array(
				array(
					'url'      => 'https://wordpress.org',
					'answered' => true,
				),
			),
			$seen
		);
		$added = is_file( $log ) ? array_slice( file( $log ), $before ) : array();
		$this->assertCount( 1, $added, 'the offline stand-in logs what reaches it' );
		$this->assertStringContainsString( 'GET https://wordpress.org (answered before the network)', $added[0], 'it reached the stand-in already answered: 0 requests left' );
		$this->assertLessThan( 10, $seconds, 'no 10-second stall (a guard, not a timing figure: those are in npm run bench)' );

		// The short-circuit ends with the report: the same GET afterwards reaches the offline stand-in.
		$seen  = array();
		$after = wp_remote_get( 'https://wordpress.org', array( 'timeout' => 1 ) );
		$this->assertInstanceOf( \WP_Error::class, $after, 'refused by the offline stand-in' );
		$this->assertFalse( $seen[0]['answered'] );
	}

	public function test_building_twice_works_and_leaves_our_site_health_section_in_place(): void {
		$ours_present = array();
		add_filter(
			'debug_information',
			static function ( $info ) use ( &$ours_present ) {
				$ours_present[] = isset( $info[ Site_Health::SECTION ] );
				return $info;
			},
			PHP_INT_MAX
		);
		$first  = $this->environment();
		$second = $this->environment();

		$this->assertSame( array( false, false ), $ours_present, 'our section is not even built during the report' );
		$this->assertSame( array_keys( $first ), array_keys( $second ) );
		$this->assertSame( $first['wp-constants'], $second['wp-constants'] );

		// Site Health's Info tab still gets our section.
		$this->assertSame( 10, has_filter( 'debug_information', array( Plugin::instance()->site_health, 'add_section' ) ) );
		$this->assertArrayHasKey( Site_Health::SECTION, apply_filters( 'debug_information', array() ) );
	}

	public function test_a_plugin_whose_site_health_filter_throws_is_named_in_the_routes_error_not_a_critical_error_page(): void {
		// Another plugin's code, loaded for this test only: not in a folder WordPress loads
		// by itself, so a run killed half-way leaves the site working.
		$file = WP_CONTENT_DIR . '/dsc-test-failing-site-health-stand-in.php';
		$this->write_file( $file, "<?php\nadd_filter( 'debug_information', function () { throw new \\RuntimeException( 'Failing <b>Site Health</b> filter (stand-in)' ); } );\n" );
		require $file;

		$logged = $this->error_log_of(
			function () use ( &$report ) {
				$report = $this->get( array( 'report' => '1' ) );
			}
		);

		$this->assertSame( 500, $report->get_status() );
		$this->assertSame( 'dokan_support_check_environment_failed', $report->get_data()['code'] );
		$this->assertSame(
			'WordPress’s Site Health information could not be gathered: code in wp-content/dsc-test-failing-site-health-stand-in.php failed while adding to it (Failing Site Health filter (stand-in)).',
			$report->get_data()['message']
		);
		// As it would have been logged had it ended the request: what, where, and the trace.
		$this->assertStringContainsString( 'RuntimeException: Failing <b>Site Health</b> filter (stand-in) in ' . $file, $logged );
		$this->assertStringContainsString( 'Stack trace:', $logged );
	}

	/**
	 * @group network
	 */
	public function test_a_site_health_filter_that_switched_sites_and_threw_leaves_the_request_on_its_own_site(): void {
		$sites = get_sites( array( 'path' => '/sub/' ) );
		$this->assertNotEmpty( $sites, 'the test network has its sub-site' );
		$sub = (int) $sites[0]->blog_id;
		add_filter(
			'debug_information',
			static function () use ( $sub ) {
				switch_to_blog( $sub );
				throw new \RuntimeException( 'Failing after switching sites (stand-in)' );
			}
		);
		$main = get_current_blog_id();

		$this->error_log_of(
			function () use ( &$report ) {
				$report = $this->get( array( 'report' => '1' ) );
			}
		);

		$this->assertSame( 'dokan_support_check_environment_failed', $report->get_data()['code'] );
		$this->assertSame( $main, get_current_blog_id(), 'back on the site the request was for' );
		$this->assertFalse( ms_is_switched() );
	}

	public function test_a_plugin_that_asks_for_the_report_inside_site_health_does_not_recurse(): void {
		$inner = array();
		add_filter(
			'debug_information',
			function ( $info ) use ( &$inner ) {
				$request = new WP_REST_Request( 'GET', self::ROUTE );
				$request->set_query_params( array( 'report' => '1' ) );
				$inner[] = rest_do_request( $request )->get_data();
				return $info;
			}
		);
		$environment = $this->environment();

		$this->assertArrayHasKey( 'wp-core', $environment );
		$this->assertCount( 1, $inner, 'core\'s filter ran once' );
		$this->assertEquals( new \stdClass(), $inner[0]['environment'], 'the inner report gets an empty environment' );
		$this->assertArrayHasKey( 'components', $inner[0] );
	}

	/**
	 * What PHP's error log got while `$run` ran, with errors logged to a file of this test's
	 * instead of the site's log.
	 *
	 * @param callable $run What to run.
	 * @return string
	 */
	private function error_log_of( callable $run ): string {
		$log      = wp_tempnam( 'dsc-error-log' );
		$settings = array(
			'log_errors' => ini_set( 'log_errors', '1' ), // phpcs:ignore WordPress.PHP.IniSet
			'error_log'  => ini_set( 'error_log', $log ), // phpcs:ignore WordPress.PHP.IniSet
		);
		try {
			$run();
			return (string) file_get_contents( $log ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		} finally {
			foreach ( $settings as $setting => $value ) {
				ini_set( $setting, (string) $value ); // phpcs:ignore WordPress.PHP.IniSet
			}
			wp_delete_file( $log );
		}
	}

	/**
	 * @return array<string, array{0: array<string, string|null>, 1: array<string, string>, 2?: string}>
	 */
	public function woocommerce_states(): array {
		return array(
			'HPOS on, sync on'              => array(
				array(
					'woocommerce_db_version'                  => '10.2.2',
					'woocommerce_custom_orders_table_enabled' => 'yes',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'yes',
					'woocommerce_feature_custom_order_tables_enabled' => null,
				),
				array(
					'database_version' => '10.2.2',
					'order_storage'    => 'hpos',
					'order_sync'       => 'on',
				),
			),
			'HPOS on, sync off'             => array(
				array(
					'woocommerce_db_version'                  => '9.8.5',
					'woocommerce_custom_orders_table_enabled' => 'yes',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'no',
					'woocommerce_feature_custom_order_tables_enabled' => null,
				),
				array(
					'database_version' => '9.8.5',
					'order_storage'    => 'hpos',
					'order_sync'       => 'off',
				),
			),
			'posts storage, sync on'        => array(
				array(
					'woocommerce_db_version'                  => '8.2.0',
					'woocommerce_custom_orders_table_enabled' => 'no',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'yes',
					'woocommerce_feature_custom_order_tables_enabled' => null,
				),
				array(
					'database_version' => '8.2.0',
					'order_storage'    => 'posts',
					'order_sync'       => 'on',
				),
			),
			'an old WooCommerce: no option' => array(
				array(
					'woocommerce_db_version'                  => null,
					'woocommerce_custom_orders_table_enabled' => null,
					'woocommerce_custom_orders_table_data_sync_enabled' => null,
					'woocommerce_feature_custom_order_tables_enabled' => null,
				),
				array(
					'database_version' => 'none',
					'order_storage'    => 'posts',
					'order_sync'       => 'off',
				),
			),
			'unexpected values'             => array(
				array(
					'woocommerce_db_version'                  => '<b>9.0.0</b>',
					'woocommerce_custom_orders_table_enabled' => '1',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'true',
					'woocommerce_feature_custom_order_tables_enabled' => null,
				),
				array(
					'database_version' => '9.0.0',
					'order_storage'    => 'posts',
					'order_sync'       => 'off',
				),
			),
			'WooCommerce 7.9, HPOS chosen with its feature on' => array(
				array(
					'woocommerce_db_version'                  => '7.9.0',
					'woocommerce_custom_orders_table_enabled' => 'yes',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'no',
					'woocommerce_feature_custom_order_tables_enabled' => 'yes',
				),
				array(
					'database_version' => '7.9.0',
					'order_storage'    => 'hpos',
					'order_sync'       => 'off',
				),
				'7.9.0',
			),
			'WooCommerce 7.9, HPOS chosen, then its feature turned off: posts' => array(
				array(
					'woocommerce_db_version'                  => '7.9.0',
					'woocommerce_custom_orders_table_enabled' => 'yes',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'no',
					'woocommerce_feature_custom_order_tables_enabled' => 'no',
				),
				array(
					'database_version' => '7.9.0',
					'order_storage'    => 'posts',
					'order_sync'       => 'off',
				),
				'7.9.0',
			),
			'WooCommerce 8.0.0, the 7.x feature flag left off: ignored' => array(
				array(
					'woocommerce_db_version'                  => '8.0.0',
					'woocommerce_custom_orders_table_enabled' => 'yes',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'no',
					'woocommerce_feature_custom_order_tables_enabled' => 'no',
				),
				array(
					'database_version' => '8.0.0',
					'order_storage'    => 'hpos',
					'order_sync'       => 'off',
				),
				'8.0.0',
			),
			'WooCommerce 10.2, the 7.x feature flag left off: ignored' => array(
				array(
					'woocommerce_db_version'                  => '10.2.2',
					'woocommerce_custom_orders_table_enabled' => 'yes',
					'woocommerce_custom_orders_table_data_sync_enabled' => 'no',
					'woocommerce_feature_custom_order_tables_enabled' => 'no',
				),
				array(
					'database_version' => '10.2.2',
					'order_storage'    => 'hpos',
					'order_sync'       => 'off',
				),
			),
		);
	}

	/**
	 * @dataProvider woocommerce_states
	 *
	 * @param array       $options     Options (null: not set).
	 * @param array       $expected    Debug values by field.
	 * @param string|null $woocommerce The installed WooCommerce version; null: the stand-in's.
	 */
	public function test_woocommerce_database_and_order_storage( array $options, array $expected, ?string $woocommerce = null ): void {
		if ( null !== $woocommerce ) {
			$this->set_plugin_header( 'woocommerce/woocommerce.php', 'Version', $woocommerce );
		}
		foreach ( $options as $name => $value ) {
			null === $value ? delete_option( $name ) : update_option( $name, $value );
		}
		$environment = $this->environment();
		$this->assertSame( $expected, $this->debug_values( $environment, 'dokan-woocommerce' ) );

		$section = $environment['dokan-woocommerce'];
		$this->assertSame( 'WooCommerce database and orders', $section['label'] );
		$this->assertSame( 'hpos' === $expected['order_storage'] ? 'High-performance order storage' : 'WordPress posts storage', $section['fields']['order_storage']['value'] );
		$this->assertSame( 'on' === $expected['order_sync'] ? 'On' : 'Off', $section['fields']['order_sync']['value'] );
	}

	/**
	 * @return array<string, array{mixed, string, string}>
	 */
	public function licences(): array {
		return array(
			'active'                          => array(
				array(
					'key'         => 'SECRET-KEY-0123456789',
					'status'      => 'activate',
					'source_id'   => 'business',
					'expiry_days' => false,
				),
				'active',
				'Active',
			),
			'deactivated, key kept'           => array(
				array(
					'key'         => 'SECRET-KEY-0123456789',
					'status'      => 'deactivate',
					'expiry_days' => 0,
				),
				'inactive',
				'Inactive',
			),
			'deactivated by the user: no key' => array(
				array(
					'key'    => '',
					'status' => 'deactivate',
				),
				'inactive',
				'Inactive',
			),
			'a status without a key'          => array(
				array(
					'key'    => '',
					'status' => 'activate',
				),
				'inactive',
				'Inactive',
			),
			// Appsero's is_valid() says no, and Dokan Pro asks for its licence.
			'never entered'                   => array( null, 'inactive', 'Inactive' ),
			'not an array'                    => array( 'SECRET-KEY-0123456789', 'unknown', 'Can’t tell' ),
			'active under Appsero\'s default option name' => array(
				array(
					'key'    => 'SECRET-KEY-0123456789',
					'status' => 'activate',
				),
				'active',
				'Active',
				'appsero_' . md5( 'dokan-pro' ) . '_manage_license',
			),
		);
	}

	/**
	 * The report's licence is the state the facts give Dokan Pro's row: a paste never says
	 * "inactive" next to a verdict that read it as active.
	 *
	 * @dataProvider licences
	 *
	 * @param mixed  $option Stored option (null: not set).
	 * @param string $state  Expected debug value.
	 * @param string $text   Expected human value.
	 * @param string $name   The option's name.
	 */
	public function test_dokan_pro_licence_state_is_the_facts_one_never_the_key( $option, string $state, string $text, string $name = 'dokan_pro_license' ): void {
		delete_option( 'dokan_pro_license' );
		null === $option ? delete_option( $name ) : update_option( $name, $option );
		$response = $this->get( array( 'report' => '1' ) );
		$data     = $response->get_data();
		$section  = $data['environment']['dokan-pro-licence'];

		$this->assertSame( $state, $section['fields']['license']['debug'] );
		$this->assertSame( $text, $section['fields']['license']['value'] );
		$this->assertSame( $state, Environment::component( $data['components'], 'dokan-pro' )['licence'] );
		$this->assertStringNotContainsString( 'SECRET-KEY', (string) wp_json_encode( $data ) );
	}

	/**
	 * @return array<string, array{mixed, string, string}>
	 */
	public function modules(): array {
		$many = array();
		for ( $i = 1; $i <= 250; $i++ ) {
			$many[] = 'module_' . $i;
		}
		return array(
			'three'                   => array( array( 'follow_store', 'report_abuse', 'stripe' ), '3', 'follow_store, report_abuse, stripe' ),
			'none'                    => array( array(), '0', 'none' ),
			'never saved'             => array( null, '0', 'none' ),
			'garbage entries skipped' => array( array( 'stripe', '', array( 'x' ), 42, '<script>x</script>store_review' ), '2', 'stripe, store_review' ),
			'not a list'              => array( 'stripe', '0', 'none' ),
			'more than 200 (bounded)' => array( $many, '250', implode( ', ', array_slice( $many, 0, 200 ) ) . ', …' ),
		);
	}

	/**
	 * @dataProvider modules
	 *
	 * @param mixed  $option Stored option (null: not set).
	 * @param string $count  Expected count.
	 * @param string $list   Expected debug list.
	 */
	public function test_dokan_pro_active_modules( $option, string $count, string $list ): void {
		null === $option ? delete_option( 'dokan_pro_active_modules' ) : update_option( 'dokan_pro_active_modules', $option );
		$values = $this->debug_values( $this->environment(), 'dokan-pro-licence' );
		$this->assertSame( $count, $values['module_count'] );
		$this->assertSame( $list, $values['active_modules'] );
	}

	public function test_absent_plugins_give_absent_sections(): void {
		$environment = Plugin::instance()->environment;
		$component   = static function ( string $slug, ?string $installed ): array {
			return array(
				'slug'      => $slug,
				'installed' => $installed,
				'active'    => null !== $installed,
			);
		};

		$none = $environment->build( array( $component( 'wordpress', '7.1' ), $component( 'woocommerce', null ), $component( 'dokan-lite', null ), $component( 'dokan-pro', null ) ) );
		$this->assertArrayHasKey( 'wp-core', $none );
		$this->assertArrayNotHasKey( 'dokan-woocommerce', $none );
		$this->assertArrayNotHasKey( 'dokan-pro-licence', $none );
		$this->assertArrayNotHasKey( 'dokan-template-overrides', $none );

		$lite_only = $environment->build( array( $component( 'woocommerce', '10.2.2' ), $component( 'dokan-lite', '4.1.0' ), $component( 'dokan-pro', null ) ) );
		$this->assertArrayHasKey( 'dokan-woocommerce', $lite_only );
		$this->assertArrayNotHasKey( 'dokan-pro-licence', $lite_only );
		$this->assertArrayHasKey( 'dokan-template-overrides', $lite_only );

		$this->assertArrayNotHasKey( 'dokan-pro-licence', $environment->build( array() ), 'no components at all' );
	}

	public function test_template_overrides_of_a_child_theme_and_its_parent(): void {
		$this->given_woocommerce(
			array(
				'archive-product.php'           => $this->template( '8.6.0' ),
				'cart/cart.php'                 => $this->template( '10.1.0' ),
				'content-product.php'           => $this->template( '9.4.0' ),
				'emails/customer-note.php'      => $this->template( '3.7.0' ),
				'single-product.php'            => $this->template( '1.6.4' ),
				'single-product/title.php'      => $this->template( '1.6.4' ),
				'taxonomy-product-cat.php'      => $this->template( '4.7.0' ),
				// A block template: WooCommerce's status report counts a theme's copy too.
				'templates/single-product.html' => "<!-- wp:template-part {\"slug\":\"header\"} /-->\n",
			)
		);
		$this->given_themes(
			array(
				'dsc-test-parent' => array(
					'style.css'                            => "/*\nTheme Name: DSC Test Parent (stand-in)\nVersion: 1.0.0\n*/",
					'index.php'                            => '<?php',
					'archive-product.php'                  => $this->template( '3.4.1' ),
					'woocommerce/cart/cart.php'            => $this->template( '3.8.0' ),
					'woocommerce/single-product/title.php' => $this->template( '1.6.4' ),
					'dokan/dashboard/dashboard.php'        => "<?php\n/**\n * Dokan dashboard.\n *\n * @since 2.4\n */\n",
				),
				'dsc-test-child'  => array(
					'style.css'                            => "/*\nTheme Name: DSC Test Child (stand-in)\nTemplate: dsc-test-parent\nVersion: 2.0.0\n*/",
					'single-product.php'                   => $this->template( '1.6.4' ),
					'content-product.php'                  => $this->template( '8.0.0' ),
					'taxonomy-product_cat.php'             => $this->template( '4.7.0' ),
					'templates/single-product.html'        => "<!-- wp:template-part {\"slug\":\"header\"} /-->\n",
					'woocommerce/archive-product.php'      => $this->template( '8.6.0' ),
					'woocommerce/cart/cart.php'            => $this->template( '10.1.0' ),
					'woocommerce/emails/customer-note.php' => "<?php\n// An override without a docblock.\n",
					'woocommerce/helpers.php'              => $this->template( '1.0.0' ),
					'woocommerce/readme.txt'               => '@version 9.9.9 (not a template)',
					'dokan/store-lists-loop.php'           => $this->template( '3.2.0-beta.1' ),
					'elsewhere/cart.php'                   => $this->template( '1.0.0' ),
				),
			),
			'dsc-test-child',
			'dsc-test-parent'
		);

		$environment = $this->environment();
		$this->assertSame(
			array(
				'count'                                                => '10',
				'outdated'                                             => '2',
				// WooCommerce's templates in WooCommerce's order, each where WooCommerce finds it.
				'dsc-test-child/woocommerce/archive-product.php'       => '8.6.0',
				'dsc-test-child/woocommerce/cart/cart.php'             => '10.1.0',
				'dsc-test-child/content-product.php'                   => '8.0.0 (outdated, WooCommerce has 9.4.0)',
				'dsc-test-child/woocommerce/emails/customer-note.php'  => 'none (outdated, WooCommerce has 3.7.0)',
				'dsc-test-child/single-product.php'                    => '1.6.4',
				'dsc-test-parent/woocommerce/single-product/title.php' => '1.6.4',
				'dsc-test-child/templates/single-product.html'         => 'none',
				'dsc-test-child/taxonomy-product_cat.php'              => '4.7.0',
				// Then Dokan's, child then parent.
				'dsc-test-child/dokan/store-lists-loop.php'            => '3.2.0-beta.1',
				'dsc-test-parent/dokan/dashboard/dashboard.php'        => 'none',
			),
			$this->debug_values( $environment, 'dokan-template-overrides' )
		);
		$fields = $environment['dokan-template-overrides']['fields'];
		$this->assertSame( 'Outdated WooCommerce templates', $fields['outdated']['label'] );
		$this->assertSame( '2', $fields['outdated']['value'] );
		$this->assertSame( '8.0.0, older than WooCommerce’s 9.4.0', $fields['dsc-test-child/content-product.php']['value'] );
		$this->assertSame( 'No version declared, WooCommerce’s is 3.7.0', $fields['dsc-test-child/woocommerce/emails/customer-note.php']['value'] );
		$this->assertSame( 'No version declared', $fields['dsc-test-parent/dokan/dashboard/dashboard.php']['value'] );
		$this->assertSame( 'dsc-test-child/woocommerce/cart/cart.php', $fields['dsc-test-child/woocommerce/cart/cart.php']['label'] );

		// Core's own sections describe the same pair of themes.
		$this->assertStringContainsString( 'DSC Test Child (stand-in)', $environment['wp-active-theme']['fields']['name']['value'] );
		$this->assertStringContainsString( 'DSC Test Parent (stand-in)', $environment['wp-parent-theme']['fields']['name']['value'] );
	}

	public function test_a_woocommerce_template_in_the_child_themes_root_is_an_override(): void {
		$this->given_woocommerce(
			array(
				'archive-product.php' => $this->template( '8.6.0' ),
				'single-product.php'  => $this->template( '1.6.4' ),
				'content-product.php' => $this->template( '9.4.0' ),
			)
		);
		$this->given_a_theme(
			'dsc-test-root',
			array(
				'archive-product.php' => $this->template( '8.6.0' ),
				'single-product.php'  => $this->template( '1.6.4' ),
			)
		);

		$values = $this->debug_values( $this->environment(), 'dokan-template-overrides' );
		$this->assertSame( '2', $values['count'] );
		$this->assertSame( '8.6.0', $values['dsc-test-root/archive-product.php'] ?? null );
		$this->assertSame( '1.6.4', $values['dsc-test-root/single-product.php'] ?? null );
		$this->assertArrayNotHasKey( 'dsc-test-root/index.php', $values, 'not a WooCommerce template' );
	}

	public function test_the_child_themes_copy_hides_the_parents(): void {
		$this->given_woocommerce(
			array(
				'cart/cart.php'      => $this->template( '10.1.0' ),
				'single-product.php' => $this->template( '1.6.4' ),
			)
		);
		$this->given_themes(
			array(
				'dsc-test-parent' => array(
					'style.css'                      => "/*\nTheme Name: DSC Test Parent (stand-in)\n*/",
					'index.php'                      => '<?php',
					'woocommerce/cart/cart.php'      => $this->template( '3.8.0' ),
					'woocommerce/single-product.php' => $this->template( '1.6.4' ),
				),
				'dsc-test-child'  => array(
					'style.css'                 => "/*\nTheme Name: DSC Test Child (stand-in)\nTemplate: dsc-test-parent\n*/",
					'woocommerce/cart/cart.php' => $this->template( '10.1.0' ),
					'single-product.php'        => $this->template( '1.6.4' ),
				),
			),
			'dsc-test-child',
			'dsc-test-parent'
		);

		$values = $this->debug_values( $this->environment(), 'dokan-template-overrides' );
		$this->assertSame(
			array(
				'count'                                    => '2',
				'outdated'                                 => '0',
				'dsc-test-child/woocommerce/cart/cart.php' => '10.1.0',
				'dsc-test-child/single-product.php'        => '1.6.4',
			),
			$values,
			'the parent\'s copies, which WooCommerce never loads, are not listed (nor counted outdated)'
		);
	}

	public function test_a_theme_file_that_is_not_a_woocommerce_template_is_not_listed(): void {
		$this->given_woocommerce( array( 'cart/cart.php' => $this->template( '10.1.0' ) ) );
		$this->given_a_theme(
			'dsc-test-partials',
			array(
				'woocommerce/helpers.php'       => $this->template( '1.0.0' ),
				'woocommerce/inc/functions.php' => "<?php\n// The theme's own code.\n",
				'woocommerce/cart/cart.php'     => $this->template( '10.1.0' ),
				'woocommerce/cart/extra.php'    => $this->template( '1.0.0' ),
			)
		);

		$values = $this->debug_values( $this->environment(), 'dokan-template-overrides' );
		$this->assertSame(
			array(
				'count'                                       => '1',
				'outdated'                                    => '0',
				'dsc-test-partials/woocommerce/cart/cart.php' => '10.1.0',
			),
			$values
		);
	}

	public function test_an_override_is_outdated_when_older_or_undeclared_not_when_equal_or_newer(): void {
		$this->given_woocommerce(
			array(
				'older.php'           => $this->template( '9.3.0' ),
				'undeclared.php'      => $this->template( '9.3.0' ),
				'equal.php'           => $this->template( '9.3.0' ),
				'newer.php'           => $this->template( '9.3.0' ),
				'pre-release.php'     => $this->template( '9.3.0' ),
				'woo-declares-no.php' => "<?php\n// No docblock in WooCommerce's copy.\n",
				'neither.php'         => "<?php\n",
			)
		);
		$this->given_a_theme(
			'dsc-test-versions',
			array(
				'woocommerce/older.php'           => $this->template( '8.6.0' ),
				'woocommerce/undeclared.php'      => "<?php\n/**\n * Copied long ago.\n */\n",
				'woocommerce/equal.php'           => $this->template( '9.3.0' ),
				'woocommerce/newer.php'           => $this->template( '10.0.0' ),
				'woocommerce/pre-release.php'     => $this->template( '9.3.0-beta.1' ),
				'woocommerce/woo-declares-no.php' => $this->template( '1.0.0' ),
				'woocommerce/neither.php'         => "<?php\n",
			)
		);

		$environment = $this->environment();
		$section     = $environment['dokan-template-overrides'];
		$this->assertSame(
			array(
				'count'                                             => '7',
				'outdated'                                          => '3',
				'dsc-test-versions/woocommerce/equal.php'           => '9.3.0',
				'dsc-test-versions/woocommerce/neither.php'         => 'none',
				'dsc-test-versions/woocommerce/newer.php'           => '10.0.0',
				'dsc-test-versions/woocommerce/older.php'           => '8.6.0 (outdated, WooCommerce has 9.3.0)',
				'dsc-test-versions/woocommerce/pre-release.php'     => '9.3.0-beta.1 (outdated, WooCommerce has 9.3.0)',
				'dsc-test-versions/woocommerce/undeclared.php'      => 'none (outdated, WooCommerce has 9.3.0)',
				'dsc-test-versions/woocommerce/woo-declares-no.php' => '1.0.0',
			),
			$this->debug_values( $environment, 'dokan-template-overrides' )
		);
		$this->assertSame( '8.6.0, older than WooCommerce’s 9.3.0', $section['fields']['dsc-test-versions/woocommerce/older.php']['value'] );
		$this->assertSame( 'No version declared, WooCommerce’s is 9.3.0', $section['fields']['dsc-test-versions/woocommerce/undeclared.php']['value'] );
		$this->assertSame( '10.0.0', $section['fields']['dsc-test-versions/woocommerce/newer.php']['value'] );
		$this->assertSame( 'No version declared', $section['fields']['dsc-test-versions/woocommerce/neither.php']['value'] );
	}

	public function test_woocommerce_installed_without_a_readable_templates_folder_says_so(): void {
		$this->given_woocommerce( null );
		$this->given_a_theme(
			'dsc-test-blind',
			array(
				'single-product.php'         => $this->template( '1.6.4' ),
				'woocommerce/cart/cart.php'  => $this->template( '3.8.0' ),
				'dokan/store-lists-loop.php' => $this->template( '3.2.0' ),
			)
		);

		$environment = $this->environment();
		$section     = $environment['dokan-template-overrides'];
		$this->assertSame(
			array(
				'count'                                     => '1',
				'woocommerce_templates'                     => 'unreadable (WooCommerce overrides not listed)',
				'dsc-test-blind/dokan/store-lists-loop.php' => '3.2.0',
			),
			$this->debug_values( $environment, 'dokan-template-overrides' ),
			'no WooCommerce listing is guessed from the theme alone, and no outdated count is given'
		);
		$this->assertSame( 'WooCommerce’s templates folder', $section['fields']['woocommerce_templates']['label'] );
		$this->assertSame( 'Not readable, so the theme’s WooCommerce overrides are not listed', $section['fields']['woocommerce_templates']['value'] );
	}

	/**
	 * The overrides listed (debug values by key, without the counts) when a template path
	 * filter gives this value, as a theme or plugin would filter it.
	 *
	 * @param string $hook  `woocommerce_template_path` or `dokan_template_path`.
	 * @param mixed  $value What the filter returns.
	 * @return array<string, string>
	 */
	private function overrides_with_template_path( string $hook, $value ): array {
		remove_all_filters( $hook );
		add_filter(
			$hook,
			static function () use ( $value ) {
				return $value;
			}
		);
		return array_slice( $this->debug_values( $this->environment(), 'dokan-template-overrides' ), 2 );
	}

	public function test_a_theme_that_moves_woocommerces_template_folder_is_read_where_woocommerce_reads_it(): void {
		$this->given_woocommerce( array( 'cart/cart.php' => $this->template( '10.1.0' ) ) );
		$this->given_a_theme(
			'dsc-test-moved',
			array(
				'shop/cart/cart.php'        => $this->template( '10.1.0' ),
				'woocommerce/cart/cart.php' => $this->template( '3.8.0' ),
			)
		);
		$listed = function ( $path ): array {
			return array_keys( $this->overrides_with_template_path( 'woocommerce_template_path', $path ) );
		};

		$this->assertSame( array( 'dsc-test-moved/shop/cart/cart.php' ), $listed( 'shop/' ) );
		$this->assertSame( array( 'dsc-test-moved/shop/cart/cart.php' ), $listed( '/shop' ), 'kept to a folder inside the theme' );
		$this->assertSame( array( 'dsc-test-moved/woocommerce/cart/cart.php' ), $listed( '../../dsc-test-moved/shop/' ), 'a path that climbs out is WooCommerce\'s default' );
		$this->assertSame( array( 'dsc-test-moved/woocommerce/cart/cart.php' ), $listed( array( 'shop/' ) ), 'not text: the default' );
		$this->assertSame( array(), $listed( '' ), 'the theme\'s root: no cart/cart.php there' );
	}

	public function test_a_filtered_dokan_folder_reached_through_a_link_out_of_the_theme_is_not_walked(): void {
		$this->given_woocommerce( array() );
		$this->given_a_theme(
			'dsc-test-moved',
			array(
				'real/dokan/store-lists-loop.php' => $this->template( '3.2.0' ),
			)
		);
		$theme   = $this->theme_root . '/dsc-test-moved';
		$outside = $this->theme_root . '-outside';
		wp_mkdir_p( $outside . '/dokan' );
		file_put_contents( $outside . '/dokan/not-a-template.php', $this->template( '1.0.0' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
		symlink( $outside, $theme . '/tpl' );
		symlink( $theme . '/real', $theme . '/inner' );
		try {
			$this->assertSame(
				array( 'dsc-test-moved/real/dokan/store-lists-loop.php' => '3.2.0' ),
				$this->overrides_with_template_path( 'dokan_template_path', 'real/dokan/' ),
				'a folder of the theme'
			);
			$this->assertSame( array(), $this->overrides_with_template_path( 'dokan_template_path', 'tpl/dokan/' ), 'through a link that leads out of the theme' );
			$this->assertSame(
				array( 'dsc-test-moved/inner/dokan/store-lists-loop.php' => '3.2.0' ),
				$this->overrides_with_template_path( 'dokan_template_path', 'inner/dokan/' ),
				'through a link that stays inside the theme'
			);
		} finally {
			$this->remove_tree( $outside );
		}
	}

	public function test_dokan_templates_of_the_child_theme_hide_the_parents(): void {
		$this->given_woocommerce( array() );
		$this->given_themes(
			array(
				'dsc-test-parent' => array(
					'style.css'                     => "/*\nTheme Name: DSC Test Parent (stand-in)\n*/",
					'index.php'                     => '<?php',
					'dokan/store-lists-loop.php'    => "<?php\n// The parent's copy.\n",
					'dokan/dashboard/dashboard.php' => "<?php\n// The parent's copy.\n",
				),
				'dsc-test-child'  => array(
					'style.css'                  => "/*\nTheme Name: DSC Test Child (stand-in)\nTemplate: dsc-test-parent\n*/",
					'dokan/store-lists-loop.php' => $this->template( '3.2.0' ),
				),
			),
			'dsc-test-child',
			'dsc-test-parent'
		);

		$this->assertSame(
			array(
				'count'                                         => '2',
				'outdated'                                      => '0',
				'dsc-test-child/dokan/store-lists-loop.php'     => '3.2.0',
				'dsc-test-parent/dokan/dashboard/dashboard.php' => 'none',
			),
			$this->debug_values( $this->environment(), 'dokan-template-overrides' )
		);
	}

	public function test_a_theme_that_moves_dokans_template_folder_is_read_where_dokan_reads_it(): void {
		$this->given_woocommerce( array() );
		$this->given_a_theme(
			'dsc-test-moved',
			array(
				'marketplace/store-lists-loop.php' => $this->template( '3.2.0' ),
				'dokan/store-lists-loop.php'       => $this->template( '2.9.0' ),
			)
		);
		$listed = function ( $path ): array {
			return $this->overrides_with_template_path( 'dokan_template_path', $path );
		};

		$this->assertSame( array( 'dsc-test-moved/marketplace/store-lists-loop.php' => '3.2.0' ), $listed( 'marketplace/' ) );
		$this->assertSame( array( 'dsc-test-moved/marketplace/store-lists-loop.php' => '3.2.0' ), $listed( '/marketplace' ), 'kept to a folder inside the theme' );
		$this->assertSame( array( 'dsc-test-moved/dokan/store-lists-loop.php' => '2.9.0' ), $listed( '../dsc-test-moved/marketplace/' ), 'a path that climbs out is Dokan\'s default' );
		$this->assertSame( array( 'dsc-test-moved/dokan/store-lists-loop.php' => '2.9.0' ), $listed( null ), 'not text: the default' );
		$this->assertSame( array( 'dsc-test-moved/dokan/store-lists-loop.php' => '2.9.0' ), $listed( '' ), 'the theme\'s root is not walked: its own files would pass for Dokan\'s' );
	}

	public function test_a_huge_template_is_read_only_at_its_start(): void {
		$filler = str_repeat( " * Filler line of a very long docblock.\n", 30000 );
		$this->assertGreaterThan( 1000000, strlen( $filler ) );
		$this->given_woocommerce(
			array(
				'version-first.php' => $this->template( '8.6.0' ),
				'version-last.php'  => $this->template( '8.6.0' ),
			)
		);
		$this->given_a_theme(
			'dsc-test-big',
			array(
				'woocommerce/version-first.php' => $this->template( '8.6.0' ) . "/*\n" . $filler . ' */',
				'woocommerce/version-last.php'  => "<?php\n/*\n" . $filler . " * @version 8.6.0\n */\n",
			)
		);

		$values = $this->debug_values( $this->environment(), 'dokan-template-overrides' );
		$this->assertSame( '8.6.0', $values['dsc-test-big/woocommerce/version-first.php'] );
		$this->assertSame( 'none (outdated, WooCommerce has 8.6.0)', $values['dsc-test-big/woocommerce/version-last.php'], 'a version past the first 8 KB is not read' );
	}

	public function test_a_thousand_overrides_are_bounded(): void {
		$templates = array();
		$files     = array();
		for ( $i = 0; $i < 1000; $i++ ) {
			$templates[ sprintf( 'many/part-%04d.php', $i ) ]         = $this->template( '9.1.0' );
			$files[ sprintf( 'woocommerce/many/part-%04d.php', $i ) ] = $this->template( '9.0.' . $i );
			$files[ sprintf( 'dokan/many/part-%04d.php', $i ) ]       = $this->template( '1.0.' . $i );
		}
		$this->given_woocommerce( $templates );
		$this->given_a_theme( 'dsc-test-many', $files );

		$response = $this->get( array( 'report' => '1' ) );
		$fields   = $response->get_data()['environment']['dokan-template-overrides']['fields'];
		$this->assertCount( 2 + 200, $fields, 'the count and the outdated count, then 200 files' );
		$this->assertSame( '>200', $fields['count']['debug'] );
		$this->assertSame( 'More than 200 (only these are listed)', $fields['count']['value'] );
		$this->assertSame( '>=200', $fields['outdated']['debug'], 'every listed one is outdated; the others were not compared' );
		$this->assertSame( 'At least 200 (only the files listed were compared)', $fields['outdated']['value'] );
		$this->assertSame( '9.0.0 (outdated, WooCommerce has 9.1.0)', $fields['dsc-test-many/woocommerce/many/part-0000.php']['debug'] );
		$this->assertLessThan( 200000, strlen( (string) wp_json_encode( $response->get_data() ) ), 'the answer stays small' );

		// Dokan's folder alone is bounded too.
		$this->given_woocommerce( array() );
		$fields = $this->get( array( 'report' => '1' ) )->get_data()['environment']['dokan-template-overrides']['fields'];
		$this->assertCount( 2 + 200, $fields );
		$this->assertSame( '>200', $fields['count']['debug'] );
		$this->assertSame( '0', $fields['outdated']['debug'] );
	}

	public function test_plain_text_from_any_value(): void {
		$this->assertSame( 'Loading…', Core_Sections::plain( 'Loading&hellip;' ) );
		$this->assertSame( 'Theme by Someone & Co', Core_Sections::plain( 'Theme by <a href="https://example.test">Someone</a> &amp; Co' ) );
		$this->assertSame( "time: 30\nmemory: 256M", Core_Sections::plain( array( 'time' => 30, 'memory' => '256M' ) ) );
		$this->assertSame( 'true', Core_Sections::plain( true ) );
		$this->assertSame( 'false', Core_Sections::plain( false ) );
		$this->assertSame( '0', Core_Sections::plain( 0 ) );
		$this->assertSame( '1.5', Core_Sections::plain( 1.5 ) );
		$this->assertSame( '', Core_Sections::plain( null ) );
		$this->assertSame( '', Core_Sections::plain( new \stdClass() ) );
	}

	/**
	 * A WooCommerce-style template declaring a version.
	 *
	 * @param string $version Version.
	 * @return string
	 */
	private function template( string $version ): string {
		return "<?php\n/**\n * A template (test stand-in).\n *\n * @see https://woocommerce.com/document/template-structure/\n * @package WooCommerce\\Templates\n * @version $version\n */\n\ndefined( 'ABSPATH' ) || exit;\n";
	}

	/**
	 * Puts WooCommerce in a plugin folder of this test's own, not named `woocommerce` (the
	 * stand-in's main file is taken away, and put back after the test), with exactly
	 * these templates: what the report compares the theme with does not depend on what
	 * the site's stand-in holds. Called again, it replaces the folder.
	 *
	 * @param array<string, string>|null $templates Contents by path in `templates/`; null
	 *                                              for no `templates/` folder at all.
	 */
	private function given_woocommerce( ?array $templates ): void {
		if ( null === $this->woocommerce_folder ) {
			$this->remove_plugin( 'woocommerce/woocommerce.php' );
		} else {
			$this->remove_tree( $this->woocommerce_folder );
		}
		$this->woocommerce_folder = WP_PLUGIN_DIR . '/dsc-test-shop-' . strtolower( wp_generate_password( 6, false ) );
		wp_mkdir_p( $this->woocommerce_folder );
		$files = array( 'woocommerce.php' => (string) file_get_contents( dirname( __DIR__, 3 ) . '/local-site/stand-in-plugins/woocommerce/woocommerce.php' ) );
		if ( null !== $templates ) {
			wp_mkdir_p( $this->woocommerce_folder . '/templates' );
			foreach ( $templates as $path => $contents ) {
				$files[ 'templates/' . $path ] = $contents;
			}
		}
		foreach ( $files as $path => $contents ) {
			wp_mkdir_p( dirname( $this->woocommerce_folder . '/' . $path ) );
			file_put_contents( $this->woocommerce_folder . '/' . $path, $contents ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
		}
		wp_clean_plugins_cache( false );
	}

	/**
	 * Writes themes into a theme root of this test's own and makes one active (through
	 * the options WordPress reads, so nothing is switched for good: the transaction is
	 * rolled back and the folder removed).
	 *
	 * @param array  $themes     Files by path, by theme folder.
	 * @param string $stylesheet Active theme.
	 * @param string $template   Its parent (itself when none).
	 */
	private function given_themes( array $themes, string $stylesheet, string $template ): void {
		$this->theme_root = sys_get_temp_dir() . '/dsc-test-themes-' . wp_generate_password( 8, false );
		foreach ( $themes as $slug => $files ) {
			foreach ( $files as $path => $contents ) {
				$file = $this->theme_root . '/' . $slug . '/' . $path;
				wp_mkdir_p( dirname( $file ) );
				file_put_contents( $file, $contents ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
			}
		}
		register_theme_directory( $this->theme_root );
		search_theme_directories( true );
		add_filter(
			'pre_option_stylesheet',
			static function () use ( $stylesheet ) {
				return $stylesheet;
			}
		);
		add_filter(
			'pre_option_template',
			static function () use ( $template ) {
				return $template;
			}
		);
		$root = $this->theme_root;
		foreach ( array( 'pre_option_stylesheet_root', 'pre_option_template_root' ) as $option ) {
			add_filter(
				$option,
				static function () use ( $root ) {
					return $root;
				}
			);
		}
		$this->assertSame( $this->theme_root . '/' . $stylesheet, get_stylesheet_directory() );
	}

	/**
	 * Installs one theme, without a parent, and makes it the active theme: its header
	 * ("DSC Test Moved (stand-in)" for `dsc-test-moved`), an index and these files.
	 *
	 * @param string $slug  Theme folder, `dsc-test-<name>`.
	 * @param array  $files Contents by path inside the theme.
	 */
	private function given_a_theme( string $slug, array $files ): void {
		$name = 'DSC Test ' . ucfirst( substr( $slug, strlen( 'dsc-test-' ) ) ) . ' (stand-in)';
		$this->given_themes(
			array(
				$slug => array_merge(
					array(
						'style.css' => "/*\nTheme Name: {$name}\n*/",
						'index.php' => '<?php',
					),
					$files
				),
			),
			$slug,
			$slug
		);
	}

	/**
	 * Removes a folder and everything in it.
	 *
	 * @param string $dir Folder.
	 */
	private function remove_tree( string $dir ): void {
		$entries = new \RecursiveIteratorIterator(
			new \RecursiveDirectoryIterator( $dir, \FilesystemIterator::SKIP_DOTS ),
			\RecursiveIteratorIterator::CHILD_FIRST
		);
		foreach ( $entries as $entry ) {
			// A symbolic link is removed, never what it leads to.
			$entry->isDir() && ! $entry->isLink() ? rmdir( $entry->getPathname() ) : unlink( $entry->getPathname() ); // phpcs:ignore WordPress.WP.AlternativeFunctions.unlink_unlink
		}
		rmdir( $dir );
	}
}
