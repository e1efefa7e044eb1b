<?php
/**
 * Tests of the facts on a multisite network.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Facts\Store;
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

	public function test_the_badges_snapshot_is_the_main_sites_whatever_site_changes_or_asks(): void {
		$facts = Plugin::instance()->facts;
		$facts->get( true );
		$main = get_home_url( get_main_site_id(), '/' );
		$this->assertSame( $main, $facts->cached()['site']['url'] );

		$id = $this->on_the_sub_site();
		$this->assertNotSame( $main, get_home_url( $id, '/' ) );
		$sub = $facts->get( true );
		$this->assertSame( get_home_url( $id, '/' ), $sub['site']['url'], 'the answer is this site’s' );
		$this->assertSame( $main, $facts->cached()['site']['url'], 'a sub-site’s check leaves the snapshot alone' );

		// A change on the sub-site (a theme switched, a plugin activated there) rebuilds the
		// snapshot at the end of its request: still in the main site's context.
		delete_site_option( Store::SNAPSHOT_OPTION );
		$facts->rebuild_snapshot();
		$this->assertSame( $id, get_current_blog_id(), 'back on the sub-site' );
		$this->assertSame( $main, $facts->cached()['site']['url'] );
		$this->assertSame( '10.9.4', $this->component( $facts->cached(), 'woocommerce' )['latest'], 'the network’s answers kept' );
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
