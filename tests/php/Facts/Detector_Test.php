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
 *
 * Every plugin here is a real file in the test site's plugins folder, read by WordPress's
 * own header parser (get_plugins(), get_plugin_data()): a hand-made list of plugins is
 * how the stand-ins once hid that Dokan Pro 3.x was not detected.
 */
final class Detector_Test extends Test_Case {

	const WOO  = 'woocommerce/woocommerce.php';
	const LITE = 'dokan-lite/dokan.php';
	const PRO  = 'dokan-pro/dokan-pro.php';

	/**
	 * Detection of the default components, by slug.
	 *
	 * @return array
	 */
	private function detect(): array {
		return ( new Detector() )->components( ( new Components() )->all() );
	}

	/**
	 * Makes exactly these plugins active (network-wide ones cleared).
	 *
	 * @param string[] $files Main files.
	 */
	private function given_active( array $files ): void {
		update_option( 'active_plugins', $files );
		if ( is_multisite() ) {
			update_site_option( 'active_sitewide_plugins', array() );
		}
	}

	public function test_the_stand_ins_are_found_in_their_real_folders(): void {
		$found = $this->detect();

		$this->assertSame( get_bloginfo( 'version' ), $found['wordpress']['installed'] );
		$this->assertSame( array( 'installed' => '10.2.2', 'active' => true, 'file' => self::WOO ), $found['woocommerce'] );
		$this->assertSame( array( 'installed' => '4.1.0', 'active' => true, 'file' => self::LITE ), $found['dokan-lite'] );
		$this->assertSame( array( 'installed' => '4.1.1', 'active' => true, 'file' => self::PRO, 'licence' => 'active' ), $found['dokan-pro'] );
		$this->assertSame( 'dokan', get_plugin_data( WP_PLUGIN_DIR . '/' . self::PRO, false, false )['TextDomain'], 'Dokan Pro 4.x says "Text Domain: dokan"' );
	}

	public function test_dokan_pro_3_is_found_although_wordpress_reads_no_text_domain_in_its_header(): void {
		// Dokan Pro 3.14.1's header, as the real plugin ships it, in the folder its zip unpacks to.
		$this->install_variant( 'dokan-pro-3.14.1' );
		$this->remove_plugin( self::PRO );
		$this->given_active( array( self::WOO, self::LITE, 'dokan-pro-3.14.1/dokan-pro.php' ) );

		$headers = get_plugin_data( WP_PLUGIN_DIR . '/dokan-pro-3.14.1/dokan-pro.php', false, false );
		$this->assertSame( 'dokan-pro-3.14.1', $headers['TextDomain'], 'WordPress does not read "TextDomain:" and falls back to the folder name' );
		if ( array_key_exists( 'RequiresPlugins', $headers ) ) {
			$this->assertSame( 'woocommerce, dokan-lite', $headers['RequiresPlugins'], 'WordPress 6.5+ reads Requires Plugins' );
		}

		$this->assertSame( array( 'installed' => '3.14.1', 'active' => true, 'file' => 'dokan-pro-3.14.1/dokan-pro.php', 'licence' => 'active' ), $this->detect()['dokan-pro'] );
	}

	public function test_dokan_pro_3_in_the_usual_folder_too(): void {
		// The 3.x header over the 4.x stand-in: WordPress then falls back to "dokan-pro".
		$this->write_file( WP_PLUGIN_DIR . '/' . self::PRO, (string) file_get_contents( dirname( __DIR__, 3 ) . '/local-site/stand-in-plugins-variants/dokan-pro-3.14.1/dokan-pro.php' ) );

		$this->assertSame( 'dokan-pro', get_plugins()[ self::PRO ]['TextDomain'] );
		$found = $this->detect()['dokan-pro'];
		$this->assertSame( '3.14.1', $found['installed'] );
		$this->assertSame( self::PRO, $found['file'] );
	}

	public function test_dokan_pro_4_in_a_renamed_folder(): void {
		$this->write_file( WP_PLUGIN_DIR . '/dokan-pro-4.1.1/dokan-pro.php', (string) file_get_contents( WP_PLUGIN_DIR . '/' . self::PRO ) );
		$this->given_active( array( self::WOO, self::LITE, 'dokan-pro-4.1.1/dokan-pro.php' ) );

		$found = $this->detect()['dokan-pro'];
		$this->assertSame( 'dokan-pro-4.1.1/dokan-pro.php', $found['file'], 'the active copy, whatever its folder' );
		$this->assertTrue( $found['active'] );
	}

	public function test_unusual_folders_inactive_plugins_and_a_missing_dokan_pro(): void {
		$this->remove_plugin( self::PRO );
		$this->remove_plugin( self::WOO );
		$this->remove_plugin( self::LITE );
		$this->write_plugin( 'dokan/dokan.php', array( 'Plugin Name: Dokan', 'Version: 4.0.9', 'Text Domain: dokan-lite' ) );
		$this->write_plugin( 'woocommerce-renamed/woocommerce.php', array( 'Plugin Name: WooCommerce', 'Version: 10.9.4', 'Text Domain: woocommerce' ) );
		$this->given_active( array( 'dokan/dokan.php' ) );
		$found = $this->detect();

		$this->assertSame( array( 'installed' => '4.0.9', 'active' => true, 'file' => 'dokan/dokan.php' ), $found['dokan-lite'] );
		$this->assertSame( array( 'installed' => '10.9.4', 'active' => false, 'file' => 'woocommerce-renamed/woocommerce.php' ), $found['woocommerce'] );
		$this->assertSame( array( 'installed' => null, 'active' => false, 'file' => null ), $found['dokan-pro'] );
	}

	public function test_another_product_with_a_main_file_of_the_same_name_is_not_taken(): void {
		foreach ( array( self::PRO, self::WOO, self::LITE ) as $file ) {
			$this->remove_plugin( $file );
		}
		// A text domain equal to the folder name, but declared: the product's own.
		$this->write_plugin( 'dokan-helper/dokan.php', array( 'Plugin Name: Dokan Helper', 'Version: 1.0.0', 'Text Domain: dokan-helper' ) );
		$this->write_plugin( 'shop-tools/woocommerce.php', array( 'Plugin Name: Shop tools', 'Version: 1.0.0', 'Text Domain: shop-tools' ) );
		$this->write_plugin( 'dokan-pro-addon/addon.php', array( 'Plugin Name: Dokan Pro add-on', 'Version: 1.0.0', 'Text Domain: dokan' ) );
		$this->given_active( array( 'dokan-helper/dokan.php', 'shop-tools/woocommerce.php', 'dokan-pro-addon/addon.php' ) );
		$found = $this->detect();

		$this->assertNull( $found['dokan-lite']['installed'] );
		$this->assertNull( $found['woocommerce']['installed'] );
		$this->assertNull( $found['dokan-pro']['installed'], 'Dokan Pro shares its text domain with add-ons; its main file decides' );
	}

	public function test_the_active_copy_wins_over_an_inactive_one(): void {
		$this->set_plugin_header( self::LITE, 'Version', '4.1.2' );
		$this->write_plugin( 'dokan-old/dokan.php', array( 'Plugin Name: Dokan', 'Version: 3.0.0', 'Text Domain: dokan-lite' ) );
		$this->given_active( array( self::WOO, 'dokan-old/dokan.php' ) );

		$this->assertSame( '3.0.0', $this->detect()['dokan-lite']['installed'] );
	}

	public function test_markup_in_a_version_header_is_removed_and_an_empty_version_still_counts_as_installed(): void {
		$this->set_plugin_header( self::WOO, 'Version', '<script>alert(1)</script>10.2.2' );
		$this->set_plugin_header( self::LITE, 'Version', '' );
		$found = $this->detect();

		$this->assertSame( '10.2.2', $found['woocommerce']['installed'] );
		$this->assertSame( '', $found['dokan-lite']['installed'] );
	}

	public function test_a_10_kb_version_header_is_bounded_and_gives_no_warning(): void {
		$warnings = array();
		set_error_handler( // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_set_error_handler
			static function ( $errno, $errstr ) use ( &$warnings ) {
				$warnings[] = $errstr;
				return true;
			}
		);
		try {
			$this->set_plugin_header( self::PRO, 'Version', '4.' . str_repeat( '9', 10240 ) );
			$found = $this->detect();
			$facts = Plugin::instance()->facts->current();
		} finally {
			restore_error_handler();
		}

		$this->assertSame( Detector::MAX_VERSION_LENGTH, strlen( $found['dokan-pro']['installed'] ) );
		$this->assertSame( $found['dokan-pro']['installed'], $this->component_of( $facts, 'dokan-pro' )['installed'] );
		$this->assertSame( array(), $warnings );
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
		$this->write_plugin( 'migrator/dokan-migrator.php', array( 'Plugin Name: Dokan Migrator', 'Version: 1.2.0', 'Text Domain: dokan-migrator' ) );

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

	/**
	 * One component of the facts.
	 *
	 * @param array  $facts Facts.
	 * @param string $slug  Slug.
	 * @return array
	 */
	private function component_of( array $facts, string $slug ): array {
		foreach ( $facts['components'] as $component ) {
			if ( $slug === $component['slug'] ) {
				return $component;
			}
		}
		$this->fail( "no component $slug" );
	}
}
