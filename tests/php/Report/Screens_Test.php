<?php
/**
 * What other screens and the plain route load of the report's environment: nothing.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Report;

use Dokan_Support_Check\Tests\Test_Case;

/**
 * Each screen is loaded for real, in its own PHP process (a test process has usually
 * loaded `WP_Debug_Data` already), as the site's administrator with real login cookies.
 * Core's `WP_Debug_Data` must not be loaded, nor its `debug_information` filter run,
 * anywhere but on `site-check?report=1` (and core's own Site Health Info tab).
 */
final class Screens_Test extends Test_Case {

	/**
	 * The session file (cookies of the site's first administrator), one for the class.
	 *
	 * @var string
	 */
	private static $session_file = '';

	/**
	 * Runs tests/bench/session.php (open or close) on this site.
	 *
	 * @param string $arguments Arguments after the site's folder.
	 * @return string What it printed.
	 */
	private static function session( string $arguments ): string {
		return (string) shell_exec( 'php ' . escapeshellarg( dirname( __DIR__, 2 ) . '/bench/session.php' ) . ' ' . escapeshellarg( rtrim( ABSPATH, '/' ) ) . ' ' . $arguments );
	}

	public static function setUpBeforeClass(): void {
		parent::setUpBeforeClass();
		self::$session_file = (string) tempnam( sys_get_temp_dir(), 'dsc-session-' );
		file_put_contents( self::$session_file, self::session( 'open' ) ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents
	}

	public static function tearDownAfterClass(): void {
		$session = json_decode( (string) file_get_contents( self::$session_file ), true );
		self::session( 'close ' . escapeshellarg( (string) ( $session['token'] ?? '' ) ) );
		unlink( self::$session_file );
		parent::tearDownAfterClass();
	}

	/**
	 * Loads a screen in a PHP process of its own.
	 *
	 * @param string $screen admin:<file under wp-admin> or rest:plain|report.
	 * @param string $locale The site's language, if not its own.
	 * @return array What it loaded.
	 */
	private function load( string $screen, string $locale = '' ): array {
		$this->assertIsArray( json_decode( (string) file_get_contents( self::$session_file ), true ), 'a session was opened' );
		$result_file = self::$session_file . '.result';
		$command     = sprintf(
			'php %s %s %s %s %s %s 2>&1',
			escapeshellarg( __DIR__ . '/workers/screen.php' ),
			escapeshellarg( rtrim( ABSPATH, '/' ) ),
			escapeshellarg( self::$session_file ),
			escapeshellarg( $result_file ),
			escapeshellarg( $screen ),
			'' === $locale ? '' : escapeshellarg( $locale )
		);
		$output = (string) shell_exec( $command );
		$result = is_file( $result_file ) ? json_decode( (string) file_get_contents( $result_file ), true ) : null;
		if ( is_file( $result_file ) ) {
			unlink( $result_file );
		}
		$this->assertIsArray( $result, "$screen printed: " . substr( $output, -1000 ) );
		$this->assertGreaterThan( 0, $result['user'], "$screen was loaded logged in" );
		return $result;
	}

	/**
	 * @return array<string, array{string}>
	 */
	public function other_screens(): array {
		$screens = array(
			'the dashboard'          => array( 'admin:index.php' ),
			'the plugins screen'     => array( 'admin:plugins.php' ),
			'general settings'       => array( 'admin:options-general.php' ),
			'the plain site-check'   => array( 'rest:plain' ),
		);
		if ( is_multisite() ) {
			$screens['the network dashboard'] = array( 'admin:network/index.php' );
		}
		return $screens;
	}

	/**
	 * @dataProvider other_screens
	 *
	 * @param string $screen Screen.
	 */
	public function test_other_screens_do_not_load_core_site_health_information( string $screen ): void {
		$result = $this->load( $screen );
		if ( 'rest:plain' === $screen ) {
			$this->assertSame( 200, $result['status'] );
		} else {
			$this->assertNotNull( $result['screen'], 'the admin screen was set up' );
		}
		$this->assertFalse( $result['debug_data_loaded'], 'WP_Debug_Data is not loaded' );
		$this->assertSame( 0, $result['debug_information_run'], 'debug_information does not run' );
	}

	public function test_the_report_loads_it_once(): void {
		$result = $this->load( 'rest:report' );
		$this->assertSame( 200, $result['status'] );
		$this->assertTrue( $result['debug_data_loaded'] );
		$this->assertSame( 1, $result['debug_information_run'] );
	}

	public function test_the_report_in_french_takes_core_labels_from_core_translations_and_ours_from_ours(): void {
		// WordPress's French files are not installed on the test sites: a stand-in admin
		// translation file with one of core's strings, removed afterwards.
		$created_dir = ! is_dir( WP_LANG_DIR );
		wp_mkdir_p( WP_LANG_DIR );
		$file = WP_LANG_DIR . '/admin-fr_FR.mo';
		$this->assertFileDoesNotExist( $file, 'no real French admin translation to overwrite' );
		$mo = new \MO();
		$mo->add_entry(
			new \Translation_Entry(
				array(
					'singular'     => 'Communication with WordPress.org',
					'translations' => array( 'Communication avec WordPress.org (test stand-in)' ),
				)
			)
		);
		$this->assertTrue( $mo->export_to_file( $file ) );
		try {
			$result = $this->load( 'rest:report', 'fr_FR' );
		} finally {
			unlink( $file );
			if ( $created_dir ) {
				rmdir( WP_LANG_DIR );
			}
		}

		$this->assertSame( 200, $result['status'] );
		$this->assertSame( 'Communication avec WordPress.org (test stand-in)', $result['labels']['wp-core/dotorg_communication'], 'core\'s admin translations are loaded on the REST request' );
		$this->assertSame( 'Version', $result['labels']['wp-core/version'], 'a string the stand-in file does not translate stays as core has it' );
		$this->assertSame( 'Base de données et commandes WooCommerce', $result['labels']['dokan-woocommerce'] );
		$this->assertSame( 'Non vérifié par le rapport du site (il n’envoie aucune requête)', $result['labels']['dotorg_communication'] );
	}
}
