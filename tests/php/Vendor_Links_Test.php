<?php
/**
 * Tests of the links to where help is for a site premium support does not cover (E1, C1).
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests;

use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Vendor_Links;

/**
 * `dokanForum` and `buyPro`: the vendor's own addresses, in the page's data, filterable
 * like every other link, and only ever an http(s) URL or null.
 */
final class Vendor_Links_Test extends Test_Case {

	public function test_the_free_forum_and_the_shop_are_the_vendors_own_addresses(): void {
		$links = ( new Vendor_Links() )->all();
		// Dokan Lite's README sends users of the free plugin to its WordPress.org forum.
		$this->assertSame( 'https://wordpress.org/support/plugin/dokan-lite/', $links['dokanForum'] );
		// Dokan Lite's "Buy Now" goes to the pricing page.
		$this->assertSame( 'https://dokan.co/wordpress/pricing/', $links['buyPro'] );
	}

	public function test_the_page_gets_them_with_the_other_links(): void {
		$links = Plugin::instance()->app_data()['links'];
		$this->assertSame( 'https://wordpress.org/support/plugin/dokan-lite/', $links['dokanForum'] );
		$this->assertSame( 'https://dokan.co/wordpress/pricing/', $links['buyPro'] );
	}

	public function test_each_is_filterable_on_its_own_and_with_all_links(): void {
		add_filter(
			Vendor_Links::FILTER_PREFIX . 'dokanForum',
			static function ( $url ) {
				return str_replace( 'wordpress.org', 'fr.wordpress.org', $url );
			}
		);
		add_filter(
			Vendor_Links::FILTER,
			static function ( $links ) {
				$links['buyPro'] = 'https://shop.example.test/pro/';
				return $links;
			}
		);
		$links = ( new Vendor_Links() )->all();
		$this->assertSame( 'https://fr.wordpress.org/support/plugin/dokan-lite/', $links['dokanForum'] );
		$this->assertSame( 'https://shop.example.test/pro/', $links['buyPro'] );
	}

	/**
	 * What a filter may hand back, and what the page then gets.
	 *
	 * @return array<string, array{0: mixed, 1: string|null}>
	 */
	public function filtered_values(): array {
		return array(
			'a script URL'        => array( 'javascript:alert(document.cookie)', null ),
			'a data URL'          => array( 'data:text/html,<script>alert(1)</script>', null ),
			'an FTP address'      => array( 'ftp://files.example.test/dokan-pro.zip', null ),
			'an empty string'     => array( '', null ),
			'blanks'              => array( "  \n", null ),
			'null (removed)'      => array( null, null ),
			'not a string'        => array( array( 'https://example.test/' ), null ),
			'blanks around a URL' => array( '  https://example.test/forum/  ', 'https://example.test/forum/' ),
			'a space and a quote' => array( 'https://example.test/a b"c', 'https://example.test/a%20bc' ),
		);
	}

	/**
	 * @dataProvider filtered_values
	 *
	 * @param mixed       $value    What the filter returns.
	 * @param string|null $expected What the page gets.
	 */
	public function test_a_filtered_value_is_an_http_url_or_null( $value, ?string $expected ): void {
		foreach ( array( 'dokanForum', 'buyPro' ) as $key ) {
			add_filter(
				Vendor_Links::FILTER_PREFIX . $key,
				static function () use ( $value ) {
					return $value;
				}
			);
		}
		$links = ( new Vendor_Links() )->all();
		$this->assertSame( $expected, $links['dokanForum'] );
		$this->assertSame( $expected, $links['buyPro'] );
	}
}
