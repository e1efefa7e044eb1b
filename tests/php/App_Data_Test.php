<?php
/**
 * Tests of the data the support page starts with: policy, vendor links, settings.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Policy;
use Dokan_Support_Check\Settings;
use Dokan_Support_Check\Vendor_Links;

/**
 * `window.dokanSupportCheck` carries exactly the keys the UI codes against.
 */
final class App_Data_Test extends Test_Case {

	public function test_the_app_data_has_exactly_the_documented_keys(): void {
		update_option( Settings::PURCHASE_EMAIL, 'buyer@example.test' );
		update_option( Settings::LAST_TICKET_AT, 1764244800 );
		$data = Plugin::instance()->app_data();

		$this->assertSame(
			array( 'restPath', 'facts', 'history', 'policy', 'links', 'settings', 'lastTicketAt', 'pageUrl', 'timeZone', 'updateCoreUrl', 'pluginsUrl', 'pluginInstallUrl', 'siteHealthUrl', 'wcStatusUrl' ),
			array_keys( $data )
		);
		$this->assertSame( 'dokan-support-check/v1/site-check', $data['restPath'] );
		$this->assertSame( Policy::defaults(), $data['policy'] );
		$this->assertSame( array( 'purchaseEmail' => 'buyer@example.test' ), $data['settings'] );
		$this->assertSame( 1764244800, $data['lastTicketAt'] );
		// Where updates are made: Network Admin on a network (a site's admin shows none).
		$admin = is_multisite() ? 'network_admin_url' : 'admin_url';
		$this->assertSame( $admin( 'update-core.php' ), $data['updateCoreUrl'] );
		$this->assertSame( $admin( 'plugins.php' ), $data['pluginsUrl'] );
		$this->assertSame( $admin( 'plugin-install.php' ), $data['pluginInstallUrl'] );
		$this->assertIsArray( $data['history'] );
		$this->assertStringStartsWith( admin_url( 'site-health.php' ), $data['siteHealthUrl'] );
		$this->assertStringContainsString( 'page=dokan-support-check', $data['pageUrl'] );
		$this->assertTrue( null === $data['facts'] || isset( $data['facts']['components'] ) );
		$this->assertNotFalse( wp_json_encode( $data ) );
	}

	public function test_dates_are_shown_in_the_sites_time_zone_a_city_or_a_fixed_offset(): void {
		// Settings → General: a city.
		update_option( 'timezone_string', 'Pacific/Auckland' );
		$this->assertSame( 'Pacific/Auckland', Plugin::instance()->app_data()['timeZone'] );

		// Settings → General: "UTC+5:30" (no city), as core stores it.
		update_option( 'timezone_string', '' );
		update_option( 'gmt_offset', 5.5 );
		$this->assertSame( '+05:30', Plugin::instance()->app_data()['timeZone'] );

		update_option( 'gmt_offset', -3 );
		$this->assertSame( '-03:00', Plugin::instance()->app_data()['timeZone'] );
	}

	public function test_woocommerces_status_report_is_linked_where_woocommerce_is_active(): void {
		$file = 'woocommerce/woocommerce.php';
		$this->assertArrayHasKey( $file, get_plugins(), 'the test sites have the WooCommerce stand-in' );
		$this->set_woocommerce_active( $file, true );
		// The current site's admin, also on a network (Network Admin has no WooCommerce screens).
		$this->assertSame( admin_url( 'admin.php?page=wc-status' ), Plugin::instance()->app_data()['wcStatusUrl'] );

		$this->set_woocommerce_active( $file, false );
		$this->assertNull( Plugin::instance()->app_data()['wcStatusUrl'] );
	}

	/**
	 * Activates or deactivates WooCommerce the way WordPress records it (the options are
	 * rolled back with the test's transaction).
	 *
	 * @param string $file   WooCommerce's main file.
	 * @param bool   $active Whether it is active.
	 */
	private function set_woocommerce_active( string $file, bool $active ): void {
		$site = array_values( array_diff( (array) get_option( 'active_plugins', array() ), array( $file ) ) );
		update_option( 'active_plugins', $active ? array_merge( $site, array( $file ) ) : $site );
		if ( is_multisite() ) {
			$network = (array) get_site_option( 'active_sitewide_plugins', array() );
			unset( $network[ $file ] );
			update_site_option( 'active_sitewide_plugins', $network );
		}
	}

	public function test_the_default_policy_is_the_vendors(): void {
		$this->assertSame(
			array(
				'vendor'     => 'Dokan',
				'premium'    => array( 'dokan-pro' ),
				'components' => array(
					'dokan-lite'  => array(
						'releasesBehind' => 2,
						'required'       => true,
					),
					'dokan-pro'   => array( 'releasesBehind' => 2 ),
					'wordpress'   => array(
						'releasesBehind' => 0,
						'required'       => true,
					),
					'woocommerce' => array(
						'releasesBehind' => 0,
						'required'       => true,
					),
				),
			),
			( new Policy() )->get()
		);
	}

	public function test_the_policy_filter_hands_another_policy_and_nonsense_falls_back(): void {
		$other = array(
			'vendor'     => 'Other',
			'components' => array( 'wordpress' => array( 'releasesBehind' => 1 ) ),
		);
		add_filter(
			Policy::FILTER,
			static function () use ( $other ) {
				return $other;
			}
		);
		$this->assertSame( $other, ( new Policy() )->get() );

		add_filter( Policy::FILTER, '__return_null', 20 );
		$this->assertSame( Policy::defaults(), ( new Policy() )->get() );
	}

	public function test_vendor_links_defaults_and_no_invented_url(): void {
		$links = ( new Vendor_Links() )->all();
		// Dokan's own "Get Support" (getdokan/dokan#2433, #2559); no public chat address (H1).
		$this->assertSame( 'https://dokan.co/contact/', $links['helpdesk'] );
		$this->assertSame( 'https://dokan.co/contact/', $links['contact'] );
		$this->assertSame( 'https://dokan.co/contact/', $links['liveChat'] );
		$this->assertSame( 'https://dokan.co/support-policy/', $links['supportPolicy'] );
		$this->assertSame( 'https://dokan.co/docs/wordpress/', $links['documentation'] );
		$this->assertSame( 'https://dokan.co/docs/wordpress/', $links['updateGuide'] );
		$this->assertNull( $links['weCare'] );
		$this->assertSame( 'https://welabs.dev/', $links['weLab'] );
		$this->assertSame( 'https://wordpress.org/support/forums/', $links['wordpressForums'] );
		$this->assertSame( 'https://wordpress.org/support/plugin/woocommerce/', $links['woocommerceForums'] );
	}

	public function test_each_link_is_filterable_and_unsafe_values_are_dropped(): void {
		add_filter(
			Vendor_Links::FILTER_PREFIX . 'weCare',
			static function () {
				return 'https://example.test/wecare/';
			}
		);
		add_filter(
			Vendor_Links::FILTER_PREFIX . 'helpdesk',
			static function () {
				return 'javascript:alert(1)';
			}
		);
		add_filter(
			Vendor_Links::FILTER,
			static function ( $links ) {
				$links['contact'] = 'https://example.test/contact/';
				$links['invented'] = 'https://example.test/';
				return $links;
			}
		);
		$links = ( new Vendor_Links() )->all();
		$this->assertSame( 'https://example.test/wecare/', $links['weCare'] );
		$this->assertNull( $links['helpdesk'] );
		$this->assertSame( 'https://example.test/contact/', $links['contact'] );
		$this->assertArrayNotHasKey( 'invented', $links );
	}
}
