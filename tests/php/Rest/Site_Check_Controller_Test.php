<?php
/**
 * Tests of GET /wp-json/dokan-support-check/v1/site-check.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Rest;

use Dokan_Support_Check\Tests\Facts\Facts_Test_Case;
use WP_REST_Request;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Facts/Facts_Test_Case.php';

/**
 * Dispatched in-process through the real REST server, as the site owner. Who else is
 * refused (401/403, no facts, no request) is one matrix in Security/Authorization_Test.
 */
final class Site_Check_Controller_Test extends Facts_Test_Case {

	const ROUTE = '/dokan-support-check/v1/site-check';

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
	 * The route's schema, as an OPTIONS request shows it.
	 *
	 * @return array
	 */
	private function schema(): array {
		$server = rest_get_server();
		return $server->get_data_for_route( self::ROUTE, $server->get_routes()[ self::ROUTE ], 'help' )['schema'];
	}

	public function test_the_route_is_registered_with_its_schema_and_arguments(): void {
		$routes = rest_get_server()->get_routes();
		$this->assertArrayHasKey( self::ROUTE, $routes );
		$this->assertSame( array( 'GET' => true ), $routes[ self::ROUTE ][0]['methods'] );
		$this->assertSame( 'boolean', $routes[ self::ROUTE ][0]['args']['refresh']['type'] );
		$this->assertSame( 'boolean', $routes[ self::ROUTE ][0]['args']['report']['type'] );
		$this->assertFalse( $routes[ self::ROUTE ][0]['args']['report']['default'] );

		$schema = $this->schema();
		$this->assertSame( array( 'generatedAt', 'site', 'components', 'history', 'environment' ), array_keys( $schema['properties'] ) );
		$field = $schema['properties']['environment']['additionalProperties']['properties']['fields']['additionalProperties'];
		$this->assertSame( array( 'label', 'value', 'debug', 'private' ), array_keys( $field['properties'] ) );
		$this->assertSame(
			array( 'slug', 'name', 'installed', 'active', 'latest', 'releases', 'source', 'checkedAt', 'error', 'licence' ),
			array_keys( $schema['properties']['components']['items']['properties'] )
		);
		$this->assertSame( array( 'active', 'inactive', 'unknown' ), $schema['properties']['components']['items']['properties']['licence']['enum'] );
		$this->assertSame( array( 'at', 'slug', 'name', 'from', 'to' ), array_keys( $schema['properties']['history']['items']['properties'] ) );
	}

	public function test_the_report_adds_the_change_history_matching_the_schema(): void {
		$this->log_in_as_site_owner();
		$this->assertArrayNotHasKey( 'history', $this->get()->get_data(), 'only with report=1' );
		$this->set_plugin_header( 'dokan-lite/dokan.php', 'Version', '4.1.2' );

		$data = $this->get( array( 'report' => '1' ) )->get_data();
		$this->assertSame( array( 'generatedAt', 'site', 'components', 'environment', 'history' ), array_keys( $data ) );
		$this->assertSame( 'dokan-lite', $data['history'][0]['slug'] );
		$this->assertSame( array( '4.1.0', '4.1.2' ), array( $data['history'][0]['from'], $data['history'][0]['to'] ) );
		$this->assertTrue( rest_validate_value_from_schema( $data, $this->schema(), 'facts' ) );
	}

	public function test_administrators_get_the_facts_matching_the_schema(): void {
		$this->log_in_as_site_owner();
		$response = $this->get();

		$this->assertSame( 200, $response->get_status() );
		$data = $response->get_data();
		$this->assertSame( array( 'generatedAt', 'site', 'components' ), array_keys( $data ) );
		$this->assertSame( '10.2.2', $this->component( $data, 'woocommerce' )['installed'] );
		$this->assertSame( '10.9.4', $this->component( $data, 'woocommerce' )['latest'] );

		$this->assertTrue( rest_validate_value_from_schema( $data, $this->schema(), 'facts' ) );

		// Through JSON, as the browser sees it.
		$json = json_decode( wp_json_encode( $data ), true );
		$this->assertSame( $data, $json );
	}

	public function test_the_second_get_is_served_from_the_cache(): void {
		$this->log_in_as_site_owner();
		$this->get();
		$this->assertNotEmpty( $this->requests, 'the first GET on an empty cache asks' );
		$this->requests = array();
		$this->assertSame( 200, $this->get()->get_status() );
		$this->assertSame( array(), $this->requests );
	}

	public function test_a_forced_refresh_is_rate_limited(): void {
		$this->log_in_as_site_owner();
		$first = $this->get( array( 'refresh' => '1' ) );
		$this->assertSame( 200, $first->get_status() );
		$this->assertNotEmpty( $this->requests );

		$this->requests = array();
		$second         = $this->get( array( 'refresh' => 'true' ) );
		$this->assertSame( 429, $second->get_status() );
		$this->assertSame( 'dokan_support_check_rate_limited', $second->get_data()['code'] );
		$this->assertGreaterThan( 0, (int) $second->get_headers()['Retry-After'] );
		$this->assertLessThanOrEqual( 60, (int) $second->get_headers()['Retry-After'] );
		$this->assertSame( array(), $this->requests );

		$this->assertSame( 200, $this->get()->get_status(), 'the cache still answers' );
		$this->assertSame( array(), $this->requests );
	}

	public function test_a_refresh_value_that_is_not_a_boolean_is_refused(): void {
		$this->log_in_as_site_owner();
		$response = $this->get( array( 'refresh' => 'perhaps' ) );
		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
	}

	public function test_a_failing_service_gives_200_with_nulls_and_reasons(): void {
		$this->given_wporg_mode( 'timeout' );
		$this->log_in_as_site_owner();
		$response = $this->get( array( 'refresh' => true ) );

		$this->assertSame( 200, $response->get_status() );
		$woocommerce = $this->component( $response->get_data(), 'woocommerce' );
		$this->assertNull( $woocommerce['latest'] );
		$this->assertStringContainsString( 'timed out', $woocommerce['error'] );
	}
}
