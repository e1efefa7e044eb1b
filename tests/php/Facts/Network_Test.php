<?php
/**
 * Tests of the facts on a multisite network.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Plugin;

require_once __DIR__ . '/Facts_Test_Case.php';

/**
 * Versions and answers are the network's, cached once; the site context is the current
 * site's, never another site's copy; Dokan Pro's updater data and licence page are the
 * main site's, where Dokan Pro's admin pages are.
 *
 * @group network
 */
final class Network_Test extends Facts_Test_Case {

	/**
	 * Whether the test switched to the sub-site.
	 *
	 * @var bool
	 */
	private $switched = false;

	protected function tearDown(): void {
		if ( $this->switched ) {
			restore_current_blog();
		}
		parent::tearDown();
	}

	/**
	 * Switches to the network's sub-site /sub/.
	 *
	 * @return int Its id.
	 */
	private function on_the_sub_site(): int {
		$sites = get_sites( array( 'path' => '/sub/' ) );
		$this->assertNotEmpty( $sites );
		switch_to_blog( (int) $sites[0]->blog_id );
		$this->switched = true;
		return (int) $sites[0]->blog_id;
	}

	public function test_the_site_context_is_the_current_sites_and_the_answers_the_networks(): void {
		$main = Plugin::instance()->facts->get( true );
		$this->assertSame( get_home_url( get_main_site_id(), '/' ), $main['site']['url'] );
		$this->requests = array();

		$id  = $this->on_the_sub_site();
		$sub = Plugin::instance()->facts->get();

		$this->assertSame( get_home_url( $id, '/' ), $sub['site']['url'], 'this site’s address, not a cached copy of the main site’s' );
		$this->assertSame( array(), $this->requests, 'the answers are the network’s: no new request' );
		$this->assertSame( $this->component( $main, 'woocommerce' )['latest'], $this->component( $sub, 'woocommerce' )['latest'] );
	}

	public function test_dokan_pros_updater_cache_and_licence_page_are_the_main_sites(): void {
		$this->given_appsero_cache( self::appsero_answer( '4.1.1' ), 600 ); // Cached on the main site's admin page.
		$this->on_the_sub_site();
		$pro = $this->component( Plugin::instance()->facts->get( true ), 'dokan-pro' );
		$this->assertSame( '4.1.1', $pro['latest'] );
		$this->assertSame( 'active', $pro['licence'], 'the main site’s licence option' );

		restore_current_blog();
		$this->switched = false;
		foreach ( \Dokan_Support_Check\Facts\Appsero::cache_names( self::PRO ) as $name ) {
			delete_transient( $name );
		}
		delete_site_option( 'dokan_support_check_remote' );
		$this->on_the_sub_site();
		$pro = $this->component( Plugin::instance()->facts->get( true ), 'dokan-pro' );
		$this->assertNull( $pro['latest'] );
		$this->assertStringContainsString( get_admin_url( get_main_site_id(), 'admin.php?page=dokan_updates' ), $pro['error'] );
	}
}
