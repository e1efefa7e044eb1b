<?php
/**
 * Tests of the Site Health Info section.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Facts\Appsero;
use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Settings;
use Dokan_Support_Check\Site_Health;

/**
 * The section lists the facts, with human and machine values, and nothing private.
 */
final class Site_Health_Test extends Test_Case {

	public function test_administrators_get_the_section_with_every_component_and_the_context(): void {
		update_option( Settings::PURCHASE_EMAIL, 'private-buyer@example.test' );
		$before = time();
		Plugin::instance()->facts->get( true );
		$after = time();
		$this->log_in_as_site_owner();

		$requests = 0;
		add_filter(
			'pre_http_request',
			static function ( $response ) use ( &$requests ) {
				$requests++;
				return $response;
			},
			0
		);
		$info = apply_filters( 'debug_information', array() );

		$this->assertSame( 0, $requests, 'the Info tab asks nobody' );
		$this->assertArrayHasKey( Site_Health::SECTION, $info );
		$section = $info[ Site_Health::SECTION ];
		$this->assertSame( 'Dokan Support Check', $section['label'] );
		foreach ( array( 'wordpress', 'woocommerce', 'dokan-lite', 'dokan-pro' ) as $slug ) {
			$this->assertArrayHasKey( 'component-' . $slug, $section['fields'] );
		}
		$woocommerce = $section['fields']['component-woocommerce'];
		$this->assertSame( 'WooCommerce', $woocommerce['label'] );
		$this->assertStringContainsString( '10.2.2', $woocommerce['value'] );
		$this->assertStringContainsString( '10.9.4', $woocommerce['value'] );
		$prefix = 'installed=10.2.2; active=yes; latest=10.9.4; source=wordpress.org; checked_at=';
		$this->assertStringStartsWith( $prefix, $woocommerce['debug'] );
		$checked_at = substr( $woocommerce['debug'], strlen( $prefix ), 20 );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/', $checked_at );
		// When the check above learnt it (a range: the clock may turn an hour meanwhile).
		$this->assertGreaterThanOrEqual( $before, strtotime( $checked_at ) );
		$this->assertLessThanOrEqual( $after, strtotime( $checked_at ) );
		$this->assertSame( PHP_VERSION, $section['fields']['php']['value'] );
		$this->assertMatchesRegularExpression( '/^\d{4}-\d\d-\d\dT/', $section['fields']['checked-at']['debug'] );

		$dump = wp_json_encode( $section );
		$this->assertStringNotContainsString( 'private-buyer', $dump );
		$this->assertStringNotContainsString( 'supported', strtolower( $dump ), 'no verdict in PHP' );
	}

	public function test_before_any_check_the_section_says_so(): void {
		// A network keeps the answers network-wide, a single site in its options; and
		// WordPress has not checked for updates either (the section takes in what it knows).
		delete_option( 'dokan_support_check_remote' );
		delete_site_option( 'dokan_support_check_remote' );
		delete_site_transient( 'update_core' );
		delete_site_transient( 'update_plugins' );
		foreach ( Appsero::cache_names( 'dokan-pro/dokan-pro.php' ) as $name ) {
			delete_transient( $name );
		}
		$this->log_in_as_site_owner();
		$section = apply_filters( 'debug_information', array() )[ Site_Health::SECTION ];
		$this->assertSame( 'never', $section['fields']['checked-at']['debug'] );
		$this->assertStringContainsString( 'latest=unknown', $section['fields']['component-dokan-lite']['debug'] );
	}

	public function test_an_inactive_or_missing_component_is_said_in_the_pages_words_without_a_verdict(): void {
		Plugin::instance()->facts->get( true );
		// Dokan Pro switched off (network-wide on a network), WooCommerce deleted.
		deactivate_plugins( 'dokan-pro/dokan-pro.php', true, is_multisite() );
		$this->remove_plugin( 'woocommerce/woocommerce.php' );
		$this->log_in_as_site_owner();

		$fields = apply_filters( 'debug_information', array() )[ Site_Health::SECTION ]['fields'];

		// The page calls these "Inactive" and "Not installed".
		$this->assertStringStartsWith( '4.1.1, inactive; latest ', $fields['component-dokan-pro']['value'] );
		$this->assertStringStartsWith( 'installed=4.1.1; active=no; ', $fields['component-dokan-pro']['debug'] );
		$this->assertSame( 'Not installed', $fields['component-woocommerce']['value'] );
		$this->assertStringStartsWith( 'installed=none; active=no; ', $fields['component-woocommerce']['debug'] );
		// Facts only: what the engine makes of them (not eligible, outside) is the page's.
		$dump = strtolower( (string) wp_json_encode( $fields ) );
		foreach ( array( 'eligible', 'outside', 'supported', 'not in use' ) as $verdict ) {
			$this->assertStringNotContainsString( $verdict, $dump );
		}
	}

	public function test_other_users_do_not_get_the_section(): void {
		$this->log_in_as( 'editor' );
		$this->assertArrayNotHasKey( Site_Health::SECTION, apply_filters( 'debug_information', array() ) );
	}
}
