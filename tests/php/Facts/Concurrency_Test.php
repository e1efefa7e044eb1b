<?php
/**
 * Tests that simultaneous refreshes ask the update services once.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Facts;

use Dokan_Support_Check\Tests\Test_Case;

/**
 * Ten PHP processes refresh at the same instant against the same site and database.
 *
 * They run outside this test's transaction, so they work on the site's committed data
 * (our cached answers and WordPress's update data are emptied first, as on a new site).
 */
final class Concurrency_Test extends Test_Case {

	const WORKERS = 10;

	public function test_ten_simultaneous_refreshes_make_at_most_one_request_per_product(): void {
		$worker = __DIR__ . '/workers/refresh.php';
		$site   = rtrim( ABSPATH, '/' );
		$this->assertSame( 'reset', shell_exec( 'php ' . escapeshellarg( $worker ) . ' ' . escapeshellarg( $site ) . ' reset' ) );
		// Where each worker says it started its refresh (see workers/refresh.php).
		$shared = sys_get_temp_dir() . '/dsc-concurrency-' . getmypid();
		mkdir( $shared );

		$processes = array();
		$pipes     = array();
		for ( $i = 0; $i < self::WORKERS; $i++ ) {
			$processes[ $i ] = proc_open(
				array( 'php', $worker, $site, 'go', $shared, (string) self::WORKERS ),
				array(
					0 => array( 'pipe', 'r' ),
					1 => array( 'pipe', 'w' ),
					2 => array( 'pipe', 'w' ),
				),
				$pipes[ $i ]
			);
			$this->assertIsResource( $processes[ $i ] );
		}
		// Every worker has booted WordPress before any refreshes: then all start at once.
		foreach ( $pipes as $i => $pipe ) {
			$ready = fgets( $pipe[1] );
			// Its errors only once it failed: reading them earlier waits for it to exit.
			$this->assertSame( "ready\n", $ready, "worker $i booted: " . ( "ready\n" === $ready ? '' : stream_get_contents( $pipe[2] ) ) );
		}
		foreach ( $pipes as $pipe ) {
			fwrite( $pipe[0], "go\n" );
			fclose( $pipe[0] );
		}

		$requests = array();
		foreach ( $processes as $i => $process ) {
			$out = stream_get_contents( $pipes[ $i ][1] );
			$err = stream_get_contents( $pipes[ $i ][2] );
			fclose( $pipes[ $i ][1] );
			fclose( $pipes[ $i ][2] );
			$this->assertSame( 0, proc_close( $process ), $err );
			$result = json_decode( (string) $out, true );
			$this->assertIsArray( $result, $out . $err );
			$this->assertSame( '10.9.4', $result['latest']['woocommerce'], "worker $i got the answer" );
			$this->assertSame( '4.1.2', $result['latest']['dokan-lite'], "worker $i got the answer" );
			$this->assertSame( '4.1.1', $result['latest']['dokan-pro'], "worker $i took in Dokan Pro's updater's answer" );
			$requests = array_merge( $requests, $result['requests'] );
		}

		array_map( 'unlink', (array) glob( $shared . '/*' ) );
		rmdir( $shared );

		$counts = array_count_values( $requests );
		ksort( $counts );
		$this->assertSame(
			array(
				'core'             => 1,
				'info:dokan-lite'  => 1,
				'info:woocommerce' => 1,
				'plugins'          => 1,
			),
			$counts
		);
	}
}
