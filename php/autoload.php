<?php
/**
 * Class autoloader: no Composer at run time, so the plugin maps its own namespace.
 *
 * `Dokan_Support_Check\Admin_Page` lives in `php/Admin_Page.php`,
 * `Dokan_Support_Check\Facts\Detector` in `php/Facts/Detector.php`.
 *
 * @package Dokan_Support_Check
 */

namespace Dokan_Support_Check;

defined( 'ABSPATH' ) || exit;

spl_autoload_register(
	static function ( string $class_name ): void {
		$prefix = __NAMESPACE__ . '\\';
		if ( 0 !== strpos( $class_name, $prefix ) ) {
			return;
		}
		$relative = str_replace( '\\', '/', substr( $class_name, strlen( $prefix ) ) );
		$file     = __DIR__ . '/' . $relative . '.php';
		if ( is_readable( $file ) ) {
			require $file;
		}
	}
);
