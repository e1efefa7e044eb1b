<?php
/**
 * The copy of core's WP_Debug_Data::format() that the jest cross-check runs is still core's.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check\Tests\Report;

use Dokan_Support_Check\Tests\Test_Case;

/**
 * Compares tests/fixtures/wp-debug-data-format.php with the method of the running
 * WordPress (6.1, 6.8, 7.1 and the network), line for line. The report's TypeScript
 * formatter is compared with that copy in tests/js/report/environment.crosscheck.test.ts:
 * together, the report's environment is written as each of these WordPress versions
 * writes Site Health's "Copy site info".
 */
final class Format_Copy_Test extends Test_Case {

	public function test_the_copy_is_the_running_cores_format_method(): void {
		require_once ABSPATH . 'wp-admin/includes/class-wp-debug-data.php';
		require_once dirname( __DIR__, 2 ) . '/fixtures/wp-debug-data-format.php';

		$this->assertSame(
			$this->source( new \ReflectionMethod( 'WP_Debug_Data', 'format' ) ),
			$this->source( new \ReflectionMethod( 'DSC_Core_Format_Copy', 'format' ) )
		);
	}

	/**
	 * A method's source lines.
	 *
	 * @param \ReflectionMethod $method The method.
	 * @return string
	 */
	private function source( \ReflectionMethod $method ): string {
		$lines = file( (string) $method->getFileName() );
		$this->assertNotFalse( $lines );
		return implode( '', array_slice( $lines, $method->getStartLine() - 1, $method->getEndLine() - $method->getStartLine() + 1 ) );
	}
}
