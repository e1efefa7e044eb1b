<?php
/**
 * Tests of the settings through core's /wp/v2/settings route and the options API.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Settings;
use WP_REST_Request;
use WP_REST_Response;

/**
 * The purchase e-mail and the last ticket time are registered, validated and exposed.
 */
final class Settings_Test extends Test_Case {

	/**
	 * Starts from a site where neither setting was ever saved (other test layers share
	 * the site; the transaction rolls this back).
	 */
	protected function setUp(): void {
		parent::setUp();
		foreach ( array( Settings::PURCHASE_EMAIL, Settings::LAST_TICKET_AT ) as $option ) {
			delete_option( $option );
			delete_site_option( $option ); // A network keeps them network-wide.
		}
	}

	/**
	 * Sends a request to core's settings route.
	 *
	 * @param string $method GET or POST.
	 * @param array  $body   JSON body.
	 * @return WP_REST_Response
	 */
	private function settings( string $method, array $body = array() ): WP_REST_Response {
		rest_get_server();
		$request = new WP_REST_Request( $method, '/wp/v2/settings' );
		if ( array() !== $body ) {
			$request->set_header( 'Content-Type', 'application/json' );
			$request->set_body( wp_json_encode( $body ) );
		}
		return rest_do_request( $request );
	}

	public function test_both_settings_are_registered_with_a_rest_schema(): void {
		$registered = get_registered_settings();
		$this->assertSame( 'string', $registered[ Settings::PURCHASE_EMAIL ]['type'] );
		// An e-mail address, or '' (cleared).
		$this->assertSame(
			array( 'email', null ),
			array_map(
				static function ( $branch ) {
					return $branch['format'] ?? null;
				},
				$registered[ Settings::PURCHASE_EMAIL ]['show_in_rest']['schema']['anyOf']
			)
		);
		$this->assertSame( 'integer', $registered[ Settings::LAST_TICKET_AT ]['type'] );
		$this->assertSame( 0, $registered[ Settings::LAST_TICKET_AT ]['default'] );
		$this->assertSame( 10, has_action( 'init', array( \Dokan_Support_Check\Plugin::instance()->settings, 'register_settings' ) ) );
		$this->assertSame( 10, has_action( 'rest_api_init', array( \Dokan_Support_Check\Plugin::instance()->settings, 'register_settings' ) ) );
	}

	public function test_administrators_read_the_defaults_through_the_settings_route(): void {
		$this->log_in_as_site_owner();
		$data = $this->settings( 'GET' )->get_data();
		$this->assertSame( '', $data[ Settings::PURCHASE_EMAIL ], 'not set: the empty value, which the schema allows' );
		$this->assertSame( 0, $data[ Settings::LAST_TICKET_AT ] );

		update_option( Settings::PURCHASE_EMAIL, 'buyer@example.test' );
		$this->assertSame( 'buyer@example.test', $this->settings( 'GET' )->get_data()[ Settings::PURCHASE_EMAIL ] );
	}

	public function test_a_valid_email_and_a_ticket_time_are_saved(): void {
		$this->log_in_as_site_owner();
		$response = $this->settings(
			'POST',
			array(
				Settings::PURCHASE_EMAIL => 'buyer@example.test',
				Settings::LAST_TICKET_AT => 1764244800,
			)
		);
		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( 'buyer@example.test', get_option( Settings::PURCHASE_EMAIL ) );
		$this->assertSame( 'buyer@example.test', Settings::purchase_email() );
		$this->assertSame( 1764244800, Settings::last_ticket_at() );
	}

	public function test_null_clears_the_email_through_the_settings_route(): void {
		update_option( Settings::PURCHASE_EMAIL, 'old@example.test' );
		$this->log_in_as_site_owner();
		$this->assertSame( 200, $this->settings( 'POST', array( Settings::PURCHASE_EMAIL => null ) )->get_status() );
		$this->assertSame( '', Settings::purchase_email() );
	}

	public function test_an_empty_string_clears_the_email_through_the_settings_route(): void {
		update_option( Settings::PURCHASE_EMAIL, 'old@example.test' );
		$this->log_in_as_site_owner();
		$response = $this->settings( 'POST', array( Settings::PURCHASE_EMAIL => '' ) );

		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( '', $response->get_data()[ Settings::PURCHASE_EMAIL ] );
		$this->assertSame( '', Settings::purchase_email() );
		$this->assertSame( '', $this->settings( 'GET' )->get_data()[ Settings::PURCHASE_EMAIL ] );
		$this->assertSame( '', Plugin::instance()->app_data()['settings']['purchaseEmail'], 'the page starts without it' );
	}

	/**
	 * @dataProvider invalid_emails
	 *
	 * @param string $email Not an e-mail address.
	 */
	public function test_an_invalid_email_is_refused_and_the_old_value_kept( string $email ): void {
		update_option( Settings::PURCHASE_EMAIL, 'old@example.test' );
		$this->log_in_as_site_owner();
		$response = $this->settings( 'POST', array( Settings::PURCHASE_EMAIL => $email ) );

		$this->assertSame( 400, $response->get_status() );
		$this->assertSame( 'rest_invalid_param', $response->get_data()['code'] );
		$this->assertSame( 'old@example.test', get_option( Settings::PURCHASE_EMAIL ) );
	}

	/**
	 * Values that are not e-mail addresses.
	 *
	 * @return array
	 */
	public function invalid_emails(): array {
		return array(
			'no at sign' => array( 'buyer.example.test' ),
			'markup'     => array( '<script>alert(1)</script>@example.test' ),
			'two at'     => array( 'a@b@example.test' ),
			'blank'      => array( '   ' ),
		);
	}

	public function test_the_options_api_keeps_the_old_value_and_reports_a_settings_error(): void {
		update_option( Settings::PURCHASE_EMAIL, 'old@example.test' );
		update_option( Settings::PURCHASE_EMAIL, 'not an address' );

		$this->assertSame( 'old@example.test', get_option( Settings::PURCHASE_EMAIL ) );
		$this->assertContains( 'dokan_support_check_invalid_email', array_column( get_settings_errors( Settings::PURCHASE_EMAIL ), 'code' ) );

		update_option( Settings::PURCHASE_EMAIL, ' new@example.test ' );
		$this->assertSame( 'new@example.test', get_option( Settings::PURCHASE_EMAIL ), 'trimmed' );
		update_option( Settings::PURCHASE_EMAIL, '' );
		$this->assertSame( '', get_option( Settings::PURCHASE_EMAIL ), 'clearing it is allowed' );
	}

	public function test_a_negative_or_non_numeric_ticket_time_is_refused_or_cleaned(): void {
		$this->log_in_as_site_owner();
		$this->assertSame( 400, $this->settings( 'POST', array( Settings::LAST_TICKET_AT => -5 ) )->get_status() );
		update_option( Settings::LAST_TICKET_AT, 'yesterday' );
		$this->assertSame( 0, Settings::last_ticket_at() );
	}

	public function test_editors_cannot_write_the_settings(): void {
		$this->log_in_as( 'editor' );
		$response = $this->settings( 'POST', array( Settings::PURCHASE_EMAIL => 'buyer@example.test' ) );
		$this->assertSame( 403, $response->get_status() );
		$this->assertSame( '', Settings::purchase_email() );
	}

	/**
	 * @group network
	 */
	public function test_on_a_network_the_settings_are_the_networks(): void {
		$this->log_in_as_site_owner();
		$response = $this->settings(
			'POST',
			array(
				Settings::PURCHASE_EMAIL => 'network-buyer@example.test',
				Settings::LAST_TICKET_AT => 1764244800,
			)
		);
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 'network-buyer@example.test', get_site_option( Settings::PURCHASE_EMAIL ), 'a site option' );
		$this->assertFalse( $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( "SELECT option_value FROM {$GLOBALS['wpdb']->options} WHERE option_name = %s", Settings::PURCHASE_EMAIL ) ) ?? false, 'no per-site copy' );

		// Every site of the network, and Network Admin, see the same address.
		$sub = get_sites( array( 'path' => '/sub/' ) );
		$this->assertNotEmpty( $sub );
		switch_to_blog( (int) $sub[0]->blog_id );
		try {
			$this->assertSame( 'network-buyer@example.test', Settings::purchase_email() );
			$this->assertSame( 1764244800, Settings::last_ticket_at() );
		} finally {
			restore_current_blog();
		}

		// null clears it network-wide, through the same route.
		$this->assertSame( 200, $this->settings( 'POST', array( Settings::PURCHASE_EMAIL => null ) )->get_status() );
		$this->assertSame( '', Settings::purchase_email() );
		$this->assertSame( '', get_site_option( Settings::PURCHASE_EMAIL, '' ) );
	}

	/**
	 * @group network
	 */
	public function test_on_a_network_a_sub_site_and_the_main_site_share_the_email_and_the_last_ticket(): void {
		$this->log_in_as_site_owner();
		$sub = get_sites( array( 'path' => '/sub/' ) );
		$this->assertNotEmpty( $sub );
		$sub_id = (int) $sub[0]->blog_id;
		$this->assertNotSame( get_main_site_id(), $sub_id );

		// A ticket recorded and an address saved from the sub-site, as its page's REST calls do.
		switch_to_blog( $sub_id );
		try {
			$response = $this->settings(
				'POST',
				array(
					Settings::PURCHASE_EMAIL => 'sub-buyer@example.test',
					Settings::LAST_TICKET_AT => 1764248400,
				)
			);
			$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
			$from_sub = Plugin::instance()->app_data();
		} finally {
			restore_current_blog();
		}

		// The main site (and Network Admin, which reads it) sees the same, so R5 warns there too.
		$this->assertSame( get_main_site_id(), get_current_blog_id() );
		$this->assertSame( 'sub-buyer@example.test', Settings::purchase_email() );
		$this->assertSame( 1764248400, Settings::last_ticket_at() );
		$main = Plugin::instance()->app_data();
		$this->assertSame( $from_sub['settings'], $main['settings'] );
		$this->assertSame( $from_sub['lastTicketAt'], $main['lastTicketAt'] );
		$this->assertSame( 1764248400, $main['lastTicketAt'] );

		// Neither site keeps a copy of its own.
		foreach ( array( get_main_site_id(), $sub_id ) as $blog_id ) {
			switch_to_blog( $blog_id );
			try {
				$this->assertNull( $GLOBALS['wpdb']->get_var( $GLOBALS['wpdb']->prepare( "SELECT option_value FROM {$GLOBALS['wpdb']->options} WHERE option_name IN (%s, %s)", Settings::PURCHASE_EMAIL, Settings::LAST_TICKET_AT ) ) );
			} finally {
				restore_current_blog();
			}
		}

		// '' written from the main site clears it for the sub-site too.
		$response = $this->settings( 'POST', array( Settings::PURCHASE_EMAIL => '' ) );
		$this->assertSame( 200, $response->get_status(), wp_json_encode( $response->get_data() ) );
		$this->assertSame( '', get_site_option( Settings::PURCHASE_EMAIL ) );
		switch_to_blog( $sub_id );
		try {
			$this->assertSame( '', Settings::purchase_email() );
			$this->assertSame( '', $this->settings( 'GET' )->get_data()[ Settings::PURCHASE_EMAIL ] );
			$this->assertSame( 1764248400, Settings::last_ticket_at(), 'the ticket time stays' );
		} finally {
			restore_current_blog();
		}
	}
}
