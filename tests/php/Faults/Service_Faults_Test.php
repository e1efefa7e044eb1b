<?php
/**
 * Faults of WordPress.org's answers: slow, 500, truncated, wrong JSON types, huge.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Faults;

use Dokan_Support_Check\Facts\Release_Data;
use Dokan_Support_Check\Facts\Site_Facts;
use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Tests\Facts\Facts_Test_Case;
use WP_REST_Request;
use WP_REST_Response;

require_once dirname( __DIR__ ) . '/Facts/Facts_Test_Case.php';

/**
 * Each test answers WordPress.org's requests with its own `pre_http_request` filter (it
 * runs before the offline stand-in's), then checks the facts and the REST route stay sane:
 * no PHP warning (PHPUnit turns warnings into errors), a reason instead of a value, and
 * never a made-up release list.
 */
final class Service_Faults_Test extends Facts_Test_Case {

	const ROUTE = '/dokan-support-check/v1/site-check';

	/**
	 * The service under test.
	 *
	 * @return Site_Facts
	 */
	private function facts(): Site_Facts {
		return Plugin::instance()->facts;
	}

	/**
	 * GETs the route as the site owner.
	 *
	 * @param array $params Query parameters.
	 * @return WP_REST_Response
	 */
	private function get_route( array $params = array() ): WP_REST_Response {
		$this->log_in_as_site_owner();
		rest_get_server();
		$request = new WP_REST_Request( 'GET', self::ROUTE );
		$request->set_query_params( $params );
		return rest_do_request( $request );
	}

	/**
	 * A WP_Http-shaped response.
	 *
	 * @param int    $code HTTP status.
	 * @param string $body Body.
	 * @return array
	 */
	private static function response( int $code, string $body ): array {
		return array(
			'headers'  => array( 'content-type' => 'application/json' ),
			'body'     => $body,
			'response' => array(
				'code'    => $code,
				'message' => get_status_header_desc( $code ),
			),
			'cookies'  => array(),
			'filename' => null,
		);
	}

	/**
	 * Answers one kind of WordPress.org request with a crafted answer; the others go on
	 * to the offline stand-in (fixtures).
	 *
	 * @param string         $kind   'core', 'plugins' or 'info'.
	 * @param array|callable $answer A response, or a function of ($args, $url) returning one.
	 */
	private function given_answer( string $kind, $answer ): void {
		$paths = array(
			'core'    => '/core/version-check/',
			'plugins' => '/plugins/update-check/',
			'info'    => '/plugins/info/',
		);
		add_filter(
			'pre_http_request',
			static function ( $response, $args, $url ) use ( $kind, $paths, $answer ) {
				if ( false !== $response || false === strpos( (string) wp_parse_url( $url, PHP_URL_PATH ), $paths[ $kind ] ) ) {
					return $response;
				}
				return is_callable( $answer ) ? $answer( $args, $url ) : $answer;
			},
			10,
			3
		);
	}

	/**
	 * A plugin information answer (JSON) for the slug asked about, from the fixture,
	 * changed by a callback.
	 *
	 * @param callable $change Receives the decoded fixture (array) and the slug; returns the new one.
	 * @return callable
	 */
	private static function info_answer( callable $change ): callable {
		return static function ( $args, $url ) use ( $change ) {
			parse_str( (string) wp_parse_url( $url, PHP_URL_QUERY ), $query );
			$slug = sanitize_key( $query['request']['slug'] ?? ( $query['slug'] ?? '' ) );
			$file = dirname( __DIR__, 3 ) . '/local-site/stand-in-answers/plugin-information-' . $slug . '.json';
			if ( ! is_readable( $file ) ) {
				return self::response( 404, '{"error":"Plugin not found."}' );
			}
			$data = json_decode( (string) file_get_contents( $file ), true );
			return self::response( 200, (string) wp_json_encode( $change( $data, $slug ) ) );
		};
	}

	/**
	 * Asserts every component of the facts has the shape of the contract.
	 *
	 * @param array $facts Facts.
	 */
	private function assert_well_formed( array $facts ): void {
		$this->assertIsString( $facts['generatedAt'] );
		$this->assertIsArray( $facts['site'] );
		$this->assertCount( 4, $facts['components'] );
		foreach ( $facts['components'] as $component ) {
			$slug = $component['slug'];
			$this->assertIsString( $slug );
			$this->assertIsString( $component['name'] );
			$this->assertTrue( null === $component['installed'] || is_string( $component['installed'] ), $slug );
			$this->assertTrue( null === $component['latest'] || is_string( $component['latest'] ), $slug );
			$this->assertTrue( null === $component['error'] || is_string( $component['error'] ), $slug );
			$this->assertTrue( null === $component['releases'] || is_array( $component['releases'] ), $slug );
			foreach ( (array) $component['releases'] as $release ) {
				$this->assertIsString( $release, $slug );
				$this->assertMatchesRegularExpression( '/^\d/', $release, $slug );
			}
		}
	}

	public function test_a_slow_service_gets_the_short_timeout_and_the_route_still_answers(): void {
		$timeouts = array();
		foreach ( array( 'core', 'plugins', 'info' ) as $kind ) {
			$this->given_answer(
				$kind,
				static function ( $args ) use ( &$timeouts ) {
					$timeouts[] = (float) $args['timeout'];
					// What WP_Http returns once the timeout it was given has passed.
					return new \WP_Error( 'http_request_failed', sprintf( 'cURL error 28: Operation timed out after %d milliseconds with 0 bytes received', (int) ( $args['timeout'] * 1000 ) ) );
				}
			);
		}

		$started  = microtime( true );
		$response = $this->get_route( array( 'refresh' => true ) );
		$elapsed  = microtime( true ) - $started;

		$this->assertSame( 200, $response->get_status() );
		$this->assertNotEmpty( $timeouts );
		$this->assertLessThanOrEqual( Release_Data::TIMEOUT, max( $timeouts ), 'every request got the short timeout' );
		$this->assertLessThan( 30, $elapsed, 'no real wait happened (the answers are simulated)' );
		$facts = $response->get_data();
		$this->assert_well_formed( $facts );
		foreach ( $facts['components'] as $component ) {
			$this->assertNull( $component['latest'], $component['slug'] );
			// Dokan Pro's latest version does not come through WordPress.org: its reason is its updater's.
			$this->assertStringContainsString( 'dokan-pro' === $component['slug'] ? 'its updater asks only' : 'timed out', (string) $component['error'], $component['slug'] );
		}
	}

	/**
	 * @dataProvider broken_bodies
	 *
	 * @param int    $code HTTP status.
	 * @param string $body Body.
	 */
	public function test_a_broken_answer_becomes_a_reason_not_a_value( int $code, string $body ): void {
		foreach ( array( 'core', 'plugins', 'info' ) as $kind ) {
			$this->given_answer( $kind, self::response( $code, $body ) );
		}
		$response = $this->get_route( array( 'refresh' => true ) );

		$this->assertSame( 200, $response->get_status() );
		$facts = $response->get_data();
		$this->assert_well_formed( $facts );
		foreach ( $facts['components'] as $component ) {
			$this->assertNull( $component['latest'], $component['slug'] );
			$this->assertNull( $component['releases'], $component['slug'] );
			$this->assertNotSame( '', trim( (string) $component['error'] ), $component['slug'] );
		}
	}

	/**
	 * Bodies that are not an answer.
	 *
	 * @return array
	 */
	public function broken_bodies(): array {
		return array(
			'HTTP 500 with HTML'    => array( 500, '<html><body>Internal Server Error</body></html>' ),
			'HTTP 500 with JSON'    => array( 500, '{"error":"internal"}' ),
			'truncated JSON'        => array( 200, '{"offers":[{"response":"upgrade","current":"7.1' ),
			'truncated plugin JSON' => array( 200, '{"plugins":{"woocommerce/woocommerce.php":{"new_version":"10.9' ),
			'empty body'            => array( 200, '' ),
			'JSON null'             => array( 200, 'null' ),
			'JSON string'           => array( 200, '"10.9.4"' ),
		);
	}

	/**
	 * @dataProvider wrong_release_lists
	 *
	 * @param mixed $versions What `versions` holds in the plugin information answer.
	 */
	public function test_a_release_list_of_the_wrong_type_is_never_taken_for_releases( $versions ): void {
		$this->given_answer(
			'info',
			self::info_answer(
				static function ( array $data ) use ( $versions ) {
					$data['versions'] = $versions;
					return $data;
				}
			)
		);
		$facts = $this->facts()->get( true );

		$this->assert_well_formed( $facts );
		foreach ( array( 'woocommerce', 'dokan-lite' ) as $slug ) {
			$component = $this->component( $facts, $slug );
			$this->assertNull( $component['releases'], "$slug: no list is known, so none is claimed" );
			$this->assertIsString( $component['latest'], "$slug: the update data still names the latest version" );
		}
	}

	/**
	 * `versions` values that are not a map of version => download URL.
	 *
	 * @return array
	 */
	public function wrong_release_lists(): array {
		return array(
			'a string'                 => array( '4.1.2, 4.1.1, 4.1.0' ),
			'a number'                 => array( 4.12 ),
			'a list of versions'       => array( array( '4.1.2', '4.1.1', '4.1.0' ) ),
			'a list of numbers'        => array( array( 4.12, 4.11, 4.1 ) ),
			'a list of nested arrays'  => array( array( array( '4.1.2' ), array( '4.1.1' ) ) ),
			'null'                     => array( null ),
			'an empty object'          => array( new \stdClass() ),
		);
	}

	public function test_odd_values_inside_a_release_map_keep_only_the_versions(): void {
		$this->given_answer(
			'info',
			self::info_answer(
				static function ( array $data ) {
					$data['versions'] = array(
						'4.1.2'                        => 'https://example.invalid/4.1.2.zip',
						'4.1.1'                        => 'https://example.invalid/4.1.1.zip',
						'4.1.0'                        => array( 'nested' => 'url' ),
						'4.0.9'                        => 409,
						'4.0.8'                        => null,
						'trunk'                        => 'https://example.invalid/trunk.zip',
						'<script>alert(1)</script>'    => 'https://example.invalid/x.zip',
						'4.0.9" onmouseover="alert(1)' => 'https://example.invalid/y.zip',
						str_repeat( '9', 500 )         => 'https://example.invalid/z.zip',
					);
					return $data;
				}
			)
		);
		$facts = $this->facts()->get( true );

		$this->assert_well_formed( $facts );
		$lite = $this->component( $facts, 'dokan-lite' );
		$this->assertSame( array( '4.1.2', '4.1.1' ), $lite['releases'], 'only versions WordPress.org gives a download for' );
	}

	public function test_wrong_types_in_the_update_answers_give_no_php_warning_and_no_garbage(): void {
		// `offers` as a string; `new_version` as an array; `version` as an object.
		$this->given_answer( 'core', self::response( 200, '{"offers":"7.1.4","translations":[]}' ) );
		$this->given_answer(
			'plugins',
			self::response(
				200,
				(string) wp_json_encode(
					array(
						'plugins'      => array(
							'woocommerce/woocommerce.php' => array( 'new_version' => array( '10.9.4' ) ),
						),
						'no_update'    => array(
							'dokan-lite/dokan.php'    => array( 'new_version' => array( 'major' => 4 ) ),
							'dokan-pro/dokan-pro.php' => 'not an object',
						),
						'translations' => array(),
					)
				)
			)
		);
		$this->given_answer(
			'info',
			self::info_answer(
				static function ( array $data ) {
					$data['version'] = array( 'current' => '4.1.2' );
					return $data;
				}
			)
		);

		$response = $this->get_route( array( 'refresh' => true ) );
		$this->assertSame( 200, $response->get_status() );
		$facts = $response->get_data();
		$this->assert_well_formed( $facts );
		$wordpress = $this->component( $facts, 'wordpress' );
		$this->assertNull( $wordpress['latest'] );
		$this->assertIsString( $wordpress['error'] );
		foreach ( array( 'woocommerce', 'dokan-lite' ) as $slug ) {
			$component = $this->component( $facts, $slug );
			$this->assertTrue( null === $component['latest'] || preg_match( '/^\d/', $component['latest'] ), $slug );
		}
	}

	public function test_a_release_list_of_ten_thousand_entries_is_bounded_and_still_decided(): void {
		$this->given_answer(
			'info',
			self::info_answer(
				static function ( array $data, string $slug ) {
					$versions = array();
					for ( $i = 0; $i < 10000; $i++ ) {
						$version              = sprintf( '%d.%d.%d', intdiv( $i, 1000 ), intdiv( $i, 10 ) % 100, $i % 10 );
						$versions[ $version ] = 'https://downloads.example.invalid/plugin/' . $slug . '.' . $version . '.zip';
					}
					$data['versions'] = $versions + $data['versions'];
					return $data;
				}
			)
		);

		$started  = microtime( true );
		$response = $this->get_route( array( 'refresh' => true ) );
		$elapsed  = microtime( true ) - $started;

		$this->assertSame( 200, $response->get_status() );
		$facts = $response->get_data();
		$this->assert_well_formed( $facts );
		$lite = $this->component( $facts, 'dokan-lite' );
		$this->assertCount( Release_Data::MAX_RELEASES, $lite['releases'], 'the served list is bounded' );
		$this->assertSame( '9.99.9', $lite['releases'][0], 'ordered by version' );

		$stored = is_multisite() ? get_site_option( 'dokan_support_check_remote' ) : get_option( 'dokan_support_check_remote' );
		$this->assertLessThanOrEqual( Release_Data::MAX_RELEASES, count( $stored['dokan-lite']['releases'] ), 'the stored list is bounded' );
		$snapshot = Plugin::instance()->facts->cached();
		$this->assertLessThanOrEqual( Site_Facts::SNAPSHOT_RELEASES, count( $this->component( $snapshot, 'dokan-lite' )['releases'] ) );
		// Recorded, not asserted: the time a 10,000-entry answer takes here.
		fwrite( STDERR, sprintf( "\n[10,000 releases: route answered in %.2f s]\n", $elapsed ) );
	}
}
