<?php
/**
 * Tests of detection: which products are installed, where, in which version, active or not.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Components;
use Dokan_Support_Check\Facts\Detector;
use Dokan_Support_Check\Plugin;
use Dokan_Support_Check\Tests\Test_Case;

/**
 * Products are recognised by header, text domain and main file name, in any folder.
 */
final class Detector_Test extends Test_Case {

	/**
	 * Makes get_plugins() return these plugins, as if they were on disk.
	 *
	 * WordPress keeps the scan in the `plugins` cache group; filling it is how a test
	 * moves plugins between folders without touching the shared site's files.
	 *
	 * @param array<string, array> $plugins Headers by main file.
	 * @param string[]             $active  Main files of the active plugins.
	 */
	private function given_plugins( array $plugins, array $active ): void {
		$headers = array();
		foreach ( $plugins as $file => $plugin ) {
			$headers[ $file ] = array_merge(
				array(
					'Name'       => basename( $file, '.php' ),
					'Version'    => '1.0.0',
					'TextDomain' => '',
				),
				$plugin
			);
		}
		wp_cache_set( 'plugins', array( '' => $headers ), 'plugins' );
		update_option( 'active_plugins', $active );
		if ( is_multisite() ) {
			update_site_option( 'active_sitewide_plugins', array() );
		}
	}

	/**
	 * Detection of the default components, by slug.
	 *
	 * @return array
	 */
	private function detect(): array {
		return ( new Detector() )->components( ( new Components() )->all() );
	}

	public function test_the_stand_ins_are_found_in_their_real_folders(): void {
		$found = $this->detect();

		$this->assertSame( get_bloginfo( 'version' ), $found['wordpress']['installed'] );
		$this->assertSame( array( 'installed' => '10.2.2', 'active' => true, 'file' => 'woocommerce/woocommerce.php' ), $found['woocommerce'] );
		$this->assertSame( array( 'installed' => '4.1.0', 'active' => true, 'file' => 'dokan-lite/dokan.php' ), $found['dokan-lite'] );
		$this->assertSame( array( 'installed' => '4.1.1', 'active' => true, 'file' => 'dokan-pro/dokan-pro.php' ), $found['dokan-pro'] );
	}

	public function test_unusual_folders_inactive_plugins_and_a_missing_dokan_pro(): void {
		$this->given_plugins(
			array(
				'dokan/dokan.php'                 => array(
					'Version'    => '4.0.9',
					'TextDomain' => 'dokan-lite',
				),
				'woocommerce-renamed/woocommerce.php' => array(
					'Version'    => '10.9.4',
					'TextDomain' => 'woocommerce',
				),
			),
			array( 'dokan/dokan.php' )
		);
		$found = $this->detect();

		$this->assertSame( array( 'installed' => '4.0.9', 'active' => true, 'file' => 'dokan/dokan.php' ), $found['dokan-lite'] );
		$this->assertSame( array( 'installed' => '10.9.4', 'active' => false, 'file' => 'woocommerce-renamed/woocommerce.php' ), $found['woocommerce'] );
		$this->assertSame( array( 'installed' => null, 'active' => false, 'file' => null ), $found['dokan-pro'] );
	}

	public function test_another_product_with_a_main_file_of_the_same_name_is_not_taken(): void {
		$this->given_plugins(
			array(
				'dokan-helper/dokan.php'       => array( 'TextDomain' => 'dokan-helper' ),
				'shop-tools/woocommerce.php'   => array( 'TextDomain' => 'shop-tools' ),
				'dokan-pro-addon/addon.php'    => array( 'TextDomain' => 'dokan' ),
			),
			array( 'dokan-helper/dokan.php', 'shop-tools/woocommerce.php', 'dokan-pro-addon/addon.php' )
		);
		$found = $this->detect();

		$this->assertNull( $found['dokan-lite']['installed'] );
		$this->assertNull( $found['woocommerce']['installed'] );
		$this->assertNull( $found['dokan-pro']['installed'], 'Dokan Pro shares its text domain with add-ons; its main file decides' );
	}

	public function test_a_header_without_text_domain_is_recognised_by_its_main_file(): void {
		$this->given_plugins( array( 'dokan-pro-old/dokan-pro.php' => array( 'Version' => '3.9.0' ) ), array() );
		$found = $this->detect();

		$this->assertSame( '3.9.0', $found['dokan-pro']['installed'] );
		$this->assertFalse( $found['dokan-pro']['active'] );
	}

	public function test_the_active_copy_wins_over_an_inactive_one(): void {
		$this->given_plugins(
			array(
				'dokan-lite/dokan.php'   => array(
					'Version'    => '4.1.2',
					'TextDomain' => 'dokan-lite',
				),
				'dokan-old/dokan.php'    => array(
					'Version'    => '3.0.0',
					'TextDomain' => 'dokan-lite',
				),
			),
			array( 'dokan-old/dokan.php' )
		);
		$this->assertSame( '3.0.0', $this->detect()['dokan-lite']['installed'] );
	}

	public function test_markup_in_a_version_header_is_removed_and_an_empty_version_still_counts_as_installed(): void {
		$this->given_plugins(
			array(
				'woocommerce/woocommerce.php' => array(
					'Version'    => '<script>alert(1)</script>10.2.2',
					'TextDomain' => 'woocommerce',
				),
				'dokan-lite/dokan.php'        => array(
					'Version'    => '',
					'TextDomain' => 'dokan-lite',
				),
			),
			array()
		);
		$found = $this->detect();

		$this->assertSame( '10.2.2', $found['woocommerce']['installed'] );
		$this->assertSame( '', $found['dokan-lite']['installed'] );
	}

	public function test_more_products_are_added_through_one_filter(): void {
		add_filter(
			Components::FILTER,
			static function ( $components ) {
				$components[] = array(
					'slug'        => 'dokan-migrator',
					'name'        => 'Dokan Migrator',
					'text_domain' => 'dokan-migrator',
					'file'        => 'dokan-migrator.php',
					'wporg_slug'  => 'dokan-migrator',
				);
				$components[] = array( 'slug' => 'no-way-to-recognise-it', 'name' => 'Broken' );
				$components[] = 'not an array';
				return $components;
			}
		);
		$this->given_plugins( array( 'migrator/dokan-migrator.php' => array( 'Version' => '1.2.0', 'TextDomain' => 'dokan-migrator' ) ), array() );

		$definitions = ( new Components() )->all();
		$this->assertSame( array( 'wordpress', 'woocommerce', 'dokan-lite', 'dokan-pro', 'dokan-migrator' ), array_column( $definitions, 'slug' ) );
		$this->assertSame( 'wordpress.org', $definitions[4]['source'] );
		$this->assertSame( '1.2.0', $this->detect()['dokan-migrator']['installed'] );

		$facts = Plugin::instance()->facts->current();
		$this->assertSame( 'dokan-migrator', $facts['components'][4]['slug'] );
	}

	public function test_a_filter_that_returns_nonsense_falls_back_to_the_defaults(): void {
		add_filter( Components::FILTER, '__return_false' );
		$this->assertSame( array( 'wordpress', 'woocommerce', 'dokan-lite', 'dokan-pro' ), array_column( ( new Components() )->all(), 'slug' ) );
	}

	public function test_the_context_of_the_site(): void {
		$site = ( new Detector() )->site();

		$this->assertSame( home_url( '/' ), $site['url'] );
		$this->assertSame( is_multisite(), $site['multisite'] );
		$this->assertSame( get_locale(), $site['locale'] );
		$this->assertSame( PHP_VERSION, $site['php'] );
		$this->assertMatchesRegularExpression( '/^(MariaDB|MySQL) \d+\.\d+/', $site['database'] );
		$this->assertSame( wp_get_theme()->get( 'Name' ), $site['theme']['name'] );
		$this->assertSame( wp_get_theme()->get( 'Version' ), $site['theme']['version'] );
	}
}
